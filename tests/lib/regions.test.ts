import { describe, expect, it } from 'vitest';
import { countryCode, toMarket } from '../../lib/regions';

describe('toMarket', () => {
  it('maps the UK alias to GB, as TikTok URLs do', () => {
    expect(toMarket('uk')).toBe('GB');
    expect(toMarket(' gb ')).toBe('GB');
  });
  it('rejects codes that are not TikTok Shop markets', () => {
    expect(toMarket('ZZ')).toBeUndefined();
    expect(toMarket('')).toBeUndefined();
    expect(toMarket(undefined)).toBeUndefined();
  });
});

describe('countryCode', () => {
  it('canonicalises any two-letter code, markets or not', () => {
    expect(countryCode(' cn ')).toBe('CN');
    expect(countryCode('uk')).toBe('GB');
    expect(countryCode('USA')).toBeUndefined();
    expect(countryCode('1A')).toBeUndefined();
    expect(countryCode(null)).toBeUndefined();
  });
});
