import { describe, expect, it } from 'vitest';
import { exportCasesCsv } from '../../../lib/cases/export';
import { aCase } from '../../fixtures/cases';

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

describe('the cases as CSV', () => {
  const cases = [
    aCase('577318820461937205', {
      orderId: '577318820461937205',
      trackingNumbers: ['1Z4F82W70312345676', '1Z999AA10123456784'],
      market: 'US',
      role: 'buyer',
      carrier: 'ups',
      problem: 'not-received',
      state: 'waiting',
      dates: [
        {
          step: 'request-refund',
          kind: 'deadline',
          date: '2026-12-06',
          titleKey: 'advice.step.requestRefund.title.us',
        },
      ],
      log: [
        { id: 'a', at: '2026-11-20T10:00:00.000Z', channel: 'tiktok-chat', party: 'tiktok', reference: 'T-1, urgent' },
        {
          id: 'b',
          at: '2026-11-21T10:00:00.000Z',
          channel: 'other',
          party: 'self',
          note: '=HYPERLINK("http://evil")\nline 2',
        },
      ],
    }),
    aCase('9400111899223344556677', { trackingNumbers: ['9400111899223344556677'], state: 'resolved' }),
  ];

  it('has one row per contact with its case, one row for a case without any, and reads back cell for cell', () => {
    const csv = exportCasesCsv(cases, '2026-11-25');
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([
      'case',
      'order_id',
      'tracking_numbers',
      'market',
      'role',
      'carrier',
      'problem',
      'state',
      'next_date',
      'next_date_kind',
      'next_step',
      'contact_at',
      'channel',
      'party',
      'reference',
      'note',
    ]);
    expect(rows).toHaveLength(4);
    const head = [
      '577318820461937205',
      '577318820461937205',
      '1Z4F82W70312345676 1Z999AA10123456784',
      'US',
      'buyer',
      'ups',
      'not-received',
      'waiting',
      '2026-12-06',
      'deadline',
      'Request a refund: "Package wasn\'t received"',
    ];
    expect(rows[1]).toEqual([...head, '2026-11-20T10:00:00.000Z', 'tiktok-chat', 'tiktok', 'T-1, urgent', '']);
    // A formula is neutralized: a spreadsheet shows it as text.
    expect(rows[2]).toEqual([
      ...head,
      '2026-11-21T10:00:00.000Z',
      'other',
      'self',
      '',
      '\'=HYPERLINK("http://evil")\nline 2',
    ]);
    expect(rows[3]).toEqual([
      '9400111899223344556677',
      '',
      '9400111899223344556677',
      '',
      '',
      '',
      '',
      'resolved',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});
