import { ENGLISH, type Text } from '../i18n/catalog';

/**
 * Calendar math on ISO `YYYY-MM-DD` dates. Pure and UTC-based: a date is a day number (days since 1970-01-01),
 * so month ends, leap years and time zones of the machine never shift a deadline.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-29 is false, 2028-02-29 is true). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC). The caller guarantees `iso` is valid (see `isIsoDate`). */
export function toDayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

export function isBusinessDay(iso: string): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6;
}

/**
 * Adds `days` business days (Mon-Fri; public holidays are not known here). Friday + 1 is Monday; from a weekend
 * day, the next Monday is the first business day. Zero returns the date itself.
 */
export function addBusinessDays(iso: string, days: number): string {
  let day = toDayNumber(iso);
  // Counting from a weekend day is counting from the Friday before it: Saturday + 1 is Monday, as Friday + 1 is.
  const start = weekday(iso);
  if (start === 6) day -= 1;
  if (start === 0) day -= 2;
  let left = Math.max(0, Math.trunc(days));
  if (left === 0) return iso;
  // From a business day, every 5 business days are exactly 7 calendar days.
  day += Math.floor(left / 5) * 7;
  left %= 5;
  while (left > 0) {
    day += 1;
    if (isBusinessDay(fromDayNumber(day))) left -= 1;
  }
  return fromDayNumber(day);
}

/** -1 when `a` is before `b`, 0 when equal, 1 when after. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function minDate(...dates: (string | undefined)[]): string | undefined {
  return dates.filter((d): d is string => d !== undefined).toSorted()[0];
}

export function maxDate(...dates: (string | undefined)[]): string | undefined {
  return dates
    .filter((d): d is string => d !== undefined)
    .toSorted()
    .at(-1);
}

const WITH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/**
 * A day as `text`'s language writes it: "Dec 29" (English), "29 Dec" (British English), "12月29日", with the year
 * when it differs from today's (or today is unknown): "Dec 29, 2027".
 */
export function formatDate(iso: string, today?: string, text: Text = ENGLISH): string {
  return today !== undefined && today.slice(0, 4) === iso.slice(0, 4) ? text.day(iso) : text.day(iso, WITH_YEAR);
}

/** Days counted as "due soon" before a deadline (the deadline day itself included). */
export const DUE_SOON_DAYS = 3;

/** How a deadline stands on `today`: passed after the deadline day, due soon within 3 days, else open. */
export function deadlineStatus(deadline: string, today: string): 'passed' | 'due-soon' | 'open' {
  const left = daysBetween(today, deadline);
  if (left < 0) return 'passed';
  return left <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}
