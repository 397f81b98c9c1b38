import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactsFor, trackingUrl } from '../../lib/carriers';
import { parseTabState } from '../../lib/tab-state';
import { PAGE_FIXTURES } from '../fixtures/pages';
import {
  type ExtensionSession,
  collectConsoleErrors,
  launchExtension,
  openFixturePage,
  openPopup,
  storedDetection,
} from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
});

/** Loads a fixture at its real TikTok URL and returns its tab id once the background has stored the detection. */
async function openOrderPage(fixture: (typeof PAGE_FIXTURES)[number]): Promise<{ page: Page; tabId: number }> {
  const { page, tabId, state } = await openFixturePage(session, fixture);
  expect(state, `no stored detection for ${fixture.file}`).toBeDefined();
  return { page, tabId };
}

const linear = (c = 0) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** The relative luminance of a computed `rgb(...)` colour (0 black, 1 white). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

// Fixtures whose first package names a carrier: the popup must show its card.
const SHIPPED = PAGE_FIXTURES.filter((f) => f.expected.page === 'order-detail' && f.expected.packages?.[0]?.carrier);

describe('the popup in Chromium', () => {
  it.each(SHIPPED.map((fixture) => [fixture.file, fixture] as const))(
    '%s: number, carrier, hotline, tracking link and advice',
    async (_name, fixture) => {
      const { page, tabId } = await openOrderPage(fixture);
      const detected = parseTabState(await storedDetection(session, tabId))!.detection;
      const pkg = detected.packages[0]!;
      const carrier = pkg.carrier!;

      const popup = await session.context.newPage();
      const errors = collectConsoleErrors(popup);
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);

      await expect.poll(() => popup.getByTestId('tracking-number').first().innerText()).toBe(pkg.trackingNumber);
      expect(await popup.getByTestId('carrier-name').first().innerText()).not.toBe('Carrier unknown');
      expect(await popup.getByTestId('order-id').allInnerTexts()).toEqual(detected.orderId ? [detected.orderId] : []);

      // Hotline and tracking link come from the directory for the page's region (no settings stored).
      const phone = contactsFor(carrier, detected.region).phones[0];
      const hrefs = (testId: string) =>
        popup
          .getByTestId(testId)
          .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
      expect(await hrefs('hotline')).toEqual(phone ? [[`tel:${phone.e164.replace(/[^\d+]/g, '')}`, null]] : []);
      const link = trackingUrl(carrier, pkg.trackingNumber, detected.region);
      expect(await hrefs('tracking-link')).toEqual(link ? [[new URL(link.url).href, 'noopener noreferrer']] : []);

      await popup.getByTestId('problem-lost').click();
      expect(await popup.getByTestId('advice-step').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await popup.close();
      await page.close();
    },
  );

  it('works with the keyboard alone: Tab to a problem, Enter, the steps appear', async () => {
    const { page, tabId } = await openOrderPage(SHIPPED[0]!);
    const popup = await openPopup(session, `?tab=${tabId}`);
    await popup.getByTestId('tracking-number').first().waitFor();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i += 1) {
      await popup.keyboard.press('Tab');
      reached = await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'problem-lost');
    }
    expect(reached).toBe(true);
    // The focused control shows where focus is.
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('advice-step').count()).toBeGreaterThan(0);
    expect(await popup.getByTestId('problem-lost').getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    await page.close();
  });

  it('follows the dark colour scheme', async () => {
    const popup = await session.context.newPage();
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.locator('main').waitFor();
    const dark = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(dark)).toBeLessThan(0.05);
    await popup.emulateMedia({ colorScheme: 'light' });
    const light = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(luminance(light)).toBeGreaterThan(0.8);
    await popup.close();
  });

  it('shows the lookup of ?q= text, as the right-click flow opens it', async () => {
    const popup = await session.context.newPage();
    const errors = collectConsoleErrors(popup);
    await popup.goto(
      `chrome-extension://${session.extensionId}/popup.html?q=${encodeURIComponent(' 9400 1112 0108 0805 4830 16 ')}`,
    );
    await expect.poll(() => popup.getByTestId('carrier-name').innerText()).toBe('USPS');
    expect(await popup.getByTestId('tracking-number').innerText()).toBe('9400111201080805483016');
    expect(await popup.getByTestId('hotline').getAttribute('href')).toBe('tel:+18002758777');
    expect(await popup.getByTestId('order-id').count()).toBe(0);
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('is between 360 and 420 px wide', async () => {
    const popup = await openPopup(session);
    await popup.locator('main').waitFor();
    const width = await popup.evaluate(() => document.body.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(360);
    expect(width).toBeLessThanOrEqual(420);
    await popup.close();
  });
});
