/** Formatting and safety helpers shared by the components. Pure functions, no DOM. */
import { daysBetween, formatDate, isIsoDate } from '../lib/advice/dates';
import { localDay } from '../lib/cases/clock';
import { CONTROL_AND_BIDI } from '../lib/untrusted-text';
import { LOCALE } from './strings';

/** "29 Dec" for an ISO date in `today`'s year, "29 Dec 2027" otherwise; a malformed date is shown as it is. */
export function formatDay(iso: string, today?: string): string {
  return isIsoDate(iso) ? formatDate(iso, today) : iso;
}

/** A moment in the user's time zone: its time ("14:30"), plus its weekday ("Mon") when it is not on `now`'s day. */
export function formatMoment(date: Date, now: Date, timeZone?: string): { time: string; weekday?: string } {
  const dayKey = (d: Date) =>
    new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(d);
  const time = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
  if (dayKey(date) === dayKey(now)) return { time };
  return { time, weekday: new Intl.DateTimeFormat(LOCALE, { weekday: 'short', timeZone }).format(date) };
}

const CONTACT_TIMES = new Map<string, Intl.DateTimeFormat>();

/** When a contact was logged, in the user's time zone: "20 Nov, 09:05". */
export function formatContactTime(at: string, timeZone?: string): string {
  let format = CONTACT_TIMES.get(timeZone ?? '');
  if (!format) {
    const options = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone } as const;
    format = new Intl.DateTimeFormat(LOCALE, options);
    CONTACT_TIMES.set(timeZone ?? '', format);
  }
  return format.format(new Date(at));
}

/** Today's calendar date (YYYY-MM-DD) in the user's time zone. */
export function isoDay(now: Date, timeZone?: string): string {
  return localDay(now, timeZone);
}

const RELATIVE_DAYS = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });

/** Days from today in plain words, in the interface's language: "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDays(days: number): string {
  return RELATIVE_DAYS.format(days, 'day');
}

const CLOCK = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** A time of day written the interface's way ("09:00"; "9:00 AM" in US English). */
export function timeOfDay(hour: number): string {
  return CLOCK.format(Date.UTC(2000, 0, 1, hour));
}

/**
 * Page text is untrusted and unbounded: cut it for display (Preact escapes it; this keeps the layout sane) and drop
 * the characters that could make it display as something else.
 */
export function bounded(text: string, max = 80): string {
  const clean = text.replace(CONTROL_AND_BIDI, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Like `bounded`, for text whose line breaks matter (a case-log note): keeps newlines, drops the rest. */
export function boundedLines(text: string, max = 1000): string {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_AND_BIDI, (char) => (char === '\n' ? char : ' '))
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/**
 * Only https, mailto and tel links are ever rendered. Directory data is validated already; this is the last guard
 * against a `javascript:` URL reaching an href.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return ['https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host of a source URL, for the small "Source: usps.com" line. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** `tel:` href for a directory phone: E.164 keeps its `+`; domestic short codes are dialled as they are. */
export function telHref(e164: string): string {
  return `tel:${e164.replace(/[^\d+]/g, '')}`;
}

/** Text reduced to its letters and digits, upper case: "9400 1118-99" and "94001118 99" compare equal. */
export function squashed(text: string): string {
  return text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Whole calendar days from `today` to `iso` (negative when past); undefined for a malformed date. */
export function daysUntil(iso: string, today: string): number | undefined {
  return isIsoDate(iso) && isIsoDate(today) ? daysBetween(today, iso) : undefined;
}
