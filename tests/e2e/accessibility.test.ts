/**
 * axe-core on every popup state and the options page, in light and dark: 0 violations. No rule is disabled.
 * https://github.com/dequelabs/axe-core/blob/develop/doc/rule-descriptions.md
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_FIXTURES } from '../fixtures/pages';
import { type ExtensionSession, launchExtension, openExtensionPage, openFixturePage } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

const fixture = (file: string) => {
  const found = PAGE_FIXTURES.find((f) => f.file === file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
};

/** Popup states and how to reach each: a query, or an order page whose tab the popup shows. */
const POPUP_STATES: { state: string; query?: string; order?: string; click?: string }[] = [
  { state: 'not an order page (first open)', query: '' },
  { state: 'lookup with a result', query: '?q=1Z999AA10123456784' },
  { state: 'lookup with nothing found', query: '?q=hello%20world' },
  { state: 'lookup of an order id', query: '?q=577203418862950147' },
  { state: 'order detail', order: 'seller-us-detail.html' },
  { state: 'order detail with advice open', order: 'buyer-us-detail.html', click: 'problem-not-received' },
  { state: 'awaiting shipment', order: 'seller-ph-awaiting.html' },
  { state: 'order list with several packages', order: 'seller-uk-list.html' },
];

/** The violations as short lines (rule, impact, first target), empty when there are none. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), first ${JSON.stringify(v.nodes[0]?.target)}`,
  );
}

describe.each(['light', 'dark'] as const)('axe-core, %s colour scheme', (scheme) => {
  it.each(POPUP_STATES.map((s) => [s.state, s] as const))('popup: %s', async (_name, { query, order, click }) => {
    let path = `popup.html${query ?? ''}`;
    // The order page stays open while the popup shows it: closing a tab forgets its detection.
    const orderPage = order ? await openFixturePage(session, fixture(order)) : undefined;
    if (orderPage) {
      expect(orderPage.state, `no detection on ${order}`).toBeDefined();
      path = `popup.html?tab=${orderPage.tabId}`;
    }
    const popup = await session.context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${session.extensionId}/${path}`);
    await popup.locator('main').waitFor();
    if (click) await popup.getByTestId(click).click();
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await orderPage?.page.close();
  });

  it('options page', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.emulateMedia({ colorScheme: scheme });
    await options.getByTestId('region').waitFor();
    expect(await violations(options)).toEqual([]);
    await options.close();
  });
});
