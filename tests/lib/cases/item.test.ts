import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { emptyCaseBook, recordContact, recordPick, setReminder } from '../../../lib/cases/cases';
import { CASES_ITEM, readCaseBook, titlesAsMessages } from '../../../lib/cases/item';
import { caseDateTitle } from '../../../lib/cases/titles';
import { EN, ENGLISH } from '../../../lib/i18n/catalog';
import { createTranslator } from '../../../lib/i18n/translator';
import { NewerVersionError } from '../../../lib/storage';
import { defineStorageItems } from '../../../lib/stored-items';
import { adviceStep } from '../../fixtures/cases';

const ORDER = '577318820461937205';

function sampleBook() {
  let book = recordPick(
    emptyCaseBook(),
    { key: ORDER, orderId: ORDER, market: 'US', role: 'buyer', carrier: 'ups', trackingNumber: '1Z4F82W70312345676' },
    {
      problem: 'not-received',
      steps: [
        adviceStep(
          'request-refund',
          { deadline: '2026-12-06', followUp: '2026-11-23' },
          'advice.step.requestRefund.title',
        ),
      ],
      today: '2026-11-20',
      orderDates: { ordered: '2026-11-03', delivered: '2026-11-06' },
    },
    '2026-11-20T10:00:00.000Z',
  );
  book = setReminder(
    book,
    ORDER,
    { step: 'request-refund', kind: 'deadline' },
    { daysBefore: 2 },
    '2026-11-20T10:01:00.000Z',
  );
  book = recordContact(
    book,
    { key: ORDER },
    { at: '2026-11-20T10:02:00.000Z', channel: 'tiktok-chat', party: 'tiktok', note: 'Asked' },
    '2026-11-20T10:02:00.000Z',
  );
  return { ...book, notificationsAsked: true };
}

describe('the cases item', () => {
  it('is `local:cases`, version 2', () => {
    expect(CASES_ITEM).toMatchObject({ key: 'local:cases', version: 2 });
    expect(CASES_ITEM.read(null)).toEqual(emptyCaseBook());
  });

  it('round-trips through storage (JSON) unchanged', () => {
    const book = sampleBook();
    expect(readCaseBook(JSON.parse(JSON.stringify(book)))).toEqual(book);
  });

  it('reads nonsense as no cases, never throwing', () => {
    for (const raw of [null, undefined, 'cases', 42, [], { cases: 'x' }, { cases: [] }, { cases: null }]) {
      expect(readCaseBook(raw)).toEqual(emptyCaseBook());
    }
  });

  it('keeps what is good field by field, and drops cases with no usable key', () => {
    const raw = {
      cases: {
        [ORDER]: {
          key: ORDER,
          orderId: 42,
          market: 'uk',
          role: 'admin',
          carrier: 'UPS!',
          trackingNumbers: ['1Z4F82W70312345676', 'has spaces', 7, '1Z4F82W70312345676'],
          problem: 'bored',
          state: 'lost-in-space',
          orderDates: { delivered: '2026-11-06', shipped: '2026-02-30', evil: '<b>' },
          dates: [
            { step: 'ok', kind: 'deadline', date: '2026-12-06', title: 'Fine\u202e', reminder: { daysBefore: 2 } },
            { step: 'bad date', kind: 'deadline', date: '2026-12-06', title: 'x' },
            { step: 'x', kind: 'whenever', date: '2026-12-06', title: 'x' },
            { step: 'y', kind: 'follow-up', date: 'soon', title: 'x' },
            { step: 'z', kind: 'follow-up', date: '2026-12-07', title: 5, reminder: { daysBefore: -1 }, done: 'yes' },
          ],
          log: [{ id: 'a1', at: '2026-11-20T10:00:00Z', channel: 'other', party: 'self' }, { id: 'bad' }],
        },
        'mismatch-key': { key: 'other' },
        'has spaces': { key: 'has spaces' },
        __proto__: { key: '__proto__' },
      },
    };
    const book = readCaseBook(raw);
    expect(Object.keys(book.cases)).toEqual([ORDER]);
    expect(book.cases[ORDER]).toEqual({
      key: ORDER,
      market: 'GB',
      trackingNumbers: ['1Z4F82W70312345676'],
      orderDates: { delivered: '2026-11-06' },
      state: 'open',
      created: '2026-11-20T10:00:00Z',
      updated: '2026-11-20T10:00:00Z',
      dates: [
        { step: 'ok', kind: 'deadline', date: '2026-12-06', title: 'Fine', reminder: { daysBefore: 2 } },
        { step: 'z', kind: 'follow-up', date: '2026-12-07' },
      ],
      log: [{ id: 'a1', at: '2026-11-20T10:00:00Z', channel: 'other', party: 'self' }],
    });
  });

  it('bounds the number of cases and of dates', () => {
    const cases = Object.fromEntries(
      Array.from({ length: 650 }, (_, i) => [
        `c${i}`,
        {
          key: `c${i}`,
          dates: Array.from({ length: 100 }, (_unused, d) => ({
            step: `s${d}`,
            kind: 'deadline',
            date: '2026-12-06',
            title: 'x',
          })),
        },
      ]),
    );
    const book = readCaseBook({ cases });
    expect(Object.keys(book.cases)).toHaveLength(500);
    expect(book.cases.c0!.dates).toHaveLength(40);
  });
});

describe('the cases item in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes its version beside the value with the first write', async () => {
    const items = defineStorageItems(storage);
    await items.cases.set(sampleBook());
    expect(await fakeBrowser.storage.local.get(['cases$'])).toEqual({ cases$: { v: 2 } });
    expect(await items.cases.get()).toEqual(sampleBook());
  });

  it('keeps cases written by a newer version: read best-effort, never overwritten', async () => {
    const newer = { cases: { [ORDER]: { ...sampleBook().cases[ORDER], shape: 'v3' } }, extra: true };
    await fakeBrowser.storage.local.set({ cases: newer, cases$: { v: 3 } });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const items = defineStorageItems(storage);
    const loaded = await items.cases.load();
    expect(loaded.newer).toBe(true);
    expect(loaded.value.cases[ORDER]?.problem).toBe('not-received');
    await expect(items.cases.update(() => emptyCaseBook())).rejects.toBeInstanceOf(NewerVersionError);
    expect((await fakeBrowser.storage.local.get('cases')).cases).toEqual(newer);
  });
});

/** A dated step as version 1 stored it: its title in English words. */
function v1Date(step: string, title: unknown, extra: object = {}) {
  return { step, kind: 'deadline', date: '2026-12-06', title, ...extra };
}

/** A version 1 book: one case whose dates carry their titles as English words. */
function v1Book() {
  return {
    cases: {
      [ORDER]: {
        key: ORDER,
        orderId: ORDER,
        trackingNumbers: [],
        orderDates: {},
        state: 'open',
        created: '2026-11-20T10:00:00.000Z',
        updated: '2026-11-20T10:00:00.000Z',
        dates: [
          v1Date('request-refund', 'Request a refund: "Package wasn\'t received"', { reminder: { daysBefore: 2 } }),
          v1Date('sea-claim', 'Claim compensation: Package Lost', { done: true }),
          v1Date('old-step', 'A title this version no longer has'),
          v1Date('odd', 42),
        ],
        log: [],
      },
    },
    notificationsAsked: true,
  };
}

describe("cases stored by version 1, with their steps' titles in English words", () => {
  beforeEach(() => fakeBrowser.reset());

  it('keep the message of each title, the words only where no title matches, and everything else', async () => {
    await fakeBrowser.storage.local.set({ cases: v1Book(), cases$: { v: 1 } });
    const items = defineStorageItems(storage);
    // WXT migrates on definition; reads wait for it.
    const book = await items.cases.get();
    const stored = (await fakeBrowser.storage.local.get('cases')).cases as ReturnType<typeof v1Book>;
    expect(await fakeBrowser.storage.local.get(['cases$'])).toEqual({ cases$: { v: 2 } });
    expect(stored.cases[ORDER].dates).toEqual([
      {
        step: 'request-refund',
        kind: 'deadline',
        date: '2026-12-06',
        titleKey: 'advice.step.requestRefund.title.us',
        reminder: { daysBefore: 2 },
      },
      {
        step: 'sea-claim',
        kind: 'deadline',
        date: '2026-12-06',
        titleKey: 'advice.step.seaClaim.title.lost',
        done: true,
      },
      v1Date('old-step', 'A title this version no longer has'),
      v1Date('odd', 42),
    ]);
    expect(book.notificationsAsked).toBe(true);
    expect(book.cases[ORDER]!.dates.map((d) => caseDateTitle(d, ENGLISH))).toEqual([
      'Request a refund: "Package wasn\'t received"',
      'Claim compensation: Package Lost',
      'A title this version no longer has',
      'odd',
    ]);
  });

  it('read the same before the migration ran (a lost version record), and the migration runs twice harmlessly', () => {
    const migrated = titlesAsMessages(v1Book());
    expect(titlesAsMessages(migrated)).toEqual(migrated);
    expect(readCaseBook(v1Book())).toEqual(readCaseBook(migrated));
    for (const odd of [null, 'cases', { cases: [] }, { cases: { [ORDER]: { dates: 'x' } } }]) {
      expect(titlesAsMessages(odd)).toEqual(odd);
    }
  });

  it('show a stored title in the language of the day, not the one it was picked in', () => {
    const [date] = readCaseBook(v1Book()).cases[ORDER]!.dates;
    const pseudo = createTranslator('de', { 'advice.step.requestRefund.title.us': 'Rückerstattung beantragen' }, EN);
    expect(caseDateTitle(date!, pseudo)).toBe('Rückerstattung beantragen');
  });

  it('take no message key that is not a step title', () => {
    const raw = { ...v1Book() };
    raw.cases[ORDER].dates = [v1Date('x', 'Fine', { titleKey: 'advice.msg.greeting' })] as never;
    expect(readCaseBook(raw).cases[ORDER]!.dates[0]).toEqual({
      step: 'x',
      kind: 'deadline',
      date: '2026-12-06',
      title: 'Fine',
    });
  });
});
