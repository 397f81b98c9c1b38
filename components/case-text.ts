import type { CaseLogEntry } from '../lib/advice/case-log';
import { exportCasesCsv } from '../lib/cases/export';
import { type NextDate, nextDate } from '../lib/cases/next-date';
import type { Case, CaseDate } from '../lib/cases/types';
import { MARKETS } from '../lib/regions';
import { carrierName } from './carrier-names';
import { formatDay, relativeDays } from './format';
import { t, tMaybe } from './strings';

/** Words for cases, shared by the popup's summary, the cases page, the exports and the background's notification. */

/** "Order 5772…" or "Tracking number 1Z…": how a case is named. */
export function caseLabel(current: Pick<Case, 'key' | 'orderId'>): string {
  return current.orderId ? t('caseOrder', current.orderId) : t('caseTracking', current.key);
}

/** "Request a refund: by 6 Dec" / "Message the seller: follow up on 14 Nov". */
export function dateText(date: CaseDate, today: string): string {
  const day = formatDay(date.date, today);
  return date.kind === 'deadline' ? t('caseNextDeadline', date.title, day) : t('caseNextFollowUp', date.title, day);
}

/** The next date with its distance in words: "Request a refund: by 6 Dec · in 16 days". */
export function nextDateText(next: NextDate, today: string): string {
  return `${dateText(next.date, today)} · ${relativeDays(next.daysLeft)}`;
}

function entryLines(entry: CaseLogEntry): string[] {
  const lines = [`- ${entry.at} · ${tMaybe(`contact_${entry.channel}`) ?? entry.channel}`];
  if (entry.reference) lines.push(`  ${t('logReference')}: ${entry.reference}`);
  if (entry.note) lines.push(...entry.note.split('\n').map((line) => `  ${line}`));
  return lines;
}

/** One case as readable text: to keep, or to paste into a ticket or a claim. */
export function caseText(current: Case, today: string): string {
  const lines = [`${caseLabel(current)} · ${t(`state_${current.state}`)}`];
  if (current.market) lines.push(`${t('caseMarket')}: ${MARKETS[current.market]}`);
  if (current.carrier) lines.push(`${t('caseCarrier')}: ${carrierName(current.carrier) ?? current.carrier}`);
  if (current.trackingNumbers.length > 0) {
    lines.push(`${t('caseTrackingNumbers')}: ${current.trackingNumbers.join(', ')}`);
  }
  if (current.problem) lines.push(t('caseProblem', t(`problem_${current.problem}`)));
  const next = nextDate(current, today);
  if (next) lines.push(`${t('caseNextLabel')}: ${nextDateText(next, today)}`);
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
    ? { content: exportCasesCsv(cases, today), fileName: `cases-${today}.csv`, type: 'text/csv;charset=utf-8' }
    : { content: casesText(cases, today), fileName: `cases-${today}.txt`, type: 'text/plain;charset=utf-8' };
}
