/**
 * The store listings' screenshots, 1280x800 as both stores ask, light theme, made from the bundled sample order pages
 * by `npm run demo` into `.output/demo/store/`:
 *   1-seller-overdue.png     a Seller Center order past its estimated delivery: the page, and the popup beside it
 *   2-buyer-not-received.png a buyer's "Delivered" order: the page, and the popup on "delivered, not received"
 *   3-lookup.png             a pasted tracking number's answer: the popup on a plain backdrop
 *   4-cases.png              the cases page, with the case the previous shots opened
 *   5-options.png            the options page
 * The popup is shot at its natural size (380 px wide, at most the 600 px a browser gives a popup) and set beside
 * the page it opened on.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pageFixture } from '../fixtures/pages';
import { type ExtensionSession, ROOT, openExtensionPage, openFixturePage, openPopup } from '../e2e/harness';

export const STORE_DIR = join(ROOT, '.output', 'demo', 'store');
const STORE = { width: 1280, height: 800 };
/** The order page's share of the shot; the popup sits in the rest. */
const PAGE_WIDTH = 860;
const POPUP = { width: 380, maxHeight: 600 };

/**
 * The sample pages carry almost no styles of their own (they are written for the page reader's tests): for the shot
 * they get a plain reading style, and are shown dimmed behind the popup, as the context it opened on.
 */
const READING_STYLE = `
  body { margin: 0; padding: 20px 28px; font: 15px/1.5 system-ui, sans-serif; color: #1f2328; background: #fff; }
  aside, nav { display: none; }
`;

/** A PNG as a data URL, for the composing page (which loads nothing from the network). */
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** The popup's first screen at its natural size, light theme. */
async function shootPopup(popup: Page): Promise<Buffer> {
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.setViewportSize({ width: POPUP.width, height: POPUP.maxHeight });
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  await popup.setViewportSize({ width: POPUP.width, height: Math.min(height, POPUP.maxHeight) });
  return popup.screenshot();
}

/** Lays the page (left) and the popup (right, or centred without a page) on a 1280x800 backdrop and saves it. */
async function compose(
  session: ExtensionSession,
  file: string,
  shots: { page?: Buffer; popup: Buffer },
): Promise<string> {
  const canvas = await session.context.newPage();
  await canvas.setViewportSize(STORE);
  const left = shots.page ? PAGE_WIDTH + (STORE.width - PAGE_WIDTH - POPUP.width) / 2 : (STORE.width - POPUP.width) / 2;
  await canvas.setContent(`<!doctype html>
    <body style="margin:0;width:${STORE.width}px;height:${STORE.height}px;overflow:hidden;background:#e8ebf0">
      ${shots.page ? `<img src="${dataUrl(shots.page)}" style="position:absolute;left:0;top:0;opacity:0.55">` : ''}
      <img id="popup" src="${dataUrl(shots.popup)}"
        style="position:absolute;left:${left}px;top:${shots.page ? 40 : 100}px;border-radius:8px;box-shadow:0 10px 30px rgb(0 0 0 / 28%)">
    </body>`);
  await canvas.waitForFunction(() => [...document.images].every((image) => image.complete));
  const path = join(STORE_DIR, file);
  await canvas.screenshot({ path });
  await canvas.close();
  return path;
}

/** An order page beside the popup the toolbar button opens on it; `then` acts in the popup first. */
async function orderShot(
  session: ExtensionSession,
  fixtureFile: string,
  file: string,
  then?: (popup: Page) => Promise<void>,
): Promise<string> {
  const { page, tabId } = await openFixturePage(session, pageFixture(fixtureFile));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addStyleTag({ content: READING_STYLE });
  await page.setViewportSize({ width: PAGE_WIDTH, height: STORE.height });
  const pageImage = await page.screenshot();
  const popup = await openPopup(session, `?tab=${tabId}`);
  await popup.getByTestId('tracking-number').first().waitFor();
  if (then) await then(popup);
  const path = await compose(session, file, { page: pageImage, popup: await shootPopup(popup) });
  await popup.close();
  await page.close();
  return path;
}

/** A full extension page (cases, options) at 1280x800, light theme. */
async function pageShot(session: ExtensionSession, path: string, ready: string, file: string): Promise<string> {
  const page = await openExtensionPage(session, path);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(STORE);
  await page.getByTestId(ready).first().waitFor();
  const out = join(STORE_DIR, file);
  await page.screenshot({ path: out });
  await page.close();
  return out;
}

/** Makes the five store screenshots; returns their paths. */
export async function storeScreenshots(session: ExtensionSession): Promise<string[]> {
  await mkdir(STORE_DIR, { recursive: true });
  // A returning user: the welcome closed.
  await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
  const paths = [
    await orderShot(session, 'seller-us-detail.html', '1-seller-overdue.png', async (popup) => {
      await popup.getByTestId('problem-signal').waitFor();
    }),
    await orderShot(session, 'buyer-us-detail.html', '2-buyer-not-received.png', async (popup) => {
      await popup.getByTestId('problem-signal').waitFor();
    }),
  ];

  const lookup = await openPopup(session, `?q=${encodeURIComponent('9400 1112 0108 0805 4830 16')}`);
  await lookup.getByTestId('carrier-name').waitFor();
  paths.push(await compose(session, '3-lookup.png', { popup: await shootPopup(lookup) }));
  await lookup.close();

  // A case for the cases page: the buyer's order, "Delivered, not received" picked and a chat with TikTok logged.
  const { page, tabId } = await openFixturePage(session, pageFixture('buyer-us-detail.html'));
  const popup = await openPopup(session, `?tab=${tabId}`);
  await popup.getByTestId('problem-not-received').click();
  await popup.getByTestId('log-contact').first().click();
  await popup.getByTestId('log-form').getByLabel('Reference number', { exact: true }).fill('TT-58213');
  await popup.getByRole('button', { name: 'Save' }).click();
  await popup.getByTestId('case-log-entry').waitFor();
  await popup.close();
  await page.close();
  paths.push(await pageShot(session, 'cases.html', 'case', '4-cases.png'));
  paths.push(await pageShot(session, 'options.html', 'region', '5-options.png'));
  return paths;
}
