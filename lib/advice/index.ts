import { tiktokChannels } from '../carriers/tiktok';
import type { OrderDates, ShippingMode } from '../order';
import { toMarket } from '../regions';
import { isIsoDate } from './dates';
import { playbook } from './playbooks';
import { ruleById, type RuleId } from './rules';
import { type Ctx, finishSteps } from './steps';
import { type AdviceContext, type AdviceStep, type AdviseInput, PROBLEMS } from './types';

/**
 * Escalation advice: `advise()` gives the ordered steps for a problem, role, market and shipping mode, with the
 * deadlines TikTok Shop's rules give for this order; `adviceContext()` says plainly what is unknown.
 */

export * from './types';
export { composeMessage, cleanText, type MessageKind, type MessageFields, PLACEHOLDERS } from './templates';
export * from './case-log';
export { formatDate, deadlineStatus } from './dates';
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
  const ctx: Ctx = {
    problem: input.problem,
    role,
    dates,
    // An invalid `today` should not happen; falling back to the clock keeps the advice usable.
    today: isIsoDate(input.today) ? input.today : todayUtc(),
    channels: tiktokChannels(market, role),
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

const MODE_NAMES: Record<ShippingMode, string> = {
  platform: 'TikTok Shipping',
  seller: 'Seller Shipping',
  'fulfilled-by-tiktok': 'Fulfilled by TikTok',
};

/**
 * What the advice could not take into account, in plain words, and the market's policy page.
 * Pass the steps when you have them already (`advise(input)`), so they are not worked out twice.
 */
export function adviceContext(input: AdviseInput, steps: readonly AdviceStep[] = advise(input)): AdviceContext {
  const ctx = toContext(input);
  const unknowns: string[] = [];
  if (!ctx) return { unknowns: ['This problem type is not known, so no advice can be given.'] };
  if (ctx.market === undefined) {
    unknowns.push(
      typeof input.region === 'string' && input.region.trim() !== ''
        ? 'TikTok Shop rules for this country are not in Carrier Finder, so the steps are general and no market deadlines are shown.'
        : 'Your TikTok Shop market is unknown, so market deadlines (for example 30 days after delivery in the US, 15 in Vietnam, 6 in Indonesia) are left out. Choose your country in the options.',
    );
  }
  if (ctx.carrier === undefined) {
    unknowns.push(
      'The carrier is unknown, so the tracking and carrier-contact buttons cannot open its own pages. Check the carrier name on the order page.',
    );
  }
  if (ctx.mode === undefined) {
    unknowns.push(
      `The shipping mode is unknown (${Object.values(MODE_NAMES).join(', ')}). Who handles carrier claims depends on it, so such steps say which case they apply to.`,
    );
  }
  const missing = new Set<string>();
  for (const step of steps) {
    if (!step.ruleId || step.deadline !== undefined || step.notBefore !== undefined) continue;
    const rule = ruleById(step.ruleId as RuleId);
    missing.add(rule.anchorLabel);
  }
  for (const label of missing) {
    unknowns.push(
      `The order page did not show the date of ${label}, so the deadline counted from it could not be worked out.`,
    );
  }
  if (Object.keys(ctx.dates).length === 0 && missing.size === 0) {
    unknowns.push('No order dates were found on the page, so no step has a date.');
  }
  const result: AdviceContext = { unknowns };
  const policy = ctx.channels.policy;
  if (policy && policy.url.startsWith('https://')) {
    result.policy = { url: policy.url, title: policy.label, checked: policy.checked };
  }
  return result;
}
