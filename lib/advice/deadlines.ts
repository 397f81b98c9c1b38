import { ENGLISH, type Text } from '../i18n/catalog';
import type { AdviceKey } from '../i18n/messages/en/advice';
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
  /** The rule's caveats, in the reader's language, as one text. */
  note?: string;
  /** The same caveats one by one, so that a step drawing on two rules can say a caveat they share once. */
  caveats?: readonly string[];
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

/** Two sentences as one text, as the language puts sentences side by side. */
export function sentences(text: Text, first: string, ...rest: string[]): string {
  return rest.reduce((all, next) => (next ? text.t('advice.join', { first: all, second: next }) : all), first);
}

/** Resolves a rule for an order; undefined when the rule does not apply to this market and role. */
export function resolveRule(
  id: RuleId,
  context: { region?: string; role: Role; dates: OrderDates; today: string; text?: Text },
): ResolvedRule | undefined {
  const rule = ruleById(id);
  const scope = ruleScope(rule, context.region, context.role);
  if (!scope) return undefined;
  const text = context.text ?? ENGLISH;
  const date = ruleDate(rule, context.dates);
  const notes: string[] = [];
  if (scope === 'assumed') {
    notes.push(text.t('advice.rule.assumed', { regions: text.list(rule.regions), region: context.region ?? '' }));
  }
  if (rule.note) notes.push(text.t(rule.note));
  const resolved: ResolvedRule = { rule, uncertain: scope === 'assumed' || rule.uncertain === true };
  if (notes.length > 0) {
    resolved.note = sentences(text, ...(notes as [string, ...string[]]));
    resolved.caveats = notes;
  }
  if (date !== undefined) {
    resolved.date = date;
    resolved.anchorDate = context.dates[rule.anchor];
    if (rule.kind === 'deadline') resolved.status = deadlineStatus(date, context.today);
  }
  return resolved;
}

/** "30 calendar days", "7 business days", as the language counts them. */
function span(rule: DeadlineRule, text: Text): string {
  return text.t(rule.unit === 'business' ? 'advice.span.business' : 'advice.span.calendar', { count: rule.days });
}

/** What a deadline sentence asks the reader to do by the date: each has its own whole sentences. */
export type DeadlineAction = 'request' | 'claim' | 'edit' | 'submitTicket' | 'file' | 'submitClaim';

const DEADLINE_SENTENCES: Record<DeadlineAction, { by: AdviceKey; within: AdviceKey; passed: AdviceKey }> = {
  request: {
    by: 'advice.deadline.request.by',
    within: 'advice.deadline.request.within',
    passed: 'advice.deadline.request.passed',
  },
  claim: {
    by: 'advice.deadline.claim.by',
    within: 'advice.deadline.claim.within',
    passed: 'advice.deadline.claim.passed',
  },
  edit: { by: 'advice.deadline.edit.by', within: 'advice.deadline.edit.within', passed: 'advice.deadline.edit.passed' },
  submitTicket: {
    by: 'advice.deadline.submitTicket.by',
    within: 'advice.deadline.submitTicket.within',
    passed: 'advice.deadline.submitTicket.passed',
  },
  file: { by: 'advice.deadline.file.by', within: 'advice.deadline.file.within', passed: 'advice.deadline.file.passed' },
  submitClaim: {
    by: 'advice.deadline.submitClaim.by',
    within: 'advice.deadline.submitClaim.within',
    passed: 'advice.deadline.submitClaim.passed',
  },
};

/**
 * One plain sentence about a deadline rule for this order: "Request it by Dec 29 (30 calendar days after ...)", or
 * that it has passed, or how it is counted when the anchor date is unknown.
 */
export function deadlineSentence(
  resolved: ResolvedRule,
  today: string,
  action: DeadlineAction,
  text: Text = ENGLISH,
): string {
  const { rule, date, anchorDate, status } = resolved;
  const keys = DEADLINE_SENTENCES[action];
  const anchor = text.t(rule.anchorLabel);
  if (date === undefined || anchorDate === undefined) return text.t(keys.within, { span: span(rule, text), anchor });
  const values = {
    date: formatDate(date, today, text),
    span: span(rule, text),
    anchor,
    anchorDate: formatDate(anchorDate, today, text),
  };
  if (status === 'passed') return sentences(text, text.t(keys.passed, values), text.t('advice.deadline.askAnyway'));
  const sentence = text.t(keys.by, values);
  return status === 'due-soon' ? sentences(text, sentence, text.t('advice.deadline.soon')) : sentence;
}

/** What starts on a rule's date, as whole sentences: a ticket once the status has not moved, or once no compensation came. */
export type StartAction = 'unmoved' | 'noCompensation';

const START_SENTENCES: Record<StartAction, { from: AdviceKey; after: AdviceKey }> = {
  unmoved: { from: 'advice.start.unmoved.from', after: 'advice.start.unmoved.after' },
  noCompensation: { from: 'advice.start.noCompensation.from', after: 'advice.start.noCompensation.after' },
};

/** Sentence for a rule that starts to apply on a date ("If the status still has not moved, open the ticket from ..."). */
export function startSentence(resolved: ResolvedRule, today: string, what: StartAction, text: Text = ENGLISH): string {
  const { rule, date, anchorDate } = resolved;
  const keys = START_SENTENCES[what];
  const anchor = text.t(rule.anchorLabel);
  if (date === undefined || anchorDate === undefined) return text.t(keys.after, { span: span(rule, text), anchor });
  return text.t(keys.from, {
    date: formatDate(date, today, text),
    span: span(rule, text),
    anchor,
    anchorDate: formatDate(anchorDate, today, text),
  });
}
