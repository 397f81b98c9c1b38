import { describe, expect, it } from 'vitest';
import {
  addEntry,
  CASE_LOG_ITEM,
  CASE_LOG_MIGRATIONS,
  type CaseLog,
  caseLogSize,
  csvCell,
  deleteEntry,
  deleteOrder,
  emptyCaseLog,
  exportCsv,
  exportText,
  LIMITS,
  mergeCaseLogs,
  readCaseLog,
  trimCaseLog,
} from '../../../lib/advice/case-log';

const ORDER = '577123456789012345';

/** A small RFC 4180 reader, to prove the export reads back cell for cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

function sampleLog(): CaseLog {
  let log = emptyCaseLog();
  log = addEntry(log, ORDER, {
    at: '2026-11-26T10:00:00.000Z',
    channel: 'seller-message',
    party: 'seller',
    note: 'Asked for an update',
  });
  log = addEntry(log, ORDER, {
    at: '2026-11-27T09:30:00.000Z',
    channel: 'carrier-phone',
    party: 'carrier',
    reference: 'CASE-42, "urgent"',
    note: 'Agent: Sam\nPromised a trace within 5 days',
  });
  log = addEntry(log, '577000000000000001', {
    at: '2026-11-28T12:00:00+01:00',
    channel: 'tiktok-ticket',
    party: 'tiktok',
    note: '=HYPERLINK("http://evil","x")',
  });
  return log;
}

describe('case log', () => {
  it('is stored under caseLog in local storage, at version 2', () => {
    expect(CASE_LOG_ITEM).toMatchObject({ key: 'local:caseLog', version: 2 });
    expect(CASE_LOG_ITEM.read(null)).toEqual(emptyCaseLog());
  });

  it('adds entries per order with unique ids, oldest first', () => {
    const log = sampleLog();
    const entries = log.orders[ORDER]!;
    expect(entries.map((e) => e.channel)).toEqual(['seller-message', 'carrier-phone']);
    expect(new Set(entries.map((e) => e.id)).size).toBe(2);
    const again = addEntry(log, ORDER, { at: '2026-11-26T10:00:00.000Z', channel: 'other', party: 'self' });
    const ids = again.orders[ORDER]!.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('refuses invalid entries by returning the same log', () => {
    const log = sampleLog();
    expect(addEntry(log, ORDER, { at: 'yesterday', channel: 'other', party: 'self' })).toBe(log);
    expect(addEntry(log, ORDER, { at: '2026-11-26T10:00:00Z', channel: 'fax' as never, party: 'self' })).toBe(log);
    expect(addEntry(log, '__proto__', { at: '2026-11-26T10:00:00Z', channel: 'other', party: 'self' })).toBe(log);
    expect(addEntry(log, '', { at: '2026-11-26T10:00:00Z', channel: 'other', party: 'self' })).toBe(log);
  });

  it('deletes an entry, and the order with its last entry', () => {
    const log = sampleLog();
    const [first, second] = log.orders[ORDER]!;
    const one = deleteEntry(log, ORDER, first!.id);
    expect(one.orders[ORDER]).toEqual([second]);
    const none = deleteEntry(one, ORDER, second!.id);
    expect(Object.hasOwn(none.orders, ORDER)).toBe(false);
    expect(Object.keys(deleteOrder(log, ORDER).orders)).toEqual(['577000000000000001']);
    expect(deleteOrder(log, 'nope')).toBe(log);
  });

  it('round-trips through storage (JSON) unchanged', () => {
    const log = sampleLog();
    expect(readCaseLog(JSON.parse(JSON.stringify(log)))).toEqual(log);
  });

  it('exports readable text for one order or all', () => {
    const log = sampleLog();
    const one = exportText(log, ORDER);
    expect(one).toContain(`Order ${ORDER}`);
    expect(one).toContain('Carrier phone call (carrier)');
    expect(one).toContain('Reference: CASE-42, "urgent"');
    expect(one).toContain('  Promised a trace within 5 days');
    expect(one).not.toContain('577000000000000001');
    expect(exportText(log)).toContain('577000000000000001');
    expect(exportText(emptyCaseLog())).toBe('No contacts recorded.');
  });

  it('exports RFC 4180 CSV that reads back cell for cell, with formulas neutralized', () => {
    const log = sampleLog();
    const csv = exportCsv(log);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual(['order_id', 'at', 'channel', 'party', 'reference', 'note']);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual([
      ORDER,
      '2026-11-27T09:30:00.000Z',
      'carrier-phone',
      'carrier',
      'CASE-42, "urgent"',
      'Agent: Sam\nPromised a trace within 5 days',
    ]);
    expect(rows[3]![5]).toBe('\'=HYPERLINK("http://evil","x")');
    expect(readCsv(exportCsv(log, ORDER))).toHaveLength(3);
  });

  it('neutralizes every formula lead character', () => {
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

/** A log of `orders` orders, order i last contacted on day i + 1 of November, with `entries` entries each. */
function logOf(orders: number, entries = 1): CaseLog {
  let log = emptyCaseLog();
  for (let o = 0; o < orders; o += 1) {
    for (let e = 0; e < entries; e += 1) {
      const day = String(o + 1).padStart(2, '0');
      log = addEntry(log, `o${o}`, {
        at: `2026-11-${day}T${String(e).padStart(2, '0')}:00:00Z`,
        channel: 'other',
        party: 'self',
      });
    }
  }
  return log;
}

describe('case log limits', () => {
  it('keeps the most recent entries of an order and the orders most recently contacted', () => {
    const limits = { orders: 2, entriesPerOrder: 2 };
    let log = logOf(2, 2);
    log = addEntry(log, 'o0', { at: '2026-11-20T00:00:00Z', channel: 'other', party: 'self' }, limits);
    expect(log.orders.o0!.map((e) => e.at)).toEqual(['2026-11-01T01:00:00Z', '2026-11-20T00:00:00Z']);
    // A third order: o1 (last contacted 2 November) goes, o0 (20 November) stays.
    log = addEntry(log, 'new', { at: '2026-11-21T00:00:00Z', channel: 'other', party: 'self' }, limits);
    expect(Object.keys(log.orders).toSorted()).toEqual(['new', 'o0']);
  });

  it('never drops the order just written, even when its contact is dated earlier than the others', () => {
    const log = addEntry(
      logOf(2),
      'late',
      { at: '2020-01-01T00:00:00Z', channel: 'other', party: 'self' },
      {
        orders: 2,
        entriesPerOrder: 5,
      },
    );
    expect(Object.keys(log.orders).toSorted()).toEqual(['late', 'o1']);
  });

  it('trims to new limits and says what went, so it can be undone', () => {
    const log = logOf(4, 3);
    const { kept, removed } = trimCaseLog(log, { orders: 2, entriesPerOrder: 1 });
    expect(caseLogSize(kept)).toEqual({ orders: 2, entries: 2 });
    expect(Object.keys(kept.orders)).toEqual(['o2', 'o3']);
    expect(caseLogSize(removed)).toEqual({ orders: 4, entries: 10 });
    expect(mergeCaseLogs(kept, removed)).toEqual(log);
    expect(trimCaseLog(log, { orders: 4, entriesPerOrder: 3 })).toEqual({ kept: log, removed: emptyCaseLog() });
  });

  it('restores a deleted log around what was logged meanwhile, in time order, without doubles', () => {
    const deleted = logOf(2, 2);
    let current = emptyCaseLog();
    current = addEntry(current, 'o0', { at: '2026-11-01T00:30:00Z', channel: 'other', party: 'self', id: 'new' });
    const restored = mergeCaseLogs(current, mergeCaseLogs(deleted, deleted));
    expect(restored.orders.o0!.map((e) => e.id)).toEqual([deleted.orders.o0![0]!.id, 'new', deleted.orders.o0![1]!.id]);
    expect(caseLogSize(restored)).toEqual({ orders: 2, entries: 5 });
  });
});
