import { describe, expect, it } from 'vitest';
import { loadText } from '../../../lib/i18n/catalog';
import { LOCALES, languageTag } from '../../../lib/i18n/locales';

describe('loading a language', () => {
  it.each(LOCALES)('%s loads its own catalog, speaking English wherever it has no message yet', async (locale) => {
    const text = await loadText(locale, { browserLanguage: 'en-GB' });
    expect(text.locale).toBe(locale);
    expect(text.tag).toBe(languageTag(locale));
    expect(text.t('trackOn', { carrier: 'USPS' })).toMatch(/USPS/);
    expect(text.t('casesShown', { shown: 1, total: 2 })).toMatch(/1/);
  });

  it('keeps the browser’s regional style for dates only when the browser speaks that language', async () => {
    expect((await loadText('en', { browserLanguage: 'en-GB' })).day('2026-12-29')).toBe('29 Dec');
    expect((await loadText('en', { browserLanguage: 'en-US' })).day('2026-12-29')).toBe('Dec 29');
    expect((await loadText('de', { browserLanguage: 'en-GB' })).formatTag).toBe('de');
    expect((await loadText('th', { browserLanguage: 'th-TH' })).day('2026-12-29')).toBe('29 ธ.ค.');
  });
});
