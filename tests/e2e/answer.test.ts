/**
 * The popup as a stressed user meets it, in Chromium with the built extension: the steps for the page's problem on
 * open, one screen without provenance clutter, words for the user's role, a long order list that stays short with
 * its selected parcel on top, guidance where there is no answer, the first-run welcome, a remembered carrier, and
 * an answer painted in one go.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LARGE_PAGE_FILE } from '../fixtures/large-page';
import { pageFixture } from '../fixtures/pages';
import {
  type ExtensionSession,
  collectConsoleErrors,
  launchExtension,
  openFixturePage,
  openPopup,
  waitFor,
} from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** The popup's width and the tallest a browser shows a popup before it scrolls: its first screen. */
const FIRST_SCREEN = { width: 380, height: 600 };
/** What a 120-parcel list may take at most, all of the popup included. */
const MAX_LIST_HEIGHT = 2500;

/** A returning user: the welcome was dismissed. */
async function dismissWelcome(): Promise<void> {
  await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
}

/** The popup for a sample order page, sized to the popup's first screen, with its console errors collected. */
async function popupFor(file: string): Promise<{ popup: Page; errors: string[]; page: Page }> {
  const { page, tabId, state } = await openFixturePage(session, pageFixture(file));
  expect(state, `no stored detection for ${file}`).toBeDefined();
  const popup = await session.context.newPage();
  const errors = collectConsoleErrors(popup);
  await popup.setViewportSize(FIRST_SCREEN);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('main').waitFor();
  return { popup, errors, page };
}

/** "checked Nov 26" (American English, the machine's browser) or "checked 26 Nov" (British). */
const CHECKED_DATE = /checked (\d{1,2} [A-Z][a-z]{2}|[A-Z][a-z]{2} \d{1,2})/;

/** Lines that name a source's checked date and are visible within the first screen. */
function visibleProvenanceLines(popup: Page): Promise<number> {
  return popup.evaluate(
    ([height, checked]) => {
      const pattern = new RegExp(checked);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const lines = new Set<Element>();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !pattern.test(node.textContent ?? '')) continue;
        const box = parent.getBoundingClientRect();
        if (box.height > 0 && box.top < height) lines.add(parent);
      }
      return lines.size;
    },
    [FIRST_SCREEN.height, CHECKED_DATE.source] as const,
  );
}

/** Top of the first element with `testId`, in page coordinates. */
function topOf(popup: Page, testId: string): Promise<number> {
  return popup
    .getByTestId(testId)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

describe('the popup answers first', () => {
  beforeEach(dismissWelcome);

  it('opens a buyer’s overdue order on the steps for a late parcel, hotline and Track on the first screen', async () => {
    const { popup, errors, page } = await popupFor('buyer-us-in-transit.html');
    await popup.getByTestId('advice-step').first().waitFor();
    expect(await popup.getByTestId('problem-delayed').getAttribute('aria-pressed')).toBe('true');
    expect(await popup.getByTestId('problem-signal').innerText()).toBe(
      // The browser speaks American English (the machine's): "Nov 18".
      'From the page: its estimated delivery, Nov 18, has passed. Not it? Pick another above.',
    );
    expect(await popup.getByTestId('advice-step').first().locator('h4').innerText()).toBe(
      "Check the tracking on the carrier's own site",
    );
    const below: string[] = [];
    for (const testId of ['tracking-number', 'hotline', 'tracking-link', 'problem-delayed']) {
      if ((await topOf(popup, testId)) >= FIRST_SCREEN.height) below.push(testId);
    }
    expect(below).toEqual([]);
    // The choice stays a real button group: another problem is one click away.
    await popup.getByTestId('problem-lost').click();
    expect(await popup.getByTestId('problem-delayed').getAttribute('aria-pressed')).toBe('false');
    expect(await popup.getByTestId('problem-lost').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('opens a buyer’s "Delivered" order on "delivered, not received"', async () => {
    const { popup, page } = await popupFor('buyer-us-detail.html');
    await popup.getByTestId('advice-step').first().waitFor();
    expect(await popup.getByTestId('problem-not-received').getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    await page.close();
  });

  it.each(['buyer-us-in-transit.html', 'seller-us-detail.html', 'seller-uk-detail.html', LARGE_PAGE_FILE])(
    '%s: at most one provenance line on the first screen; each source one tap away',
    async (file) => {
      const { popup, page } = await popupFor(file);
      await popup.getByTestId('hotline').first().waitFor();
      expect(await visibleProvenanceLines(popup)).toBeLessThanOrEqual(1);
      const info = popup.getByRole('button', { name: /^Source and date: / }).first();
      await info.focus();
      await popup.keyboard.press('Enter');
      expect(await info.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => popup.getByTestId('provenance').first().innerText()).toMatch(CHECKED_DATE);
      await popup.close();
      await page.close();
    },
  );

  it('never tells a cross-border seller to ask the seller, whatever the problem', async () => {
    const { popup, page } = await popupFor('seller-global-cn-detail.html');
    await popup.getByTestId('hotline').or(popup.getByTestId('no-phone-next')).first().waitFor();
    const askTheSeller = /\b(ask|message|contact|write to) the seller\b/i;
    const choices = await popup.getByTestId('package-choice').count();
    for (let parcel = 0; parcel < choices; parcel++) {
      await popup.getByTestId('package-choice').nth(parcel).click();
      for (const problem of ['delayed', 'lost', 'not-received', 'wrong-address', 'customs', 'damaged', 'returned']) {
        await popup.getByTestId(`problem-${problem}`).click();
        await popup.getByTestId('advice-step').first().waitFor();
        const text = await popup.locator('main').innerText();
        expect(askTheSeller.exec(text)?.[0] ?? `none (parcel ${parcel}, ${problem})`).toBe(
          `none (parcel ${parcel}, ${problem})`,
        );
      }
    }
    expect(await popup.getByTestId('no-phone-next').first().innerText()).toMatch(/^As the sender/);
    await popup.close();
    await page.close();
  });
});

describe('a Seller Center list of 126 parcels', () => {
  beforeEach(dismissWelcome);

  it(`stays under ${MAX_LIST_HEIGHT} px with the selected parcel's answer pinned above the list`, async () => {
    const { popup, errors, page } = await popupFor(LARGE_PAGE_FILE);
    await popup.getByTestId('package-list').waitFor();
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    console.log(`popup height with the 126-parcel list: ${height} px`);
    expect(height).toBeLessThan(MAX_LIST_HEIGHT);
    expect(await popup.getByTestId('package-choice').count()).toBe(126);
    // The answer first: number, hotline and Track on the first screen, above the list.
    expect(await topOf(popup, 'hotline')).toBeLessThan(FIRST_SCREEN.height);
    expect(await topOf(popup, 'tracking-link')).toBeLessThan(await topOf(popup, 'package-list'));
    expect(await popup.getByTestId('package-group').locator('h3').allInnerTexts()).toEqual([
      expect.stringMatching(/^USPS \d+$/),
      expect.stringMatching(/^UPS \d+$/),
    ]);

    // Filter by status, pick a parcel far down the list: its answer replaces the pinned one, in view.
    await popup.getByTestId('package-filter').fill('delivered');
    await expect.poll(() => popup.getByTestId('package-count').innerText()).toMatch(/^\d+ of 126 parcels$/);
    const rows = popup.getByTestId('package-choice');
    const last = rows.nth((await rows.count()) - 1);
    const number = (await last.locator('.package-choice-number').innerText()).trim();
    await last.click();
    await expect.poll(() => popup.getByTestId('tracking-number').innerText()).toBe(number);
    expect(await popup.getByTestId('carrier-name').innerText()).toBe('UPS');
    const answerTop = await popup.getByTestId('tracking-number').evaluate((el) => el.getBoundingClientRect().top);
    expect(answerTop).toBeGreaterThanOrEqual(0);
    expect(answerTop).toBeLessThan(FIRST_SCREEN.height);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('copies all the numbers of a group at once', async () => {
    const { popup, page } = await popupFor(LARGE_PAGE_FILE);
    // Chromium grants no clipboard-read permission to an extension's origin: the test reads what was written.
    await popup.evaluate(() => {
      const copies: string[] = [];
      (window as unknown as { copies: string[] }).copies = copies;
      navigator.clipboard.writeText = async (text: string) => void copies.push(text);
    });
    const ups = popup.getByTestId('package-group').filter({ has: popup.getByRole('heading', { name: /^UPS/ }) });
    await ups.getByTestId('copy-group').click();
    await expect.poll(() => ups.getByTestId('copy-group').innerText()).toBe('Copied');
    const [copied = ''] = await popup.evaluate(() => (window as unknown as { copies: string[] }).copies);
    const shown = await ups.locator('.package-choice-number').allInnerTexts();
    expect(copied.split('\n')).toEqual(shown.map((text) => text.trim()));
    await popup.close();
    await page.close();
  });
});

describe('the popup where there is no answer', () => {
  beforeEach(dismissWelcome);

  it('on a buyer’s order list: open the order and click again, the buyer’s help route and the lookup', async () => {
    const { popup, errors, page } = await popupFor('buyer-us-list.html');
    await popup.getByTestId('list-no-numbers').waitFor();
    expect(await popup.getByTestId('list-no-numbers').innerText()).toContain(
      'Open the order you need, then click Carrier Finder again',
    );
    expect(await popup.getByTestId('not-order').count()).toBe(0);
    expect(await popup.getByTestId('tiktok-card').innerText()).toContain('In the TikTok app');
    expect(await popup.getByTestId('lookup-input').count()).toBe(1);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('the first run', () => {
  it('welcomes once: the country chosen is saved, "Got it" is remembered', async () => {
    await session.serviceWorker.evaluate(() => chrome.storage.local.remove(['welcome', 'settings']));
    const popup = await openPopup(session);
    const errors = collectConsoleErrors(popup);
    await popup.getByTestId('welcome').waitFor();
    await popup.getByTestId('welcome-region').selectOption('GB');
    const settings = await waitFor(
      () => session.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings),
      (value) => (value as { region?: string } | undefined)?.region === 'GB',
    );
    expect(settings).toMatchObject({ region: 'GB' });
    await popup.getByTestId('welcome-dismiss').click();
    await expect.poll(() => popup.getByTestId('welcome').count()).toBe(0);
    expect(
      await session.serviceWorker.evaluate(async () => (await chrome.storage.local.get('welcome')).welcome),
    ).toEqual({
      dismissed: true,
    });
    await popup.close();

    const again = await openPopup(session);
    await again.getByTestId('not-order').waitFor();
    expect(await again.getByTestId('welcome').count()).toBe(0);
    expect(errors).toEqual([]);
    await again.close();
  });
});

describe('a carrier picked for a number that fits several', () => {
  beforeEach(async () => {
    await dismissWelcome();
    // The browser's country (en-US) decides which carrier a lookup offers first: no country chosen, no pick yet.
    await session.serviceWorker.evaluate(() => chrome.storage.local.remove(['settings', 'carrierPicks']));
  });

  it('is shown again the next time, and can be changed back', async () => {
    const smartPost = '9261292700768711948021';
    const open = async () => {
      const popup = await openPopup(session, `?q=${smartPost}`);
      await popup.getByTestId('carrier-name').waitFor();
      return popup;
    };
    const storedPick = () =>
      session.serviceWorker.evaluate(async (key) => {
        const { carrierPicks } = await chrome.storage.local.get('carrierPicks');
        return (carrierPicks as { picks?: Record<string, { carrier: string }> } | undefined)?.picks?.[key]?.carrier;
      }, smartPost);
    const first = await open();
    expect(await first.getByTestId('carrier-name').innerText()).toBe('USPS');
    await first.getByTestId('alternative-fedex').click();
    await expect.poll(() => first.getByTestId('carrier-name').innerText()).toBe('FedEx');
    await expect.poll(storedPick).toBe('fedex');
    await first.close();

    const second = await open();
    await expect.poll(() => second.getByTestId('carrier-name').innerText()).toBe('FedEx');
    expect(await second.getByTestId('carrier-basis').innerText()).toMatch(/^your choice for this parcel/);
    await second.getByTestId('alternative-usps').click();
    await expect.poll(() => second.getByTestId('carrier-name').innerText()).toBe('USPS');
    await expect.poll(storedPick).toBeUndefined();
    await second.close();

    const third = await open();
    expect(await third.getByTestId('carrier-name').innerText()).toBe('USPS');
    await third.close();
  });
});

/**
 * Records, from before the popup's first script runs, each batch of elements added to the page (with the test ids
 * they bring) and every layout shift. Plain JavaScript in a string: it runs in the page as it is.
 */
const PAINT_PROBE = `
  window.paintBatches = [];
  window.layoutShifts = [];
  new MutationObserver((records) => {
    const ids = new Set();
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.nodeType === 1) {
          if (node.dataset.testid) ids.add(node.dataset.testid);
          for (const el of node.querySelectorAll('[data-testid]')) ids.add(el.dataset.testid);
        }
    if (ids.size) window.paintBatches.push([...ids]);
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.layoutShifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
`;

describe('the popup’s first paint', () => {
  beforeEach(dismissWelcome);

  it.each(['seller-us-detail.html', LARGE_PAGE_FILE])(
    '%s: the whole answer arrives in one render, and nothing shifts after it',
    async (file) => {
      const { page, tabId } = await openFixturePage(session, pageFixture(file));
      const popup = await session.context.newPage();
      await popup.setViewportSize(FIRST_SCREEN);
      await popup.addInitScript({ content: PAINT_PROBE });
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.getByTestId('hotline').first().waitFor();
      // Two frames later, anything still to come would have come.
      await popup.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const { batches, shifts } = await popup.evaluate(() => ({
        batches: (window as unknown as { paintBatches: string[][] }).paintBatches,
        shifts: (window as unknown as { layoutShifts: number[] }).layoutShifts,
      }));
      // One batch: number, carrier, hotline, Track and what to do, all at once (no spinner, no second pass).
      expect(batches).toHaveLength(1);
      expect(batches[0]).toEqual(
        expect.arrayContaining(['tracking-number', 'carrier-name', 'hotline', 'tracking-link', 'problem-delayed']),
      );
      expect(shifts).toEqual([]);
      await popup.close();
      await page.close();
    },
  );
});
