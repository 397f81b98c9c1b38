import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { loadPopupData } from '../../../entrypoints/popup/data';
import { emptyCaseLog } from '../../../lib/advice/case-log';
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
  it("reads settings, case log and the tab's detection, and the browser's country", async () => {
    const tab = await fakeBrowser.tabs.create({ url: detection.url });
    await fakeBrowser.storage.local.set({ settings: { role: 'seller', preferredCarriers: ['ups'] } });
    await fakeBrowser.storage.session.set({ [`tab:${tab.id}`]: { detection, at: 5 } });
    const data = await loadPopupData(defineStorageItems(storage), `?tab=${tab.id}`);
    expect(data).toMatchObject({
      settings: { ...DEFAULT_SETTINGS, role: 'seller', preferredCarriers: ['ups'] },
      storageOk: true,
      tab: { id: tab.id },
      tabState: { detection, at: 5 },
      caseLog: emptyCaseLog(),
      localeRegion: 'TH',
    });
  });

  it('says when storage cannot be read, and still opens', async () => {
    const items = defineStorageItems(storage);
    await items.settings.get(); // defined and migrated while storage still worked
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('broken'));
    const data = await loadPopupData(items, '?q=1Z999AA10123456784');
    expect(data).toMatchObject({ storageOk: false, settings: DEFAULT_SETTINGS, query: '1Z999AA10123456784' });
  });
});
