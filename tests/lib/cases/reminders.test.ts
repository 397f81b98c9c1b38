import { describe, expect, it } from 'vitest';
import { emptyCaseBook, recordPick, refreshFromPage, setReminder } from '../../../lib/cases/cases';
import {
  SOON_MS,
  alarmName,
  canRemind,
  defaultReminder,
  dueCases,
  dueReminder,
  markFired,
  parseAlarmName,
  planReminders,
  reconcileAlarms,
  reminderOn,
  remindDay,
} from '../../../lib/cases/reminders';
import type { CaseBook, CaseDate } from '../../../lib/cases/types';
import { aCase, adviceStep } from '../../fixtures/cases';

const ORDER = '577318820461937205';
const deadline: CaseDate = { step: 'request-refund', kind: 'deadline', date: '2026-12-06', title: 'Request a refund' };
const followUp: CaseDate = {
  step: 'message-seller',
  kind: 'follow-up',
  date: '2026-11-22',
  title: 'Message the seller',
};

/** A book with one case whose dates are `dates`. */
const bookWith = (...dates: CaseDate[]): CaseBook => ({ cases: { [ORDER]: aCase(ORDER, { dates }) } });
const NAME = `remind:${ORDER}:request-refund:deadline`;

describe('the default reminder', () => {
  it('is two days before a deadline and on the day of a follow-up', () => {
    expect(defaultReminder(deadline, '2026-11-20')).toEqual({ daysBefore: 2 });
    expect(remindDay(deadline, defaultReminder(deadline, '2026-11-20'))).toBe('2026-12-04');
    expect(defaultReminder(followUp, '2026-11-20')).toEqual({ daysBefore: 0 });
    expect(remindDay(followUp, { daysBefore: 0 })).toBe('2026-11-22');
  });

  it('is never before today: a deadline tomorrow is reminded of today', () => {
    expect(remindDay(deadline, defaultReminder(deadline, '2026-12-05'))).toBe('2026-12-05');
    expect(remindDay(deadline, defaultReminder(deadline, '2026-12-06'))).toBe('2026-12-06');
  });

  it('counts back across the New Year', () => {
    const january: CaseDate = { ...deadline, date: '2027-01-01' };
    expect(remindDay(january, defaultReminder(january, '2026-12-01'))).toBe('2026-12-30');
  });

  it('is not offered for a date already past, or done', () => {
    expect(canRemind(deadline, '2026-12-06')).toBe(true);
    expect(canRemind(deadline, '2026-12-07')).toBe(false);
    expect(canRemind({ ...deadline, done: true }, '2026-11-20')).toBe(false);
  });

  it('takes the day the user picks, kept between today and the date', () => {
    expect(reminderOn(deadline, '2026-12-01', '2026-11-20')).toEqual({ daysBefore: 5 });
    expect(reminderOn(deadline, '2026-11-01', '2026-11-20')).toEqual({ daysBefore: 16 });
    expect(reminderOn(deadline, '2026-12-31', '2026-11-20')).toEqual({ daysBefore: 0 });
  });
});

describe('alarm names', () => {
  it('say which case and date an alarm is for, and nothing else parses', () => {
    const target = { key: ORDER, step: 'request-refund', kind: 'deadline' } as const;
    expect(alarmName(target)).toBe(NAME);
    expect(parseAlarmName(NAME)).toEqual(target);
    for (const name of [
      '',
      'other-alarm',
      'remind:',
      `remind:${ORDER}:x:later`,
      'remind:__proto__:x:deadline',
      `${NAME}:x`,
    ]) {
      expect(parseAlarmName(name)).toBeUndefined();
    }
  });
});

describe('planning reminders', () => {
  it("puts each pending reminder at 09:00 on its day, in the user's time zone", () => {
    const book = bookWith({ ...deadline, reminder: { daysBefore: 2 } }, { ...followUp, reminder: { daysBefore: 0 } });
    expect(planReminders(book, 'Asia/Tokyo')).toEqual([
      { name: NAME, at: Date.parse('2026-12-04T09:00:00+09:00') },
      { name: `remind:${ORDER}:message-seller:follow-up`, at: Date.parse('2026-11-22T09:00:00+09:00') },
    ]);
    expect(planReminders(book, 'America/New_York')[0]!.at).toBe(Date.parse('2026-12-04T09:00:00-05:00'));
  });

  it('leaves out reminders of resolved cases, of dates done, and those already shown', () => {
    const withReminder = { ...deadline, reminder: { daysBefore: 2 } };
    expect(planReminders({ cases: { [ORDER]: aCase(ORDER, { state: 'resolved', dates: [withReminder] }) } })).toEqual(
      [],
    );
    expect(planReminders(bookWith({ ...withReminder, done: true }))).toEqual([]);
    expect(planReminders(bookWith({ ...deadline, reminder: { daysBefore: 2, fired: true } }))).toEqual([]);
    expect(planReminders(bookWith(deadline))).toEqual([]);
  });
});

/** The refund request 30 days after delivery: 6 Dec, or 9 Dec once the page shows 9 Nov. */
const refundSteps = (delivered: string) => [
  adviceStep('request-refund', { deadline: delivered === '2026-11-09' ? '2026-12-09' : '2026-12-06' }),
];

describe('reconciling alarms with the plan', () => {
  const at = Date.parse('2026-12-04T09:00:00+09:00');
  const now = Date.parse('2026-11-20T12:00:00+09:00');

  it('creates a missing alarm at its moment, and leaves a right one alone', () => {
    expect(reconcileAlarms([{ name: NAME, at }], [], now)).toEqual({ create: [{ name: NAME, when: at }], clear: [] });
    expect(reconcileAlarms([{ name: NAME, at }], [{ name: NAME, scheduledTime: at }], now)).toEqual({
      create: [],
      clear: [],
    });
  });

  it('clears alarms nobody needs (a resolved case, a reminder removed), and leaves alarms that are not ours', () => {
    const existing = [
      { name: NAME, scheduledTime: at },
      { name: 'someone-else', scheduledTime: at },
    ];
    expect(reconcileAlarms([], existing, now)).toEqual({ create: [], clear: [NAME] });
  });

  it('moves an alarm when its deadline moved (new page data)', () => {
    // Picked on 20 Nov with delivery on 6 Nov: refund by 6 Dec, reminder on 4 Dec. The page then shows 9 Nov.
    let book = recordPick(
      emptyCaseBook(),
      { key: ORDER },
      {
        problem: 'not-received',
        steps: refundSteps('2026-11-06'),
        today: '2026-11-20',
        orderDates: { delivered: '2026-11-06' },
      },
      '2026-11-20T03:00:00.000Z',
    );
    book = setReminder(book, ORDER, { step: 'request-refund', kind: 'deadline' }, { daysBefore: 2 }, 'x');
    const before = planReminders(book, 'Asia/Tokyo');
    expect(before).toEqual([{ name: NAME, at }]);
    const existing = [{ name: NAME, scheduledTime: at }];

    book = refreshFromPage(book, ORDER, { delivered: '2026-11-09' }, (_, d) => refundSteps(d.delivered!), 'x');
    const after = planReminders(book, 'Asia/Tokyo');
    expect(reconcileAlarms(after, existing, now)).toEqual({
      create: [{ name: NAME, when: Date.parse('2026-12-07T09:00:00+09:00') }],
      clear: [],
    });
  });

  it('makes a reminder whose moment has passed go off soon, once', () => {
    const past = Date.parse('2026-11-19T09:00:00+09:00');
    expect(reconcileAlarms([{ name: NAME, at: past }], [], now)).toEqual({
      create: [{ name: NAME, when: now + SOON_MS }],
      clear: [],
    });
    // An alarm already waiting for it (the browser fires it late, or a sync runs twice) is not doubled.
    expect(reconcileAlarms([{ name: NAME, at: past }], [{ name: NAME, scheduledTime: now + SOON_MS }], now)).toEqual({
      create: [],
      clear: [],
    });
  });
});

describe('an alarm going off', () => {
  const target = { key: ORDER, step: 'request-refund', kind: 'deadline' } as const;

  it('finds its reminder while it is pending, and marks it shown so it never goes off again', () => {
    const book = bookWith({ ...deadline, reminder: { daysBefore: 2 } });
    expect(dueReminder(book, target)?.date.step).toBe('request-refund');
    const fired = markFired(book, target);
    expect(fired.cases[ORDER]!.dates[0]!.reminder).toEqual({ daysBefore: 2, fired: true });
    expect(dueReminder(fired, target)).toBeUndefined();
    expect(markFired(fired, target)).toBe(fired);
    expect(planReminders(fired)).toEqual([]);
  });

  it('is skipped for a resolved case, a date done, or a reminder removed', () => {
    const resolved = {
      cases: { [ORDER]: aCase(ORDER, { state: 'resolved', dates: [{ ...deadline, reminder: { daysBefore: 2 } }] }) },
    };
    expect(dueReminder(resolved as CaseBook, target)).toBeUndefined();
    expect(dueReminder(bookWith({ ...deadline, done: true, reminder: { daysBefore: 2 } }), target)).toBeUndefined();
    expect(dueReminder(bookWith(deadline), target)).toBeUndefined();
    expect(dueReminder(emptyCaseBook(), target)).toBeUndefined();
  });
});

describe('cases due today (the badge without notifications)', () => {
  it('counts cases whose reminder has come, on dates not done, not resolved', () => {
    const book: CaseBook = {
      cases: {
        a: aCase('a', { dates: [{ ...deadline, reminder: { daysBefore: 2 } }] }), // reminder on 4 Dec
        b: aCase('b', { dates: [{ ...followUp, reminder: { daysBefore: 0, fired: true } }] }),
        c: aCase('c', { state: 'resolved', dates: [{ ...followUp, reminder: { daysBefore: 0, fired: true } }] }),
        d: aCase('d', { dates: [{ ...followUp, done: true, reminder: { daysBefore: 0, fired: true } }] }),
        e: aCase('e', { dates: [followUp] }),
      },
    };
    expect(dueCases(book, '2026-12-03').map((c) => c.key)).toEqual(['b']);
    expect(dueCases(book, '2026-12-04').map((c) => c.key)).toEqual(['a', 'b']);
  });
});
