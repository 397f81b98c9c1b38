import { describe, expect, it } from 'vitest';
import {
  caseBookSize,
  caseKeyFor,
  deleteCase,
  emptyCaseBook,
  recordContact,
  recordPick,
  refreshFromPage,
  restoreCases,
  setCaseState,
  setDateDone,
  setReminder,
  trimCaseBook,
} from '../../../lib/cases/cases';
import type { CaseBook } from '../../../lib/cases/types';
import { aCase, adviceStep } from '../../fixtures/cases';

const ORDER = '577318820461937205';
const NOW = '2026-11-20T10:00:00.000Z';
const LATER = '2026-11-21T08:00:00.000Z';
const FACTS = {
  key: ORDER,
  orderId: ORDER,
  market: 'US',
  role: 'buyer',
  carrier: 'ups',
  trackingNumber: '1Z4F82W70312345676',
} as const;

const STEPS = [
  adviceStep('message-seller', { followUp: '2026-11-22' }, 'advice.step.messageSeller.title'),
  adviceStep('request-refund', { deadline: '2026-12-06', followUp: '2026-11-23' }, 'advice.step.requestRefund.title'),
];
const PICK = {
  problem: 'not-received',
  steps: STEPS,
  today: '2026-11-20',
  orderDates: { delivered: '2026-11-06' },
} as const;

describe('a case', () => {
  it('is keyed by the order id, or by the tracking number for a lookup without one', () => {
    expect(caseKeyFor(ORDER, '1Z4F82W70312345676')).toBe(ORDER);
    expect(caseKeyFor(undefined, '1Z4F82W70312345676')).toBe('1Z4F82W70312345676');
    expect(caseKeyFor('__proto__', undefined)).toBeUndefined();
    expect(caseKeyFor('', 'has spaces')).toBeUndefined();
  });

  it('is created open when the user picks a problem, with the dated steps of its advice', () => {
    const book = recordPick(emptyCaseBook(), FACTS, PICK, NOW);
    expect(book.cases[ORDER]).toEqual({
      key: ORDER,
      orderId: ORDER,
      market: 'US',
      role: 'buyer',
      carrier: 'ups',
      trackingNumbers: ['1Z4F82W70312345676'],
      problem: 'not-received',
      pickedOn: '2026-11-20',
      orderDates: { delivered: '2026-11-06' },
      state: 'open',
      created: NOW,
      updated: NOW,
      dates: [
        { step: 'message-seller', kind: 'follow-up', date: '2026-11-22', titleKey: 'advice.step.messageSeller.title' },
        { step: 'request-refund', kind: 'deadline', date: '2026-12-06', titleKey: 'advice.step.requestRefund.title' },
        { step: 'request-refund', kind: 'follow-up', date: '2026-11-23', titleKey: 'advice.step.requestRefund.title' },
      ],
      log: [],
    });
  });

  it('is created waiting for a reply when the user logs a contact, and an open case starts waiting', () => {
    const logged = recordContact(
      emptyCaseBook(),
      FACTS,
      { at: NOW, channel: 'tiktok-chat', party: 'tiktok', reference: 'T-1' },
      NOW,
    );
    expect(logged.cases[ORDER]).toMatchObject({ state: 'waiting', created: NOW, log: [{ reference: 'T-1' }] });

    const picked = recordPick(emptyCaseBook(), FACTS, PICK, NOW);
    const waiting = recordContact(picked, { key: ORDER }, { at: LATER, channel: 'other', party: 'self' }, LATER);
    expect(waiting.cases[ORDER]).toMatchObject({ state: 'waiting', updated: LATER, problem: 'not-received' });
    // What the case knew stays when later facts lack it.
    expect(waiting.cases[ORDER]).toMatchObject({ orderId: ORDER, market: 'US', carrier: 'ups' });
  });

  it('stays resolved when a contact is logged: the user decides when it is open again', () => {
    const resolved = setCaseState(recordPick(emptyCaseBook(), FACTS, PICK, NOW), ORDER, 'resolved', NOW);
    const logged = recordContact(resolved, { key: ORDER }, { at: LATER, channel: 'other', party: 'self' }, LATER);
    expect(logged.cases[ORDER]!.state).toBe('resolved');
  });

  it('changes state: waiting, open again, resolved, reopened; the same state changes nothing', () => {
    let book = recordPick(emptyCaseBook(), FACTS, PICK, NOW);
    book = setCaseState(book, ORDER, 'waiting', LATER);
    expect(book.cases[ORDER]).toMatchObject({ state: 'waiting', updated: LATER });
    expect(setCaseState(book, ORDER, 'waiting', LATER)).toBe(book);
    book = setCaseState(book, ORDER, 'resolved', LATER);
    expect(book.cases[ORDER]!.state).toBe('resolved');
    book = setCaseState(book, ORDER, 'open', LATER);
    expect(book.cases[ORDER]!.state).toBe('open');
    expect(setCaseState(book, 'unknown', 'resolved', LATER)).toBe(book);
  });

  it('refuses a contact that is not valid, and a key that is not one, by returning the same book', () => {
    const book = emptyCaseBook();
    expect(recordContact(book, FACTS, { at: 'yesterday', channel: 'other', party: 'self' }, NOW)).toBe(book);
    expect(recordContact(book, { key: '__proto__' }, { at: NOW, channel: 'other', party: 'self' }, NOW)).toBe(book);
    expect(recordPick(book, { key: 'a b' }, PICK, NOW)).toBe(book);
  });

  it('marks a date done and not done', () => {
    let book = recordPick(emptyCaseBook(), FACTS, PICK, NOW);
    book = setDateDone(book, ORDER, { step: 'request-refund', kind: 'deadline' }, true, LATER);
    expect(book.cases[ORDER]!.dates[1]).toMatchObject({ done: true });
    expect(setDateDone(book, ORDER, { step: 'request-refund', kind: 'deadline' }, true, LATER)).toBe(book);
    book = setDateDone(book, ORDER, { step: 'request-refund', kind: 'deadline' }, false, LATER);
    expect(book.cases[ORDER]!.dates[1]!.done).toBeUndefined();
  });

  it('sets, changes and removes a reminder; a changed one goes off again', () => {
    const target = { step: 'request-refund', kind: 'deadline' } as const;
    let book = recordPick(emptyCaseBook(), FACTS, PICK, NOW);
    book = setReminder(book, ORDER, target, { daysBefore: 2 }, NOW);
    expect(book.cases[ORDER]!.dates[1]!.reminder).toEqual({ daysBefore: 2 });
    expect(setReminder(book, ORDER, target, { daysBefore: 2 }, NOW)).toBe(book);
    // Went off, then the user picks another day: it goes off again.
    book.cases[ORDER]!.dates[1]!.reminder = { daysBefore: 2, fired: true };
    book = setReminder(book, ORDER, target, { daysBefore: 1 }, NOW);
    expect(book.cases[ORDER]!.dates[1]!.reminder).toEqual({ daysBefore: 1 });
    book = setReminder(book, ORDER, target, undefined, NOW);
    expect(book.cases[ORDER]!.dates[1]!.reminder).toBeUndefined();
    // Bounded: never before the hard limit, never after the date.
    book = setReminder(book, ORDER, target, { daysBefore: 500 }, NOW);
    expect(book.cases[ORDER]!.dates[1]!.reminder).toEqual({ daysBefore: 60 });
    book = setReminder(book, ORDER, target, { daysBefore: -3 }, NOW);
    expect(book.cases[ORDER]!.dates[1]!.reminder).toEqual({ daysBefore: 0 });
  });

  it('picking the same problem again keeps done dates and reminders; another problem keeps only reminders', () => {
    let book = recordPick(emptyCaseBook(), FACTS, PICK, NOW);
    book = setReminder(book, ORDER, { step: 'request-refund', kind: 'deadline' }, { daysBefore: 2 }, NOW);
    book = setDateDone(book, ORDER, { step: 'message-seller', kind: 'follow-up' }, true, NOW);
    const again = recordPick(book, FACTS, { ...PICK, today: '2026-11-21' }, LATER);
    expect(again.cases[ORDER]!.dates.map((d) => [d.step, d.kind, d.done, d.reminder])).toEqual([
      ['message-seller', 'follow-up', true, undefined],
      ['request-refund', 'deadline', undefined, { daysBefore: 2 }],
      ['request-refund', 'follow-up', undefined, undefined],
    ]);
    const other = recordPick(
      book,
      FACTS,
      { ...PICK, problem: 'damaged', steps: [adviceStep('photos', { followUp: '2026-11-22' })] },
      LATER,
    );
    expect(other.cases[ORDER]!.problem).toBe('damaged');
    // The reminder the user set stays, rather than vanish because another problem was looked at.
    expect(other.cases[ORDER]!.dates.map((d) => [d.step, d.kind])).toEqual([
      ['photos', 'follow-up'],
      ['request-refund', 'deadline'],
    ]);
  });

  it('deletes a case and restores it around what happened meanwhile', () => {
    let book = recordContact(emptyCaseBook(), FACTS, { at: NOW, channel: 'other', party: 'self', id: 'old' }, NOW);
    const { kept, removed } = deleteCase(book, ORDER);
    expect(kept.cases).toEqual({});
    expect(deleteCase(kept, ORDER).kept).toBe(kept);
    // Meanwhile another window logs a new contact for the same order.
    book = recordContact(kept, { key: ORDER }, { at: LATER, channel: 'other', party: 'self', id: 'new' }, LATER);
    const restored = restoreCases(book, removed);
    expect(restored.cases[ORDER]!.log.map((e) => e.id)).toEqual(['old', 'new']);
    expect(restoreCases(kept, removed)).toEqual(
      recordContact(emptyCaseBook(), FACTS, { at: NOW, channel: 'other', party: 'self', id: 'old' }, NOW),
    );
  });

  it('trims to limits: the most recent contacts, and resolved then least recently worked cases go first', () => {
    const book: CaseBook = {
      cases: {
        a: aCase('a', { updated: '2026-11-01T00:00:00Z' }),
        b: aCase('b', { updated: '2026-11-03T00:00:00Z', state: 'resolved' }),
        c: aCase('c', { updated: '2026-11-02T00:00:00Z' }),
        d: aCase('d', { updated: '2026-11-04T00:00:00Z' }),
      },
    };
    const { kept, removed } = trimCaseBook(book, { orders: 2, entriesPerOrder: 10 });
    expect(Object.keys(kept.cases).toSorted()).toEqual(['c', 'd']);
    expect(Object.keys(removed.cases).toSorted()).toEqual(['a', 'b']);
    expect(restoreCases(kept, removed, { orders: 4, entriesPerOrder: 10 }).cases).toEqual(book.cases);
    // The case just written always stays.
    expect(Object.keys(trimCaseBook(book, { orders: 1, entriesPerOrder: 10 }, 'a').kept.cases)).toEqual(['a']);
    expect(trimCaseBook(book, { orders: 4, entriesPerOrder: 10 }).kept).toBe(book);
  });

  it('counts cases and contacts', () => {
    let book = recordContact(emptyCaseBook(), FACTS, { at: NOW, channel: 'other', party: 'self' }, NOW);
    book = recordContact(book, FACTS, { at: LATER, channel: 'other', party: 'self' }, LATER);
    book = recordPick(book, { key: 'X123' }, PICK, NOW);
    expect(caseBookSize(book)).toEqual({ cases: 2, entries: 2 });
  });
});

// The advice worked out again for the new dates: a refund request 30 days after delivery.
const stepsFor = (_: unknown, dates: { delivered?: string }) => [
  adviceStep('message-seller', { followUp: '2026-11-22' }, 'advice.step.messageSeller.title'),
  adviceStep(
    'request-refund',
    { deadline: dates.delivered === '2026-11-09' ? '2026-12-09' : '2026-12-06', followUp: '2026-11-23' },
    'advice.step.requestRefund.title',
  ),
];

describe('new page data', () => {
  it('moves a deadline when the page shows a later delivery, and its reminder goes off again for it', () => {
    let book = recordPick(emptyCaseBook(), FACTS, PICK, NOW);
    book = setReminder(book, ORDER, { step: 'request-refund', kind: 'deadline' }, { daysBefore: 2 }, NOW);
    book.cases[ORDER]!.dates[1]!.reminder!.fired = true;
    const moved = refreshFromPage(book, ORDER, { delivered: '2026-11-09' }, stepsFor, LATER);
    expect(moved.cases[ORDER]!.orderDates).toEqual({ delivered: '2026-11-09' });
    expect(moved.cases[ORDER]!.dates[1]).toEqual({
      step: 'request-refund',
      kind: 'deadline',
      date: '2026-12-09',
      titleKey: 'advice.step.requestRefund.title',
      reminder: { daysBefore: 2 },
    });
    // The same dates again change nothing.
    expect(refreshFromPage(moved, ORDER, { delivered: '2026-11-09' }, stepsFor, LATER)).toBe(moved);
  });

  it('keeps a date the page no longer shows, and leaves resolved cases and unknown ones alone', () => {
    const book = recordPick(emptyCaseBook(), FACTS, PICK, NOW);
    expect(refreshFromPage(book, ORDER, {}, stepsFor, LATER)).toBe(book);
    expect(refreshFromPage(book, ORDER, { delivered: 'soon' as string }, stepsFor, LATER)).toBe(book);
    const resolved = setCaseState(book, ORDER, 'resolved', NOW);
    expect(refreshFromPage(resolved, ORDER, { delivered: '2026-11-09' }, stepsFor, LATER)).toBe(resolved);
    expect(refreshFromPage(book, 'other', { delivered: '2026-11-09' }, stepsFor, LATER)).toBe(book);
  });
});
