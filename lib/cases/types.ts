import { type CaseLogEntry, LIMITS } from '../advice/case-log';
import type { Problem } from '../advice/types';
import type { AdviceKey } from '../i18n/messages/en/advice';
import type { OrderDates, Role, ShippingMode } from '../order';
import type { Market } from '../regions';

/**
 * A case: one order the user works on (or one tracking number, for a lookup without an order), with the problem they
 * picked, the dates that matter for it, the contacts they logged and where it stands. Kept in `storage.local` only.
 */

export const CASE_STATES = ['open', 'waiting', 'resolved'] as const;
/** Open: something to do. Waiting: the user contacted someone and waits for a reply. Resolved: done with. */
export type CaseState = (typeof CASE_STATES)[number];

export const DATE_KINDS = ['deadline', 'follow-up'] as const;
/** A step's `deadline` (do it by) or its `followUp` (check back on, if nothing happens). */
export type DateKind = (typeof DATE_KINDS)[number];

/** "Remind me": the reminder goes off at 09:00 local time, `daysBefore` days before its date (0: on the day). */
export interface Reminder {
  daysBefore: number;
  /** Set once it went off: it never goes off again for this date (a moved date clears it). */
  fired?: boolean;
}

/** One dated step of the advice for the case's problem, as stored when the user picked the problem. */
export interface CaseDate {
  /** The advice step's id (`message-seller`, `platform-claim`...). */
  step: string;
  kind: DateKind;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /**
   * The message of the step's title, for display where the advice is not worked out again: shown in the reader's
   * language of the day (`caseDateTitle`), not the one the step was picked in.
   */
  titleKey?: AdviceKey;
  /**
   * The title in words, only for a date stored before titles were messages (version 1 stored English words) whose
   * words match no title today. Shown as they are.
   */
  title?: string;
  /** The user marked it done: it no longer counts as the next date, and its reminder is off. */
  done?: boolean;
  reminder?: Reminder;
}

export interface Case {
  /** The order id; a tracking number when the case came from a lookup with no order. */
  key: string;
  orderId?: string;
  market?: Market;
  role?: Role;
  shippingMode?: ShippingMode;
  /** Carrier id from the directory. */
  carrier?: string;
  trackingNumbers: string[];
  problem?: Problem;
  /** The day (user's time zone) the problem was picked: the advice's `today` for this case's follow-ups. */
  pickedOn?: string;
  /** The order's dates the stored steps were worked out from. */
  orderDates: OrderDates;
  state: CaseState;
  /** ISO date-times. */
  created: string;
  updated: string;
  dates: CaseDate[];
  /** Contacts logged for the case, oldest first. */
  log: CaseLogEntry[];
}

/** Everything stored: every case by its key. */
export interface CaseBook {
  cases: Record<string, Case>;
  /** The notification permission was asked for once (asked again only from an explicit button). */
  notificationsAsked?: boolean;
}

/** Hard bounds on what any stored book is cut to when read. */
export const CASE_LIMITS = {
  /** The case log's bounds carry over: the options' limits (settings.caseLogLimits) now count cases. */
  cases: LIMITS.orders,
  entriesPerCase: LIMITS.entriesPerOrder,
  datesPerCase: 40,
  trackingNumbers: 20,
  title: 200,
  /** Reminders at most this many days before their date. */
  daysBefore: 60,
} as const;
