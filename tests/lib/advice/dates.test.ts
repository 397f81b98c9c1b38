import { assert, integer, property } from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  compareDates,
  daysBetween,
  deadlineStatus,
  formatDate,
  fromDayNumber,
  isBusinessDay,
  isIsoDate,
  toDayNumber,
  weekday,
} from '../../../lib/advice/dates';
import { EN } from '../../../lib/i18n/catalog';
import { createTranslator } from '../../../lib/i18n/translator';

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-11-29')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
    expect(isIsoDate('2026-11-29T00:00:00Z')).toBe(false);
    expect(isIsoDate(20261129)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-11-29', 30)).toBe('2026-12-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('knows leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-01', 39)).toBe('2024-03-11');
  });

  it('round-trips through day numbers for any valid date', () => {
    assert(
      property(integer({ min: 0, max: 2_900_000 }), (day) => {
        const iso = fromDayNumber(day);
        expect(isIsoDate(iso)).toBe(true);
        expect(toDayNumber(iso)).toBe(day);
      }),
    );
  });
});

describe('addBusinessDays', () => {
  it('skips weekends', () => {
    expect(weekday('2026-11-27')).toBe(5); // Friday
    expect(addBusinessDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday + 1 = Monday
    expect(addBusinessDays('2026-11-28', 1)).toBe('2026-11-30'); // Saturday + 1 = Monday
    expect(addBusinessDays('2026-11-29', 1)).toBe('2026-11-30'); // Sunday + 1 = Monday
    expect(addBusinessDays('2026-11-27', 5)).toBe('2026-12-04');
    expect(addBusinessDays('2026-11-25', 7)).toBe('2026-12-04'); // Wednesday + 7
    expect(addBusinessDays('2026-11-25', 0)).toBe('2026-11-25');
  });

  it('matches a day-by-day count for any start and length', () => {
    assert(
      property(integer({ min: 0, max: 40_000 }), integer({ min: 0, max: 60 }), (start, n) => {
        const iso = fromDayNumber(start);
        // Naive reference: from a weekend, Friday is the base; then step one day at a time.
        let day = start;
        if (n > 0) {
          while (!isBusinessDay(fromDayNumber(day))) day -= 1;
        }
        for (let left = n; left > 0;) {
          day += 1;
          if (isBusinessDay(fromDayNumber(day))) left -= 1;
        }
        const expected = n === 0 ? iso : fromDayNumber(day);
        expect(addBusinessDays(iso, n)).toBe(expected);
      }),
    );
  });
});

describe('comparing and counting', () => {
  it('compares and counts days across a leap February', () => {
    expect(compareDates('2026-12-28', '2026-12-29')).toBe(-1);
    expect(compareDates('2026-12-29', '2026-12-29')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-02-01', '2026-03-01')).toBe(28);
  });
});

describe('formatDate', () => {
  it('omits the year when it is the current one', () => {
    expect(formatDate('2026-12-29', '2026-12-01')).toBe('Dec 29');
    expect(formatDate('2027-01-05', '2026-12-01')).toBe('Jan 5, 2027');
    expect(formatDate('2026-12-29', '2027-01-03')).toBe('Dec 29, 2026');
    expect(formatDate('2026-12-29')).toBe('Dec 29, 2026');
  });

  it('writes the day as the reader’s language and its regional variant do', () => {
    const britishEnglish = createTranslator('en', EN, EN, { browserLanguage: 'en-GB' });
    expect(formatDate('2026-12-29', '2026-12-01', britishEnglish)).toBe('29 Dec');
    expect(formatDate('2026-12-29', '2027-01-03', britishEnglish)).toBe('29 Dec 2026');
    const japanese = createTranslator('ja', {}, EN);
    expect(formatDate('2026-12-29', '2026-12-01', japanese)).toBe('12月29日');
    expect(formatDate('2026-12-29', undefined, japanese)).toBe('2026年12月29日');
  });
});

describe('deadlineStatus', () => {
  it('is passed after the deadline day, due soon within 3 days, open before', () => {
    expect(deadlineStatus('2026-12-29', '2026-12-30')).toBe('passed');
    expect(deadlineStatus('2026-12-29', '2026-12-29')).toBe('due-soon');
    expect(deadlineStatus('2026-12-29', '2026-12-26')).toBe('due-soon');
    expect(deadlineStatus('2026-12-29', '2026-12-25')).toBe('open');
  });
});
