import { tiktokChannels } from '../carriers/tiktok';
import { ENGLISH } from '../i18n/catalog';
import type { AdviceKey } from '../i18n/messages/en/advice';
import type { OrderDates, ShippingMode } from '../order';
import { toMarket } from '../regions';
import { isIsoDate } from './dates';
import { playbook } from './playbooks';
import { ruleById, type RuleId } from './rules';
import { type Ctx, finishSteps } from './steps';
import { type AdviceContext, type AdviceStep, type AdviseInput, PROBLEMS } from './types';

/**
 * Escalation advice: `advise()` gives the ordered steps for a problem, role, market and shipping mode, with the
 * deadlines TikTok Shop's rules give for this order; `adviceContext()` says plainly what is unknown. Both write in
 * `input.text`'s language (English by default); the messages to copy in `input.messageText`'s.
 */

export * from './types';
export { composeMessage, cleanText, type MessageKind, type MessageFields, PLACEHOLDERS } from './templates';
export * from './case-log';
export { formatDate, deadlineStatus } from './dates';
export { isStepTitleKey } from './titles';
export { DEADLINE_RULES, type DeadlineRule } from './rules';
export { NO_SCAN_DAYS, type ProblemSignal, commonProblems, likelyProblem } from './likely';

const MODES: readonly ShippingMode[] = ['platform', 'seller', 'fulfilled-by-tiktok'];
const DATE_KEYS = ['ordered', 'shipped', 'estimatedDelivery', 'delivered', 'lastUpdate'] as const;

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Page data is untrusted: keep only what has the right shape. */
function toContext(input: AdviseInput): Ctx | undefined {
  if (!PROBLEMS.includes(input.problem)) return undefined;
  const role = input.role === 'seller' ? 'seller' : 'buyer';
  const market = toMarket(input.region);
  const dates: OrderDates = {};
  for (const key of DATE_KEYS) {
    const value = input.dates?.[key];
    if (isIsoDate(value)) dates[key] = value;
  }
  const text = input.text ?? ENGLISH;
  const ctx: Ctx = {
    problem: input.problem,
    role,
    dates,
    // An invalid `today` should not happen; falling back to the clock keeps the advice usable.
    today: isIsoDate(input.today) ? input.today : todayUtc(),
    channels: tiktokChannels(market, role, text),
    text,
    messageText: input.messageText ?? text,
  };
  if (market) ctx.market = market;
  if (input.shippingMode && MODES.includes(input.shippingMode)) ctx.mode = input.shippingMode;
  if (typeof input.carrier === 'string' && /^[a-z0-9-]{1,40}$/.test(input.carrier)) ctx.carrier = input.carrier;
  if (typeof input.carrierName === 'string') ctx.carrierName = input.carrierName;
  if (typeof input.orderId === 'string') ctx.orderId = input.orderId;
  if (typeof input.trackingNumber === 'string') ctx.trackingNumber = input.trackingNumber;
  return ctx;
}

/** The ordered steps for this problem; empty only for a problem id that is not one of PROBLEMS. */
export function advise(input: AdviseInput): AdviceStep[] {
  const ctx = toContext(input);
  if (!ctx) return [];
  return finishSteps(playbook(ctx), ctx.today);
}

/**
 * What the advice could not take into account, in plain words, and the market's policy page.
 * Pass the steps when you have them already (`advise(input)`), so they are not worked out twice.
 */
export function adviceContext(input: AdviseInput, steps: readonly AdviceStep[] = advise(input)): AdviceContext {
  const ctx = toContext(input);
  if (!ctx) return { unknowns: [(input.text ?? ENGLISH).t('advice.unknown.problem')] };
  const { text } = ctx;
  const unknowns: string[] = [];
  if (ctx.market === undefined) {
    unknowns.push(
      text.t(
        typeof input.region === 'string' && input.region.trim() !== ''
          ? 'advice.unknown.countryRules'
          : 'advice.unknown.market',
      ),
    );
  }
  if (ctx.carrier === undefined) unknowns.push(text.t('advice.unknown.carrier'));
  if (ctx.mode === undefined) unknowns.push(text.t('advice.unknown.mode'));
  const missing = new Set<AdviceKey>();
  for (const step of steps) {
    if (!step.ruleId || step.deadline !== undefined || step.notBefore !== undefined) continue;
    const rule = ruleById(step.ruleId as RuleId);
    missing.add(rule.anchorLabel);
  }
  for (const anchor of missing) unknowns.push(text.t('advice.unknown.anchorDate', { anchor: text.t(anchor) }));
  if (Object.keys(ctx.dates).length === 0 && missing.size === 0) unknowns.push(text.t('advice.unknown.dates'));
  const result: AdviceContext = { unknowns };
  const policy = ctx.channels.policy;
  if (policy && policy.url.startsWith('https://')) {
    result.policy = { url: policy.url, title: policy.label, checked: policy.checked };
  }
  return result;
}
