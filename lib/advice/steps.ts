import type { ChannelContact, TikTokChannels } from '../carriers/types';
import type { Market } from '../regions';
import type { OrderDates, Role, ShippingMode } from '../order';
import { addDays, deadlineStatus, maxDate, minDate } from './dates';
import { type ResolvedRule, resolveRule } from './deadlines';
import type { RuleId } from './rules';
import { IN_APP_PATHS, SOURCES } from './sources';
import { composeMessage, type MessageKind } from './templates';
import type { AdviceAction, AdviceStep, Evidence, Party, Problem, RuleSource } from './types';

/**
 * Building blocks the playbooks assemble: the common contacts (seller, buyer, TikTok, carrier), each with its
 * channel actions, a filled message and a follow-up, plus the plumbing that turns rules into dates.
 */

/** Everything a playbook needs, already cleaned: dates are valid ISO dates, the market is known or undefined. */
export interface Ctx {
  problem: Problem;
  role: Role;
  market?: Market;
  mode?: ShippingMode;
  carrier?: string;
  carrierName?: string;
  orderId?: string;
  trackingNumber?: string;
  dates: OrderDates;
  today: string;
  channels: TikTokChannels;
}

/** A step before its deadline status and follow-up date are worked out (see `finishSteps`). */
export type Draft = Omit<AdviceStep, 'deadlineStatus' | 'followUp'> & {
  /** Days after the step becomes worth doing to check back ("be persistent"). */
  followUpDays?: number;
};

/** Follow-up intervals: sellers and buyers answer within a day or two; platforms and carriers take longer. */
export const FOLLOW_UP_DAYS: Record<Party, number> = {
  seller: 2,
  buyer: 2,
  tiktok: 3,
  carrier: 3,
  'card-issuer': 7,
  self: 2,
};

export const SEA: readonly string[] = ['ID', 'MY', 'TH', 'VN', 'PH', 'SG'];
export const EU: readonly string[] = ['IE', 'ES', 'DE', 'FR', 'IT'];

export function isSea(ctx: Ctx): boolean {
  return ctx.market !== undefined && SEA.includes(ctx.market);
}

export function reason(text: string): { reason: string } {
  return { reason: text };
}

export function rule(ctx: Ctx, id: RuleId): ResolvedRule | undefined {
  return resolveRule(id, { region: ctx.market, role: ctx.role, dates: ctx.dates, today: ctx.today });
}

/** Resolves a rule as if the user had the other role (e.g. telling a buyer about a seller-side rule). */
export function ruleFor(ctx: Ctx, id: RuleId, role: Role): ResolvedRule | undefined {
  return resolveRule(id, { region: ctx.market, role, dates: ctx.dates, today: ctx.today });
}

/** Copies a resolved rule's date, source and caveats onto a step. */
export function withRule(draft: Draft, resolved: ResolvedRule | undefined, as: 'deadline' | 'notBefore'): Draft {
  if (!resolved) return draft;
  const step: Draft = { ...draft, source: resolved.rule.source, ruleId: resolved.rule.id };
  if (resolved.date !== undefined) step[as] = resolved.date;
  const notes = [draft.note, resolved.note].filter((n): n is string => Boolean(n));
  if (notes.length > 0) step.note = notes.join(' ');
  if (resolved.uncertain) {
    step.uncertain = true;
    // Said in the text too, not only in a field the UI might not show.
    step.detail = `${step.detail} Not certain: ${resolved.note ?? 'the rule behind this date is not fully confirmed.'}`;
  }
  return step;
}

function message(ctx: Ctx, kind: MessageKind): string {
  return composeMessage(kind, {
    problem: ctx.problem,
    role: ctx.role,
    orderId: ctx.orderId,
    trackingNumber: ctx.trackingNumber,
    carrierName: ctx.carrierName,
    dates: ctx.dates,
  });
}

export function copy(ctx: Ctx, kind: MessageKind, label: string): AdviceAction {
  return { kind: 'copy-message', label, text: message(ctx, kind) };
}

/** An official page as an `open` action; https only, and flagged when the directory could not confirm the address. */
export function openPage(page: ChannelContact | undefined): AdviceAction[] {
  if (!page || !page.url.startsWith('https://')) return [];
  return [{ kind: 'open', url: page.url, label: page.verified ? page.label : `${page.label} (address not confirmed)` }];
}

export function openSource(source: RuleSource, label: string): AdviceAction {
  return { kind: 'open', url: source.url, label };
}

function channelSource(ctx: Ctx): RuleSource | undefined {
  const sourced = ctx.channels.inAppSource;
  if (!sourced || !sourced.source.startsWith('https://')) return undefined;
  return { url: sourced.source, title: 'TikTok Shop help: how to reach support', checked: sourced.checked };
}

/** The evidence worth having ready for this problem. */
export function evidenceFor(problem: Problem, role: Role): Evidence[] {
  const base: Evidence[] = ['order-id', 'tracking-number'];
  switch (problem) {
    case 'not-received':
      return [...base, 'delivery-photo', 'proof-of-address'];
    case 'damaged':
      return [...base, 'photos', 'unboxing-video', 'label'];
    case 'wrong-address':
      return [...base, 'proof-of-address'];
    case 'customs':
      return [...base, 'customs-documents', 'receipt'];
    case 'lost':
      return role === 'seller' ? [...base, 'label', 'receipt'] : [...base, 'receipt'];
    case 'awaiting-shipment':
      return ['order-id', 'receipt'];
    default:
      return base;
  }
}

// --- Common steps ------------------------------------------------------------------------------------------------

export function trackStep(ctx: Ctx, detail?: string): Draft {
  const seaSeller = ctx.role === 'seller' && isSea(ctx);
  return {
    id: 'track',
    title: "Check the tracking on the carrier's own site",
    detail:
      detail ??
      "The carrier's page often shows scans, delivery notes or exceptions that the order page has not picked up yet.",
    who: 'self',
    when: 'Now',
    have: ['tracking-number'],
    actions: [{ kind: 'track', ...(ctx.carrier ? { carrier: ctx.carrier } : {}) }],
    source: seaSeller
      ? SOURCES.seaStuckStatus
      : reason("The carrier's own tracking is the first-hand record every later contact will ask about."),
  };
}

export function recordStep(ctx: Ctx): Draft {
  return {
    id: 'keep-records',
    title: 'Keep a record of every contact',
    detail:
      'Log each chat, call, ticket and claim with its date and reference number in the case log, and keep screenshots of the tracking and the order page.',
    who: 'self',
    when: 'Every time you contact someone',
    have: evidenceFor(ctx.problem, ctx.role),
    actions: [],
    source: reason(
      'Refunds, claims and disputes are decided on the evidence submitted; a dated record of each contact is that evidence.',
    ),
  };
}

export function messageSellerStep(
  ctx: Ctx,
  options: { detail?: string; when?: string; notBefore?: string } = {},
): Draft {
  const us = ctx.market === 'US';
  const actions: AdviceAction[] = [];
  if (us) actions.push({ kind: 'in-app', path: [...IN_APP_PATHS.usMessageSeller] });
  actions.push(copy(ctx, 'seller-message', 'Copy a message to the seller'));
  const draft: Draft = {
    id: 'message-seller',
    title: 'Message the seller',
    detail:
      options.detail ??
      'The seller booked the carrier and can check with it, reship or refund. Message them from the order in the TikTok app so the chat is on record.',
    who: 'seller',
    when: options.when ?? 'Now',
    have: evidenceFor(ctx.problem, ctx.role),
    actions,
    followUpDays: FOLLOW_UP_DAYS.seller,
    source: us
      ? SOURCES.usContactSellerThenSupport
      : reason(
          'The seller chose the carrier and holds the shipment details; a message in the order chat is on record.',
        ),
  };
  if (options.notBefore) draft.notBefore = options.notBefore;
  return draft;
}

export function contactTikTokStep(ctx: Ctx, options: { detail?: string; when?: string; title?: string } = {}): Draft {
  const actions: AdviceAction[] = [];
  if (ctx.channels.inAppPath && ctx.channels.inAppPath.length > 0) {
    actions.push({ kind: 'in-app', path: [...ctx.channels.inAppPath] });
  }
  actions.push(...openPage(ctx.channels.policy));
  actions.push(copy(ctx, 'tiktok-chat', 'Copy a message for TikTok Shop support'));
  const source = channelSource(ctx);
  return {
    id: 'contact-tiktok',
    title: options.title ?? 'Contact TikTok Shop customer service',
    detail:
      (options.detail ?? 'If the seller cannot help or does not answer, open a case with TikTok Shop in the app.') +
      ' TikTok support never asks for card details, passwords or one-time codes by phone, email or chat.',
    who: 'tiktok',
    when: options.when ?? 'If the seller has not solved it within 2 days',
    have: evidenceFor(ctx.problem, ctx.role),
    actions,
    followUpDays: FOLLOW_UP_DAYS.tiktok,
    source: source ?? reason('TikTok Shop handles refunds and disputes between buyers and sellers inside the app.'),
  };
}

/** A seller's ticket or chat with TikTok seller support, with the market's Seller Center help and ticket pages. */
export function sellerSupportStep(
  ctx: Ctx,
  options: { id: string; title: string; detail: string; when?: string; source: Draft['source']; category?: string[] },
): Draft {
  const actions: AdviceAction[] = [];
  const path = options.category ?? ctx.channels.inAppPath;
  if (path && path.length > 0) actions.push({ kind: 'in-app', path: [...path] });
  actions.push(...openPage(ctx.channels.ticket), ...openPage(ctx.channels.help));
  actions.push(copy(ctx, 'tiktok-ticket', 'Copy the ticket text'));
  return {
    id: options.id,
    title: options.title,
    detail: options.detail,
    who: 'tiktok',
    when: options.when ?? 'Now',
    have: evidenceFor(ctx.problem, ctx.role),
    actions,
    followUpDays: FOLLOW_UP_DAYS.tiktok,
    source: options.source,
  };
}

export function messageBuyerStep(ctx: Ctx, detail?: string): Draft {
  return {
    id: 'message-buyer',
    title: 'Tell the buyer what is happening',
    detail:
      detail ??
      'A short message now lets the buyer check their side and shows you are on it before they open a dispute.',
    who: 'buyer',
    when: 'Now',
    // Before shipping there is no tracking number to have ready.
    have: ctx.problem === 'awaiting-shipment' ? ['order-id'] : ['order-id', 'tracking-number'],
    actions: [copy(ctx, 'buyer-message', 'Copy a message to the buyer')],
    followUpDays: FOLLOW_UP_DAYS.buyer,
    source:
      ctx.market === 'VN'
        ? SOURCES.vnReturns
        : reason('Keeping the buyer informed lets them check their side (address, neighbours, pickup notices).'),
  };
}

export function carrierStep(
  ctx: Ctx,
  options: { id?: string; title: string; detail: string; when?: string; claims?: boolean; source: Draft['source'] },
): Draft {
  return {
    id: options.id ?? (options.claims ? 'carrier-claim' : 'contact-carrier'),
    title: options.title,
    detail: options.detail,
    who: 'carrier',
    when: options.when ?? 'Now',
    have: evidenceFor(ctx.problem, ctx.role),
    actions: [
      {
        kind: 'contact-carrier',
        ...(ctx.carrier ? { carrier: ctx.carrier } : {}),
        ...(options.claims ? { claims: true } : {}),
      },
      copy(ctx, 'carrier-call-notes', 'Copy call notes'),
      copy(ctx, 'carrier-email', 'Copy an email to the carrier'),
    ],
    followUpDays: FOLLOW_UP_DAYS.carrier,
    source: options.source,
  };
}

// --- Finishing ----------------------------------------------------------------------------------------------------

/** Adds deadline status and a follow-up date to every step ("be persistent"), and makes ids unique. */
export function finishSteps(drafts: Draft[], today: string): AdviceStep[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const { followUpDays, ...step } = draft;
    const count = (seen.get(step.id) ?? 0) + 1;
    seen.set(step.id, count);
    const out: AdviceStep = { ...step, id: count === 1 ? step.id : `${step.id}-${count}` };
    if (out.deadline !== undefined) out.deadlineStatus = deadlineStatus(out.deadline, today);
    {
      const start = maxDate(today, out.notBefore) ?? today;
      let followUp = addDays(start, followUpDays ?? FOLLOW_UP_DAYS[out.who]);
      // Following up after an open deadline is too late: check back on the deadline day at the latest.
      if (out.deadline !== undefined && out.deadline >= start) followUp = minDate(followUp, out.deadline) ?? followUp;
      out.followUp = followUp;
    }
    return out;
  });
}

const CONDITIONS: Record<Role, Record<ShippingMode, string>> = {
  seller: {
    platform: 'If TikTok arranged the shipping (TikTok Shipping / Shipped via Platform)',
    seller: 'If you shipped with your own carrier (Seller Shipping / Shipped by Seller)',
    'fulfilled-by-tiktok': 'If the order is Fulfilled by TikTok',
  },
  buyer: {
    platform: 'If TikTok arranged the shipping',
    seller: 'If the seller shipped with their own carrier',
    'fulfilled-by-tiktok': 'If the order is Fulfilled by TikTok',
  },
};

const MODE_KEYS: Record<ShippingMode, string> = {
  platform: 'platform',
  seller: 'seller-shipping',
  'fulfilled-by-tiktok': 'fbt',
};

/**
 * Steps for one shipping mode. With a known mode they apply as they are; with an unknown mode they carry the
 * condition ("If TikTok arranged the shipping...") and an id suffix so each branch stays distinct.
 */
export function forMode(ctx: Ctx, mode: ShippingMode, drafts: Draft[]): Draft[] {
  if (ctx.mode !== undefined) return ctx.mode === mode ? drafts : [];
  return drafts.map((d) => ({ ...d, appliesIf: CONDITIONS[ctx.role][mode], id: `${d.id}-${MODE_KEYS[mode]}` }));
}
