import { describe, expect, it } from 'vitest';
import { LOCALES, LOCALE_NAMES, languageTag, marketLanguage, matchLocale, uiLocale } from '../../../lib/i18n/locales';

describe('matchLocale', () => {
  it.each([
    ['th', 'th'],
    ['th-TH', 'th'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['pt-BR', 'pt_BR'],
    ['pt-PT', 'pt_BR'],
    ['pt_BR', 'pt_BR'],
    ['zh-CN', 'zh_CN'],
    ['zh-Hans-CN', 'zh_CN'],
    ['zh-TW', 'zh_CN'],
    ['fil', 'fil'],
    ['tl-PH', 'fil'],
    ['in-ID', 'id'],
    ['ms-MY', 'ms'],
    ['JA-jp', 'ja'],
  ])('%s -> %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it.each(['ko-KR', 'ar', '', '  ', undefined, null])('%j -> nothing', (tag) => {
    expect(matchLocale(tag)).toBeUndefined();
  });
});

describe('locales', () => {
  it('are the 13 the markets need, each with its own name', () => {
    expect(LOCALES.toSorted()).toEqual(
      ['de', 'en', 'es', 'fil', 'fr', 'id', 'it', 'ja', 'ms', 'pt_BR', 'th', 'vi', 'zh_CN'].toSorted(),
    );
    expect(Object.keys(LOCALE_NAMES).toSorted()).toEqual(LOCALES.toSorted());
    expect(languageTag('pt_BR')).toBe('pt-BR');
    expect(languageTag('zh_CN')).toBe('zh-CN');
  });

  it('writes to a market in its language by default', () => {
    expect(marketLanguage('TH')).toBe('th');
    expect(marketLanguage('MX')).toBe('es');
    expect(marketLanguage('BR')).toBe('pt_BR');
    expect(marketLanguage('US')).toBe('en');
    expect(marketLanguage('PH')).toBe('en');
    expect(marketLanguage('XX')).toBeUndefined();
    expect(marketLanguage(undefined)).toBeUndefined();
  });
});

describe('the language the extension speaks', () => {
  it('is the one chosen in the options, whatever the browser says', () => {
    expect(uiLocale('th', 'en-US')).toBe('th');
    expect(uiLocale('en', 'ja-JP')).toBe('en');
  });

  it('follows the browser when nothing is chosen, as close as we can get', () => {
    expect(uiLocale(undefined, 'de-DE')).toBe('de');
    expect(uiLocale(undefined, 'pt-PT')).toBe('pt_BR');
    expect(uiLocale(undefined, 'zh-TW')).toBe('zh_CN');
  });

  it('falls back to English for a browser language we do not speak, or none', () => {
    expect(uiLocale(undefined, 'ko-KR')).toBe('en');
    expect(uiLocale(undefined, undefined)).toBe('en');
    expect(uiLocale(undefined, '')).toBe('en');
  });
});
