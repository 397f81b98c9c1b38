import { daysBetween } from '../advice/dates';
import type { Case, CaseDate } from './types';

/** The date that matters next for a case, and how far away it is from the user's today. */
export interface NextDate {
  date: CaseDate;
  /** Whole days from today (0: today; negative: overdue by that many days). */
  daysLeft: number;
  overdue: boolean;
}

/** Deadlines before follow-ups on the same day: missing one costs a claim, missing the other a day. */
const KIND_ORDER = { deadline: 0, 'follow-up': 1 } as const;

function earlier(a: CaseDate, b: CaseDate): boolean {
  return a.date < b.date || (a.date === b.date && KIND_ORDER[a.kind] < KIND_ORDER[b.kind]);
}

/**
 * The earliest of the case's deadlines and follow-ups not yet done (an overdue one is the earliest). None for a
 * resolved case, or when every date is done. `today` is the user's calendar day (`localDay(now, timeZone)`).
 */
export function nextDate(current: Case, today: string): NextDate | undefined {
  if (current.state === 'resolved') return undefined;
  let best: CaseDate | undefined;
  for (const date of current.dates) {
    if (!date.done && (best === undefined || earlier(date, best))) best = date;
  }
  if (!best) return undefined;
  const daysLeft = daysBetween(today, best.date);
  return { date: best, daysLeft, overdue: daysLeft < 0 };
}

/** A case with its next date worked out once, for lists that sort, filter and show many cases. */
export interface CaseWithNext {
  case: Case;
  next?: NextDate;
}

/**
 * The order a list shows cases in: cases still open or waiting first, by their next date (overdue ones first, then
 * the soonest), those with no date left after them, most recently worked on first; resolved cases last, most
 * recently worked on first.
 */
export function sortCases(cases: readonly Case[], today: string): CaseWithNext[] {
  const rank = ({ case: c, next }: CaseWithNext) => (c.state === 'resolved' ? 2 : next ? 0 : 1);
  return cases
    .map((c) => {
      const next = nextDate(c, today);
      return next ? { case: c, next } : { case: c };
    })
    .toSorted((a, b) => {
      const byRank = rank(a) - rank(b);
      if (byRank !== 0) return byRank;
      if (a.next && b.next && a.next.date !== b.next.date) {
        if (earlier(a.next.date, b.next.date)) return -1;
        if (earlier(b.next.date, a.next.date)) return 1;
      }
      return Date.parse(b.case.updated) - Date.parse(a.case.updated);
    });
}
