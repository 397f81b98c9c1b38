import { describe, expect, it } from 'vitest';
import { carriersServing, choicesFor, localName, searchCarriers } from '../../../lib/carriers/choices';
import { carrierNameById } from '../../../lib/carriers/names';

const named = (id: string) => carrierNameById(id)!;

describe('carrier choices for the options page', () => {
  it("lists the carriers serving a country, in the directory's order", () => {
    const thai = carriersServing('TH').map((c) => c.id);
    expect(thai).toContain('thailand-post');
    expect(thai).toContain('flash-express');
    expect(thai).not.toContain('usps');
    expect(carriersServing('GB').map((c) => c.id)).toContain('evri');
    expect(carriersServing(undefined)).toEqual([]);
  });

  it('gives the name people in the country know, in their script, tagged with its language', () => {
    expect(carriersServing('TH').find((c) => c.id === 'thailand-post')).toEqual({
      id: 'thailand-post',
      name: 'Thailand Post',
      localName: 'ไปรษณีย์ไทย',
      localLang: 'th',
    });
    expect(localName(named('japan-post'), 'JP')).toBe('日本郵便');
    expect(localName(named('viettel-post'), 'VN')).toBe('Bưu chính Viettel');
  });

  it('gives no local name that is only a form of the English one, or in a script the country does not read', () => {
    expect(localName(named('jt-express'), 'TH')).toBeUndefined(); // 極兔, Ｊ＆Ｔ
    expect(localName(named('dhl-express'), 'MX')).toBeUndefined(); // DHL Express México
    expect(localName(named('colis-prive'), 'FR')).toBeUndefined(); // ColisPrivé
    expect(localName(named('ghn'), 'VN')).toBeUndefined(); // Giao Hàng Nhanh is already in the name
    expect(localName(named('thailand-post'), 'US')).toBeUndefined(); // not a carrier there
  });

  it('finds any carrier by name or alias, ignoring case and accents, prefix matches first', () => {
    expect(searchCarriers('hermes').map((c) => c.id)).toEqual(['evri', 'hermes-de']);
    expect(searchCarriers('KERRY').map((c) => c.id)).toEqual(['kerry-express']);
    expect(searchCarriers('correos de mexico').map((c) => c.id)).toEqual(['correos-de-mexico']);
    expect(searchCarriers('ไปรษณีย์').map((c) => c.id)).toEqual(['thailand-post']);
    expect(searchCarriers('ups')[0]?.id).toBe('ups');
    expect(searchCarriers('  ')).toEqual([]);
    expect(searchCarriers('post', { exclude: new Set(['usps']), limit: 3 })).toHaveLength(3);
    expect(searchCarriers('post', { exclude: new Set(['usps']) }).map((c) => c.id)).not.toContain('usps');
  });

  it('turns stored preference ids into choices in the same order, skipping unknown ids', () => {
    expect(choicesFor(['ups', 'nope', 'fedex'], 'US').map((c) => c.id)).toEqual(['ups', 'fedex']);
  });
});
