import { type CaseLog, mergeEntries } from '../advice/case-log';
import type { StoredItem } from '../storage';
import { MAX_CASE_LIMITS, getCase, isCaseKey, trimCaseBook } from './cases';
import type { Case, CaseBook } from './types';

/**
 * The case log (`local:caseLog`, until issue 16) moves into cases (`local:cases`): each order's contacts become its
 * case's log. This crosses two items, which WXT's per-item migrations cannot do, so it runs on its own: at
 * background start-up and, in case the background has not run yet, in each page before it reads cases.
 */

/**
 * TikTok Shop order ids are 17 to 19 digits (../shared/research/tiktok.md §2.3). The case log keyed each order by its
 * order id, or by the tracking number for a lookup; a key of that shape is taken for an order id.
 */
const TIKTOK_ORDER_ID = /^\d{17,19}$/;

/**
 * `book` with every contact of `log` in it: a case per order (created open when there is none), its contacts merged
 * by entry id in time order. Pure and idempotent: absorbing the same log twice changes nothing the second time (the
 * same book object comes back), so an interrupted move is simply run again.
 */
export function absorbCaseLog(book: CaseBook, log: CaseLog): CaseBook {
  let cases: Record<string, Case> | undefined;
  for (const [key, entries] of Object.entries(log.orders)) {
    if (!isCaseKey(key) || entries.length === 0) continue;
    const existing = getCase(book, key);
    const merged = mergeEntries(entries, existing?.log ?? []);
    if (existing && merged.length === existing.log.length) continue;
    cases ??= { ...book.cases };
    if (existing) {
      cases[key] = { ...existing, log: merged };
      continue;
    }
    cases[key] = {
      key,
      ...(TIKTOK_ORDER_ID.test(key) ? { orderId: key } : {}),
      trackingNumbers: TIKTOK_ORDER_ID.test(key) ? [] : [key],
      orderDates: {},
      state: 'open',
      created: merged[0]!.at,
      updated: merged.at(-1)!.at,
      dates: [],
      log: merged,
    };
  }
  if (!cases) return book;
  // The hard limits only: the user's own limits apply the next time they change them or log a contact.
  return trimCaseBook({ ...book, cases }, MAX_CASE_LIMITS).kept;
}

export type CaseLogMove = 'nothing' | 'moved' | 'kept-newer';

/**
 * Moves the case log into cases, once. Order matters for safety: the contacts are written into cases first, and the
 * case log is removed only after that write succeeded, so an interruption (the service worker stopped, the browser
 * closed) at any point loses nothing, and the next run finishes the job. A case log written by a newer version of the
 * extension is left to that version; cases written by a newer version refuse the write (NewerVersionError), which
 * leaves the case log in place too.
 */
export async function moveCaseLogIntoCases(items: {
  caseLog: StoredItem<CaseLog>;
  cases: StoredItem<CaseBook>;
}): Promise<CaseLogMove> {
  const { value: log, newer } = await items.caseLog.load();
  if (newer) return 'kept-newer';
  if (Object.keys(log.orders).length === 0) return 'nothing';
  await items.cases.update((book) => absorbCaseLog(book, log));
  await items.caseLog.remove();
  return 'moved';
}
