import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, effectiveRegion, parseSettings } from '../../lib/settings';

describe('parseSettings', () => {
  it('gives the defaults for missing or corrupted storage', () => {
    for (const raw of [undefined, null, 'settings', 3, [], {}]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the good fields when others are corrupted', () => {
    const parsed = parseSettings({ region: 'uk', role: 'admin', preferredCarriers: ['evri', 5, 'evri', '<b>'] });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, region: 'GB', preferredCarriers: ['evri'] });
  });

  it('drops a region that is not a TikTok Shop market', () => {
    expect(parseSettings({ region: 'ZZ', role: 'seller' })).toEqual({ ...DEFAULT_SETTINGS, role: 'seller' });
  });
});

describe('effectiveRegion', () => {
  it("follows the order page's market, then the user's country", () => {
    expect(effectiveRegion({ ...DEFAULT_SETTINGS, region: 'DE' }, 'US')).toBe('US');
    expect(effectiveRegion({ ...DEFAULT_SETTINGS, region: 'DE' }, undefined)).toBe('DE');
    expect(effectiveRegion({ ...DEFAULT_SETTINGS, region: 'DE' }, 'ZZ')).toBe('DE');
    expect(effectiveRegion(DEFAULT_SETTINGS, 'uk')).toBe('GB');
    expect(effectiveRegion(DEFAULT_SETTINGS, undefined)).toBeUndefined();
  });
});
