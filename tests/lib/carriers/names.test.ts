import { describe, expect, it } from 'vitest';
import { CARRIERS, carrierByName as recordByName } from '../../../lib/carriers/index';
import { CARRIER_NAMES, carrierByName, carrierNameById, normalizeName } from '../../../lib/carriers/names';

describe('carrier names (the content script’s copy of the directory)', () => {
  it('gives every directory record its names: one entry per id, nothing missing', () => {
    expect(CARRIER_NAMES.map((c) => c.id).toSorted()).toEqual(CARRIERS.map((c) => c.id).toSorted());
    expect(new Set(CARRIER_NAMES.map((c) => c.id)).size).toBe(CARRIER_NAMES.length);
    expect(carrierNameById('yamato')?.name).toBe('Yamato Transport');
    expect(carrierNameById('no-such-carrier')).toBeUndefined();
  });

  it('reads each alias back as its own carrier (aliases are unique across carriers)', () => {
    const wrong: string[] = [];
    for (const carrier of CARRIER_NAMES) {
      for (const alias of carrier.aliases) {
        const found = carrierByName(alias)?.id;
        // Hermes is Evri's old name, except in Germany: read here without a region.
        if (found !== carrier.id) wrong.push(`${alias}: ${found} (expected ${carrier.id})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // Texts as pages print them, and the carrier a person reading them understands.
  it.each([
    ['USPS', undefined, 'usps'],
    ['USPS Ground Advantage', undefined, 'usps'],
    ['usps', undefined, 'usps'],
    ['J&T Express - Standard', undefined, 'jt-express'],
    ['Ｊ＆Ｔ Ｅｘｐｒｅｓｓ', undefined, 'jt-express'],
    ['J&T Cargo Vietnam', 'VN', 'jt-cargo'],
    ['JET Express', 'ID', 'jet-express'],
    ['Hermes', 'DE', 'hermes-de'],
    ['myHermes', 'DE', 'hermes-de'],
    ['Hermes', 'GB', 'evri'],
    ['Hermes', 'uk', 'evri'],
    ['Hermes', undefined, 'evri'],
    ['Evri (Hermes)', 'DE', 'evri'],
    ['DPD Deutschland', 'DE', 'dpd'],
    ['Colis Privé', undefined, 'colis-prive'],
    ['Colis Prive', undefined, 'colis-prive'],
    ['佐川急便', 'JP', 'sagawa'],
    ['ไปรษณีย์ไทย', 'TH', 'thailand-post'],
    ['Bưu chính Viettel', 'VN', 'viettel-post'],
    ['Buu chinh Viettel', 'VN', 'viettel-post'],
    ['Giao Hàng Nhanh', 'VN', 'ghn'],
    ['Jalur Nugraha Ekakurir', 'ID', 'jne'],
  ])('%s (region %s) -> %s', (text, region, id) => {
    expect(carrierByName(text, region)?.id).toBe(id);
    // The full directory answers with the record of that same carrier.
    expect(recordByName(text, region)?.id).toBe(id);
  });

  it.each([['UPSTATE Couriers'], ['Tracking number'], [''], ['1Z999AA10123456784'], ['x'.repeat(10_000)]])(
    'names no carrier in %j',
    (text) => {
      expect(carrierByName(text)).toBeUndefined();
    },
  );

  it('folds width, case, accents and punctuation, keeping other scripts’ marks', () => {
    expect(normalizeName('Ｊ＆Ｔ')).toBe('j t');
    expect(normalizeName('Colis Privé')).toBe('colis prive');
    expect(normalizeName('Bưu điện')).toBe('buu dien');
    expect(normalizeName('ไปรษณีย์ไทย')).toBe('ไปรษณีย์ไทย');
  });
});
