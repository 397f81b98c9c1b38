/**
 * Screenshots of every popup state, in the light and the dark theme, for review (`npx tsx tests/demo/screens.ts`
 * after `npm run build`). Each state is reached the way a user reaches it: a sample order page served at its real
 * TikTok Shop URL, a `?q=` lookup, or stored data set through the extension's own storage. The files land in
 * `.output/screens/` (not committed), named `<state>-<theme>.png` (the first screen) and
 * `<state>-<theme>-<n>.png` (the rest, in parts); the script prints each page's height.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LARGE_PAGE_FILE } from '../fixtures/large-page';
import { pageFixture } from '../fixtures/pages';
import { ROOT, type ExtensionSession, launchExtension, openFixturePage, openPopup } from '../e2e/harness';

const OUTPUT_DIR = join(ROOT, '.output', 'screens');
/** The popup's width (its body is 380 px) and the tallest a browser shows a popup before it scrolls. */
const VIEWPORT = { width: 380, height: 600 };
/** Below the first screen, the page is saved in parts of this height. */
const PART_HEIGHT = 900;

interface State {
  name: string;
  /** Opens the popup in this state; returns it (the caller screenshots and closes it). */
  open: (session: ExtensionSession) => Promise<Page>;
}

/** The popup for a sample order page, as the toolbar button opens it. */
function forPage(file: string, then?: (popup: Page) => Promise<void>) {
  return async (session: ExtensionSession) => {
    const { tabId } = await openFixturePage(session, pageFixture(file));
    const popup = await openPopup(session, `?tab=${tabId}`);
    await popup.locator('main').waitFor();
    if (then) await then(popup);
    return popup;
  };
}

function forLookup(text: string) {
  return async (session: ExtensionSession) => {
    const popup = await openPopup(session, `?q=${encodeURIComponent(text)}`);
    await popup.locator('main').waitFor();
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
 * The tab has moved on to `url` (a client-side navigation its page has not reported yet). The browser tells the
 * popup a tab's URL only after the user clicks the toolbar button (activeTab), which a script cannot do: this gives
 * the popup the URL that click would.
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

const STATES: State[] = [
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
];

await mkdir(OUTPUT_DIR, { recursive: true });
const session = await launchExtension();
try {
  // `npx tsx tests/demo/screens.ts lookup stale` takes only the states named.
  const only = process.argv.slice(2);
  for (const state of STATES.filter((s) => only.length === 0 || only.includes(s.name))) {
    for (const theme of ['light', 'dark'] as const) {
      // Every state but the first run starts with the welcome dismissed, as it is for a returning user.
      if (state.name !== 'first-run') {
        await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
      }
      const popup = await state.open(session);
      await popup.emulateMedia({ colorScheme: theme });
      await popup.setViewportSize(VIEWPORT);
      const height = await popup.evaluate(() => document.documentElement.scrollHeight);
      // The first screen as the popup opens, then the whole page in parts short enough to read.
      await popup.screenshot({ path: join(OUTPUT_DIR, `${state.name}-${theme}.png`) });
      for (let part = 1, y = VIEWPORT.height; y < height; part += 1, y += PART_HEIGHT) {
        const clip = { x: 0, y, width: VIEWPORT.width, height: Math.min(PART_HEIGHT, height - y) };
        await popup.screenshot({ path: join(OUTPUT_DIR, `${state.name}-${theme}-${part}.png`), fullPage: true, clip });
      }
      if (theme === 'light') console.log(`${state.name}: ${height} px`);
      await popup.close();
    }
  }
} finally {
  for (const page of session.context.pages()) await page.close().catch(() => undefined);
  await session.close();
}
