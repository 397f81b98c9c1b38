/**
 * "Open now / opens at" for a carrier hotline, computed in the hotline's own time zone with Intl (no dependency).
 * Public holidays are not modelled: the sources give weekly hours only, so the popup should keep the source's text.
 */
import type { OpeningHours, Weekday } from './types';

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const SHORT_TO_WEEKDAY: Readonly<Record<string, Weekday>> = {
  Sun: 'sun',
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
};
const MINUTES_PER_DAY = 24 * 60;
const MS_PER_MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Weekday and minutes since local midnight of `date` in `timeZone`. */
export function localTime(date: Date, timeZone: string): { day: Weekday; minutes: number } {
  let day: Weekday = 'sun';
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(date)) {
    if (part.type === 'weekday') day = SHORT_TO_WEEKDAY[part.value] ?? day;
    else if (part.type === 'hour') hour = Number(part.value) % 24;
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { day, minutes: hour * 60 + minute };
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function dayAfter(day: Weekday, offset: number): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + offset) % 7] ?? day;
}

/**
 * Whether the line is open at `now`, and if not, when it next opens (within a week).
 * `nextOpen` is exact across daylight-saving changes: the candidate instant is re-read in the time zone and corrected.
 */
export function isOpenNow(hours: OpeningHours, now: Date): { open: boolean; nextOpen?: Date } {
  const { day, minutes } = localTime(now, hours.timeZone);
  const open = hours.intervals.some(
    (i) => i.days.includes(day) && toMinutes(i.open) <= minutes && minutes < toMinutes(i.close),
  );
  if (open) return { open: true };

  for (let offset = 0; offset <= 7; offset++) {
    const candidateDay = dayAfter(day, offset);
    const opens = hours.intervals
      .filter((i) => i.days.includes(candidateDay))
      .map((i) => toMinutes(i.open))
      .filter((m) => offset > 0 || m > minutes)
      .toSorted((a, b) => a - b);
    const first = opens[0];
    if (first === undefined) continue;
    const startOfMinute = now.getTime() - (now.getTime() % MS_PER_MINUTE);
    let candidate = new Date(startOfMinute + (offset * MINUTES_PER_DAY + first - minutes) * MS_PER_MINUTE);
    // A daylight-saving change in between shifts local time by the DST offset: correct by what the zone says.
    const drift = localTime(candidate, hours.timeZone).minutes - first;
    if (drift !== 0 && Math.abs(drift) < 12 * 60) candidate = new Date(candidate.getTime() - drift * MS_PER_MINUTE);
    return { open: false, nextOpen: candidate };
  }
  return { open: false };
}
