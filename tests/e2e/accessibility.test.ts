/**
 * axe-core on every popup state (./popup-states.ts), the cases page and the options page, in the light and the dark
 * colour scheme: 0 violations. No rule is disabled.
 * https://github.com/dequelabs/axe-core/blob/develop/doc/rule-descriptions.md
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension, openExtensionPage } from './harness';
import { POPUP_STATES, openPopupState } from './popup-states';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});
// Each state opens its order page and its popup: close them all, but the browser's first tab.
afterEach(async () => {
  for (const page of session.context.pages().slice(1)) await page.close();
});

/** The violations in each colour scheme, as short lines (rule, impact, nodes, first target); empty when none. */
async function violations(page: Page): Promise<{ light: string[]; dark: string[] }> {
  const found = { light: [] as string[], dark: [] as string[] };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).analyze();
    found[scheme] = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), first ${JSON.stringify(v.nodes[0]?.target)}`,
    );
  }
  return found;
}

const NONE = { light: [], dark: [] };

describe('axe-core, light and dark', () => {
  it.each(POPUP_STATES.map((state) => [state.name, state] as const))('popup: %s', async (_name, state) => {
    const popup = await openPopupState(session, state);
    expect(await violations(popup)).toEqual(NONE);
  });

  it('cases page, with a case opened', async () => {
    // The popup states above left a case with a logged contact: waiting for a reply (its "Not waiting" button).
    const cases = await openExtensionPage(session, 'cases.html');
    await cases.getByTestId('case').first().getByTestId('case-toggle').click();
    await cases.getByTestId('case-contact').first().waitFor();
    expect(await violations(cases)).toEqual(NONE);
  });

  it('cases page, a case open again (its "Waiting for a reply" button)', async () => {
    const cases = await openExtensionPage(session, 'cases.html');
    await cases.locator('[data-testid="case"][data-state="waiting"]').getByTestId('toggle-waiting').click();
    await cases.locator('[data-testid="case"][data-state="open"]').waitFor();
    expect(await violations(cases)).toEqual(NONE);
  });

  it('cases page, empty', async () => {
    await session.serviceWorker.evaluate(() => chrome.storage.local.remove('cases'));
    const cases = await openExtensionPage(session, 'cases.html');
    await cases.locator('h1').waitFor();
    await cases.getByTestId('cases-empty').waitFor();
    expect(await violations(cases)).toEqual(NONE);
  });

  it('options page', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.getByTestId('region').waitFor();
    expect(await violations(options)).toEqual(NONE);
  });
});
