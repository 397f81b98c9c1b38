import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_FIXTURES } from '../fixtures/pages';
import {
  type ExtensionSession,
  badgeText,
  collectConsoleErrors,
  launchExtension,
  openAndWaitForContentScript,
  openExtensionPage,
  routeFixture,
  storedDetection,
  tabIdOf,
} from './harness';

let session: ExtensionSession;
let options: Page;
let optionsErrors: string[];
beforeAll(async () => {
  session = await launchExtension();
  options = await session.context.newPage();
  optionsErrors = collectConsoleErrors(options);
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('region').waitFor();
});
afterAll(async () => {
  await session?.close();
});

const FEDEX_NUMBER = '9611020987654312345672'; // FedEx 96-prefix Ground number, check digit valid
const SMARTPOST_NUMBER = '9261292700768711948021'; // verifies as USPS IMpb and as FedEx SmartPost

/** Opens the lookup window the way "Find carrier" does (the same message the context menu's click handles). */
async function openLookupWindow(text: string): Promise<Page> {
  const opened = session.context.waitForEvent('page');
  await options.evaluate((selection) => chrome.runtime.sendMessage({ type: 'find-carrier', text: selection }), text);
  const lookup = await opened;
  await lookup.getByTestId('carrier-name').first().waitFor();
  // Marks this document: if the page were reloaded or reopened, the mark would be gone.
  await lookup.evaluate(() => Object.assign(window, { notReopened: true }));
  return lookup;
}

const hotline = (page: Page) => page.getByTestId('hotline').first().getAttribute('href');
const carrierName = (page: Page) => page.getByTestId('carrier-name').first().innerText();
const stillOpen = (page: Page) => page.evaluate(() => (window as { notReopened?: boolean }).notReopened === true);

/** One field of the settings as stored, read from inside the extension. */
const storedSetting = (field: string) =>
  session.serviceWorker.evaluate(
    async (name) =>
      ((await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined)?.[name],
    field,
  );

describe('the options page, live', () => {
  it("changes an open lookup's hotline when the country changes, without reopening it", async () => {
    const lookup = await openLookupWindow(FEDEX_NUMBER);
    expect(await carrierName(lookup)).toBe('FedEx');

    await options.getByTestId('region').selectOption('MX');
    // FedEx Mexico's customer-service line (lib/carriers/data/north-america.ts, fedex.com/en-mx).
    await expect.poll(() => hotline(lookup)).toBe('tel:+525552289904');
    await options.getByTestId('region').selectOption('US');
    // FedEx's US line, 1-800-463-3339.
    await expect.poll(() => hotline(lookup)).toBe('tel:+18004633339');
    expect(await stillOpen(lookup)).toBe(true);
    await lookup.close();
  });

  it('lets the preferred carrier ranked first win a number that fits several carriers', async () => {
    await options.getByTestId('region').selectOption('US');
    await expect.poll(() => storedSetting('region')).toBe('US');
    const lookup = await openLookupWindow(SMARTPOST_NUMBER);
    expect(await carrierName(lookup)).toBe('USPS');

    await options.getByTestId('preferred-fedex').check();
    await options.getByTestId('preferred-usps').check();
    await expect.poll(() => options.getByTestId('ranking').innerText()).toMatch(/FedEx[\s\S]*USPS/);
    await expect.poll(() => carrierName(lookup)).toBe('FedEx');

    // Ranked second, FedEx loses; moved back up with the keyboard, it wins again.
    await options.getByRole('button', { name: 'Move USPS up' }).click();
    await expect.poll(() => carrierName(lookup)).toBe('USPS');
    await options.getByRole('button', { name: 'Move FedEx up' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => carrierName(lookup)).toBe('FedEx');
    await expect.poll(() => options.getByTestId('save-status').innerText()).toBe('FedEx is now number 1 of 2.');
    expect(await stillOpen(lookup)).toBe(true);
    await lookup.close();
  });

  it('leaves an order page without a badge while detection is off', async () => {
    const fixture = PAGE_FIXTURES.find((f) => f.file === 'seller-us-detail.html')!;
    await options.getByTestId('detection').uncheck();
    await expect.poll(() => storedSetting('detection')).toBe(false);

    // From here on the service worker notes what reaches it from content scripts and what is written, in order.
    await session.serviceWorker.evaluate(() => {
      const log: string[] = [];
      Object.assign(globalThis, { e2eLog: log });
      chrome.runtime.onMessage.addListener((message: { type?: string }, sender) => {
        if (sender.tab) log.push(`message:${message.type}`);
      });
      chrome.storage.onChanged.addListener((changes, area) => {
        for (const key of Object.keys(changes)) log.push(`${area}:${key}`);
      });
    });
    const readLog = () => session.serviceWorker.evaluate(() => (globalThis as { e2eLog?: string[] }).e2eLog ?? []);

    await routeFixture(session.context, fixture.url, fixture.file);
    const page = await openAndWaitForContentScript(session, fixture.url);
    const tabId = await tabIdOf(session, page);
    expect(await storedDetection(session, tabId)).toBeUndefined();
    expect(await badgeText(session, tabId)).toBe('');

    // Turned back on, the waiting content script reads the page without a reload: the badge appears, which shows the
    // page was processable all along. Nothing was reported or stored before the switch.
    await options.getByTestId('detection').check();
    await expect.poll(() => badgeText(session, tabId)).toBe(String(fixture.expected.packages.length));
    const log = await readLog();
    const switchedOn = log.indexOf('local:settings');
    expect(switchedOn).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('message:detection')).toBeGreaterThan(switchedOn);
    expect(log.indexOf(`session:tab:${tabId}`)).toBeGreaterThan(switchedOn);
    await page.close();
  });

  it('opens from the popup, and shows no console errors', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    const optionsTabActive = () =>
      session.serviceWorker.evaluate(
        async () => (await chrome.tabs.query({ url: chrome.runtime.getURL('/options.html'), active: true })).length,
      );
    expect(await optionsTabActive()).toBe(0);
    await popup.getByTestId('open-options').click();
    // The options page is already open in a tab: the browser brings that one forward instead of opening another.
    await expect.poll(optionsTabActive).toBe(1);
    await popup.close();
    expect(optionsErrors).toEqual([]);
  });
});
