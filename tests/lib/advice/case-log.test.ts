import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  CASE_LOG_ITEM,
  CASE_LOG_MIGRATIONS,
  csvCell,
  emptyCaseLog,
  LIMITS,
  mergeEntries,
  readCaseLog,
} from '../../../lib/advice/case-log';

const ORDER = '577123456789012345';

describe('case log entries', () => {
  it('was stored under caseLog in local storage, at version 2 (now only read to move it into cases)', () => {
    expect(CASE_LOG_ITEM).toMatchObject({ key: 'local:caseLog', version: 2 });
    expect(CASE_LOG_ITEM.read(null)).toEqual(emptyCaseLog());
  });

  it('appends entries with unique ids, cleaned and bounded, keeping the most recent', () => {
    const first = appendEntry([], { at: '2026-11-26T10:00:00.000Z', channel: 'seller-message', party: 'seller' })!;
    const second = appendEntry(first, {
      at: '2026-11-26T10:00:00.000Z',
      channel: 'carrier-phone',
      party: 'carrier',
      reference: ' CASE-42\u202e ',
      note: 'Agent: Sam\nPromised a trace',
    })!;
    expect(second.map((e) => e.channel)).toEqual(['seller-message', 'carrier-phone']);
    expect(new Set(second.map((e) => e.id)).size).toBe(2);
    expect(second[1]).toMatchObject({ reference: 'CASE-42', note: 'Agent: Sam\nPromised a trace' });
    const third = appendEntry(second, { at: '2026-11-27T10:00:00Z', channel: 'other', party: 'self' }, 2)!;
    expect(third.map((e) => e.channel)).toEqual(['carrier-phone', 'other']);
  });

  it('refuses invalid entries', () => {
    expect(appendEntry([], { at: 'yesterday', channel: 'other', party: 'self' })).toBeUndefined();
    expect(appendEntry([], { at: '2026-11-26T10:00:00Z', channel: 'fax' as never, party: 'self' })).toBeUndefined();
    expect(appendEntry([], { at: '2026-02-30T10:00:00Z', channel: 'other', party: 'self' })).toBeUndefined();
  });

  it('merges two lists in time order, each entry once', () => {
    const a = { id: 'a', at: '2026-11-01T00:00:00Z', channel: 'other', party: 'self' } as const;
    const b = { id: 'b', at: '2026-11-02T00:00:00Z', channel: 'other', party: 'self' } as const;
    const c = { id: 'c', at: '2026-11-03T00:00:00Z', channel: 'other', party: 'self' } as const;
    expect(mergeEntries([a, c], [b, c]).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(mergeEntries([], [])).toEqual([]);
  });

  it('neutralizes every formula lead character in a CSV cell', () => {
    for (const lead of ['=', '+', '-', '@']) expect(csvCell(`${lead}1+1`)).toBe(`'${lead}1+1`);
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
  });
});

describe('reading a stored case log', () => {
  it('reads nonsense as an empty log, never throwing', () => {
    for (const raw of [
      null,
      undefined,
      'caseLog',
      42,
      true,
      [],
      [1, 2],
      { orders: 'x' },
      { orders: [] },
      { orders: null },
    ]) {
      expect(readCaseLog(raw)).toEqual(emptyCaseLog());
    }
  });

  it('keeps the good entries and drops the bad ones', () => {
    const raw = {
      version: 1,
      orders: {
        [ORDER]: [
          { id: 'a1', at: '2026-11-26T10:00:00Z', channel: 'seller-message', party: 'seller' },
          { id: 'a2', at: 20261126, channel: 'seller-message', party: 'seller' },
          { id: 'a3', at: '2026-11-26T10:00:00Z', channel: 'pigeon', party: 'seller' },
          { id: 'a4', at: '2026-11-26T10:00:00Z', channel: 'other', party: 'martian' },
          { id: 7, at: '2026-11-26T10:00:00Z', channel: 'other', party: 'self' },
          { id: 'a1', at: '2026-11-27T10:00:00Z', channel: 'other', party: 'self' },
          null,
          'entry',
          { id: 'a5', at: '2026-02-30T10:00:00Z', channel: 'other', party: 'self' },
          { id: 'a6', at: '2026-11-28T10:00:00Z', channel: 'other', party: 'self', reference: 123, note: { x: 1 } },
          {
            id: 'a7',
            at: '2026-11-28T11:00:00Z',
            channel: 'other',
            party: 'self',
            note: 'ok\u0000\u202e',
            reference: ' R-1 ',
          },
        ],
        'bad id with spaces': [{ id: 'b1', at: '2026-11-26T10:00:00Z', channel: 'other', party: 'self' }],
        '577000000000000002': 'not an array',
        '577000000000000003': [],
      },
    };
    const log = readCaseLog(raw);
    expect(Object.keys(log.orders)).toEqual([ORDER]);
    expect(log.orders[ORDER]!.map((e) => e.id)).toEqual(['a1', 'a6', 'a7']);
    expect(log.orders[ORDER]![1]).toEqual({ id: 'a6', at: '2026-11-28T10:00:00Z', channel: 'other', party: 'self' });
    expect(log.orders[ORDER]![2]).toMatchObject({ note: 'ok', reference: 'R-1' });
  });

  it('ignores prototype keys', () => {
    const raw = JSON.parse(
      '{"orders":{"__proto__":[{"id":"p","at":"2026-11-26T10:00:00Z","channel":"other","party":"self"}],"constructor":[]}}',
    );
    const log = readCaseLog(raw);
    expect(Object.keys(log.orders)).toEqual([]);
    expect(({} as Record<string, unknown>).id).toBeUndefined();
  });

  it('bounds huge arrays and huge notes, keeping the newest entries', () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      at: '2026-11-26T10:00:00Z',
      channel: 'other',
      party: 'self',
      note: i === 99_999 ? 'x'.repeat(1_000_000) : 'n',
    }));
    const log = readCaseLog({ orders: { [ORDER]: entries } });
    const kept = log.orders[ORDER]!;
    expect(kept).toHaveLength(LIMITS.entriesPerOrder);
    expect(kept.at(-1)!.id).toBe('e99999');
    expect(kept.at(-1)!.note!.length).toBeLessThanOrEqual(LIMITS.note);
  });

  it('bounds the number of orders', () => {
    const orders = Object.fromEntries(
      Array.from({ length: LIMITS.orders + 50 }, (_, i) => [
        `o${i}`,
        [{ id: 'x', at: '2026-11-26T10:00:00Z', channel: 'other', party: 'self' }],
      ]),
    );
    expect(Object.keys(readCaseLog({ orders }).orders)).toHaveLength(LIMITS.orders);
  });

  it('reads a log written by a newer version best-effort instead of erasing it', () => {
    const raw = {
      version: 2,
      orders: { [ORDER]: [{ id: 'a', at: '2026-11-26T10:00:00Z', channel: 'other', party: 'self', extra: 1 }] },
    };
    expect(readCaseLog(raw).orders[ORDER]).toHaveLength(1);
  });
});

describe('case log migrations', () => {
  it('2: drops the version number version 1 kept inside the value, keeping every entry', () => {
    const entry = { id: 'a', at: '2026-11-26T10:00:00Z', channel: 'other', party: 'self' };
    const v1 = { version: 1, orders: { [ORDER]: [entry] } };
    expect(CASE_LOG_MIGRATIONS[2](v1)).toEqual({ orders: { [ORDER]: [entry] } });
    expect(readCaseLog(CASE_LOG_MIGRATIONS[2](v1))).toEqual({ orders: { [ORDER]: [entry] } });
  });

  it('2: leaves a value already in the new shape, and anything that is not a log, as it is', () => {
    const v2 = { orders: {} };
    expect(CASE_LOG_MIGRATIONS[2](v2)).toEqual(v2);
    for (const raw of ['x', null, [1]]) expect(CASE_LOG_MIGRATIONS[2](raw)).toEqual(raw);
  });
});
