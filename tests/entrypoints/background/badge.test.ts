import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, badgeTitle, showOnBadge } from '../../../entrypoints/background/badge';
import type { OrderDetection } from '../../../lib/order';

const order = (packages: OrderDetection['packages']): OrderDetection => ({
  url: 'https://seller-us.tiktok.com/order/detail?order_no=1',
  page: 'order-detail',
  packages,
  dates: {},
});

describe('the toolbar badge', () => {
  it('counts the packages found and names their carriers in the tooltip', () => {
    const detection = order([
      { trackingNumber: '9400111899223100000000', carrier: 'usps' },
      { trackingNumber: '1Z999AA10123456784', carrier: 'ups' },
    ]);
    expect(badgeText(detection)).toBe('2');
    expect(badgeTitle(detection)).toBe('Carrier Finder: 2 packages, USPS and UPS');
  });

  it('shows no count for an order awaiting shipment, and says why in the tooltip', () => {
    expect(badgeText(order([]))).toBe('');
    expect(badgeTitle(order([]))).toContain('no tracking number yet');
  });

  it('says when the carrier is unknown and caps the count', () => {
    const many = order(Array.from({ length: 12 }, () => ({ trackingNumber: 'X' })));
    expect(badgeText(many)).toBe('9+');
    expect(badgeTitle(many)).toContain('carrier unknown');
    expect(badgeText(undefined)).toBe('');
  });
});

describe('showOnBadge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes the count and tooltip for that tab only', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
    await showOnBadge(7, order([{ trackingNumber: '1Z999AA10123456784', carrier: 'ups' }]));
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '1' });
    expect(setTitle).toHaveBeenCalledWith({ tabId: 7, title: 'Carrier Finder: 1 package, UPS' });
  });

  it('uses browserAction in Firefox MV2 builds, where action does not exist', async () => {
    const browserAction = {
      setBadgeText: vi.fn<(details: object) => Promise<void>>(async () => {}),
      setTitle: vi.fn<(details: object) => Promise<void>>(async () => {}),
    };
    vi.spyOn(fakeBrowser, 'action', 'get').mockReturnValue(undefined as never);
    Object.assign(fakeBrowser, { browserAction });
    await showOnBadge(3, undefined);
    expect(browserAction.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: null });
    expect(browserAction.setTitle).toHaveBeenCalledWith({ tabId: 3, title: 'Carrier Finder' });
  });
});
