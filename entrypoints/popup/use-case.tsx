import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShownAdvice } from '../../components/AdvicePanel';
import type { LogDraft } from '../../components/LogContactForm';
import { RemindMe } from '../../components/RemindMe';
import type { CaseLogLimits } from '../../lib/advice/case-log';
import type { AdviceStep, Problem } from '../../lib/advice/types';
import {
  type CaseFacts,
  datesFromSteps,
  deleteContact,
  emptyCaseBook,
  getCase,
  recordContact,
  recordPick,
  setCaseState,
  setReminder,
} from '../../lib/cases/cases';
import { canRemind } from '../../lib/cases/reminders';
import type { Case, CaseBook, CaseState, DateKind, Reminder } from '../../lib/cases/types';
import type { OrderDates } from '../../lib/order';

/** Where the cases live; the popup passes browser storage, tests pass memory. */
export interface CaseStore {
  /** Applies `change` to the freshly read cases and stores the result (nothing when it returns its input). */
  update(change: (book: CaseBook) => CaseBook): Promise<CaseBook>;
  /** Writes the cases at once, without reading first (StoredItem.setAtOnce): the popup may close right after. */
  writeAtOnce(book: CaseBook): Promise<void>;
}

/** Asks for the optional notification permission; resolves to whether it was granted. */
export type AskNotifications = () => Promise<boolean>;

export interface UseCaseOptions {
  store: CaseStore;
  /** The stored cases as read (a new object when storage changes anywhere). */
  book?: CaseBook;
  /** This order's facts; undefined when there is nothing to key a case by. */
  facts?: CaseFacts;
  orderDates: OrderDates;
  today: string;
  limits: CaseLogLimits;
  /** Whether notifications are allowed (undefined: not known). */
  notifications?: boolean;
  askNotifications?: AskNotifications;
  /** The cases were written by a newer version: shown, never changed. */
  readOnly?: boolean;
}

/**
 * The popup's link to the order's case: the case as stored, and the handlers that create or update it when the user
 * picks a problem, logs a contact, sets a reminder or changes its state. Reads are fresh and writes go through
 * `store.update`, so another window's changes are kept.
 */
export function useCase(options: UseCaseOptions) {
  const { store, facts, today, limits } = options;
  const [book, setBook] = useState<CaseBook>(() => options.book ?? emptyCaseBook());
  // Another window changed the cases: show that.
  useEffect(() => setBook(options.book ?? emptyCaseBook()), [options.book]);
  const [notifications, setNotifications] = useState(options.notifications);
  useEffect(() => setNotifications(options.notifications), [options.notifications]);
  const current: Case | undefined = facts ? getCase(book, facts.key) : undefined;

  // Counts this popup's writes, so a slow write's result never replaces what a later one already showed.
  const writes = useRef(0);
  const save = async (change: (book: CaseBook) => CaseBook): Promise<boolean> => {
    const mine = (writes.current += 1);
    try {
      let changed = false;
      const stored = await store.update((fresh) => {
        const next = change(fresh);
        changed = next !== fresh;
        return next;
      });
      if (writes.current === mine) setBook(stored);
      return changed;
    } catch {
      return false;
    }
  };

  /** Whether this click will show the browser's permission prompt: the first reminder, or "Allow notifications". */
  const willAsk = (allowAgain = false) =>
    !!options.askNotifications && notifications !== true && (allowAgain || !book.notificationsAsked);

  /** Inside the click: browsers show the permission prompt only during a user gesture, so nothing is awaited first. */
  const askOnce = (allowAgain = false) => {
    if (!willAsk(allowAgain)) return;
    options.askNotifications!().then(
      (granted) => setNotifications(granted),
      () => setNotifications(false),
    );
  };

  const pickInto = (target: CaseBook, shown: ShownAdvice): CaseBook =>
    facts
      ? recordPick(
          target,
          facts,
          { problem: shown.problem, steps: shown.steps, today, orderDates: options.orderDates },
          new Date().toISOString(),
          limits,
        )
      : target;

  const onPick = facts
    ? (problem: Problem, steps: readonly AdviceStep[]) => void save((b) => pickInto(b, { problem, steps }))
    : undefined;

  const onLog = facts
    ? (step: AdviceStep, draft: LogDraft) =>
        save((b) =>
          recordContact(
            b,
            facts,
            {
              at: new Date().toISOString(),
              channel: draft.channel,
              party: step.who,
              ...(draft.reference.trim() ? { reference: draft.reference.trim() } : {}),
              note: draft.note.trim() ? `${step.title}: ${draft.note.trim()}` : step.title,
            },
            new Date().toISOString(),
            limits,
          ),
        )
    : undefined;

  const onDeleteEntry = (id: string) =>
    facts ? save((b) => deleteContact(b, facts.key, id, new Date().toISOString())) : Promise.resolve(false);

  const onSetState = facts
    ? (state: CaseState) => void save((b) => setCaseState(b, facts.key, state, new Date().toISOString()))
    : undefined;

  /** The "Remind me" control for a step's date; the pick is recorded first when the case does not hold it yet. */
  const reminder = (step: AdviceStep, kind: DateKind, shown: ShownAdvice) => {
    if (!facts) return null;
    const sameProblem = current?.problem === shown.problem;
    const stored = sameProblem ? current?.dates.find((d) => d.step === step.id && d.kind === kind) : undefined;
    const date = stored ?? datesFromSteps([step]).find((d) => d.kind === kind);
    if (!date || !canRemind(date, today)) return null;
    const target = { step: step.id, kind };
    const change = (value: Reminder | undefined) => (b: CaseBook) => {
      const held = getCase(b, facts.key);
      const withPick =
        held?.problem === shown.problem && held.dates.some((d) => d.step === step.id) ? b : pickInto(b, shown);
      const next = setReminder(withPick, facts.key, target, value, new Date().toISOString());
      return value && !next.notificationsAsked ? { ...next, notificationsAsked: true } : next;
    };
    return (
      <RemindMe
        date={date}
        today={today}
        notifications={notifications}
        disabled={options.readOnly}
        onSet={(value) => {
          if (!willAsk()) {
            void save(change(value));
            return;
          }
          // Chrome closes the popup when the prompt opens: the reminder is written from what this popup holds (kept
          // fresh by the storage watch), at once, so the write is on its way before the prompt appears.
          const next = change(value)(book);
          writes.current += 1;
          setBook(next);
          void store.writeAtOnce(next).catch(() => undefined);
          askOnce();
        }}
        onRemove={() => void save(change(undefined))}
        onAllowNotifications={options.askNotifications ? () => askOnce(true) : undefined}
      />
    );
  };

  return { current, onPick, onLog, onDeleteEntry, onSetState, reminder };
}
