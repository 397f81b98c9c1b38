import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  applyToOpenTabs,
  changesTabs,
  clearDetection,
  saveDetection,
} from '../../../entrypoints/background/tab-detections';
import type { OrderDetection } from '../../../lib/order';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
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
const settingsAre = (patch: object) => fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...patch } });

describe("the background's detections", () => {
  it("keeps the tab's detection in session storage and counts its packages on the badge", async () => {
    const items = defineStorageItems(storage);
    await saveDetection(items, 7, detection, 1000);
    expect(await stored(7)).toEqual({ detection, at: 1000 });
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: '1' });
    await clearDetection(items, 7);
    expect(await stored(7)).toBeUndefined();
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: null });
  });

  it('keeps nothing and shows nothing while detection is off, whatever a content script still reports', async () => {
    await settingsAre({ detection: false });
    const items = defineStorageItems(storage);
    await saveDetection(items, 7, detection);
    expect(await stored(7)).toBeUndefined();
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: null });
  });

  it('keeps the count off the icon when the badge is off', async () => {
    await settingsAre({ badge: false });
    const items = defineStorageItems(storage);
    await saveDetection(items, 7, detection);
    expect(await stored(7)).toMatchObject({ detection });
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: null });
  });

  it('brings open tabs in line when detection or the badge is switched', async () => {
    const items = defineStorageItems(storage);
    const tab = await fakeBrowser.tabs.create({ url: detection.url });
    await saveDetection(items, tab.id!, detection);

    expect(changesTabs({ ...DEFAULT_SETTINGS, badge: false }, DEFAULT_SETTINGS)).toBe(true);
    expect(changesTabs({ ...DEFAULT_SETTINGS, region: 'MX' }, DEFAULT_SETTINGS)).toBe(false);

    await applyToOpenTabs(items, { ...DEFAULT_SETTINGS, badge: false });
    expect(badge).toHaveBeenLastCalledWith({ tabId: tab.id, text: null });
    await applyToOpenTabs(items, DEFAULT_SETTINGS);
    expect(badge).toHaveBeenLastCalledWith({ tabId: tab.id, text: '1' });
    await applyToOpenTabs(items, { ...DEFAULT_SETTINGS, detection: false });
    expect(await stored(tab.id!)).toBeUndefined();
    expect(badge).toHaveBeenLastCalledWith({ tabId: tab.id, text: null });
  });
});
