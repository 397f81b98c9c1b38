import { describe, expect, it } from 'vitest';
import { createTranslator, withDirectory } from '../../../lib/i18n/translator';

const EN = {
  daysLeft: '{count, plural, one {# day left} other {# days left}}',
  callCarrier: 'Call {carrier}',
  onlyEnglish: 'Only in English',
};

describe('createTranslator', () => {
  it('fills values and follows each language’s plural rules', () => {
    const en = createTranslator('en', EN, EN);
    expect(en.t('daysLeft', { count: 1 })).toBe('1 day left');
    expect(en.t('daysLeft', { count: 3 })).toBe('3 days left');
    const es = createTranslator('es', { daysLeft: '{count, plural, one {queda # día} other {quedan # días}}' }, EN);
    expect(es.t('daysLeft', { count: 1 })).toBe('queda 1 día');
    expect(es.t('daysLeft', { count: 1000 })).toBe('quedan 1000 días');
    // Japanese has no plural forms: "other" serves every count.
    const ja = createTranslator('ja', { daysLeft: '{count, plural, other {残り#日}}' }, EN);
    expect(ja.t('daysLeft', { count: 1 })).toBe('残り1日');
  });

  it('falls back to English for a missing key or a broken message, and never throws', () => {
    const th = createTranslator('th', { callCarrier: 'โทรหา {carrier' }, EN);
    expect(th.t('callCarrier', { carrier: 'Flash' })).toBe('Call Flash');
    expect(th.t('onlyEnglish')).toBe('Only in English');
  });

  it('puts the carrier directory’s English texts into the language it holds, and keeps the English it does not', () => {
    const de = withDirectory(createTranslator('de', {}, EN), { 'Customer service': 'Kundenservice', Senders: '' });
    expect(de.data('Customer service')).toBe('Kundenservice');
    // Missing, or left empty by a translator: the English, never a blank label.
    expect(de.data('Customer care')).toBe('Customer care');
    expect(de.data('Senders')).toBe('Senders');
    expect(createTranslator('en', EN, EN).data('Customer service')).toBe('Customer service');
  });

  it('leaves angle brackets in values and messages alone (text, never markup)', () => {
    const en = createTranslator('en', EN, EN);
    expect(en.t('callCarrier', { carrier: '<b>UPS</b>' })).toBe('Call <b>UPS</b>');
  });

  it('writes days and lists as the language does', () => {
    expect(createTranslator('en', EN, EN).day('2026-11-26')).toBe('Nov 26');
    expect(createTranslator('de', {}, EN).day('2026-11-26')).toBe('26. Nov.');
    expect(createTranslator('ja', {}, EN).day('2026-11-26')).toBe('11月26日');
    expect(createTranslator('en', EN, EN).list(['USPS', 'UPS', 'FedEx'])).toBe('USPS, UPS, and FedEx');
    expect(createTranslator('fr', {}, EN).list(['USPS', 'UPS'], 'disjunction')).toBe('USPS ou UPS');
    expect(createTranslator('en', EN, EN).day('not a date')).toBe('not a date');
    // The browser's own variant of the language decides the style: British English writes the day first.
    expect(createTranslator('en', EN, EN, { browserLanguage: 'en-GB' }).day('2026-11-26')).toBe('26 Nov');
    expect(createTranslator('pt_BR', {}, EN, { browserLanguage: 'pt-BR' }).day('2026-11-26')).toBe('26 de nov.');
    // Another language's variant says nothing about this one.
    expect(createTranslator('ja', {}, EN, { browserLanguage: 'en-GB' }).day('2026-11-26')).toBe('11月26日');
  });
});
