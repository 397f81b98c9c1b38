import { describe, expect, it } from 'vitest';
import {
  addEntry,
  CASE_LOG_STORAGE_KEY,
  CASE_LOG_VERSION,
  type CaseLog,
  csvCell,
  deleteEntry,
  deleteOrder,
  emptyCaseLog,
  exportCsv,
  exportText,
  LIMITS,
  parseCaseLog,
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
  it('has a storage key and a version for migrations', () => {
    expect(CASE_LOG_STORAGE_KEY).toBe('caseLog');
    expect(emptyCaseLog().version).toBe(CASE_LOG_VERSION);
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
    expect(parseCaseLog(JSON.parse(JSON.stringify(log)))).toEqual(log);
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

describe('parseCaseLog on corrupted storage', () => {
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
      expect(parseCaseLog(raw)).toEqual(emptyCaseLog());
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
    const log = parseCaseLog(raw);
    expect(Object.keys(log.orders)).toEqual([ORDER]);
    expect(log.orders[ORDER]!.map((e) => e.id)).toEqual(['a1', 'a6', 'a7']);
    expect(log.orders[ORDER]![1]).toEqual({ id: 'a6', at: '2026-11-28T10:00:00Z', channel: 'other', party: 'self' });
    expect(log.orders[ORDER]![2]).toMatchObject({ note: 'ok', reference: 'R-1' });
  });

  it('ignores prototype keys', () => {
    const raw = JSON.parse(
      '{"orders":{"__proto__":[{"id":"p","at":"2026-11-26T10:00:00Z","channel":"other","party":"self"}],"constructor":[]}}',
    );
    const log = parseCaseLog(raw);
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
    const log = parseCaseLog({ orders: { [ORDER]: entries } });
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
    expect(Object.keys(parseCaseLog({ orders }).orders)).toHaveLength(LIMITS.orders);
  });

  it('reads a log written by a newer version best-effort instead of erasing it', () => {
    const raw = {
      version: 2,
      orders: { [ORDER]: [{ id: 'a', at: '2026-11-26T10:00:00Z', channel: 'other', party: 'self', extra: 1 }] },
    };
    expect(parseCaseLog(raw).orders[ORDER]).toHaveLength(1);
  });
});
