/**
 * The main flows in Firefox ESR with the built Firefox (MV2) extension: detection on a routed order page (the stored
 * detection and the badge), the popup for that tab, a lookup and the options page. Expectations are written out:
 * they are what a user of that page must see, not what the code computes.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionPage, type FirefoxSession, launchFirefox, readFixture } from './harness';
import { waitFor } from '../harness';

const ORDER_URL = 'https://seller-us.tiktok.com/order/detail?order_no=577203418862950147&shop_region=US';

let session: FirefoxSession;
let orderPage: Page;
let tabId: number;

/** The tab whose stored detection describes `url` (read from the extension's session storage). */
function findDetectionTab(ext: ExtensionPage, url: string) {
  return ext.evaluate(async (api, pageUrl) => {
    const stored = await api.storage.session.get();
    for (const [key, value] of Object.entries(stored)) {
      const state = value as { detection?: { url?: string; packages?: { trackingNumber: string }[] } };
      if (key.startsWith('tab:') && state.detection?.url === pageUrl) {
        const id = Number(key.slice(4));
        // Firefox's MV2 browserAction returns promises; the Chrome-derived types only describe its callback form.
        const action = api.browserAction as unknown as { getBadgeText(details: { tabId: number }): Promise<string> };
        const badge = await action.getBadgeText({ tabId: id });
        return { tabId: id, numbers: state.detection.packages?.map((p) => p.trackingNumber), badge };
      }
    }
    return undefined;
  }, url);
}

beforeAll(async () => {
  session = await launchFirefox();
  orderPage = await session.openRoutedPage(ORDER_URL, await readFixture('seller-us-detail.html'));
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Firefox ESR', () => {
  it('detects the order page: stored detection and badge', async () => {
    expect(await orderPage.$eval('body', (body) => body.textContent?.includes('USPS'))).toBe(true);
    const ext = await session.openExtensionPage('options.html');
    const found = await waitFor(
      () => findDetectionTab(ext, ORDER_URL),
      (value) => value !== undefined && value.badge === '1',
      10_000,
    );
    expect(found).toEqual({ tabId: expect.any(Number), numbers: ['9400111899223344556677'], badge: '1' });
    tabId = found!.tabId;
    await ext.close();
  });

  it('shows the popup for that tab: number, carrier, hotline and tracking link', async () => {
    expect(tabId, 'the detection test must pass first').toBeDefined();
    const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
    const shown = await waitFor(
      () =>
        popup.evaluate((_api) => ({
          number: document.querySelector('[data-testid="tracking-number"]')?.textContent,
          carrier: document.querySelector('[data-testid="carrier-name"]')?.textContent,
          hotline: document.querySelector('[data-testid="hotline"]')?.getAttribute('href'),
          link: document.querySelector('[data-testid="tracking-link"]')?.getAttribute('href'),
        })),
      (value) => value.number !== undefined,
    );
    expect(shown).toEqual({
      number: '9400111899223344556677',
      carrier: 'USPS',
      hotline: 'tel:+18002758777',
      link: 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223344556677',
    });
    await popup.close();
  });

  it('looks up a pasted number', async () => {
    const popup = await session.openExtensionPage('popup.html?q=%201Z999AA10123456784%20');
    const shown = await waitFor(
      () =>
        popup.evaluate((_api) => ({
          number: document.querySelector('[data-testid="tracking-number"]')?.textContent,
          carrier: document.querySelector('[data-testid="carrier-name"]')?.textContent,
          hotline: document.querySelector('[data-testid="hotline"]')?.getAttribute('href'),
        })),
      (value) => value.number !== undefined,
    );
    expect(shown).toEqual({ number: '1Z999AA10123456784', carrier: 'UPS', hotline: 'tel:+18007425877' });
    await popup.close();
  });

  it('keeps the country chosen on the options page', async () => {
    const options = await session.openExtensionPage('options.html');
    await waitFor(
      () => options.evaluate((_api) => document.querySelector('[data-testid="region"]') !== null),
      (ready) => ready,
    );
    await options.evaluate((_api) => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="region"]')!;
      select.value = 'GB';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const stored = await waitFor(
      () => options.evaluate(async (api) => (await api.storage.local.get('settings')).settings as { region?: string }),
      (value) => value?.region === 'GB',
    );
    expect(stored?.region).toBe('GB');
    await options.close();
    const reopened = await session.openExtensionPage('options.html');
    const region = await waitFor(
      () => reopened.evaluate((_api) => document.querySelector<HTMLSelectElement>('[data-testid="region"]')?.value),
      (value) => value === 'GB',
    );
    expect(region).toBe('GB');
    await reopened.close();
  });

  it('registers the "Find carrier" menu item and opens the lookup for a find-carrier message', async () => {
    const ext = await session.openExtensionPage('options.html');
    // Updating a missing menu item rejects: a resolved update proves it exists.
    const menu = await waitFor(
      () =>
        ext.evaluate((api) =>
          api.contextMenus.update('find-carrier', {}).then(
            () => 'exists',
            (error: Error) => error.message,
          ),
        ),
      (answer) => answer === 'exists',
    );
    expect(menu).toBe('exists');
    // The message does what the menu click does: a lookup window for the text.
    await ext.evaluate((api) => void api.runtime.sendMessage({ type: 'find-carrier', text: 'UPS 1Z999AA10123456784' }));
    const lookupUrl = await waitFor(
      () => session.extensionPageUrls(),
      (urls) => urls.some((url) => url.includes('popup.html?q=')),
    );
    expect(lookupUrl.find((url) => url.includes('popup.html?q='))).toContain('1Z999AA10123456784');
    await ext.close();
  });
});
