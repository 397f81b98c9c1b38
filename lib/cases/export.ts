import { csvCell } from '../advice/case-log';
import { ENGLISH, type Text } from '../i18n/catalog';
import { nextDate } from './next-date';
import { caseDateTitle } from './titles';
import type { Case, CaseBook } from './types';

/**
 * Every case as CSV, for a spreadsheet or a claim: one row per logged contact with its case's fields, and one row
 * for a case with no contact yet. Values are ids and ISO dates (stable across languages), but for the next step's
 * title, in the reader's language; RFC 4180 with CRLF ends.
 */
export const CASES_CSV_HEADER = [
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
] as const;

function caseCells(current: Case, today: string, text: Text): string[] {
  const next = nextDate(current, today);
  return [
    current.key,
    current.orderId ?? '',
    current.trackingNumbers.join(' '),
    current.market ?? '',
    current.role ?? '',
    current.carrier ?? '',
    current.problem ?? '',
    current.state,
    next?.date.date ?? '',
    next?.date.kind ?? '',
    next ? caseDateTitle(next.date, text) : '',
  ];
}

/** `cases` in the order given (the caller sorts); `today` decides each case's next date. */
export function exportCasesCsv(cases: readonly Case[], today: string, text: Text = ENGLISH): string {
  const rows: string[] = [CASES_CSV_HEADER.join(',')];
  for (const current of cases) {
    const head = caseCells(current, today, text);
    const entries = current.log.length > 0 ? current.log : [undefined];
    for (const e of entries) {
      const cells = e ? [e.at, e.channel, e.party, e.reference ?? '', e.note ?? ''] : ['', '', '', '', ''];
      rows.push([...head, ...cells].map(csvCell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** Every case of a book, for "export all". */
export function allCases(book: CaseBook): Case[] {
  return Object.values(book.cases);
}
