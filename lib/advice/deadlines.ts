import type { OrderDates, Role } from '../order';
import { addBusinessDays, addDays, deadlineStatus, formatDate } from './dates';
import { type DeadlineRule, type RuleId, ruleById } from './rules';

/** A rule applied to one order: the concrete date when the order's dates allow it. */
export interface ResolvedRule {
  rule: DeadlineRule;
  /** The computed date (deadline or start), when the anchor date is known. */
  date?: string;
  /** The order date it was counted from. */
  anchorDate?: string;
  status?: 'passed' | 'due-soon' | 'open';
  /** True when the rule is uncertain or applied to a market its source does not name. */
  uncertain: boolean;
  note?: string;
}

/** `stated` when the source names the market, `assumed` when we extend it, undefined when it does not apply. */
export function ruleScope(
  rule: DeadlineRule,
  region: string | undefined,
  role: Role,
): 'stated' | 'assumed' | undefined {
  if (region === undefined || rule.role !== role) return undefined;
  if (rule.regions.includes(region)) return 'stated';
  if (rule.assumedRegions?.includes(region)) return 'assumed';
  return undefined;
}

/** The date a rule gives for these order dates, or undefined when its anchor date is unknown. */
export function ruleDate(rule: DeadlineRule, dates: OrderDates): string | undefined {
  const anchor = dates[rule.anchor];
  if (anchor === undefined) return undefined;
  if (rule.unit === 'business') return addBusinessDays(anchor, rule.days);
  return addDays(anchor, rule.counting === 'inclusive' ? rule.days - 1 : rule.days);
}

/** Resolves a rule for an order; undefined when the rule does not apply to this market and role. */
export function resolveRule(
  id: RuleId,
  context: { region?: string; role: Role; dates: OrderDates; today: string },
): ResolvedRule | undefined {
  const rule = ruleById(id);
  const scope = ruleScope(rule, context.region, context.role);
  if (!scope) return undefined;
  const date = ruleDate(rule, context.dates);
  const notes: string[] = [];
  if (scope === 'assumed') {
    notes.push(`The source states this for ${rule.regions.join(' and ')}; we assume it holds in ${context.region}.`);
  }
  if (rule.note) notes.push(rule.note);
  const resolved: ResolvedRule = { rule, uncertain: scope === 'assumed' || rule.uncertain === true };
  if (notes.length > 0) resolved.note = notes.join(' ');
  if (date !== undefined) {
    resolved.date = date;
    resolved.anchorDate = context.dates[rule.anchor];
    if (rule.kind === 'deadline') resolved.status = deadlineStatus(date, context.today);
  }
  return resolved;
}

function span(rule: DeadlineRule): string {
  return `${rule.days} ${rule.unit === 'business' ? 'business' : 'calendar'} days`;
}

/**
 * One plain sentence about a deadline rule for this order: "Do it by 29 Dec (30 calendar days after ...)", or that
 * it has passed, or how it is counted when the anchor date is unknown.
 */
export function deadlineSentence(resolved: ResolvedRule, today: string, action: string): string {
  const { rule, date, anchorDate, status } = resolved;
  if (date === undefined || anchorDate === undefined) {
    return `${action} within ${span(rule)} of ${rule.anchorLabel}; the order page did not show that date, so check it in the order.`;
  }
  const from = `${span(rule)} after ${rule.anchorLabel} on ${formatDate(anchorDate, today)}`;
  if (status === 'passed') {
    return `The window to ${action.toLowerCase()} ended on ${formatDate(date, today)} (${from}). Ask anyway: explain the delay and keep a record.`;
  }
  const soon = status === 'due-soon' ? ' That is very soon: do it now.' : '';
  return `${action} by ${formatDate(date, today)} (${from}).${soon}`;
}

/** Sentence for a rule that starts to apply on a date ("from 9 Dec, TikTok treats the parcel as lost"). */
export function startSentence(resolved: ResolvedRule, today: string, what: string): string {
  const { rule, date, anchorDate } = resolved;
  if (date === undefined || anchorDate === undefined) {
    return `${what} after ${span(rule)} counted from ${rule.anchorLabel}.`;
  }
  return `${what} from ${formatDate(date, today)} (${span(rule)} after ${rule.anchorLabel} on ${formatDate(anchorDate, today)}).`;
}
