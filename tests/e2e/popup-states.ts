/**
 * Every state the popup can be in, each reached the way a user reaches it: a sample order page served at its real
 * TikTok Shop URL and the popup opened for its tab, a `?q=` lookup, a click in the popup, or what a browser gives the
 * popup when its storage fails. The accessibility test checks each one (./accessibility.test.ts) and
 * tests/demo/screens.ts shoots each one, in both themes.
 */
import type { Page } from 'playwright-core';
import { LARGE_PAGE_FILE } from '../fixtures/large-page';
import { pageFixture } from '../fixtures/pages';
import { type ExtensionSession, openFixturePage, openPopup } from './harness';

export interface PopupState {
  name: string;
  /** Opens the popup in this state; returns it (the caller checks or shoots it, then closes it). */
  open: (session: ExtensionSession) => Promise<Page>;
}

/** The popup for a sample order page, as the toolbar button opens it, then what the user does in it. */
function forPage(file: string, then?: (popup: Page) => Promise<void>) {
  return async (session: ExtensionSession) => {
    const { tabId } = await openFixturePage(session, pageFixture(file));
    const popup = await openPopup(session, `?tab=${tabId}`);
    await popup.locator('main').waitFor();
    if (then) await then(popup);
    return popup;
  };
}

function forLookup(text: string, then?: (popup: Page) => Promise<void>) {
  return async (session: ExtensionSession) => {
    const popup = await openPopup(session, `?q=${encodeURIComponent(text)}`);
    await popup.locator('main').waitFor();
    if (then) await then(popup);
    return popup;
  };
}

/**
 * What a browser without working extension storage gives the popup: every read of `storage.local` and
 * `storage.session` fails. Plain JavaScript in a string: a function would be compiled by tsx, whose helpers do not
 * exist in the page. Chromium exposes the API as `browser` too, which WXT then uses as it is: both are patched.
 */
const FAILING_STORAGE = `
  const failing = (area) => new Proxy(area, {
    get(target, prop) {
      if (prop === 'get') return () => Promise.reject(new Error('storage unavailable'));
      const value = Reflect.get(target, prop);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  for (const api of [globalThis.chrome, globalThis.browser]) {
    if (!api || !api.storage) continue;
    Object.defineProperty(api, 'storage', {
      value: new Proxy(api.storage, {
        get: (target, prop) =>
          prop === 'local' || prop === 'session' ? failing(Reflect.get(target, prop)) : Reflect.get(target, prop),
      }),
    });
  }
`;

/**
 * The tab has moved on to `url` while the popup still holds its old page's detection. Through the real toolbar path
 * Chromium never gets there (./toolbar.test.ts: the background forgets a detection when the tab reports "loading",
 * which Chromium does for client-side navigations too), so the popup is given the moved-on URL that the toolbar
 * click's activeTab would let it read.
 */
function tabShows(url: string): string {
  return `
    for (const api of [globalThis.chrome, globalThis.browser]) {
      if (!api || !api.tabs) continue;
      Object.defineProperty(api, 'tabs', {
        value: new Proxy(api.tabs, {
          get: (target, prop) =>
            prop === 'get'
              ? (id) => target.get(id).then((tab) => ({ ...tab, url: ${JSON.stringify(url)} }))
              : Reflect.get(target, prop),
        }),
      });
    }
  `;
}

/** Opens the "Log contact" form on the order's first step. */
async function openLogForm(popup: Page): Promise<void> {
  await popup.getByTestId('log-contact').first().click();
  await popup.getByTestId('log-form').waitFor();
}

export const POPUP_STATES: PopupState[] = [
  {
    name: 'first-run',
    open: async (session) => {
      await session.serviceWorker.evaluate(() => chrome.storage.local.remove('welcome'));
      const popup = await openPopup(session);
      await popup.getByTestId('welcome').waitFor();
      return popup;
    },
  },
  { name: 'not-order', open: async (session) => openPopup(session) },
  { name: 'buyer-order-list', open: forPage('buyer-us-list.html') },
  { name: 'buyer-overdue', open: forPage('buyer-us-in-transit.html') },
  { name: 'buyer-delivered', open: forPage('buyer-us-detail.html') },
  { name: 'seller-detail', open: forPage('seller-us-detail.html') },
  {
    name: 'provenance-open',
    open: forPage('seller-us-detail.html', async (popup) => {
      await popup.getByTestId('explain-toggle').click();
      await popup.getByTestId('info-toggle').first().click();
      await popup.getByTestId('provenance').first().waitFor();
    }),
  },
  { name: 'seller-cross-border', open: forPage('seller-global-cn-detail.html') },
  { name: 'awaiting-shipment', open: forPage('seller-ph-awaiting.html') },
  { name: 'no-number', open: forPage('seller-us-shipped-no-number.html') },
  { name: 'several-packages', open: forPage('seller-uk-detail.html') },
  { name: 'list-120', open: forPage(LARGE_PAGE_FILE) },
  {
    name: 'list-120-filtered',
    open: forPage(LARGE_PAGE_FILE, async (popup) => {
      await popup.getByTestId('package-filter').fill('delivered');
    }),
  },
  { name: 'lookup', open: forLookup('9400 1112 0108 0805 4830 16') },
  { name: 'lookup-alternatives', open: forLookup('9261292700768711948021') },
  {
    name: 'lookup-carrier-picked',
    open: forLookup('9261292700768711948021', async (popup) => {
      await popup.getByTestId('alternative-fedex').click();
      await popup.getByTestId('carrier-name').filter({ hasText: 'FedEx' }).waitFor();
    }),
  },
  { name: 'lookup-two-numbers', open: forLookup('UPS 1Z999AA10123456784 and DHL Express waybill: 3318810025') },
  { name: 'nothing-found', open: forLookup('see you tomorrow') },
  {
    name: 'storage-unavailable',
    open: async (session) => {
      const popup = await session.context.newPage();
      await popup.addInitScript({ content: FAILING_STORAGE });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await popup.getByTestId('storage-unavailable').waitFor();
      return popup;
    },
  },
  {
    name: 'stale',
    open: async (session) => {
      const { tabId } = await openFixturePage(session, pageFixture('seller-uk-detail.html'));
      const popup = await session.context.newPage();
      await popup.addInitScript({ content: tabShows('https://seller-uk.tiktok.com/order?tab=all&shop_region=GB') });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.getByTestId('stale-note').waitFor();
      return popup;
    },
  },
  // Last: these write a case for the delivered buyer order, which the popup then shows at its top.
  { name: 'log-contact-form', open: forPage('buyer-us-detail.html', openLogForm) },
  {
    name: 'case-with-contact',
    open: forPage('buyer-us-detail.html', async (popup) => {
      if ((await popup.getByTestId('case-log-entry').count()) > 0) return;
      await openLogForm(popup);
      await popup.getByTestId('log-form').getByLabel('Reference number', { exact: true }).fill('CASE-2291');
      await popup.getByRole('button', { name: 'Save' }).click();
      await popup.getByTestId('case-log-entry').first().waitFor();
    }),
  },
  {
    name: 'reminder-set',
    open: forPage('buyer-us-detail.html', async (popup) => {
      if ((await popup.getByTestId('reminder').count()) === 0) await popup.getByTestId('remind-me').first().click();
      await popup.getByTestId('reminder').first().waitFor();
    }),
  },
];

/** Opens a state as a returning user sees it (the welcome dismissed), except the first run. */
export async function openPopupState(session: ExtensionSession, state: PopupState): Promise<Page> {
  if (state.name !== 'first-run') {
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
  }
  return state.open(session);
}
