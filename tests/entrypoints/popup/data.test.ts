import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { browserCaseStore, browserPopupActions, loadPopupData, watchPopupData } from '../../../entrypoints/popup/data';
import type { PopupData } from '../../../entrypoints/popup/model';
import { emptyCaseBook, recordContact } from '../../../lib/cases/cases';
import type { OrderDetection } from '../../../lib/order';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { defineStorageItems } from '../../../lib/stored-items';

const detection: OrderDetection = {
  url: 'https://seller-us.tiktok.com/order/detail?order_no=1',
  page: 'order-detail',
  packages: [],
  orderId: '576461413138764',
  dates: {},
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('th');
});

describe("the popup's data", () => {
  it("reads settings, cases and the tab's detection, and the browser's country", async () => {
    const tab = await fakeBrowser.tabs.create({ url: detection.url });
    await fakeBrowser.storage.local.set({ settings: { role: 'seller', preferredCarriers: ['ups'] } });
    await fakeBrowser.storage.session.set({ [`tab:${tab.id}`]: { detection, at: 5 } });
    const data = await loadPopupData(defineStorageItems(storage), `?tab=${tab.id}`);
    expect(data).toMatchObject({
      settings: { ...DEFAULT_SETTINGS, role: 'seller', preferredCarriers: ['ups'] },
      storageOk: true,
      tab: { id: tab.id },
      tabState: { detection, at: 5 },
      cases: emptyCaseBook(),
      // The fake browser has no permissions API: read as "not allowed".
      notifications: false,
      carrierPicks: { picks: {} },
      welcomeDismissed: false,
      localeRegion: 'TH',
    });
  });

  it('follows every change to what it shows while it is open', async () => {
    const tab = await fakeBrowser.tabs.create({ url: detection.url });
    const items = defineStorageItems(storage);
    const data = await loadPopupData(items, `?tab=${tab.id}`);
    const seen: PopupData[] = [];
    const stop = watchPopupData(items, data, (next) => seen.push(next));

    await items.settings.set({ ...DEFAULT_SETTINGS, region: 'MX' });
    expect(seen.at(-1)?.settings.region).toBe('MX');

    const cases = await browserCaseStore(items).update((book) =>
      recordContact(
        book,
        { key: '576461413138764' },
        { at: '2026-11-20T14:05:00Z', channel: 'other', party: 'self' },
        '2026-11-20T14:05:00.000Z',
      ),
    );
    expect(Object.keys(cases.cases)).toEqual(['576461413138764']);
    expect(seen.at(-1)?.cases).toEqual(cases);

    await items.tabState(tab.id!).set({ detection, at: 9 });
    expect(seen.at(-1)).toMatchObject({ settings: { region: 'MX' }, cases, tabState: { at: 9 } });
    await items.tabState(tab.id!).remove();
    expect(seen.at(-1)?.tabState).toBeUndefined();

    const count = seen.length;
    stop();
    await items.settings.set({ ...DEFAULT_SETTINGS, region: 'US' });
    expect(seen).toHaveLength(count);
  });

  it('moves the contacts of the case log (before issue 16) into cases before reading them', async () => {
    const entry = { id: 'c1', at: '2026-11-20T14:05:00.000Z', channel: 'carrier-phone', party: 'carrier' };
    await fakeBrowser.storage.local.set({ caseLog: { orders: { '577318820461937205': [entry] } }, caseLog$: { v: 2 } });
    const data = await loadPopupData(defineStorageItems(storage), '?q=x');
    expect(data.cases?.cases['577318820461937205']).toMatchObject({ orderId: '577318820461937205', log: [entry] });
    expect((await fakeBrowser.storage.local.get('caseLog')).caseLog).toBeUndefined();
  });

  it('says when storage cannot be read, and still opens', async () => {
    const items = defineStorageItems(storage);
    await items.settings.get(); // defined and migrated while storage still worked
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('broken'));
    const data = await loadPopupData(items, '?q=1Z999AA10123456784');
    expect(data).toMatchObject({ storageOk: false, settings: DEFAULT_SETTINGS, query: '1Z999AA10123456784' });
  });

  it('opens with no tab for a tab that has closed (a popup link from an old window)', async () => {
    const closedTabId = 987_654; // never opened, or closed since: tabs.get rejects
    await fakeBrowser.storage.session.set({ [`tab:${closedTabId}`]: { detection, at: 5 } });
    const data = await loadPopupData(defineStorageItems(storage), `?tab=${closedTabId}`);
    expect(data.tab).toBeUndefined();
    expect(data.tabState).toBeUndefined();
    expect(data.storageOk).toBe(true);
  });

  it('reads a corrupted detection as no detection, not as an error', async () => {
    const tab = await fakeBrowser.tabs.create({ url: detection.url });
    await fakeBrowser.storage.session.set({ [`tab:${tab.id}`]: { detection: { url: 42, packages: 'many' }, at: 'x' } });
    const data = await loadPopupData(defineStorageItems(storage), `?tab=${tab.id}`);
    expect(data).toMatchObject({ storageOk: true, tab: { id: tab.id } });
    expect(data.tabState).toBeUndefined();
  });

  it('writes a carrier pick, the welcome’s dismissal and the country, and shows each as it lands', async () => {
    const items = defineStorageItems(storage);
    const data = await loadPopupData(items, '?q=9261292700768711948021');
    const seen: PopupData[] = [];
    watchPopupData(items, data, (next) => seen.push(next));
    const actions = browserPopupActions(items, () => 1000);

    await actions.rememberCarrier('9261292700768711948021', 'fedex');
    expect(seen.at(-1)?.carrierPicks).toEqual({ picks: { '9261292700768711948021': { carrier: 'fedex', at: 1000 } } });
    await actions.rememberCarrier('9261292700768711948021', undefined);
    expect(await items.carrierPicks.get()).toEqual({ picks: {} });

    await actions.dismissWelcome();
    expect(seen.at(-1)?.welcomeDismissed).toBe(true);

    await actions.chooseCountry('TH');
    expect((await items.settings.get()).region).toBe('TH');
    await actions.chooseCountry(undefined);
    expect(await items.settings.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('drops a write that storage refuses, without throwing', async () => {
    const items = defineStorageItems(storage);
    await items.welcome.get();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota'));
    await expect(browserPopupActions(items).dismissWelcome()).resolves.toBeUndefined();
  });
});
