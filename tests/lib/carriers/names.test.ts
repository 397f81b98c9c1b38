import { describe, expect, it } from 'vitest';
import { CARRIERS, carrierByName as recordByName } from '../../../lib/carriers/index';
import { CARRIER_NAMES, carrierByName, carrierNameById, normalizeName } from '../../../lib/carriers/names';

const namePart = ({
  id,
  name,
  aliases,
  countries,
}: {
  id: string;
  name: string;
  aliases: string[];
  countries: string[];
}) => ({
  id,
  name,
  aliases,
  countries,
});

describe('carrier names (the content script’s copy of the directory)', () => {
  it('holds exactly the names, aliases and countries of the full records, in the same order', () => {
    expect(CARRIER_NAMES.map(namePart)).toEqual(CARRIERS.map(namePart));
  });

  it('finds each carrier by id', () => {
    for (const carrier of CARRIERS) expect(carrierNameById(carrier.id)?.name).toBe(carrier.name);
    expect(carrierNameById('no-such-carrier')).toBeUndefined();
  });

  it('names the same carrier as the full directory for every alias, with and without a region', () => {
    const mismatches: string[] = [];
    for (const carrier of CARRIERS) {
      for (const alias of [carrier.name, ...carrier.aliases]) {
        for (const text of [alias, `${alias} Standard`, alias.toUpperCase()]) {
          for (const region of [undefined, 'DE', 'GB', 'uk', 'TH']) {
            const fromNames = carrierByName(text, region);
            const fromRecords = recordByName(text, region);
            if (fromNames?.id !== fromRecords?.id || fromNames?.name !== fromRecords?.name) {
              mismatches.push(`${text} @${region}: ${fromNames?.id} vs ${fromRecords?.id}`);
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads page text the same way: trailing service words, regional names, nothing for unknown text', () => {
    expect(carrierByName('J&T Express - Standard')?.id).toBe('jt-express');
    expect(carrierByName('Hermes', 'DE')?.id).toBe('hermes-de');
    expect(carrierByName('Hermes', 'GB')?.id).toBe('evri');
    expect(carrierByName('UPSTATE Couriers')).toBeUndefined();
    expect(normalizeName('Ｊ＆Ｔ')).toBe('j t');
  });
});
