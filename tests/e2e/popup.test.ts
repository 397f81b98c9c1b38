import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactsFor, trackingUrl } from '../../lib/carriers';
import { parseTabState } from '../../lib/tab-state';
import { PAGE_FIXTURES } from '../fixtures/pages';
import {
  type ExtensionSession,
  collectConsoleErrors,
  lookupAnswer,
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

/** Opens `popup.html?q=` with `text`, as the right-click flow and the address-bar keyword do. */
async function lookupPopup(text: string): Promise<{ popup: Page; errors: string[] }> {
  const popup = await session.context.newPage();
  const errors = collectConsoleErrors(popup);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?q=${encodeURIComponent(text)}`);
  return { popup, errors };
}

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

  it.each([
    [
      'Arabic-Indic digits after an Arabic label',
      'رقم التتبع: ٩٤٠٠١١١٢٠١٠٨٠٨٠٥٤٨٣٠١٦',
      '9400111201080805483016',
      'USPS',
      'tel:+18002758777',
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111201080805483016',
    ],
    [
      'a Japanese label and full-width letters and digits',
      '追跡番号：１Ｚ９９９ＡＡ１０１２３４５６７８４',
      '1Z999AA10123456784',
      'UPS',
      'tel:+18007425877',
      'https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784',
    ],
    [
      'dashes, quotes and a full stop',
      '“Tracking number: 9400-1352-6018-1590-8301-66.”',
      '9400135260181590830166',
      'USPS',
      'tel:+18002758777',
      'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400135260181590830166',
    ],
  ])(
    '?q= with %s shows the carrier, its hotline and tracking link',
    async (_name, text, number, carrier, tel, link) => {
      const { popup, errors } = await lookupPopup(text);
      expect(await lookupAnswer(popup)).toEqual({ number, carrier, hotlines: [tel], links: [link] });
      expect(errors).toEqual([]);
      await popup.close();
    },
  );

  it('?q= with two numbers lists both; choosing the second shows its carrier, hotline and link', async () => {
    const { popup, errors } = await lookupPopup('UPS 1Z999AA10123456784 and DHL Express waybill: 3318810025');
    await expect
      .poll(() => popup.getByTestId('package-choice').allInnerTexts())
      .toEqual([
        expect.stringMatching(/1Z999AA10123456784[\s\S]*UPS/),
        expect.stringMatching(/3318810025[\s\S]*DHL Express/),
      ]);
    await popup.getByTestId('package-choice').nth(1).click();
    await expect.poll(() => popup.getByTestId('carrier-name').innerText()).toBe('DHL Express');
    expect(await lookupAnswer(popup)).toEqual({
      number: '3318810025',
      carrier: 'DHL Express',
      hotlines: ['tel:+18002255345'],
      links: ['https://www.dhl.com/us-en/home/tracking/tracking-express.html?submit=1&tracking-id=3318810025'],
    });
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('?q= with a number the engine does not know after a carrier name says the text named the carrier', async () => {
    const { popup, errors } = await lookupPopup('J&T Express 630127384950');
    await expect.poll(() => popup.getByTestId('carrier-name').innerText()).toBe('J&T Express');
    expect(await popup.getByTestId('tracking-number').innerText()).toBe('630127384950');
    // Until the engine knows J&T Malaysia's format, the card says where the carrier came from.
    expect(await popup.locator('.package').innerText()).toMatch(
      /named in the text you looked up, not recognised from the number|identified from the number/,
    );
    expect(errors).toEqual([]);
    await popup.close();
  });

  it('?q= with a phone number, an order id or garbage says nothing was found, with the lookup box', async () => {
    for (const text of ['Call USPS at 1-800-275-8777', 'Order ID: 576461413038785752', '\u200b\u200b<b>&amp;</b>']) {
      const { popup, errors } = await lookupPopup(text);
      await popup.getByTestId('lookup-nothing').waitFor();
      expect(await popup.getByTestId('carrier-name').count()).toBe(0);
      expect(await popup.getByTestId('lookup-input').count()).toBe(1);
      expect(errors).toEqual([]);
      await popup.close();
    }
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
