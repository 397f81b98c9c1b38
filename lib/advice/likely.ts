import type { OrderDates, OrderStatus, Role } from '../order';
import { daysBetween, isIsoDate } from './dates';
import type { Problem } from './types';

/**
 * Which problem the page itself points at, so the popup can show its steps at once instead of waiting for a click:
 * an order waiting to ship, a parcel back with the sender, a "Delivered" order a buyer is asking about, a parcel
 * with no tracking update for many days, or one whose estimated delivery has passed.
 */

/** What on the page points at the problem (the popup says it in words, with the date or the count of days). */
export type ProblemSignal =
  | { problem: 'awaiting-shipment'; reason: 'unshipped' }
  | { problem: 'returned'; reason: 'returned' }
  | { problem: 'not-received'; reason: 'delivered' }
  | { problem: 'lost'; reason: 'no-scan'; since: string; days: number }
  | { problem: 'delayed'; reason: 'overdue'; date: string };

export interface ProblemEvidence {
  status?: OrderStatus;
  dates: OrderDates;
  role: Role;
  /** ISO `YYYY-MM-DD`. */
  today: string;
}

/**
 * Days without a new tracking scan after which the steps for a lost parcel fit better than those for a late one.
 * TikTok Shop US counts a Seller Shipping parcel as lost after 7 business days or 10 calendar days without a scan
 * (rule `us-seller-lost-10-calendar`, lib/advice/rules.ts); the calendar count is the one that needs no holidays.
 */
export const NO_SCAN_DAYS = 10;

const UNSHIPPED: ReadonlySet<OrderStatus> = new Set(['awaiting-payment', 'awaiting-shipment', 'awaiting-collection']);

/** Whether the page's status says the order has not left the seller yet. */
export function isUnshipped(status: OrderStatus | undefined): boolean {
  return status !== undefined && UNSHIPPED.has(status);
}
/** Statuses after which "late" or "lost" no longer describe the parcel. */
const SETTLED: ReadonlySet<OrderStatus> = new Set([
  'delivered',
  'completed',
  'cancelled',
  'returned',
  'delivery-failed',
]);

/** The problem the page points at, or undefined when it shows no such sign (the popup then offers the common two). */
export function likelyProblem({ status, dates, role, today }: ProblemEvidence): ProblemSignal | undefined {
  if (!isIsoDate(today)) return undefined;
  if (isUnshipped(status)) return { problem: 'awaiting-shipment', reason: 'unshipped' };
  if (status === 'returned' || status === 'delivery-failed') return { problem: 'returned', reason: 'returned' };
  // "Delivered" is the buyer's sign that it never arrived (why else look it up); a seller's delivered order is
  // usually fine, so it is no sign for a seller.
  const delivered = status === 'delivered' || (status === undefined && isIsoDate(dates.delivered));
  if (delivered) return role === 'buyer' ? { problem: 'not-received', reason: 'delivered' } : undefined;
  if (status !== undefined && SETTLED.has(status)) return undefined;
  const last = dates.lastUpdate;
  if (isIsoDate(last)) {
    const days = daysBetween(last, today);
    if (days >= NO_SCAN_DAYS) return { problem: 'lost', reason: 'no-scan', since: last, days };
  }
  const estimated = dates.estimatedDelivery;
  if (isIsoDate(estimated) && estimated < today) return { problem: 'delayed', reason: 'overdue', date: estimated };
  return undefined;
}

/**
 * The two problems people most often have with a parcel that is on its way, offered side by side when the page
 * shows no sign: late parcels first for everyone; then "delivered but not received" for buyers, lost parcels for
 * sellers (whose buyers raise the first with TikTok, not with them).
 */
export function commonProblems(role: Role): readonly [Problem, Problem] {
  return role === 'seller' ? ['delayed', 'lost'] : ['delayed', 'not-received'];
}
