import { addDays, daysBetween } from '../advice/dates';
import { getCase, isCaseKey } from './cases';
import { localTime } from './clock';
import {
  type Case,
  type CaseBook,
  type CaseDate,
  CASE_LIMITS,
  DATE_KINDS,
  type DateKind,
  type Reminder,
} from './types';

/**
 * "Remind me" on a dated step: when it goes off, and which browser alarms the stored cases call for. The background
 * owns the alarms; it turns the stored reminders into alarms at start-up and whenever the cases change
 * (`reconcileAlarms`), so reminders survive service-worker and browser restarts, which may clear alarms
 * (https://developer.chrome.com/docs/extensions/reference/api/alarms#persistence).
 */

/** Reminders go off at 09:00 in the user's time zone: early enough in the day to act on them. */
export const REMINDER_HOUR = 9;

/** The default: two days before a deadline (time to act), on the day of a follow-up (it is a check-back). */
export const DEFAULT_DAYS_BEFORE: Record<DateKind, number> = { deadline: 2, 'follow-up': 0 };

/** A reminder due in the past (missed while the browser was closed, or set on the day) goes off this soon. */
export const SOON_MS = 1000;

/** An alarm this close to its planned moment is left alone (browsers may shift alarms a little). */
const TOLERANCE_MS = 60_000;

export const ALARM_PREFIX = 'remind:';

/** The day a reminder goes off. */
export function remindDay(date: Pick<CaseDate, 'date'>, reminder: Reminder): string {
  return addDays(date.date, -reminder.daysBefore);
}

/** A reminder can be set on a date that is still ahead (today included) and not done. */
export function canRemind(date: CaseDate, today: string): boolean {
  return !date.done && date.date >= today;
}

/** The default reminder for a date, never before today (a deadline tomorrow is reminded of today). */
export function defaultReminder(date: CaseDate, today: string): Reminder {
  const left = Math.max(0, daysBetween(today, date.date));
  return { daysBefore: Math.min(DEFAULT_DAYS_BEFORE[date.kind], left) };
}

/** The reminder for a day the user chose, kept between today and the date itself. */
export function reminderOn(date: CaseDate, day: string, today: string): Reminder {
  const left = Math.max(0, daysBetween(today, date.date));
  const before = daysBetween(day, date.date);
  return { daysBefore: Math.min(CASE_LIMITS.daysBefore, left, Math.max(0, before)) };
}

export interface ReminderTarget {
  key: string;
  step: string;
  kind: DateKind;
}

export function alarmName({ key, step, kind }: ReminderTarget): string {
  return `${ALARM_PREFIX}${key}:${step}:${kind}`;
}

/** The reminder an alarm is for; undefined for any other alarm or a malformed name. */
export function parseAlarmName(name: string): ReminderTarget | undefined {
  if (!name.startsWith(ALARM_PREFIX)) return undefined;
  const [key, step, kind, ...rest] = name.slice(ALARM_PREFIX.length).split(':');
  if (rest.length > 0 || !isCaseKey(key) || !step || !(DATE_KINDS as readonly string[]).includes(kind ?? '')) {
    return undefined;
  }
  return { key, step, kind: kind as DateKind };
}

/** A stored reminder that has yet to go off: its case is not resolved, its date not done, and it has not fired. */
function pending(current: Case, date: CaseDate): date is CaseDate & { reminder: Reminder } {
  return current.state !== 'resolved' && !date.done && date.reminder !== undefined && !date.reminder.fired;
}

export interface PlannedAlarm {
  name: string;
  /** When the reminder should go off (epoch ms); in the past when it is overdue. */
  at: number;
}

/** Every reminder still to go off, with its moment in `timeZone` (the system's when undefined). */
export function planReminders(book: CaseBook, timeZone?: string): PlannedAlarm[] {
  const plan: PlannedAlarm[] = [];
  for (const current of Object.values(book.cases)) {
    for (const date of current.dates) {
      if (!pending(current, date)) continue;
      const name = alarmName({ key: current.key, step: date.step, kind: date.kind });
      plan.push({ name, at: localTime(remindDay(date, date.reminder), REMINDER_HOUR, timeZone) });
    }
  }
  return plan;
}

export interface AlarmChanges {
  create: { name: string; when: number }[];
  clear: string[];
}

/**
 * What to change so the browser's alarms match the plan: clear our alarms nobody needs (a resolved case, a date done,
 * a reminder removed), create the missing ones and move the ones at the wrong time. An overdue reminder goes off
 * soon, once: an alarm already waiting for it is left alone. Alarms of other names are not ours and stay.
 */
export function reconcileAlarms(
  plan: readonly PlannedAlarm[],
  existing: readonly { name: string; scheduledTime: number }[],
  now: number,
): AlarmChanges {
  const ours = new Map(existing.filter((a) => a.name.startsWith(ALARM_PREFIX)).map((a) => [a.name, a.scheduledTime]));
  const planned = new Set(plan.map((p) => p.name));
  const clear = [...ours.keys()].filter((name) => !planned.has(name));
  const create: AlarmChanges['create'] = [];
  for (const { name, at } of plan) {
    const scheduled = ours.get(name);
    if (at <= now) {
      if (scheduled === undefined) create.push({ name, when: now + SOON_MS });
    } else if (scheduled === undefined || Math.abs(scheduled - at) > TOLERANCE_MS) {
      create.push({ name, when: at });
    }
  }
  return { create, clear };
}

/** The case and date an alarm reminds of, when that reminder is still to go off; else undefined (skip it). */
export function dueReminder(book: CaseBook, target: ReminderTarget): { case: Case; date: CaseDate } | undefined {
  const current = getCase(book, target.key);
  const date = current?.dates.find((d) => d.step === target.step && d.kind === target.kind);
  return current && date && pending(current, date) ? { case: current, date } : undefined;
}

/** Records that a reminder went off, so it never goes off again. */
export function markFired(book: CaseBook, target: ReminderTarget): CaseBook {
  const found = dueReminder(book, target);
  if (!found) return book;
  const dates = found.case.dates.map((d) =>
    d === found.date ? { ...d, reminder: { ...found.date.reminder!, fired: true } } : d,
  );
  return { ...book, cases: { ...book.cases, [target.key]: { ...found.case, dates } } };
}

/**
 * Cases due today: not resolved, with a reminder that has come (its day is today or past, or it went off) on a date
 * not done yet. The toolbar badge counts them when notifications are not allowed.
 */
export function dueCases(book: CaseBook, today: string): Case[] {
  return Object.values(book.cases).filter(
    (current) =>
      current.state !== 'resolved' &&
      current.dates.some(
        (date) => !date.done && date.reminder && (date.reminder.fired || remindDay(date, date.reminder) <= today),
      ),
  );
}
