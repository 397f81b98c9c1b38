import * as z from 'zod/mini';
import type { ItemSpec } from '../storage';
import { isIsoDate } from './dates';
import { cleanText } from './templates';
import type { Party } from './types';

/**
 * "Document everything": the contacts a user made about each order. Plain JSON kept in `storage.local` (the item
 * CASE_LOG_ITEM, `local:caseLog`); never synced, never sent anywhere. Every function is pure and returns a new log;
 * stored data is untrusted and read entry by entry.
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

/** How much of the log is kept (the user's choice in the options, within LIMITS): the most recent of each. */
export interface CaseLogLimits {
  orders: number;
  entriesPerOrder: number;
}

const MAX_LIMITS: CaseLogLimits = { orders: LIMITS.orders, entriesPerOrder: LIMITS.entriesPerOrder };

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

function isDateTime(value: string): boolean {
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

function readEntries(raw: unknown): CaseLogEntry[] {
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
 * Adds a contact to an order. Returns the same log object (unchanged) when the order id or the entry is invalid, so
 * the caller can tell (`next === log`). Then the limits apply: over the per-order limit the oldest entry goes, and
 * over the order limit the order least recently contacted goes (never the one just written).
 */
export function addEntry(log: CaseLog, orderId: string, input: NewEntry, limits: CaseLogLimits = MAX_LIMITS): CaseLog {
  if (!isOrderId(orderId)) return log;
  const existing = Object.hasOwn(log.orders, orderId) ? (log.orders[orderId] ?? []) : [];
  const taken = new Set(existing.map((e) => e.id));
  const id =
    input.id !== undefined && ENTRY_ID.test(input.id) && !taken.has(input.id) ? input.id : newId(input.at, taken);
  const entry = readEntry({ ...input, id });
  if (!entry) return log;
  return trimCaseLog({ orders: { ...log.orders, [orderId]: [...existing, entry] } }, limits, orderId).kept;
}

export function deleteEntry(log: CaseLog, orderId: string, entryId: string): CaseLog {
  if (!Object.hasOwn(log.orders, orderId)) return log;
  const entries = (log.orders[orderId] ?? []).filter((e) => e.id !== entryId);
  if (entries.length === 0) return deleteOrder(log, orderId);
  return { orders: { ...log.orders, [orderId]: entries } };
}

export function deleteOrder(log: CaseLog, orderId: string): CaseLog {
  if (!Object.hasOwn(log.orders, orderId)) return log;
  const orders = Object.fromEntries(Object.entries(log.orders).filter(([id]) => id !== orderId));
  return { orders };
}

/** When an order was last contacted (epoch ms of its latest entry). */
function lastContact(entries: readonly CaseLogEntry[]): number {
  return Math.max(...entries.map((e) => Date.parse(e.at)));
}

/**
 * Applies `limits`: the most recent entries of each order, and the orders most recently contacted (`protect`, the
 * order just written, always stays). `removed` holds what went, for an undo; `kept` is `log` itself when nothing did.
 */
export function trimCaseLog(
  log: CaseLog,
  limits: CaseLogLimits,
  protect?: string,
): { kept: CaseLog; removed: CaseLog } {
  const removed: Record<string, CaseLogEntry[]> = {};
  const trimmed: [string, CaseLogEntry[]][] = Object.entries(log.orders).map(([id, entries]) => {
    const over = entries.length - limits.entriesPerOrder;
    if (over > 0) removed[id] = entries.slice(0, over);
    return [id, over > 0 ? entries.slice(over) : entries];
  });
  const evicted = new Set<string>();
  const extra = trimmed.length - limits.orders;
  if (extra > 0) {
    // Least recently contacted first; a stable sort keeps stored order among equal dates.
    const byAge = trimmed
      .filter(([id]) => id !== protect)
      .toSorted(([, a], [, b]) => lastContact(a) - lastContact(b))
      .slice(0, extra);
    for (const [id] of byAge) {
      evicted.add(id);
      removed[id] = log.orders[id] ?? [];
    }
  }
  if (Object.keys(removed).length === 0) return { kept: log, removed: emptyCaseLog() };
  const kept = Object.fromEntries(trimmed.filter(([id]) => !evicted.has(id)));
  return { kept: { orders: kept }, removed: { orders: removed } };
}

/**
 * Puts `restored` (an undone delete) back into `current`: entries another window logged meanwhile stay, entries
 * both have (same id) are not doubled, each order is in time order, and the limits still apply.
 */
export function mergeCaseLogs(current: CaseLog, restored: CaseLog, limits: CaseLogLimits = MAX_LIMITS): CaseLog {
  const orders: Record<string, CaseLogEntry[]> = { ...current.orders };
  for (const [id, entries] of Object.entries(restored.orders)) {
    const mine = orders[id] ?? [];
    const ids = new Set(mine.map((e) => e.id));
    orders[id] = [...entries.filter((e) => !ids.has(e.id)), ...mine].toSorted(
      (a, b) => Date.parse(a.at) - Date.parse(b.at),
    );
  }
  return trimCaseLog({ orders }, limits).kept;
}

/** How many orders and entries a log holds. */
export function caseLogSize(log: CaseLog): { orders: number; entries: number } {
  const lists = Object.values(log.orders);
  return { orders: lists.length, entries: lists.reduce((sum, entries) => sum + entries.length, 0) };
}

function selected(log: CaseLog, orderId?: string): [string, CaseLogEntry[]][] {
  const all = Object.entries(log.orders);
  return orderId === undefined ? all : all.filter(([id]) => id === orderId);
}

const CHANNEL_LABELS: Record<ContactChannel, string> = {
  'tiktok-chat': 'TikTok Shop chat',
  'tiktok-ticket': 'TikTok Shop ticket',
  'seller-message': 'Message to the seller',
  'buyer-message': 'Message to the buyer',
  'carrier-phone': 'Carrier phone call',
  'carrier-email': 'Carrier email',
  'carrier-claim': 'Carrier claim',
  other: 'Other',
};

export function channelLabel(channel: ContactChannel): string {
  return CHANNEL_LABELS[channel];
}

/** A readable record for the user to keep or paste into a ticket. */
export function exportText(log: CaseLog, orderId?: string): string {
  const blocks = selected(log, orderId).map(([id, entries]) => {
    const lines = entries.map((e) => {
      const parts = [`- ${e.at} · ${CHANNEL_LABELS[e.channel]} (${e.party})`];
      if (e.reference) parts.push(`  Reference: ${e.reference}`);
      if (e.note) parts.push(...e.note.split('\n').map((line) => `  ${line}`));
      return parts.join('\n');
    });
    return [`Order ${id}`, ...lines].join('\n');
  });
  return blocks.length === 0 ? 'No contacts recorded.' : blocks.join('\n\n');
}

export const CSV_HEADER = ['order_id', 'at', 'channel', 'party', 'reference', 'note'] as const;

/**
 * One CSV cell: RFC 4180 quoting, and a leading apostrophe on anything a spreadsheet would run as a formula
 * (https://owasp.org/www-community/attacks/CSV_Injection).
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a header row and CRLF line ends (RFC 4180). */
export function exportCsv(log: CaseLog, orderId?: string): string {
  const rows: string[] = [CSV_HEADER.join(',')];
  for (const [id, entries] of selected(log, orderId)) {
    for (const e of entries) {
      rows.push([id, e.at, e.channel, e.party, e.reference ?? '', e.note ?? ''].map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
