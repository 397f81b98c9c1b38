import { describe, expect, it } from 'vitest';
import { isDetectionOn } from '../../lib/detection-switch';
import {
  CASE_LOG_LIMIT_CHOICES,
  DEFAULT_SETTINGS,
  SETTINGS_ITEM,
  SETTINGS_MIGRATIONS,
  effectiveRegion,
  localeCountry,
  readSettings,
  userCountry,
} from '../../lib/settings';

describe('the settings schema', () => {
  it('has these defaults: country from the browser, role from the page, detection and badge on, the whole log', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      role: 'auto',
      preferredCarriers: [],
      detection: true,
      badge: true,
      caseLogLimits: { orders: 500, entriesPerOrder: 200 },
    });
    expect(SETTINGS_ITEM).toMatchObject({ key: 'local:settings', version: 2 });
  });

  it('gives the defaults for missing or corrupted storage', () => {
    for (const raw of [undefined, null, 'settings', 3, [], {}, { region: null, role: null }]) {
      expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('reads back every value it can hold', () => {
    const settings = {
      region: 'TH' as const,
      language: 'th' as const,
      role: 'seller' as const,
      preferredCarriers: ['flash-express', 'kerry-express'],
      detection: false,
      badge: false,
      caseLogLimits: { orders: 50, entriesPerOrder: 20 },
    };
    expect(readSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
  });

  it('keeps the good fields when others are corrupted', () => {
    const parsed = readSettings({
      region: 'uk',
      role: 'admin',
      preferredCarriers: ['evri', 5, 'evri', '<b>'],
      detection: 'no',
      badge: false,
      caseLogLimits: { orders: 0, entriesPerOrder: 50 },
    });
    expect(parsed).toEqual({
      ...DEFAULT_SETTINGS,
      region: 'GB',
      preferredCarriers: ['evri'],
      badge: false,
      caseLogLimits: { orders: 500, entriesPerOrder: 50 },
    });
  });

  it('reads a language it does not speak, or garbage, as "follow the browser", keeping the rest', () => {
    for (const language of ['ko', 'pt-BR', 'TH', '', 7, null, { th: true }]) {
      const parsed = readSettings({ language, role: 'seller' });
      expect(parsed).toEqual({ ...DEFAULT_SETTINGS, role: 'seller' });
      expect('language' in parsed).toBe(false);
    }
    expect(readSettings({ language: 'zh_CN' }).language).toBe('zh_CN');
  });

  it('drops a region that is not a TikTok Shop market, and bounds limits and the carrier list', () => {
    expect(readSettings({ region: 'ZZ', role: 'seller' })).toEqual({ ...DEFAULT_SETTINGS, role: 'seller' });
    expect(readSettings({ caseLogLimits: { orders: 10_000, entriesPerOrder: 2.5 } }).caseLogLimits).toEqual(
      DEFAULT_SETTINGS.caseLogLimits,
    );
    const many = Array.from({ length: 50 }, (_, i) => `carrier-${i}`);
    expect(readSettings({ preferredCarriers: many }).preferredCarriers).toEqual(many.slice(0, 20));
  });

  it('offers limit choices that read back unchanged', () => {
    for (const orders of CASE_LOG_LIMIT_CHOICES.orders) {
      for (const entriesPerOrder of CASE_LOG_LIMIT_CHOICES.entriesPerOrder) {
        expect(readSettings({ caseLogLimits: { orders, entriesPerOrder } }).caseLogLimits).toEqual({
          orders,
          entriesPerOrder,
        });
      }
    }
  });

  it('agrees with the content script on detection: off only when stored as false', () => {
    for (const raw of [undefined, null, 'x', {}, { detection: false }, { detection: 'no' }, { detection: true }]) {
      expect(isDetectionOn(raw)).toBe(readSettings(raw).detection);
    }
  });
});

describe('settings migrations', () => {
  it('2: writes out the new switches and limits of a version 1 value, keeping every choice', () => {
    const v1 = { region: 'MX', role: 'buyer', preferredCarriers: ['estafeta'] };
    const v2 = SETTINGS_MIGRATIONS[2](v1);
    expect(v2).toEqual({ ...v1, detection: true, badge: true, caseLogLimits: { orders: 500, entriesPerOrder: 200 } });
    expect(readSettings(v2)).toEqual({
      ...DEFAULT_SETTINGS,
      region: 'MX',
      role: 'buyer',
      preferredCarriers: ['estafeta'],
    });
  });

  it('2: leaves a value already in the new shape, and anything that is not settings, as it is', () => {
    const v2 = { ...DEFAULT_SETTINGS, detection: false, caseLogLimits: { orders: 50, entriesPerOrder: 20 } };
    expect(SETTINGS_MIGRATIONS[2](v2)).toEqual(v2);
    for (const raw of ['x', 3, null, [1]]) expect(SETTINGS_MIGRATIONS[2](raw)).toEqual(raw);
  });
});

describe('the country', () => {
  it("defaults to the country of the browser's language when it is a TikTok Shop market", () => {
    expect(localeCountry('th')).toBe('TH');
    expect(localeCountry('en-US')).toBe('US');
    expect(localeCountry('en-GB')).toBe('GB');
    expect(localeCountry('pt-BR')).toBe('BR');
    expect(localeCountry('pt_BR')).toBe('BR');
    expect(localeCountry('ja')).toBe('JP');
    expect(localeCountry('vi')).toBe('VN');
    expect(localeCountry('id')).toBe('ID');
    expect(localeCountry('ms')).toBe('MY');
    expect(localeCountry('fil')).toBe('PH');
    expect(localeCountry('es-MX')).toBe('MX');
    expect(localeCountry('de')).toBe('DE');
  });

  it('has no default for other languages or garbage', () => {
    for (const language of ['zh-CN', 'ko', 'pt-PT', 'en-AU', '', 'x!', undefined]) {
      expect(localeCountry(language)).toBeUndefined();
    }
  });

  it("uses the user's choice over the browser's, and the order page's market over both", () => {
    const chosen = { ...DEFAULT_SETTINGS, region: 'DE' as const };
    expect(userCountry(chosen, 'TH')).toBe('DE');
    expect(userCountry(DEFAULT_SETTINGS, 'TH')).toBe('TH');
    expect(effectiveRegion(chosen, 'US', 'TH')).toBe('US');
    expect(effectiveRegion(chosen, undefined, 'TH')).toBe('DE');
    expect(effectiveRegion(DEFAULT_SETTINGS, undefined, 'TH')).toBe('TH');
    expect(effectiveRegion(chosen, 'ZZ')).toBe('DE');
    expect(effectiveRegion(DEFAULT_SETTINGS, 'uk')).toBe('GB');
    expect(effectiveRegion(DEFAULT_SETTINGS, undefined)).toBeUndefined();
  });
});
