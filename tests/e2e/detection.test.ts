import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTabState } from '../../lib/tab-state';
import { PAGE_FIXTURES } from '../fixtures/pages';
import {
  type ExtensionSession,
  badgeText,
  launchExtension,
  openAndWaitForContentScript,
  openFixturePage,
  routeFixture,
  routePage,
  storedDetection,
  tabIdOf,
  waitFor,
} from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

async function detectionOf(tabId: number, accept: (numbers: string[]) => boolean = (numbers) => numbers.length > 0) {
  const state = await waitFor(
    async () => parseTabState(await storedDetection(session, tabId)),
    (value) => value !== undefined && accept(value.detection.packages.map((p) => p.trackingNumber)),
  );
  return state?.detection;
}

/** True once the background has dropped the tab's detection (false if it still has one after the timeout). */
async function forgotten(tabId: number): Promise<boolean> {
  const left = await waitFor(
    () => storedDetection(session, tabId),
    (value) => value === undefined,
  );
  return left === undefined;
}

describe('order pages in Chromium', () => {
  it.each(PAGE_FIXTURES.map((fixture) => [fixture.file, fixture] as const))(
    '%s: the stored detection and the badge match what the page shows',
    async (_name, fixture) => {
      const { page, tabId, state } = await openFixturePage(session, fixture);
      const detection = state?.detection;
      const expectedNumbers = fixture.expected.packages.map((p) => p.trackingNumber);
      expect(detection?.packages.map((p) => p.trackingNumber)).toEqual(expectedNumbers);
      expect(detection).toStrictEqual({ url: fixture.url, ...fixture.expected });
      const count = expectedNumbers.length;
      expect(await badgeText(session, tabId)).toBe(count === 0 ? '' : count > 9 ? '9+' : String(count));
      await page.close();
    },
  );
});

/** A single-page app in the style of Seller Center: renders after a delay and navigates without reloading. */
const SPA_PAGE = `<!doctype html><html lang="en"><head><title>Order details - TikTok Shop Seller Center</title></head>
<body><div id="root"><div class="skeleton">Loading…</div></div><script>
  const row = (label, value) => '<div class="x1a"><span class="x2b">' + label + '</span><span class="x3c">' + value + '</span></div>';
  const render = (orderId, provider, tracking) => {
    document.getElementById('root').innerHTML = '<h1>Order details</h1>' + row('Order ID', orderId) +
      row('Order status', 'In transit') + row('Shipping provider', provider) + row('Tracking ID', tracking);
  };
  if (location.pathname.startsWith('/order')) setTimeout(() => render('576461413038785752', 'UPS', '1Z999AA10123456784'), 600);
  window.addEventListener('message', (event) => {
    if (event.data === 'home') {
      history.pushState({}, '', '/homepage?shop_region=US');
      document.getElementById('root').innerHTML = '<h1>Welcome back</h1>';
      return;
    }
    if (event.data !== 'next-order') return;
    history.pushState({}, '', '/order/detail?order_no=582362672348497014&shop_region=US');
    document.getElementById('root').innerHTML = '<div class="skeleton">Loading…</div>';
    setTimeout(() => render('582362672348497014', 'J&amp;T Express', 'JX7053814071'), 300);
  });
</script></body></html>`;

describe('single-page-app behaviour', () => {
  it('detects content that renders late, then follows a client-side navigation', async () => {
    const url = 'https://seller-us.tiktok.com/order/detail?order_no=576461413038785752&shop_region=US';
    await routePage(session.context, url, SPA_PAGE);
    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(session, page);

    const first = await detectionOf(tabId);
    expect(first).toMatchObject({ orderId: '576461413038785752', region: 'US', role: 'seller' });
    expect(first?.packages).toMatchObject([{ trackingNumber: '1Z999AA10123456784', carrier: 'ups' }]);
    expect(await badgeText(session, tabId)).toBe('1');

    await page.evaluate(() => window.postMessage('next-order', '*'));
    const second = await detectionOf(tabId, (numbers) => numbers.includes('JX7053814071'));
    expect(second).toMatchObject({ orderId: '582362672348497014' });
    expect(second?.url).toContain('order_no=582362672348497014');
    expect(second?.packages).toMatchObject([{ trackingNumber: 'JX7053814071', carrier: 'jt-express' }]);
    await page.close();
  });

  it('follows a client-side navigation from a Seller Center page that is not an order page', async () => {
    const home = 'https://seller-us.tiktok.com/homepage?shop_region=US';
    await routePage(session.context, home, SPA_PAGE);
    const page = await openAndWaitForContentScript(session, home);
    const tabId = await tabIdOf(session, page);
    expect(await storedDetection(session, tabId)).toBeUndefined();

    await page.evaluate(() => window.postMessage('next-order', '*'));
    const detection = await detectionOf(tabId, (numbers) => numbers.includes('JX7053814071'));
    expect(detection).toMatchObject({ orderId: '582362672348497014', role: 'seller' });
    expect(await badgeText(session, tabId)).toBe('1');

    await page.evaluate(() => window.postMessage('home', '*'));
    expect(await forgotten(tabId)).toBe(true);
    expect(await badgeText(session, tabId)).toBe('');
    await page.close();
  });

  it('forgets the detection when the tab leaves the order pages', async () => {
    const fixture = PAGE_FIXTURES[0]!;
    await routeFixture(session.context, fixture.url, fixture.file);
    await routePage(session.context, 'https://seller-us.tiktok.com/homepage', '<!doctype html><title>Home</title>');
    const page = await session.context.newPage();
    await page.goto(fixture.url);
    const tabId = await tabIdOf(session, page);
    expect(await waitFor(() => storedDetection(session, tabId), Boolean)).toBeTruthy();
    await page.goto('https://seller-us.tiktok.com/homepage');
    expect(await forgotten(tabId)).toBe(true);
    expect(await badgeText(session, tabId)).toBe('');
    await page.close();
  });
});
