import { describe, expect, it } from 'vitest';
import { bounded, formatDay, isoDay, safeHref, telHref } from '../../components/format';
import { t } from '../../components/strings';

describe('format helpers', () => {
  it('writes deadlines as "29 Dec", with the year only when it differs from today’s', () => {
    expect(formatDay('2026-12-29', '2026-11-26')).toBe('29 Dec');
    expect(formatDay('2027-01-05', '2026-11-26')).toBe('5 Jan 2027');
    expect(formatDay('not a date', '2026-11-26')).toBe('not a date');
  });

  it('takes today in the user’s time zone', () => {
    const lateEvening = new Date('2026-11-27T03:00:00Z');
    expect(isoDay(lateEvening, 'America/Los_Angeles')).toBe('2026-11-26');
    expect(isoDay(lateEvening, 'Asia/Tokyo')).toBe('2026-11-27');
  });

  it('never lets a script URL become an href', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('https://www.usps.com/')).toBe('https://www.usps.com/');
    expect(safeHref('mailto:help@example.com')).toBe('mailto:help@example.com');
  });

  it('bounds untrusted text and dials numbers as digits', () => {
    expect(bounded('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(bounded('  J&T\n Express ')).toBe('J&T Express');
    expect(telHref('+1 800-275-8777')).toBe('tel:+18002758777');
  });

  it('drops bidi overrides and control characters a page could use to spoof what it says', () => {
    expect(bounded('\u202eSPU\u202c Express')).toBe('SPU Express');
    expect(bounded('J&T\u0000\u2066Express\u2069\u200f')).toBe('J&T Express');
  });

  it('fills messages by argument name, taking values as plain text', () => {
    expect(t('trackOn', { carrier: 'USPS' })).toBe('Track on USPS');
    expect(t('lookupFor', { query: '{1}' })).toBe('Results for “{1}”');
  });
});
