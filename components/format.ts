/** Formatting and safety helpers shared by the components. Pure functions, no DOM. */
import { daysBetween, formatDate, isIsoDate } from '../lib/advice/dates';
import { localDay } from '../lib/cases/clock';
import { MARKETS, isMarket } from '../lib/regions';
import { CONTROL_AND_BIDI } from '../lib/untrusted-text';
import { currentText } from './strings';

/*
 * Days, times, relative days, numbers and country names in the pages' language (`currentText()`), through `Intl` in
 * its format tag (the browser's own variant of that language: en-GB writes "29 Dec", en-US "Dec 29"). The pages'
 * language can change while a page is open, so formatters are cached per tag, never fixed at load.
 */
const formatters = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const tag = currentText().formatTag;
  return cached(`date ${tag} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options));
}

/** "29 Dec" for an ISO date in `today`'s year, "29 Dec 2027" otherwise; a malformed date is shown as it is. */
export function formatDay(iso: string, today?: string): string {
  return isIsoDate(iso) ? formatDate(iso, today, currentText()) : iso;
}

/** A moment in the user's time zone: its time ("14:30"), plus its weekday ("Mon") when it is not on `now`'s day. */
export function formatMoment(date: Date, now: Date, timeZone?: string): { time: string; weekday?: string } {
  const day = dateTimeFormat({ year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  const time = dateTimeFormat({ hour: '2-digit', minute: '2-digit', timeZone }).format(date);
  if (day.format(date) === day.format(now)) return { time };
  return { time, weekday: dateTimeFormat({ weekday: 'short', timeZone }).format(date) };
}

/** When a contact was logged, in the user's time zone: "20 Nov, 09:05". */
export function formatContactTime(at: string, timeZone?: string): string {
  return dateTimeFormat({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(at),
  );
}

/** Today's calendar date (YYYY-MM-DD) in the user's time zone. */
export function isoDay(now: Date, timeZone?: string): string {
  return localDay(now, timeZone);
}

/** Days from today in plain words, in the pages' language: "today", "tomorrow", "in 5 days", "3 days ago". */
export function relativeDays(days: number): string {
  const tag = currentText().formatTag;
  return cached(`relative ${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })).format(days, 'day');
}

/** A time of day written the pages' way ("09:00"; "9:00 AM" in US English). */
export function timeOfDay(hour: number): string {
  return dateTimeFormat({ hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, hour));
}

/**
 * A country's name in the pages' language ("Thailand", "Tailandia", "タイ"), from the browser's own data (`Intl.
 * DisplayNames`); the English name, or the code itself, when the browser has none.
 */
export function regionName(code: string | undefined): string {
  if (!code) return '';
  const tag = currentText().formatTag;
  try {
    const names = cached(`region ${tag}`, () => new Intl.DisplayNames(tag, { type: 'region', fallback: 'none' }));
    const name = names.of(code);
    if (name) return name;
  } catch {
    // Not a valid region code: shown as it is below.
  }
  return isMarket(code) ? MARKETS[code] : code;
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
