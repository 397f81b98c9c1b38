import { describe, expect, it } from 'vitest';
import { localDay, localTime } from '../../../lib/cases/clock';
import { nextDate, sortCases } from '../../../lib/cases/next-date';
import type { CaseDate } from '../../../lib/cases/types';
import { aCase } from '../../fixtures/cases';

const date = (step: string, kind: CaseDate['kind'], day: string, extra: Partial<CaseDate> = {}): CaseDate => ({
  step,
  kind,
  date: day,
  title: step,
  ...extra,
});

describe('the next date of a case', () => {
  const dates = [
    date('refund', 'deadline', '2026-12-06'),
    date('refund', 'follow-up', '2026-11-23'),
    date('seller', 'follow-up', '2026-11-22', { done: true }),
  ];

  it('is the earliest deadline or follow-up not yet done, with the days left', () => {
    expect(nextDate(aCase('a', { dates }), '2026-11-20')).toEqual({ date: dates[1], daysLeft: 3, overdue: false });
    expect(nextDate(aCase('a', { dates }), '2026-11-23')).toMatchObject({ daysLeft: 0, overdue: false });
  });

  it('is overdue once its day has passed', () => {
    expect(nextDate(aCase('a', { dates }), '2026-11-25')).toEqual({ date: dates[1], daysLeft: -2, overdue: true });
  });

  it('puts a deadline before a follow-up on the same day', () => {
    const sameDay = [date('x', 'follow-up', '2026-12-01'), date('y', 'deadline', '2026-12-01')];
    expect(nextDate(aCase('a', { dates: sameDay }), '2026-11-20')?.date.step).toBe('y');
  });

  it('is none for a resolved case, or when every date is done', () => {
    expect(nextDate(aCase('a', { dates, state: 'resolved' }), '2026-11-20')).toBeUndefined();
    const allDone = dates.map((d) => ({ ...d, done: true }));
    expect(nextDate(aCase('a', { dates: allDone }), '2026-11-20')).toBeUndefined();
  });

  it('counts days across the New Year', () => {
    const newYear = [date('claim', 'deadline', '2027-01-02')];
    expect(nextDate(aCase('a', { dates: newYear }), '2026-12-31')?.daysLeft).toBe(2);
    expect(nextDate(aCase('a', { dates: newYear }), '2027-01-01')?.daysLeft).toBe(1);
    expect(nextDate(aCase('a', { dates: [date('x', 'deadline', '2026-12-30')] }), '2027-01-02')?.daysLeft).toBe(-3);
  });
});

describe("today, in the user's time zone", () => {
  // 31 Dec 2026, 10:30 UTC: already New Year's Day east of UTC+13:30, still 30 Dec west of UTC-10:30.
  const instant = new Date('2026-12-31T10:30:00Z');

  it('is the calendar day where the user is', () => {
    expect(localDay(instant, 'Pacific/Kiritimati')).toBe('2027-01-01');
    expect(localDay(instant, 'Asia/Tokyo')).toBe('2026-12-31');
    expect(localDay(instant, 'Europe/London')).toBe('2026-12-31');
    expect(localDay(instant, 'Pacific/Pago_Pago')).toBe('2026-12-30');
    // A name Intl does not know falls back to the system's zone instead of throwing.
    expect(localDay(instant, 'Mars/Olympus')).toMatch(/^2026-12-3[01]$/);
  });

  it('decides the days left to a deadline on 2 January', () => {
    const claim = aCase('a', { dates: [date('claim', 'deadline', '2027-01-02')] });
    expect(nextDate(claim, localDay(instant, 'Pacific/Kiritimati'))?.daysLeft).toBe(1);
    expect(nextDate(claim, localDay(instant, 'Asia/Tokyo'))?.daysLeft).toBe(2);
    expect(nextDate(claim, localDay(instant, 'Pacific/Pago_Pago'))?.daysLeft).toBe(3);
  });

  it('turns 09:00 on a day into the right moment, daylight saving time included', () => {
    expect(localTime('2027-01-01', 9, 'Asia/Tokyo')).toBe(Date.parse('2027-01-01T09:00:00+09:00'));
    expect(localTime('2027-01-01', 9, 'Pacific/Kiritimati')).toBe(Date.parse('2027-01-01T09:00:00+14:00'));
    expect(localTime('2026-12-31', 9, 'Pacific/Pago_Pago')).toBe(Date.parse('2026-12-31T09:00:00-11:00'));
    expect(localTime('2027-01-01', 9, 'America/Los_Angeles')).toBe(Date.parse('2027-01-01T09:00:00-08:00'));
    // New York: summer time starts on 8 March 2026 and ends on 1 November 2026.
    expect(localTime('2026-03-07', 9, 'America/New_York')).toBe(Date.parse('2026-03-07T09:00:00-05:00'));
    expect(localTime('2026-03-08', 9, 'America/New_York')).toBe(Date.parse('2026-03-08T09:00:00-04:00'));
    expect(localTime('2026-11-01', 9, 'America/New_York')).toBe(Date.parse('2026-11-01T09:00:00-05:00'));
    // London: 29 March 2026 is the first day of summer time.
    expect(localTime('2026-03-29', 9, 'Europe/London')).toBe(Date.parse('2026-03-29T09:00:00+01:00'));
    // India has a half-hour offset.
    expect(localTime('2026-12-31', 9, 'Asia/Kolkata')).toBe(Date.parse('2026-12-31T09:00:00+05:30'));
  });
});

describe('the cases list order', () => {
  it('lists open and waiting cases by next date, overdue first, then undated ones, then resolved ones', () => {
    const today = '2026-11-20';
    const cases = [
      aCase('later', { dates: [date('x', 'deadline', '2026-12-01')] }),
      aCase('resolved', { state: 'resolved', dates: [date('x', 'deadline', '2026-11-01')] }),
      aCase('undated', { updated: '2026-11-19T00:00:00Z' }),
      aCase('overdue', { state: 'waiting', dates: [date('x', 'follow-up', '2026-11-18')] }),
      aCase('soon', { dates: [date('x', 'follow-up', '2026-11-21')] }),
    ];
    const sorted = sortCases(cases, today);
    expect(sorted.map((c) => c.case.key)).toEqual(['overdue', 'soon', 'later', 'undated', 'resolved']);
    expect(sorted[0]!.next).toMatchObject({ daysLeft: -2, overdue: true });
    expect(sorted[4]!.next).toBeUndefined();
  });
});
