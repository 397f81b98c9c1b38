import * as z from 'zod/mini';
import type { ItemSpec } from '../storage';
import { isIsoDate } from './dates';
import { cleanText } from './templates';
import type { Party } from './types';

/**
 * "Document everything": the contacts a user made about an order, each with its date, channel and reference. They
 * live in the order's case (lib/cases); this module defines one entry and how stored entries are read (untrusted,
 * entry by entry). Until issue 16 they were kept per order in their own item, CASE_LOG_ITEM (`local:caseLog`), which
 * is now only read once to move its entries into cases (lib/cases/migrate.ts). Never synced, never sent anywhere.
 */

export const CONTACT_CHANNELS = [
  'tiktok-chat',
  'tiktok-ticket',
  'seller-message',
  'buyer-message',
  'carrier-phone',
  'carrier-email',
  'carrier-claim',
  'other',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

const PARTIES = ['seller', 'buyer', 'tiktok', 'carrier', 'card-issuer', 'self'] as const satisfies readonly Party[];

export interface CaseLogEntry {
  id: string;
  /** ISO date-time of the contact, e.g. `2026-11-26T14:05:00.000Z`. */
  at: string;
  channel: ContactChannel;
  party: Party;
  /** Ticket, case or claim number the other side gave. */
  reference?: string;
  note?: string;
}

export interface CaseLog {
  /** Entries per order id, oldest first. */
  orders: Record<string, CaseLogEntry[]>;
}

/** Hard bounds: what any stored log is cut to when read, and the largest limits a user can choose. */
export const LIMITS = {
  orders: 500,
  entriesPerOrder: 200,
  id: 64,
  reference: 100,
  note: 1000,
} as const;

/**
 * How much is kept (the user's choice in the options, within LIMITS). The names date from the per-order case log and
 * are kept because settings store them: `orders` now counts cases, `entriesPerOrder` the contacts of each case.
 */
export interface CaseLogLimits {
  orders: number;
  entriesPerOrder: number;
}

// Order ids are TikTok's long numbers; letters, dots, dashes and underscores allow other shops' ids. The first
// character being alphanumeric also keeps out `__proto__` and friends.
const ORDER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function emptyCaseLog(): CaseLog {
  return { orders: {} };
}

export function isOrderId(value: unknown): value is string {
  return typeof value === 'string' && ORDER_ID.test(value);
}

/** An ISO date-time with its offset (`2026-11-26T14:05:00.000Z`) on a real calendar date. */
export function isDateTime(value: string): boolean {
  // Date.parse rolls 30 February over to March, so the calendar date is checked on its own.
  return DATE_TIME.test(value) && isIsoDate(value.slice(0, 10));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Notes keep their line breaks (a user may list steps); other control characters go. */
function cleanNote(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const lines = value
    .slice(0, LIMITS.note * 4)
    .split(/\r\n|\r|\n/)
    .map((line) => cleanText(line, LIMITS.note) ?? '');
  const joined = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (joined === '') return undefined;
  const points = Array.from(joined);
  return points.length > LIMITS.note ? `${points.slice(0, LIMITS.note - 1).join('')}…` : joined;
}

/**
 * One stored entry: the required fields must be right or the entry is dropped; the free-text fields are cleaned and
 * bounded, and a wrong type there only loses that field. Unknown fields are dropped.
 */
const entrySchema = z.object({
  id: z.string().check(z.regex(ENTRY_ID)),
  at: z.string().check(z.refine(isDateTime)),
  channel: z.enum(CONTACT_CHANNELS),
  party: z.enum(PARTIES),
  reference: z.optional(
    z.pipe(
      z.unknown(),
      z.transform((value) => cleanText(value, LIMITS.reference)),
    ),
  ),
  note: z.optional(z.pipe(z.unknown(), z.transform(cleanNote))),
});

function readEntry(raw: unknown): CaseLogEntry | undefined {
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const { reference, note, ...entry } = parsed.data;
  return { ...entry, ...(reference !== undefined ? { reference } : {}), ...(note !== undefined ? { note } : {}) };
}

export function readEntries(raw: unknown): CaseLogEntry[] {
  if (!Array.isArray(raw)) return [];
  // Keep the newest entries when a stored array is over the limit; never walk a huge array further than needed.
  const start = Math.max(0, raw.length - LIMITS.entriesPerOrder * 4);
  const seen = new Set<string>();
  const entries: CaseLogEntry[] = [];
  for (let i = start; i < raw.length; i += 1) {
    const entry = readEntry(raw[i]);
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id);
      entries.push(entry);
    }
  }
  return entries.slice(-LIMITS.entriesPerOrder);
}

/**
 * Reads whatever storage returned. Never throws: null, strings, wrong types and partly broken data give the entries
 * that are still good, and an empty log at worst. A log written by a newer version is read the same way, best-effort.
 */
export function readCaseLog(raw: unknown): CaseLog {
  const log = emptyCaseLog();
  if (!isObject(raw) || !isObject(raw.orders)) return log;
  const orders = raw.orders;
  const kept: [string, CaseLogEntry[]][] = [];
  for (const orderId of Object.keys(orders)) {
    if (kept.length >= LIMITS.orders) break;
    if (!isOrderId(orderId)) continue;
    const entries = readEntries(orders[orderId]);
    if (entries.length > 0) kept.push([orderId, entries]);
  }
  log.orders = Object.fromEntries(kept);
  return log;
}

/**
 * Version 1 kept its own `version: 1` inside the value; version 2 leaves versions to the storage layer (which keeps
 * them next to the value), so two numbers can never disagree.
 */
export const CASE_LOG_MIGRATIONS = {
  2: (previous: unknown): unknown => {
    if (!isObject(previous)) return previous;
    const { version: _inner, ...rest } = previous;
    return rest;
  },
};

export const CASE_LOG_ITEM: ItemSpec<CaseLog> = {
  key: 'local:caseLog',
  version: 2,
  read: readCaseLog,
  migrations: CASE_LOG_MIGRATIONS,
};

export interface NewEntry {
  at: string;
  channel: ContactChannel;
  party: Party;
  reference?: string;
  note?: string;
  /** Optional; a unique id is derived from `at` when absent. */
  id?: string;
}

function newId(at: string, taken: ReadonlySet<string>): string {
  const base = `c${Date.parse(at).toString(36)}`;
  let id = base;
  for (let n = 1; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * `entries` with a new contact at the end: a unique id, the free-text fields cleaned and bounded, and only the most
 * recent `max` entries kept. Undefined when the input is not a valid entry (a bad date, an unknown channel).
 */
export function appendEntry(
  entries: readonly CaseLogEntry[],
  input: NewEntry,
  max: number = LIMITS.entriesPerOrder,
): CaseLogEntry[] | undefined {
  const taken = new Set(entries.map((e) => e.id));
  const id =
    input.id !== undefined && ENTRY_ID.test(input.id) && !taken.has(input.id) ? input.id : newId(input.at, taken);
  const entry = readEntry({ ...input, id });
  if (!entry) return undefined;
  return [...entries, entry].slice(-Math.max(1, max));
}

/** Both lists as one, in time order, each entry once (by id; `mine` wins a tie): an undo or a migration merge. */
export function mergeEntries(restored: readonly CaseLogEntry[], mine: readonly CaseLogEntry[]): CaseLogEntry[] {
  const ids = new Set(mine.map((e) => e.id));
  return [...restored.filter((e) => !ids.has(e.id)), ...mine].toSorted((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * One CSV cell: RFC 4180 quoting, and a leading apostrophe on anything a spreadsheet would run as a formula
 * (https://owasp.org/www-community/attacks/CSV_Injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
