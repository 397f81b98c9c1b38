import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/page/urls';
import {
  type ExtensionSession,
  badgeText,
  collectConsoleErrors,
  lookupAnswer,
  launchExtension,
  openAndWaitForContentScript,
  openExtensionPage,
  openFixturePage,
  routePage,
  storedDetection,
  tabIdOf,
  waitFor,
} from './harness';
import { PAGE_FIXTURES } from '../fixtures/pages';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Sends `find-carrier` with `text` from an extension page and returns the lookup window it opens. */
async function findCarrierWindow(text: string): Promise<Page> {
  const page = await openExtensionPage(session, 'options.html');
  const opened = session.context.waitForEvent('page');
  await page.evaluate((selection) => chrome.runtime.sendMessage({ type: 'find-carrier', text: selection }), text);
  const lookup = await opened;
  await page.close();
  return lookup;
}

describe('the built extension in Chromium', () => {
  it('starts its service worker with the narrowest permissions', async () => {
    const manifest = await session.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    // Issue 16 added `alarms` (reminders) as the only required permission, and `notifications` as an optional one.
    expect((manifest.permissions ?? []).toSorted()).toEqual(['activeTab', 'alarms', 'contextMenus', 'storage']);
    expect(manifest.optional_permissions ?? []).toEqual(['notifications']);
    // WXT sorts the patterns; the set is what matters.
    expect(manifest.content_scripts?.[0]?.matches?.toSorted()).toEqual(CONTENT_SCRIPT_MATCHES.toSorted());
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('declares the address-bar keyword and the shortcut that opens the popup, with no new permission', async () => {
    const manifest = await session.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.omnibox).toEqual({ keyword: 'carrier' });
    expect(manifest.commands).toEqual({ _execute_action: { suggested_key: { default: 'Alt+Shift+F' } } });
    // Chrome lists the shortcut as the extension's "Activate the extension" command.
    const commands = await session.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((command) => command.name === '_execute_action')?.shortcut).toBe('Alt+Shift+F');
  });

  it('registers the "Find carrier" context-menu items for selected text and for links', async () => {
    // There is no API to list menu items; updating a missing id rejects, so a resolved update proves it exists.
    // The items are created on install, asynchronously: wait for them rather than race the service worker's start-up.
    for (const id of ['find-carrier', 'find-carrier-link']) {
      const result = await waitFor(
        () =>
          session.serviceWorker.evaluate(
            (menuId) =>
              chrome.contextMenus.update(menuId, {}).then(
                () => 'exists',
                (error: Error) => error.message,
              ),
            id,
          ),
        (answer) => answer === 'exists',
      );
      expect(result).toBe('exists');
    }
  });

  it('opens the lookup for a find-carrier message, as the menu click does', async () => {
    const page = await openExtensionPage(session, 'options.html');
    const opened = session.context.waitForEvent('page');
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'find-carrier', text: ' 1Z999AA10123456784 ' }));
    const lookup = await opened;
    expect(lookup.url()).toContain('popup.html?q=%201Z999AA10123456784%20');
    await lookup.close();
    await page.close();
  });

  it.each([
    [
      'words around a UPS number grouped unlike its label',
      'Hi! Tracking: 1Z H784E2 0361 3186 02. Thanks',
      '1ZH784E20361318602',
      'UPS',
      'tel:+18007425877',
      'https://www.ups.com/track?loc=en_US&tracknum=1ZH784E20361318602',
    ],
    [
      'a USPS number wrapped over two lines',
      'Your USPS tracking number is\n9400 1352 6018\n1590 8301 66',
      '9400135260181590830166',
      'USPS',
      'tel:+18002758777',
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400135260181590830166',
    ],
    [
      'a DHL air waybill after its label, full-width, with a zero-width space',
      'AWB：３３１８\u200b８１００２５',
      '3318810025',
      'DHL Express',
      'tel:+18002255345',
      'https://www.dhl.com/us-en/home/tracking/tracking-express.html?submit=1&tracking-id=3318810025',
    ],
  ])(
    'find-carrier with %s shows the carrier, its hotline and tracking link',
    async (_name, text, number, carrier, tel, link) => {
      const lookup = await findCarrierWindow(text);
      const errors = collectConsoleErrors(lookup);
      expect(await lookupAnswer(lookup)).toEqual({ number, carrier, hotlines: [tel], links: [link] });
      expect(errors).toEqual([]);
      await lookup.close();
    },
  );

  it('find-carrier with 12,000 characters of garbage says nothing was found, with the lookup box', async () => {
    const garbage = '<script>alert(1)</script> +1 (415) 555-0199 ₫1.250.000 2024-05-01 '.repeat(200);
    expect(garbage.length).toBeGreaterThan(12_000);
    const lookup = await findCarrierWindow(garbage);
    await lookup.getByTestId('lookup-nothing').waitFor();
    expect(await lookup.getByTestId('lookup-nothing').innerText()).toContain('No tracking number found in');
    expect(await lookup.getByTestId('carrier-name').count()).toBe(0);
    await expect.poll(() => lookup.getByTestId('lookup-input').inputValue()).toContain('<script>alert(1)</script>');
    await lookup.close();
  });

  it('renders the popup with no console errors', async () => {
    const page = await session.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await expect.poll(() => page.locator('main').innerText()).not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the options page with no console errors and keeps the chosen country', async () => {
    const page = await session.context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.getByTestId('region').selectOption('GB');
    await expect.poll(() => page.getByTestId('save-status').innerText()).toContain('Saved');
    const stored = await session.serviceWorker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings,
    );
    expect(stored).toMatchObject({ region: 'GB' });
    await page.reload();
    await expect.poll(() => page.getByTestId('region').inputValue()).toBe('GB');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the content script on a Seller Center order page and shows the count on the badge', async () => {
    const fixture = PAGE_FIXTURES.find((f) => f.url.startsWith('https://seller-us.tiktok.com/order/detail'))!;
    const { page, tabId, state } = await openFixturePage(session, fixture);
    expect(state).toMatchObject({ detection: { url: fixture.url, role: 'seller' } });
    expect(await badgeText(session, tabId)).toBe(String(fixture.expected.packages?.length));
    await page.close();
  });

  it('stays out of pages that are not TikTok Shop order pages', async () => {
    const html = '<!doctype html><title>Other shop</title><p>Tracking number: 1Z999AA10123456784</p>';
    // Outside the order hosts' matches (example.com; TikTok's own feed, outside /shop) the content script is not even
    // injected (the manifest's matches are tested above): once the page has loaded, nothing can report for it.
    for (const url of ['https://example.com/order/detail?order_no=1', 'https://www.tiktok.com/foryou']) {
      await routePage(session.context, url, html);
      const page = await session.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const tabId = await tabIdOf(session, page);
      expect(await storedDetection(session, tabId)).toBeUndefined();
      expect(await badgeText(session, tabId)).toBe('');
      await page.close();
    }

    // Injected (Seller Center is a single-page app) but not an order page: it starts, reads nothing, reports nothing.
    {
      const url = 'https://seller-us.tiktok.com/product/list';
      await routePage(session.context, url, html);
      const page = await openAndWaitForContentScript(session, url);
      const tabId = await tabIdOf(session, page);
      expect(await storedDetection(session, tabId)).toBeUndefined();
      expect(await badgeText(session, tabId)).toBe('');
      await page.close();
    }
  });
});
