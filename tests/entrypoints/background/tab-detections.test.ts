import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { clearDetection, saveDetection } from '../../../entrypoints/background/tab-detections';
import type { OrderDetection } from '../../../lib/order';
import { defineStorageItems } from '../../../lib/stored-items';

const detection: OrderDetection = {
  url: 'https://seller-us.tiktok.com/order/detail?order_no=1',
  page: 'order-detail',
  packages: [{ trackingNumber: '1Z999AA10123456784', carrier: 'ups' }],
  dates: {},
};

let badge: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
});

const stored = async (tabId: number) => (await fakeBrowser.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`];

describe("the background's detections", () => {
  it("keeps the tab's detection in session storage and counts its packages on the badge", async () => {
    const items = defineStorageItems(storage);
    await saveDetection(items, 7, detection, 1000);
    expect(await stored(7)).toEqual({ detection, at: 1000 });
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: '1' });
    await clearDetection(items, 7);
    expect(await stored(7)).toBeUndefined();
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: '' });
  });
});
