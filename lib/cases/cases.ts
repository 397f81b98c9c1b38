import { type CaseLogLimits, type NewEntry, appendEntry, isOrderId, mergeEntries } from '../advice/case-log';
import { isIsoDate } from '../advice/dates';
import type { AdviceStep, Problem } from '../advice/types';
import type { OrderDates } from '../order';
import { CASE_LIMITS, type Case, type CaseBook, type CaseDate, type CaseState, type Reminder } from './types';

/**
 * Cases as pure functions over the stored book: each returns a new book, or the SAME book when there is nothing to
 * change (an unknown key, an invalid entry), which `StoredItem.update` reads as "write nothing".
 */

export const MAX_CASE_LIMITS: CaseLogLimits = {
  orders: CASE_LIMITS.cases,
  entriesPerOrder: CASE_LIMITS.entriesPerCase,
};

export function emptyCaseBook(): CaseBook {
  return { cases: {} };
}

/** Order ids and tracking numbers share one safe shape (letters, digits, `._-`; never `__proto__`). */
export const isCaseKey = isOrderId;

/** The case an order or lookup belongs to: its order id, else the tracking number. */
export function caseKeyFor(orderId?: string, trackingNumber?: string): string | undefined {
  return [orderId, trackingNumber].find(isCaseKey);
}

export function getCase(book: CaseBook, key: string | undefined): Case | undefined {
  return key !== undefined && Object.hasOwn(book.cases, key) ? book.cases[key] : undefined;
}

/** What the order page or the lookup says about the order: fills a new case, completes an existing one. */
export type CaseFacts = Pick<Case, 'key' | 'orderId' | 'market' | 'role' | 'shippingMode' | 'carrier'> & {
  /** The parcel the page or lookup shows; a case collects every one in `trackingNumbers`. */
  trackingNumber?: string;
};

/** The case for `facts` (created when there is none), with what the facts add; known facts are never erased. */
function withFacts(existing: Case | undefined, facts: CaseFacts, now: string): Case {
  const base: Case = existing ?? {
    key: facts.key,
    trackingNumbers: [],
    orderDates: {},
    state: 'open',
    created: now,
    updated: now,
    dates: [],
    log: [],
  };
  const next: Case = { ...base, updated: now };
  if (facts.orderId !== undefined && isCaseKey(facts.orderId)) next.orderId = facts.orderId;
  if (facts.market) next.market = facts.market;
  if (facts.role) next.role = facts.role;
  if (facts.shippingMode) next.shippingMode = facts.shippingMode;
  if (facts.carrier) next.carrier = facts.carrier;
  const number = facts.trackingNumber;
  if (number !== undefined && isCaseKey(number) && !base.trackingNumbers.includes(number)) {
    next.trackingNumbers = [...base.trackingNumbers, number].slice(-CASE_LIMITS.trackingNumbers);
  }
  return next;
}

function put(book: CaseBook, next: Case): CaseBook {
  return { ...book, cases: { ...book.cases, [next.key]: next } };
}

/**
 * Creates or completes the case for `facts`, lets `fill` change it (false: nothing to store, the same book comes
 * back), and applies the limits, never dropping the case just written.
 */
function upsert(
  book: CaseBook,
  facts: CaseFacts,
  now: string,
  limits: CaseLogLimits,
  fill: (next: Case, existing: Case | undefined) => boolean,
): CaseBook {
  if (!isCaseKey(facts.key)) return book;
  const existing = getCase(book, facts.key);
  const next = withFacts(existing, facts, now);
  if (!fill(next, existing)) return book;
  return trimCaseBook(put(book, next), limits, next.key).kept;
}

/**
 * The advice's dated steps as a case keeps them: each step's deadline and its follow-up, in the advice's order, with
 * the message of the step's title (never its words, which are in one language).
 */
export function datesFromSteps(steps: readonly AdviceStep[]): CaseDate[] {
  const dates: CaseDate[] = [];
  for (const step of steps) {
    const { titleKey } = step;
    if (isIsoDate(step.deadline)) dates.push({ step: step.id, kind: 'deadline', date: step.deadline, titleKey });
    if (isIsoDate(step.followUp)) dates.push({ step: step.id, kind: 'follow-up', date: step.followUp, titleKey });
  }
  return dates.slice(0, CASE_LIMITS.datesPerCase);
}

const sameDate = (a: Pick<CaseDate, 'step' | 'kind'>, b: Pick<CaseDate, 'step' | 'kind'>) =>
  a.step === b.step && a.kind === b.kind;

/**
 * New dates for a case, keeping what the user said about the old ones: "done" and reminders stay with the same step
 * and kind; a reminder whose date moved goes off again for the new date. A date the user set a reminder on that the
 * new steps no longer have (another problem was picked) stays too: a reminder is never dropped behind the user's back.
 */
function carryOver(previous: readonly CaseDate[], next: readonly CaseDate[]): CaseDate[] {
  const merged = next.map((date) => {
    const old = previous.find((p) => sameDate(p, date));
    if (!old) return date;
    const kept: CaseDate = { ...date };
    if (old.done) kept.done = true;
    if (old.reminder) {
      kept.reminder = old.date === date.date ? old.reminder : { daysBefore: old.reminder.daysBefore };
    }
    return kept;
  });
  const orphans = previous.filter((p) => p.reminder && !p.reminder.fired && !next.some((d) => sameDate(d, p)));
  return [...merged, ...orphans].slice(0, CASE_LIMITS.datesPerCase);
}

function sameDates(a: readonly CaseDate[], b: readonly CaseDate[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface ProblemPick {
  problem: Problem;
  /** The advice the user sees for it. */
  steps: readonly AdviceStep[];
  /** The day the advice was worked out for (the user's today). */
  today: string;
  /** The order's dates the advice was worked out from. */
  orderDates: OrderDates;
}

/**
 * The user picked a problem: the case is created (open) or updated, and stores the problem with its dated steps. The
 * limits apply afterwards (the case just written always stays).
 */
export function recordPick(
  book: CaseBook,
  facts: CaseFacts,
  pick: ProblemPick,
  now: string,
  limits: CaseLogLimits = MAX_CASE_LIMITS,
): CaseBook {
  return upsert(book, facts, now, limits, (next, existing) => {
    next.problem = pick.problem;
    next.pickedOn = pick.today;
    next.orderDates = { ...pick.orderDates };
    next.dates = carryOver(existing?.dates ?? [], datesFromSteps(pick.steps));
    return true;
  });
}

/**
 * A contact the user logged: added to the case (created when needed). An open case is now waiting for a reply; a
 * resolved one stays resolved (the user decides when it is open again).
 */
export function recordContact(
  book: CaseBook,
  facts: CaseFacts,
  input: NewEntry,
  now: string,
  limits: CaseLogLimits = MAX_CASE_LIMITS,
): CaseBook {
  return upsert(book, facts, now, limits, (next) => {
    const log = appendEntry(next.log, input, limits.entriesPerOrder);
    if (!log) return false;
    next.log = log;
    if (next.state === 'open') next.state = 'waiting';
    return true;
  });
}

function change(book: CaseBook, key: string, edit: (current: Case) => Case | undefined, now: string): CaseBook {
  const current = getCase(book, key);
  if (!current) return book;
  const next = edit(current);
  if (!next || next === current) return book;
  return put(book, { ...next, updated: now });
}

export function deleteContact(book: CaseBook, key: string, entryId: string, now: string): CaseBook {
  return change(
    book,
    key,
    (current) =>
      current.log.some((e) => e.id === entryId)
        ? { ...current, log: current.log.filter((e) => e.id !== entryId) }
        : undefined,
    now,
  );
}

export function setCaseState(book: CaseBook, key: string, state: CaseState, now: string): CaseBook {
  return change(book, key, (current) => (current.state === state ? undefined : { ...current, state }), now);
}

function changeDate(
  book: CaseBook,
  key: string,
  target: Pick<CaseDate, 'step' | 'kind'>,
  edit: (date: CaseDate) => CaseDate | undefined,
  now: string,
): CaseBook {
  return change(
    book,
    key,
    (current) => {
      const index = current.dates.findIndex((d) => sameDate(d, target));
      const date = current.dates[index];
      const next = date && edit(date);
      if (!next) return undefined;
      return { ...current, dates: current.dates.map((d, i) => (i === index ? next : d)) };
    },
    now,
  );
}

/** Marks a dated step done (it stops being the next date and its reminder is off) or not done. */
export function setDateDone(
  book: CaseBook,
  key: string,
  target: Pick<CaseDate, 'step' | 'kind'>,
  done: boolean,
  now: string,
): CaseBook {
  return changeDate(
    book,
    key,
    target,
    (date) => {
      if (!!date.done === done) return undefined;
      const { done: _done, ...rest } = date;
      return done ? { ...rest, done: true } : rest;
    },
    now,
  );
}

/** Sets, changes (it will go off again) or removes (`undefined`) the reminder of a dated step. */
export function setReminder(
  book: CaseBook,
  key: string,
  target: Pick<CaseDate, 'step' | 'kind'>,
  reminder: Reminder | undefined,
  now: string,
): CaseBook {
  return changeDate(
    book,
    key,
    target,
    (date) => {
      const { reminder: old, ...rest } = date;
      if (reminder === undefined) return old ? rest : undefined;
      const daysBefore = Math.min(CASE_LIMITS.daysBefore, Math.max(0, Math.trunc(reminder.daysBefore)));
      if (old && !old.fired && old.daysBefore === daysBefore) return undefined;
      return { ...rest, reminder: { daysBefore } };
    },
    now,
  );
}

/** Removes a case; `removed` is what an undo puts back. */
export function deleteCase(book: CaseBook, key: string): { kept: CaseBook; removed: CaseBook } {
  const current = getCase(book, key);
  if (!current) return { kept: book, removed: emptyCaseBook() };
  const cases = { ...book.cases };
  delete cases[key];
  return { kept: { ...book, cases }, removed: { cases: { [key]: current } } };
}

/** How many cases and logged contacts a book holds. */
export function caseBookSize(book: CaseBook): { cases: number; entries: number } {
  const all = Object.values(book.cases);
  return { cases: all.length, entries: all.reduce((sum, c) => sum + c.log.length, 0) };
}

/** Which cases go first when there are too many: resolved ones, then the ones least recently worked on. */
function evictionOrder(a: Case, b: Case): number {
  const resolved = Number(b.state === 'resolved') - Number(a.state === 'resolved');
  return resolved !== 0 ? resolved : Date.parse(a.updated) - Date.parse(b.updated);
}

/**
 * Applies `limits`: the most recent contacts of each case, and at most `limits.orders` cases (resolved ones go
 * first, then those least recently worked on; `protect`, the case just written, always stays). `removed` holds what
 * went, for an undo; `kept` is `book` itself when nothing did.
 */
export function trimCaseBook(
  book: CaseBook,
  limits: CaseLogLimits,
  protect?: string,
): { kept: CaseBook; removed: CaseBook } {
  const removed: Record<string, Case> = {};
  const cases: Record<string, Case> = {};
  for (const [key, current] of Object.entries(book.cases)) {
    const over = current.log.length - limits.entriesPerOrder;
    if (over > 0) {
      removed[key] = { ...current, log: current.log.slice(0, over) };
      cases[key] = { ...current, log: current.log.slice(over) };
    } else cases[key] = current;
  }
  const extra = Object.keys(cases).length - limits.orders;
  if (extra > 0) {
    const evicted = Object.values(cases)
      .filter((c) => c.key !== protect)
      .toSorted(evictionOrder)
      .slice(0, extra);
    for (const gone of evicted) {
      removed[gone.key] = book.cases[gone.key]!;
      delete cases[gone.key];
    }
  }
  if (Object.keys(removed).length === 0) return { kept: book, removed: emptyCaseBook() };
  return { kept: { ...book, cases }, removed: { cases: removed } };
}

/**
 * Puts `restored` (an undone delete or trim) back into `current`. A case that exists again meanwhile keeps what was
 * done to it since, and gets its old contacts back (in time order, none twice); the limits still apply.
 */
export function restoreCases(current: CaseBook, restored: CaseBook, limits: CaseLogLimits = MAX_CASE_LIMITS): CaseBook {
  const cases = { ...current.cases };
  for (const [key, old] of Object.entries(restored.cases)) {
    const now = getCase(current, key);
    cases[key] = now ? { ...now, log: mergeEntries(old.log, now.log) } : old;
  }
  return trimCaseBook({ ...current, cases }, limits).kept;
}

/** Keeps only valid `YYYY-MM-DD` values of the order's dates. */
function validDates(dates: OrderDates): OrderDates {
  const valid: OrderDates = {};
  for (const [name, value] of Object.entries(dates) as [keyof OrderDates, unknown][]) {
    if (isIsoDate(value)) valid[name] = value;
  }
  return valid;
}

/**
 * The order page shows dates again (a newer detection): when they differ from the ones the case's steps were worked
 * out from, `stepsFor` works the advice out again for the new dates and the steps' dates move, reminders with them.
 * A date the page no longer shows is kept. Nothing changes for a resolved case or one with no problem picked.
 */
export function refreshFromPage(
  book: CaseBook,
  key: string,
  pageDates: OrderDates,
  stepsFor: (current: Case, orderDates: OrderDates) => readonly AdviceStep[],
  now: string,
): CaseBook {
  return change(
    book,
    key,
    (current) => {
      if (current.state === 'resolved' || current.problem === undefined) return undefined;
      const orderDates = { ...current.orderDates, ...validDates(pageDates) };
      if (JSON.stringify(orderDates) === JSON.stringify(current.orderDates)) return undefined;
      const dates = carryOver(current.dates, datesFromSteps(stepsFor(current, orderDates)));
      return sameDates(dates, current.dates) ? { ...current, orderDates } : { ...current, orderDates, dates };
    },
    now,
  );
}
