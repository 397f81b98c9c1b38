import { describe, expect, it } from 'vitest';
import { badgeText, badgeTitle } from '../../../entrypoints/background/badge';
import type { OrderDetection } from '../../../lib/page/types';

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
    expect(badgeTitle(detection)).toBe('Carrier Finder: 2 packages, USPS, UPS');
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
