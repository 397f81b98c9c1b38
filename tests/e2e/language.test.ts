/**
 * The extension in the user's language, in Chromium with the built extension: a language chosen on the options page
 * reaches a popup already open, and a browser started in German is followed without any choice. The words themselves
 * are English until the translations land (the integrator adds text assertions then); dates and `<html lang>` already
 * change, through Intl.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageFixture } from '../fixtures/pages';
import {
  type ExtensionSession,
  collectConsoleErrors,
  launchExtension,
  openExtensionPage,
  openFixturePage,
} from './harness';

describe('choosing a language on the options page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('changes an open popup’s language and its dates at once, without reopening it', async () => {
    const { page, tabId } = await openFixturePage(session, pageFixture('buyer-us-in-transit.html'));
    const popup = await session.context.newPage();
    const errors = collectConsoleErrors(popup);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    const signal = popup.getByTestId('problem-signal');
    // The machine's browser speaks American English.
    await expect.poll(() => signal.innerText()).toContain('Nov 18');
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');

    const options = await openExtensionPage(session, 'options.html');
    await options.getByTestId('language').selectOption('th');
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('th');

    // The popup, still open in its own tab, follows: Thai month names from Intl, the page marked as Thai.
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('th');
    await expect.poll(() => signal.innerText()).toContain('18 พ.ย.');
    expect(await popup.getByTestId('problem-delayed').getAttribute('aria-pressed')).toBe('true');

    // Back to "Automatic": the browser's language (English here) again.
    await options.getByTestId('language').selectOption('');
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => signal.innerText()).toContain('Nov 18');
    expect(errors).toEqual([]);
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
});

describe('a browser in German', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ lang: 'de' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is followed with no choice made: the options page names Deutsch as "Automatic" and is marked German', async () => {
    expect(await session.serviceWorker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de\b/);
    const options = await openExtensionPage(session, 'options.html');
    const errors = collectConsoleErrors(options);
    await expect.poll(() => options.locator('html').getAttribute('lang')).toBe('de');
    const automatic = options.getByTestId('language').locator('option').first();
    expect(await automatic.getAttribute('value')).toBe('');
    expect(await automatic.innerText()).toContain('Deutsch');
    expect(await options.getByTestId('language').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await options.close();
  });
});

/**
 * What a user of each of these browsers reads first, written out by hand from the translations (not read from the
 * catalogs, so a lost or English message fails): the store name, the settings link, the "What's wrong?" heading, the
 * first step of the advice, the label above the carrier's hotline and a date in the language's own form.
 */
const BROWSERS = [
  {
    lang: 'th',
    hotlineLabel: 'ฝ่ายบริการลูกค้า',
    lookupSubmit: 'ค้นหาบริษัทขนส่ง',
    optionsTitle: 'การตั้งค่า Carrier Finder',
    country: 'ประเทศของคุณ',
    name: 'Carrier Finder สำหรับ TikTok Shop',
    settings: 'การตั้งค่า',
    heading: 'มีปัญหาอะไร?',
    firstStep: 'ตรวจสอบสถานะพัสดุบนเว็บไซต์ของบริษัทขนส่งเอง',
    date: '18 พ.ย.',
  },
  {
    lang: 'de',
    hotlineLabel: 'Kundenservice',
    lookupSubmit: 'Suchen',
    optionsTitle: 'Carrier Finder – Einstellungen',
    country: 'Ihr Land',
    name: 'Carrier Finder für TikTok Shop',
    settings: 'Einstellungen',
    heading: 'Was ist das Problem?',
    firstStep: 'Sendungsverfolgung auf der Website des Versanddienstleisters prüfen',
    date: '18. Nov.',
  },
  {
    lang: 'ja',
    hotlineLabel: 'カスタマーサービス',
    lookupSubmit: '配送業者を検索',
    optionsTitle: 'Carrier Finderの設定',
    country: 'お住まいの国',
    name: 'Carrier Finder：TikTok Shopの配送業者検索',
    settings: '設定',
    heading: 'どんな問題ですか？',
    firstStep: '配送業者のサイトで追跡情報を確認する',
    date: '11月18日',
  },
  {
    lang: 'id',
    hotlineLabel: 'Layanan pelanggan',
    lookupSubmit: 'Cari kurir',
    optionsTitle: 'Pengaturan Carrier Finder',
    country: 'Negara Anda',
    name: 'Carrier Finder untuk TikTok Shop',
    settings: 'Pengaturan',
    heading: 'Apa masalahnya?',
    firstStep: 'Cek pelacakan di situs kurir',
    date: '18 Nov',
  },
] as const;

describe.each(BROWSERS)('a browser in $lang', (expected) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension({ lang: expected.lang });
    await session.serviceWorker.evaluate(() => chrome.storage.local.set({ welcome: { dismissed: true } }));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('gets the store name, the popup and its advice in its language', async () => {
    expect(await session.serviceWorker.evaluate(() => chrome.i18n.getMessage('extName'))).toBe(expected.name);
    const { page, tabId } = await openFixturePage(session, pageFixture('buyer-us-in-transit.html'));
    const popup = await session.context.newPage();
    const errors = collectConsoleErrors(popup);
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe(expected.lang);
    expect(await popup.locator('#problem-heading').innerText()).toBe(expected.heading);
    expect(await popup.getByTestId('open-options').innerText()).toBe(expected.settings);
    expect(await popup.locator('.step-title').first().innerText()).toBe(expected.firstStep);
    // The carrier directory's own words too: the label above USPS's number.
    expect(await popup.locator('.phone .field-label').first().innerText()).toBe(expected.hotlineLabel);
    expect(await popup.getByTestId('problem-signal').innerText()).toContain(expected.date);
    expect(errors).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('gets a lookup and the options page in its language', async () => {
    const lookup = await session.context.newPage();
    const options = await session.context.newPage();
    const errors = [lookup, options].map(collectConsoleErrors);
    const number = encodeURIComponent('9400 1352 6018 1590 8301 66');
    await lookup.goto(`chrome-extension://${session.extensionId}/popup.html?q=${number}`);
    await expect.poll(() => lookup.locator('html').getAttribute('lang')).toBe(expected.lang);
    await expect.poll(() => lookup.locator('#problem-heading').innerText()).toBe(expected.heading);
    // No order, so no sign of the problem: the common problems side by side, each with its first steps.
    expect(await lookup.getByTestId('common-problem').first().locator('li').first().innerText()).toBe(
      expected.firstStep,
    );
    expect(await lookup.locator('form button[type=submit]').innerText()).toBe(expected.lookupSubmit);

    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect.poll(() => options.locator('h1').innerText()).toBe(expected.optionsTitle);
    expect(await options.locator('label[for=region]').innerText()).toBe(expected.country);
    expect(errors).toEqual([[], []]);
    await Promise.all([lookup.close(), options.close()]);
  });
});
