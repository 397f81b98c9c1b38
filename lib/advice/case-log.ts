import { isIsoDate } from './dates';
import { cleanText } from './templates';
import type { Party } from './types';

/**
 * "Document everything": the contacts a user made about each order. Plain JSON the popup keeps in
 * `browser.storage.local` under CASE_LOG_STORAGE_KEY; never synced, never sent anywhere. Every function is pure and
 * returns a new log; stored data is untrusted and read entry by entry.
 */

export const CASE_LOG_STORAGE_KEY = 'caseLog';
/** Bump when the stored shape changes, and teach `parseCaseLog` to read the old one. */
export const CASE_LOG_VERSION = 1;

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

const PARTIES: readonly Party[] = ['seller', 'buyer', 'tiktok', 'carrier', 'card-issuer', 'self'];

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
  version: typeof CASE_LOG_VERSION;
  /** Entries per order id, oldest first. */
  orders: Record<string, CaseLogEntry[]>;
}

export const LIMITS = {
  orders: 500,
  entriesPerOrder: 200,
  id: 64,
  reference: 100,
  note: 1000,
} as const;

// Order ids are TikTok's long numbers; letters, dots, dashes and underscores allow other shops' ids. The first
// character being alphanumeric also keeps out `__proto__` and friends.
const ORDER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function emptyCaseLog(): CaseLog {
  return { version: CASE_LOG_VERSION, orders: {} };
}

export function isOrderId(value: unknown): value is string {
  return typeof value === 'string' && ORDER_ID.test(value);
}

function isDateTime(value: unknown): value is string {
  // Date.parse rolls 30 February over to March, so the calendar date is checked on its own.
  return typeof value === 'string' && DATE_TIME.test(value) && isIsoDate(value.slice(0, 10));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One stored entry, or undefined when a required field is missing or of the wrong type. */
function parseEntry(raw: unknown): CaseLogEntry | undefined {
  if (!isObject(raw)) return undefined;
  const { id, at, channel, party, reference, note } = raw;
  if (typeof id !== 'string' || !ENTRY_ID.test(id)) return undefined;
  if (!isDateTime(at)) return undefined;
  if (typeof channel !== 'string' || !(CONTACT_CHANNELS as readonly string[]).includes(channel)) return undefined;
  if (typeof party !== 'string' || !(PARTIES as readonly string[]).includes(party)) return undefined;
  const entry: CaseLogEntry = { id, at, channel: channel as ContactChannel, party: party as Party };
  const ref = cleanText(reference, LIMITS.reference);
  if (ref !== undefined) entry.reference = ref;
  const text = cleanNote(note);
  if (text !== undefined) entry.note = text;
  return entry;
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

function parseEntries(raw: unknown): CaseLogEntry[] {
  if (!Array.isArray(raw)) return [];
  // Keep the newest entries when a stored array is over the limit; never walk a huge array further than needed.
  const start = Math.max(0, raw.length - LIMITS.entriesPerOrder * 4);
  const seen = new Set<string>();
  const entries: CaseLogEntry[] = [];
  for (let i = start; i < raw.length; i += 1) {
    const entry = parseEntry(raw[i]);
    if (entry && !seen.has(entry.id)) {
      seen.add(entry.id);
      entries.push(entry);
    }
  }
  return entries.slice(-LIMITS.entriesPerOrder);
}

/**
 * Reads whatever storage returned. Never throws: null, strings, wrong types and partly broken data give the entries
 * that are still good, and an empty log at worst. An unversioned `{ orders }` reads the same way.
 */
export function parseCaseLog(raw: unknown): CaseLog {
  const log = emptyCaseLog();
  if (!isObject(raw)) return log;
  // Any version is read best-effort: dropping a newer log here would let the next save erase it.
  const orders = raw.orders;
  if (!isObject(orders)) return log;
  const kept: [string, CaseLogEntry[]][] = [];
  for (const orderId of Object.keys(orders)) {
    if (kept.length >= LIMITS.orders) break;
    if (!isOrderId(orderId)) continue;
    const entries = parseEntries(orders[orderId]);
    if (entries.length > 0) kept.push([orderId, entries]);
  }
  log.orders = Object.fromEntries(kept);
  return log;
}

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
 * the caller can tell (`next === log`). Over the per-order limit, the oldest entry goes.
 */
export function addEntry(log: CaseLog, orderId: string, input: NewEntry): CaseLog {
  if (!isOrderId(orderId)) return log;
  const existing = Object.hasOwn(log.orders, orderId) ? (log.orders[orderId] ?? []) : [];
  const taken = new Set(existing.map((e) => e.id));
  const id =
    input.id !== undefined && ENTRY_ID.test(input.id) && !taken.has(input.id) ? input.id : newId(input.at, taken);
  const entry = parseEntry({ ...input, id });
  if (!entry) return log;
  const isNewOrder = existing.length === 0;
  if (isNewOrder && Object.keys(log.orders).length >= LIMITS.orders) return log;
  const entries = [...existing, entry].slice(-LIMITS.entriesPerOrder);
  return { version: CASE_LOG_VERSION, orders: { ...log.orders, [orderId]: entries } };
}

export function deleteEntry(log: CaseLog, orderId: string, entryId: string): CaseLog {
  if (!Object.hasOwn(log.orders, orderId)) return log;
  const entries = (log.orders[orderId] ?? []).filter((e) => e.id !== entryId);
  if (entries.length === 0) return deleteOrder(log, orderId);
  return { version: CASE_LOG_VERSION, orders: { ...log.orders, [orderId]: entries } };
}

export function deleteOrder(log: CaseLog, orderId: string): CaseLog {
  if (!Object.hasOwn(log.orders, orderId)) return log;
  const orders = Object.fromEntries(Object.entries(log.orders).filter(([id]) => id !== orderId));
  return { version: CASE_LOG_VERSION, orders };
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
