import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  MAX_CARRIER_PICKS,
  emptyCarrierPicks,
  pickFor,
  pickKey,
  readCarrierPicks,
  withPick,
} from '../../lib/carrier-picks';
import { defineStorageItems } from '../../lib/stored-items';

beforeEach(() => fakeBrowser.reset());

const SMARTPOST = '9261292700768711948021';

describe('pickKey', () => {
  it('is the order id and the number on an order page, the number alone in a lookup', () => {
    expect(pickKey(SMARTPOST, '576461413138764')).toBe(`576461413138764|${SMARTPOST}`);
    expect(pickKey('ee123456785cn')).toBe('EE123456785CN');
    expect(pickKey('not a number')).toBeUndefined();
    expect(pickKey('9'.repeat(65))).toBeUndefined();
  });
});

describe('carrier picks', () => {
  it('remember a pick, change it, and forget it when the first-offered carrier is chosen again', () => {
    const key = pickKey(SMARTPOST, '576461413138764');
    const one = withPick(emptyCarrierPicks(), key, 'fedex', 1);
    expect(pickFor(one, key)).toBe('fedex');
    expect(pickFor(one, pickKey(SMARTPOST))).toBeUndefined();
    const two = withPick(one, key, 'usps', 2);
    expect(pickFor(two, key)).toBe('usps');
    expect(pickFor(withPick(two, key, undefined, 3), key)).toBeUndefined();
  });

  it('return the same object when nothing changes, so nothing is written', () => {
    const picks = withPick(emptyCarrierPicks(), 'EE123456785CN', 'china-post', 1);
    expect(withPick(picks, 'EE123456785CN', 'china-post', 2)).toBe(picks);
    expect(withPick(picks, 'OTHER1', undefined, 2)).toBe(picks);
    expect(withPick(picks, 'EE123456785CN', 'Not An Id!', 2)).toBe(picks);
  });

  it(`keep the ${MAX_CARRIER_PICKS} most recent`, () => {
    let picks = emptyCarrierPicks();
    for (let i = 0; i <= MAX_CARRIER_PICKS; i++) picks = withPick(picks, `N${i}`, 'usps', 1000 + i);
    expect(Object.keys(picks.picks)).toHaveLength(MAX_CARRIER_PICKS);
    expect(pickFor(picks, 'N0')).toBeUndefined();
    expect(pickFor(picks, `N${MAX_CARRIER_PICKS}`)).toBe('usps');
  });

  it('read whatever storage holds without throwing, keeping every well-formed pick', () => {
    for (const raw of [null, undefined, 'x', 7, [], { picks: [] }, { picks: 'x' }]) {
      expect(readCarrierPicks(raw)).toEqual({ picks: {} });
    }
    expect(
      readCarrierPicks({
        picks: {
          EE123456785CN: { carrier: 'china-post', at: 5 },
          '<b>': { carrier: 'usps', at: 1 },
          A1: { carrier: 'UPS!', at: 1 },
          B2: { carrier: 'ups', at: 'yesterday' },
          C3: null,
        },
      }),
    ).toEqual({ picks: { EE123456785CN: { carrier: 'china-post', at: 5 }, B2: { carrier: 'ups', at: 0 } } });
  });

  it('live in local storage under carrierPicks', async () => {
    const items = defineStorageItems(storage);
    await items.carrierPicks.update((picks) => withPick(picks, 'EE123456785CN', 'china-post', 5));
    // Version 1 with no migrations: WXT writes no version record, and reads a missing one as 1.
    expect(await fakeBrowser.storage.local.get('carrierPicks')).toEqual({
      carrierPicks: { picks: { EE123456785CN: { carrier: 'china-post', at: 5 } } },
    });
    await fakeBrowser.storage.local.set({ carrierPicks: 'corrupted' });
    expect(await items.carrierPicks.get()).toEqual({ picks: {} });
  });
});
