/**
 * The popup as the toolbar button opens it (no `?tab=`: the popup asks the browser for the active tab, whose URL it
 * may read because the click granted activeTab), on a Seller Center order page that then moves to another order.
 *
 * What this path shows about the popup's "stale" note (an answer whose tab has since moved to another URL): in
 * Chromium it cannot appear after a client-side navigation, because the background forgets the detection as soon as
 * the tab reports "loading", which Chromium does for history.pushState too. The note's own look is checked through a
 * popup given the moved-on URL (./popup-states.ts, "stale").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFixture } from '../fixtures/pages';
import {
  type ExtensionSession,
  clickToolbarButton,
  launchExtension,
  openFixturePage,
  storedDetection,
  tabTargetOf,
} from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
});
afterAll(async () => {
  await session?.close();
});

const UK_ORDER = pageFixture('seller-uk-detail.html');
const ORDER_ID = '578004173920384716';
const NEXT_ORDER_ID = '578004173920384799';
const NEXT_ORDER_PATH = `/order/detail?order_no=${NEXT_ORDER_ID}&shop_region=GB`;

describe('the toolbar button', () => {
  it('shows the tab’s order; after a client-side navigation, the new order, never the old one', async () => {
    const { page, tabId, state } = await openFixturePage(session, UK_ORDER);
    expect(state?.detection.orderId).toBe(ORDER_ID);
    const tab = await tabTargetOf(session, page);

    const first = await clickToolbarButton(session, tab);
    await expect.poll(() => first.text('order-id'), { timeout: 5000 }).toBe(ORDER_ID);
    expect(await first.count('stale-note')).toBe(0);
    await first.close();

    // The app moves to another order (history.pushState), then its page is held busy by a synchronous request that
    // this test answers later, after which it renders the new order: until then the content script cannot read it.
    let arrived!: () => void;
    const requestArrived = new Promise<void>((done) => (arrived = done));
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    await session.context.route('https://seller-uk.tiktok.com/held', async (route) => {
      arrived();
      await released;
      await route.fulfill({ status: 204 });
    });
    await page.evaluate(
      ({ path, from, to }) => {
        setTimeout(() => {
          history.pushState({}, '', path);
          const request = new XMLHttpRequest();
          request.open('GET', '/held', false);
          request.send();
          document.body.innerHTML = document.body.innerHTML.replaceAll(from, to);
        });
      },
      { path: NEXT_ORDER_PATH, from: ORDER_ID, to: NEXT_ORDER_ID },
    );
    await requestArrived;

    // Chromium reports a same-document navigation to extensions as a tab "loading" (tabs.onUpdated), and the
    // background forgets the tab's detection at once: the popup cannot show the old order, stale or not.
    await expect.poll(() => storedDetection(session, tabId)).toBeUndefined();
    const during = await clickToolbarButton(session, tab);
    await expect.poll(() => during.count('lookup-input'), { timeout: 5000 }).toBe(1);
    expect(await during.count('order-id')).toBe(0);

    // The page renders the new order and the content script reports it: the open popup follows.
    release();
    await expect.poll(() => during.text('order-id'), { timeout: 5000 }).toBe(NEXT_ORDER_ID);
    expect(await during.count('stale-note')).toBe(0);
    await during.close();
    await page.close();
  });
});
