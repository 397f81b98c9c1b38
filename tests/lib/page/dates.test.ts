import { describe, expect, it } from 'vitest';
import { firstDate, latestDate, parseDates } from '../../../lib/page/dates';

describe('parseDates reads the formats order pages print', () => {
  it.each([
    ['Nov 3, 2026', '2026-11-03'],
    ['November 3, 2026 8:14 PM', '2026-11-03'],
    ['3 Nov 2026', '2026-11-03'],
    ['3 nov 2026, 10:41', '2026-11-03'],
    ['3 de noviembre de 2026', '2026-11-03'],
    ['3. November 2026', '2026-11-03'],
    ['3 novembre 2026 à 09:12', '2026-11-03'],
    ['3 nov. 2026', '2026-11-03'],
    ['3 Thg 11, 2026 09:30', '2026-11-03'],
    ['3 tháng 11, 2026', '2026-11-03'],
    ['3 พ.ย. 2569 20:14', '2026-11-03'],
    ['3 พฤศจิกายน 2569', '2026-11-03'],
    ['2026年11月3日 21:05', '2026-11-03'],
    ['2026-11-03 14:22', '2026-11-03'],
    ['2026/11/03', '2026-11-03'],
    ['03/11/2026 14:22:10', '2026-11-03'],
    ['03.11.2026 14:22', '2026-11-03'],
    ['3 Mei 2026', '2026-05-03'],
    ['3 Ogos 2026', '2026-08-03'],
  ])('%s', (text, iso) => {
    expect(parseDates(text)[0]).toBe(iso);
  });

  it('reads numeric dates month first in the US and day first elsewhere', () => {
    expect(parseDates('11/03/2026', { monthFirst: true })).toEqual(['2026-11-03']);
    expect(parseDates('11/03/2026')).toEqual(['2026-03-11']);
  });

  it('uses the only valid reading when one part cannot be a month', () => {
    expect(parseDates('25/11/2026', { monthFirst: true })).toEqual(['2026-11-25']);
    expect(parseDates('11/25/2026')).toEqual(['2026-11-25']);
  });

  it('takes the end of a range as the latest date', () => {
    expect(latestDate('Nov 7 - Nov 10, 2026')).toBe('2026-11-10');
    expect(latestDate('Nov 5-8, 2026')).toBe('2026-11-08');
    expect(latestDate('06/11/2026 - 08/11/2026')).toBe('2026-11-08');
    expect(latestDate('2026年11月5日～11月6日')).toBe('2026-11-06');
    expect(latestDate('5 Thg 11 - 7 Thg 11, 2026')).toBe('2026-11-07');
    expect(latestDate('6 - 8 พ.ย. 2569')).toBe('2026-11-08');
    expect(latestDate('2026-11-12 ~ 2026-11-16')).toBe('2026-11-16');
  });

  it('borrows a missing year only from the text or the caller', () => {
    expect(parseDates('Nov 5 - 8')).toEqual([]);
    expect(parseDates('Nov 5 - 8', { orderDate: '2026-11-03' })).toEqual(['2026-11-05', '2026-11-08']);
  });

  it('moves a date without a year that would fall before the order into the next year', () => {
    expect(parseDates('Jan 3', { orderDate: '2026-12-28' })).toEqual(['2027-01-03']);
    expect(parseDates('Dec 30', { orderDate: '2026-12-28' })).toEqual(['2026-12-30']);
    expect(parseDates('Nov 10', { orderDate: '2026-11-03' })).toEqual(['2026-11-10']);
  });

  it('ends a range that crosses New Year in the next year', () => {
    expect(parseDates('Dec 30 - Jan 3', { orderDate: '2026-12-28' })).toEqual(['2026-12-30', '2027-01-03']);
    expect(latestDate('Dec 30 - Jan 3', { orderDate: '2026-12-28' })).toBe('2027-01-03');
    expect(parseDates('Dec 30, 2026 - Jan 3')).toEqual(['2026-12-30', '2027-01-03']);
    expect(parseDates('Dec 30 - Jan 3, 2027')).toEqual(['2026-12-30', '2027-01-03']);
    expect(parseDates('2026年12月30日～1月2日')).toEqual(['2026-12-30', '2027-01-02']);
  });

  it('takes the first date of a field', () => {
    expect(firstDate('Nov 3, 2026 - Nov 5, 2026')).toBe('2026-11-03');
    expect(firstDate('no date')).toBeUndefined();
  });

  it('rejects impossible dates and words that only look like months', () => {
    expect(parseDates('31/02/2026')).toEqual([]);
    expect(parseDates('Out for delivery')).toEqual([]);
    expect(parseDates('May arrive late')).toEqual([]);
    expect(parseDates('')).toEqual([]);
  });
});
