import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { routeMessage } from '../../../entrypoints/background/messages';
import type { OrderDetection } from '../../../lib/order';
import { defineStorageItems } from '../../../lib/stored-items';

const OWN_ID = 'carrier-finder-test-id';
const detection: OrderDetection = {
  url: 'https://seller-us.tiktok.com/order/detail?order_no=577203418862950147',
  page: 'order-detail',
  packages: [{ trackingNumber: '1Z999AA10123456784', carrier: 'ups', carrierSource: 'page' }],
  dates: {},
};
const fromTab = (id: number) => ({ id: OWN_ID, tab: { id } });
const stored = async (tabId: number) => (await fakeBrowser.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`];

let windows: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  windows = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
  vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
});

describe('routeMessage', () => {
  it("stores a content script's detection for its tab, and forgets it when the tab leaves the order pages", async () => {
    const items = defineStorageItems(storage);
    expect(await routeMessage(items, { type: 'detection', detection }, fromTab(4), OWN_ID)).toEqual({ ok: true });
    expect(await stored(4)).toMatchObject({ detection });
    expect(await routeMessage(items, { type: 'left-order-page' }, fromTab(4), OWN_ID)).toEqual({ ok: true });
    expect(await stored(4)).toBeUndefined();
  });

  it('opens the lookup for find-carrier from any of its own pages, with or without a tab', async () => {
    const items = defineStorageItems(storage);
    const reply = await routeMessage(
      items,
      { type: 'find-carrier', text: '1Z999AA10123456784' },
      { id: OWN_ID },
      OWN_ID,
    );
    expect(reply).toEqual({ url: expect.stringMatching(/\/popup\.html\?q=1Z999AA10123456784$/) });
    expect(windows).toHaveBeenCalledOnce();
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'detection'],
    ['an unknown type', { type: 'delete-everything' }],
    ['a detection without its detection', { type: 'detection' }],
    ['a detection with a bad region', { type: 'detection', detection: { ...detection, region: 'Texas' } }],
    [
      'too many packages',
      { type: 'detection', detection: { ...detection, packages: Array(501).fill(detection.packages[0]) } },
    ],
    ['a find-carrier without text', { type: 'find-carrier' }],
  ])('ignores a malformed message: %s', async (_name, raw) => {
    const items = defineStorageItems(storage);
    expect(routeMessage(items, raw, fromTab(5), OWN_ID)).toBeUndefined();
    expect(await stored(5)).toBeUndefined();
    expect(windows).not.toHaveBeenCalled();
  });

  it('ignores messages from another extension, even well-formed ones', async () => {
    const items = defineStorageItems(storage);
    const foreign = { id: 'some-other-extension', tab: { id: 6 } };
    expect(routeMessage(items, { type: 'detection', detection }, foreign, OWN_ID)).toBeUndefined();
    expect(routeMessage(items, { type: 'find-carrier', text: '1Z999AA10123456784' }, foreign, OWN_ID)).toBeUndefined();
    expect(await stored(6)).toBeUndefined();
    expect(windows).not.toHaveBeenCalled();
  });

  it('takes tab reports only from a tab: a page of its own without one cannot store a detection', async () => {
    const items = defineStorageItems(storage);
    expect(routeMessage(items, { type: 'detection', detection }, { id: OWN_ID }, OWN_ID)).toBeUndefined();
    expect(routeMessage(items, { type: 'left-order-page' }, { id: OWN_ID, tab: {} }, OWN_ID)).toBeUndefined();
    expect(await fakeBrowser.storage.session.get()).toEqual({});
  });
});
