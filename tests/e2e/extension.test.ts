import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/page/urls';
import {
  type ExtensionSession,
  badgeText,
  collectConsoleErrors,
  launchExtension,
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

  it('registers the "Find carrier" context-menu item for selected text', async () => {
    // There is no API to list menu items; updating a missing id rejects, so a resolved update proves it exists.
    // The item is created on install, asynchronously: wait for it rather than race the service worker's start-up.
    const result = await waitFor(
      () =>
        session.serviceWorker.evaluate(() =>
          chrome.contextMenus.update('find-carrier', {}).then(
            () => 'exists',
            (error: Error) => error.message,
          ),
        ),
      (answer) => answer === 'exists',
    );
    expect(result).toBe('exists');
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
    const urls = [
      'https://example.com/order/detail?order_no=1',
      'https://www.tiktok.com/foryou',
      // Injected (Seller Center is a single-page app) but not an order page: nothing is read or reported.
      'https://seller-us.tiktok.com/product/list',
    ];
    for (const url of urls) {
      await routePage(session.context, url, html);
      const page = await session.context.newPage();
      await page.goto(url);
      const tabId = await tabIdOf(session, page);
      await page.waitForTimeout(300);
      expect(await storedDetection(session, tabId)).toBeUndefined();
      expect(await badgeText(session, tabId)).toBe('');
      await page.close();
    }
  });
});
