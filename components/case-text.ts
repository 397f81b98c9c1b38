import type { CaseLogEntry } from '../lib/advice/case-log';
import { exportCasesCsv } from '../lib/cases/export';
import { type NextDate, nextDate } from '../lib/cases/next-date';
import { caseDateTitle } from '../lib/cases/titles';
import type { Case, CaseDate } from '../lib/cases/types';
import { carrierName } from './carrier-names';
import { formatDay, regionName, relativeDays } from './format';
import { currentText, t, tMaybe } from './strings';

/** Words for cases, shared by the popup's summary, the cases page, the exports and the background's notification. */

/** "Order 5772…" or "Tracking number 1Z…": how a case is named. */
export function caseLabel(current: Pick<Case, 'key' | 'orderId'>): string {
  return current.orderId ? t('caseOrder', { orderId: current.orderId }) : t('caseTracking', { number: current.key });
}

/** "Request a refund: by 6 Dec" / "Message the seller: follow up on 14 Nov", in the pages' language. */
export function dateText(date: CaseDate, today: string): string {
  const values = { step: caseDateTitle(date, currentText()), date: formatDay(date.date, today) };
  return date.kind === 'deadline' ? t('caseNextDeadline', values) : t('caseNextFollowUp', values);
}

/** The next date with its distance in words: "Request a refund: by 6 Dec · in 16 days". */
export function nextDateText(next: NextDate, today: string): string {
  return `${dateText(next.date, today)} · ${relativeDays(next.daysLeft)}`;
}

/** "Carrier: USPS": one labelled line of a case as text, punctuated as the language does it. */
function field(
  label: 'logReference' | 'caseMarket' | 'caseCarrier' | 'caseTrackingNumbers' | 'caseNextLabel',
  value: string,
) {
  return t('caseField', { label: t(label), value });
}

function entryLines(entry: CaseLogEntry): string[] {
  const lines = [`- ${entry.at} · ${tMaybe(`contact_${entry.channel}`) ?? entry.channel}`];
  if (entry.reference) lines.push(`  ${field('logReference', entry.reference)}`);
  if (entry.note) lines.push(...entry.note.split('\n').map((line) => `  ${line}`));
  return lines;
}

/** One case as readable text: to keep, or to paste into a ticket or a claim. */
export function caseText(current: Case, today: string): string {
  const lines = [`${caseLabel(current)} · ${t(`state_${current.state}`)}`];
  if (current.market) lines.push(field('caseMarket', regionName(current.market)));
  if (current.carrier) lines.push(field('caseCarrier', carrierName(current.carrier) ?? current.carrier));
  if (current.trackingNumbers.length > 0) {
    lines.push(field('caseTrackingNumbers', current.trackingNumbers.join(', ')));
  }
  if (current.problem) lines.push(t('caseProblem', { problem: t(`problem_${current.problem}`) }));
  const next = nextDate(current, today);
  if (next) lines.push(field('caseNextLabel', nextDateText(next, today)));
  for (const date of current.dates) {
    lines.push(`${date.done ? '[x]' : '[ ]'} ${dateText(date, today)}`);
  }
  if (current.log.length > 0) {
    lines.push(`${t('caseContactsHeading')}:`);
    for (const entry of current.log) lines.push(...entryLines(entry));
  }
  return lines.join('\n');
}

/** Several cases as text, one block each. */
export function casesText(cases: readonly Case[], today: string): string {
  return cases.length === 0 ? t('casesExportNone') : cases.map((c) => caseText(c, today)).join('\n\n');
}

/** "Download all" of the cases page and the options: the cases as CSV or text, in a file named for the day. */
export function casesFile(
  cases: readonly Case[],
  today: string,
  format: 'csv' | 'text',
): { content: string; fileName: string; type: string } {
  return format === 'csv'
    ? {
        content: exportCasesCsv(cases, today, currentText()),
        fileName: `cases-${today}.csv`,
        type: 'text/csv;charset=utf-8',
      }
    : { content: casesText(cases, today), fileName: `cases-${today}.txt`, type: 'text/plain;charset=utf-8' };
}
