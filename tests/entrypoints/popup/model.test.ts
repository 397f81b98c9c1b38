import { describe, expect, it } from 'vitest';
import {
  type PopupData,
  initialView,
  isStale,
  parsePopupParams,
  problemSignal,
  problemsFor,
  regionFor,
  roleFor,
  withPreferredCarrier,
} from '../../../entrypoints/popup/model';
import type { OrderDetection } from '../../../lib/order';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const URL_A = 'https://seller-us.tiktok.com/order/detail?order_no=576461413138764';
const DETECTION: OrderDetection = {
  url: URL_A,
  page: 'order-detail',
  packages: [{ trackingNumber: '9400111206206406260787', carrier: 'usps' }],
  role: 'seller',
  dates: {},
};
const base: PopupData = { settings: DEFAULT_SETTINGS, storageOk: true, now: new Date('2026-11-26T15:00:00Z') };

describe('parsePopupParams', () => {
  it('reads the tab id and the lookup text, and nothing else', () => {
    expect(parsePopupParams('?tab=42')).toEqual({ tabId: 42 });
    expect(parsePopupParams('?q=%201Z999AA10123456784%20')).toEqual({ query: ' 1Z999AA10123456784 ' });
    expect(parsePopupParams('?tab=abc&x=1')).toEqual({});
    expect(parsePopupParams(`?q=${'9'.repeat(5000)}`).query).toHaveLength(2000);
  });
});

describe('isStale', () => {
  it('is stale when the tab shows another page than the one the detection was made on', () => {
    const state = { detection: DETECTION, at: 1000 };
    expect(isStale(state, { id: 1, url: URL_A })).toBe(false);
    expect(isStale(state, { id: 1, url: `${URL_A}#details` })).toBe(false);
    expect(isStale(state, { id: 1, url: 'https://seller-us.tiktok.com/order/detail?order_no=1' })).toBe(true);
    expect(isStale(state, { id: 1 })).toBe(false);
  });
});

describe('initialView', () => {
  it('picks the state the user should see', () => {
    const state = { detection: DETECTION, at: 1 };
    expect(initialView({ ...base, query: 'x' })).toEqual({ kind: 'lookup', query: 'x' });
    expect(initialView({ ...base, tabState: state }).kind).toBe('order');
    const unshipped = { ...DETECTION, packages: [], status: 'awaiting-shipment' as const };
    expect(initialView({ ...base, tabState: { detection: unshipped, at: 1 } }).kind).toBe('awaiting');
    // An order list without numbers (the buyer's list): "open the order", not "not an order page".
    expect(
      initialView({ ...base, tabState: { detection: { ...DETECTION, page: 'order-list', packages: [] }, at: 1 } }).kind,
    ).toBe('list-no-numbers');
    expect(initialView(base).kind).toBe('not-order');
    expect(initialView({ ...base, storageOk: false }).kind).toBe('storage-unavailable');
    expect(initialView({ ...base, query: '   ' }).kind).toBe('not-order');
  });

  it.each([
    ['in-transit', 'no-number'],
    ['delivered', 'no-number'],
    ['completed', 'no-number'],
    [undefined, 'no-number'],
    ['awaiting-payment', 'awaiting'],
    ['awaiting-shipment', 'awaiting'],
    ['awaiting-collection', 'awaiting'],
  ] as const)('says "not shipped yet" only when the page says so: status %s without a number is %s', (status, kind) => {
    const detection: OrderDetection = { ...DETECTION, packages: [], ...(status ? { status } : {}) };
    expect(initialView({ ...base, tabState: { detection, at: 1 } })).toEqual({ kind, detection, stale: false });
  });

  it('offers "not shipped yet" only where nothing has shipped', () => {
    expect(problemsFor({ kind: 'no-number', detection: DETECTION, stale: false })).not.toContain('awaiting-shipment');
    expect(problemsFor({ kind: 'awaiting', detection: DETECTION, stale: false })).toContain('awaiting-shipment');
    expect(problemsFor({ kind: 'order', detection: DETECTION, stale: false })).not.toContain('awaiting-shipment');
    expect(problemsFor({ kind: 'lookup', query: 'x' })).toEqual([
      'delayed',
      'lost',
      'not-received',
      'wrong-address',
      'customs',
      'damaged',
      'returned',
    ]);
  });
});

describe('roleFor', () => {
  it('uses the setting, else the page, else buyer', () => {
    expect(roleFor({ ...DEFAULT_SETTINGS, role: 'buyer' }, DETECTION)).toBe('buyer');
    expect(roleFor(DEFAULT_SETTINGS, DETECTION)).toBe('seller');
    expect(roleFor(DEFAULT_SETTINGS)).toBe('buyer');
  });
});

describe('regionFor', () => {
  it("takes the order page's market, else the user's country, else the browser language", () => {
    const detection = { ...DETECTION, region: 'GB' };
    const germanUser = {
      ...base,
      settings: { ...DEFAULT_SETTINGS, region: 'DE' as const },
      localeRegion: 'US' as const,
    };
    expect(regionFor(germanUser, detection)).toBe('GB');
    expect(regionFor(germanUser, { ...DETECTION, region: undefined })).toBe('DE');
    expect(regionFor(germanUser)).toBe('DE');
    expect(regionFor({ ...base, localeRegion: 'US' }, detection)).toBe('GB');
    expect(regionFor({ ...base, localeRegion: 'US' })).toBe('US');
    expect(regionFor(base)).toBeUndefined();
  });
});

describe('preferred carriers', () => {
  const smartPost = '9261292700768711948021'; // verifies as USPS IMpb and as FedEx SmartPost

  it('decide a carrier inferred from the number, but never override the carrier the page names', () => {
    const inferred = {
      trackingNumber: smartPost,
      carrier: 'usps',
      carrierSource: 'number' as const,
      alternatives: ['fedex'],
    };
    expect(withPreferredCarrier(inferred, 'US', ['fedex'])).toMatchObject({ carrier: 'fedex' });
    expect(withPreferredCarrier({ ...inferred, carrierText: 'Ground' }, 'US', ['fedex'])).toMatchObject({
      carrier: 'fedex',
      carrierText: 'Ground',
    });
    const named = { ...inferred, carrierSource: 'page' as const };
    expect(withPreferredCarrier(named, 'US', ['fedex'])).toBe(named);
    // Nor the carrier a looked-up text names.
    const textNamed = { ...inferred, carrierSource: 'text' as const };
    expect(withPreferredCarrier(textNamed, 'US', ['fedex'])).toBe(textNamed);
  });
});

describe('problemSignal', () => {
  const TODAY = '2026-11-30';

  it("reads a list row's own status before the page's", () => {
    const list: OrderDetection = { ...DETECTION, page: 'order-list', status: undefined };
    const view = { kind: 'order' as const, detection: list, stale: false };
    const delivered = { trackingNumber: '1Z4F82W70312345676', carrier: 'ups', status: 'delivered' as const };
    expect(problemSignal(view, delivered, 'buyer', TODAY)?.problem).toBe('not-received');
    expect(problemSignal(view, { ...delivered, status: 'in-transit' }, 'buyer', TODAY)).toBeUndefined();
  });

  it('reads the order page’s status and dates, and nothing in a lookup', () => {
    const overdue: OrderDetection = { ...DETECTION, status: 'in-transit', dates: { estimatedDelivery: '2026-11-10' } };
    const view = { kind: 'order' as const, detection: overdue, stale: false };
    expect(problemSignal(view, overdue.packages[0], 'seller', TODAY)).toEqual({
      problem: 'delayed',
      reason: 'overdue',
      date: '2026-11-10',
    });
    expect(problemSignal({ kind: 'lookup', query: 'x' }, overdue.packages[0], 'buyer', TODAY)).toBeUndefined();
  });
});
