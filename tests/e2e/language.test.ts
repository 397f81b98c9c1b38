/**
 * The extension in the user's language, in Chromium with the built extension: a language chosen on the options page
 * reaches a popup already open, and a browser started in German is followed without any choice. The words themselves
 * are English until the translations land (the integrator adds text assertions then); dates and `<html lang>` already
 * change, through Intl.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFixture } from '../fixtures/pages';
import {
  type ExtensionSession,
  collectConsoleErrors,
  launchExtension,
  openExtensionPage,
  openFixturePage,
} from './harness';

describe('choosing a language on the options page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('changes an open popup’s language and its dates at once, without reopening it', async () => {
    const { page, tabId } = await openFixturePage(session, pageFixture('buyer-us-in-transit.html'));
    const popup = await session.context.newPage();
    const errors = collectConsoleErrors(popup);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const signal = popup.getByTestId('problem-signal');
    // The machine's browser speaks American English.
    await expect.poll(() => signal.innerText()).toContain('Nov 18');
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');

    const options = await openExtensionPage(session, 'options.html');
    await options.getByTestId('language').selectOption('th');
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('th');

    // The popup, still open in its own tab, follows: Thai month names from Intl, the page marked as Thai.
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('th');
    await expect.poll(() => signal.innerText()).toContain('18 พ.ย.');
    expect(await popup.getByTestId('problem-delayed').getAttribute('aria-pressed')).toBe('true');

    // Back to "Automatic": the browser's language (English here) again.
    await options.getByTestId('language').selectOption('');
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => signal.innerText()).toContain('Nov 18');
    expect(errors).toEqual([]);
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
});

describe('a browser in German', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ lang: 'de' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is followed with no choice made: the options page names Deutsch as "Automatic" and is marked German', async () => {
    expect(await session.serviceWorker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de\b/);
    const options = await openExtensionPage(session, 'options.html');
    const errors = collectConsoleErrors(options);
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('de');
    const automatic = options.getByTestId('language').locator('option').first();
    expect(await automatic.getAttribute('value')).toBe('');
    expect(await automatic.innerText()).toContain('Deutsch');
    expect(await options.getByTestId('language').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await options.close();
  });
});
