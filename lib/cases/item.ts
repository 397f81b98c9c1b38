import * as z from 'zod/mini';
import { isDateTime, readEntries } from '../advice/case-log';
import { isIsoDate } from '../advice/dates';
import { cleanText } from '../advice/templates';
import { PROBLEMS } from '../advice/types';
import type { OrderDates } from '../order';
import { toMarket } from '../regions';
import type { ItemSpec } from '../storage';
import { emptyCaseBook, isCaseKey } from './cases';
import { type Case, type CaseBook, type CaseDate, CASE_LIMITS, CASE_STATES, DATE_KINDS } from './types';

/**
 * The cases as stored: one item in `storage.local` (`local:cases`), never synced. Stored data is untrusted (hand
 * edits, a half-written value, a newer version's shape): it is read case by case and field by field, so a broken
 * field costs that field, a broken case costs that case, and nothing at all reads as no cases.
 */

const STEP_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CARRIER_ID = /^[a-z0-9-]{1,40}$/;
const DATE_NAMES = ['ordered', 'shipped', 'estimatedDelivery', 'delivered', 'lastUpdate'] as const;

/** A field that may be missing or wrong: either is read as "not there". */
const maybe = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(schema), undefined);

const reminderSchema = z.object({
  daysBefore: z.int().check(z.gte(0), z.lte(CASE_LIMITS.daysBefore)),
  fired: maybe(z.boolean()),
});

const dateSchema = z.object({
  step: z.string().check(z.regex(STEP_ID)),
  kind: z.enum(DATE_KINDS),
  date: z.string().check(z.refine(isIsoDate)),
  title: z.pipe(
    z.unknown(),
    z.transform((value) => cleanText(value, CASE_LIMITS.title) ?? ''),
  ),
  done: maybe(z.boolean()),
  reminder: maybe(reminderSchema),
});

const caseSchema = z.object({
  key: z.string().check(z.refine(isCaseKey)),
  orderId: maybe(z.string().check(z.refine(isCaseKey))),
  market: maybe(
    z.pipe(
      z.string(),
      z.transform((code: string) => toMarket(code)),
    ),
  ),
  role: maybe(z.enum(['buyer', 'seller'])),
  shippingMode: maybe(z.enum(['platform', 'seller', 'fulfilled-by-tiktok'])),
  carrier: maybe(z.string().check(z.regex(CARRIER_ID))),
  trackingNumbers: z.catch(z.array(z.unknown()), []),
  problem: maybe(z.enum(PROBLEMS as readonly [string, ...string[]])),
  pickedOn: maybe(z.string().check(z.refine(isIsoDate))),
  orderDates: z.catch(z.record(z.string(), z.unknown()), {}),
  state: z.catch(z.enum(CASE_STATES), 'open'),
  created: maybe(z.string().check(z.refine(isDateTime))),
  updated: maybe(z.string().check(z.refine(isDateTime))),
  dates: z.catch(z.array(z.unknown()), []),
  log: z.optional(z.unknown()),
});

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function readDate(raw: unknown): CaseDate | undefined {
  const parsed = dateSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { done, reminder, ...date } = parsed.data;
  const read: CaseDate = { ...date, title: date.title || date.step };
  if (done) read.done = true;
  if (reminder)
    read.reminder = reminder.fired
      ? { daysBefore: reminder.daysBefore, fired: true }
      : { daysBefore: reminder.daysBefore };
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

/** One stored case; undefined when it has no usable key (or its key does not match the one it is stored under). */
export function readCase(raw: unknown, storedUnder: string): Case | undefined {
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success || parsed.data.key !== storedUnder) return undefined;
  const { trackingNumbers, orderDates, dates, log, created, updated, ...rest } = parsed.data;
  const entries = readEntries(log);
  // Without its own dates, a case is as old as its oldest contact (or undated: the epoch, so it sorts last).
  const first = entries[0]?.at ?? new Date(0).toISOString();
  const read: Case = {
    ...withoutUndefined(rest),
    trackingNumbers: [...new Set(trackingNumbers.filter(isCaseKey))].slice(-CASE_LIMITS.trackingNumbers),
    orderDates: readOrderDates(orderDates),
    created: created ?? first,
    updated: updated ?? entries.at(-1)?.at ?? created ?? first,
    dates: dates
      .slice(0, CASE_LIMITS.datesPerCase * 2)
      .map(readDate)
      .filter((d): d is CaseDate => d !== undefined)
      .slice(0, CASE_LIMITS.datesPerCase),
    log: entries,
  } as Case;
  return read;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** Version 1 (issue 16), no migrations of its own yet; the case log's entries move in through lib/cases/migrate.ts. */
export const CASES_ITEM: ItemSpec<CaseBook> = {
  key: 'local:cases',
  version: 1,
  read: readCaseBook,
  migrations: {},
};
