import { isDateTime, readEntries } from '../advice/case-log';
import { isIsoDate } from '../advice/dates';
import { cleanText } from '../advice/templates';
import { PROBLEMS } from '../advice/types';
import type { OrderDates } from '../order';
import { toMarket } from '../regions';
import type { ItemSpec } from '../storage';
import { emptyCaseBook, isCaseKey } from './cases';
import { storedTitle } from './titles';
import { type Case, type CaseBook, type CaseDate, CASE_LIMITS, CASE_STATES, DATE_KINDS } from './types';

/**
 * The cases as stored: one item in `storage.local` (`local:cases`), never synced. Stored data is untrusted (hand
 * edits, a half-written value, a newer version's shape): it is read case by case and field by field, so a broken
 * field costs that field, a broken case costs that case, and nothing at all reads as no cases.
 */

const STEP_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CARRIER_ID = /^[a-z0-9-]{1,40}$/;
const DATE_NAMES = ['ordered', 'shipped', 'estimatedDelivery', 'delivered', 'lastUpdate'] as const;

// A title as cleanText leaves it (no control or format characters, single spaces, trimmed) needs no cleaning again.
const NOT_CLEAN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]|\s\s|^\s|\s$/u;

function readTitle(value: unknown): string | undefined {
  if (typeof value === 'string' && value.length <= CASE_LIMITS.title && !NOT_CLEAN.test(value)) return value;
  return cleanText(value, CASE_LIMITS.title);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ROLES = ['buyer', 'seller'] as const;
const MODES = ['platform', 'seller', 'fulfilled-by-tiktok'] as const;

function readDateTime(value: unknown): string | undefined {
  return typeof value === 'string' && isDateTime(value) ? value : undefined;
}

/** `value` when it is one of `choices`, else undefined. */
function oneOf<T extends string>(choices: readonly T[], value: unknown): T | undefined {
  return (choices as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

/**
 * One dated step. Cases and their dates are checked by hand rather than through a zod schema: a book holds thousands
 * of dates and is read again on every change in every open page (500 cases of 12 dates and 10 contacts: 96 ms per
 * read through zod, 44 ms this way, measured on the 2-core development machine; the contacts keep their zod reader). The
 * step, kind and date must be right or the date is dropped; a wrong `done` or reminder only loses itself.
 */
function readDate(raw: unknown): CaseDate | undefined {
  if (!isObject(raw)) return undefined;
  const { step, kind, date, done, reminder } = raw;
  if (typeof step !== 'string' || !STEP_ID.test(step) || !isIsoDate(date)) return undefined;
  if (!(DATE_KINDS as readonly unknown[]).includes(kind)) return undefined;
  const read: CaseDate = { step, kind: kind as CaseDate['kind'], date };
  const title = storedTitle(raw.titleKey, typeof raw.title === 'string' ? readTitle(raw.title) : undefined);
  if (title) Object.assign(read, title);
  if (done === true) read.done = true;
  if (isObject(reminder)) {
    const { daysBefore, fired } = reminder;
    if (
      Number.isInteger(daysBefore) &&
      (daysBefore as number) >= 0 &&
      (daysBefore as number) <= CASE_LIMITS.daysBefore
    ) {
      read.reminder =
        fired === true ? { daysBefore: daysBefore as number, fired: true } : { daysBefore: daysBefore as number };
    }
  }
  return read;
}

function readOrderDates(raw: Record<string, unknown>): OrderDates {
  const dates: OrderDates = {};
  for (const name of DATE_NAMES) {
    const value = raw[name];
    if (isIsoDate(value)) dates[name] = value;
  }
  return dates;
}

/**
 * One stored case; undefined when it has no usable key (or its key does not match the one it is stored under). Each
 * other field is read on its own: a wrong one is left out (or takes its default) while the rest survives.
 */
export function readCase(raw: unknown, storedUnder: string): Case | undefined {
  if (!isObject(raw) || raw.key !== storedUnder || !isCaseKey(raw.key)) return undefined;
  const log = readEntries(raw.log);
  // Without its own dates, a case is as old as its oldest contact (or undated: the epoch, so it sorts last).
  const first = log[0]?.at ?? new Date(0).toISOString();
  const created = readDateTime(raw.created) ?? first;
  const numbers = Array.isArray(raw.trackingNumbers) ? raw.trackingNumbers.slice(0, 100).filter(isCaseKey) : [];
  const dates = Array.isArray(raw.dates) ? raw.dates.slice(0, CASE_LIMITS.datesPerCase * 2) : [];
  const read: Case = {
    key: raw.key,
    trackingNumbers: [...new Set(numbers)].slice(-CASE_LIMITS.trackingNumbers),
    orderDates: readOrderDates(isObject(raw.orderDates) ? raw.orderDates : {}),
    state: oneOf(CASE_STATES, raw.state) ?? 'open',
    created,
    updated: readDateTime(raw.updated) ?? log.at(-1)?.at ?? created,
    dates: dates
      .map(readDate)
      .filter((d): d is CaseDate => d !== undefined)
      .slice(0, CASE_LIMITS.datesPerCase),
    log,
  };
  if (isCaseKey(raw.orderId)) read.orderId = raw.orderId;
  const market = typeof raw.market === 'string' ? toMarket(raw.market) : undefined;
  if (market) read.market = market;
  const role = oneOf(ROLES, raw.role);
  if (role) read.role = role;
  const shippingMode = oneOf(MODES, raw.shippingMode);
  if (shippingMode) read.shippingMode = shippingMode;
  if (typeof raw.carrier === 'string' && CARRIER_ID.test(raw.carrier)) read.carrier = raw.carrier;
  const problem = oneOf(PROBLEMS, raw.problem);
  if (problem) read.problem = problem;
  if (isIsoDate(raw.pickedOn)) read.pickedOn = raw.pickedOn;
  return read;
}

/** Whatever storage holds, as cases: never throws. A book written by a newer version is read the same way. */
export function readCaseBook(raw: unknown): CaseBook {
  const book = emptyCaseBook();
  if (!isObject(raw)) return book;
  if (raw.notificationsAsked === true) book.notificationsAsked = true;
  if (!isObject(raw.cases)) return book;
  const kept: [string, Case][] = [];
  for (const key of Object.keys(raw.cases)) {
    if (kept.length >= CASE_LIMITS.cases) break;
    if (!isCaseKey(key)) continue;
    const read = readCase(raw.cases[key], key);
    if (read) kept.push([key, read]);
  }
  book.cases = Object.fromEntries(kept);
  return book;
}

/**
 * Version 2: a dated step keeps the message of its title (`titleKey`) instead of its English words (`title`), so it
 * shows in the reader's language. Words that match no title are kept as they are. Total and idempotent: anything
 * that is not a case or a date passes unchanged, for `read` to make the best of.
 */
export function titlesAsMessages(previous: unknown): unknown {
  if (!isObject(previous) || !isObject(previous.cases)) return previous;
  const cases: Record<string, unknown> = {};
  for (const [key, stored] of Object.entries(previous.cases)) {
    cases[key] =
      isObject(stored) && Array.isArray(stored.dates)
        ? { ...stored, dates: stored.dates.map(dateWithTitleKey) }
        : stored;
  }
  return { ...previous, cases };
}

function dateWithTitleKey(stored: unknown): unknown {
  if (!isObject(stored) || typeof stored.title !== 'string') return stored;
  const title = storedTitle(stored.titleKey, stored.title);
  if (!title || !('titleKey' in title)) return stored;
  const { title: _words, ...rest } = stored;
  return { ...rest, titleKey: title.titleKey };
}

/** The case log's entries moved in through lib/cases/migrate.ts (version 1, issue 16). */
export const CASES_ITEM: ItemSpec<CaseBook> = {
  key: 'local:cases',
  version: 2,
  read: readCaseBook,
  migrations: { 2: titlesAsMessages },
};
