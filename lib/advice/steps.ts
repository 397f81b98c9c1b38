import type { ChannelContact, TikTokChannels } from '../carriers/types';
import type { Text } from '../i18n/catalog';
import type { AdviceKey } from '../i18n/messages/en/advice';
import type { MessageValues } from '../i18n/translator';
import type { Market } from '../regions';
import type { OrderDates, Role, ShippingMode } from '../order';
import { addDays, deadlineStatus, maxDate, minDate } from './dates';
import { type ResolvedRule, resolveRule, sentences } from './deadlines';
import type { RuleId } from './rules';
import { IN_APP_PATHS, SOURCES } from './sources';
import { composeMessage, type MessageKind } from './templates';
import type { AdviceAction, AdviceStep, Evidence, Party, Problem, RuleSource, SourceRef } from './types';

/**
 * Building blocks the playbooks assemble: the common contacts (seller, buyer, TikTok, carrier), each with its
 * channel actions, a filled message and a follow-up, plus the plumbing that turns rules into dates. Every word comes
 * from the catalog through `ctx.text` (the messages to copy through `ctx.messageText`).
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
  /** TikTok's channels for the market and role, already in `text`'s language. */
  channels: TikTokChannels;
  /** The language of the advice. */
  text: Text;
  /** The language of the messages to copy. */
  messageText: Text;
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

/** One message of the advice in the reader's language. */
export function say(ctx: Ctx, key: AdviceKey, values?: MessageValues): string {
  return ctx.text.t(key, values);
}

/** Sentences side by side, as the reader's language writes them. */
export function join(ctx: Ctx, first: string, ...rest: string[]): string {
  return sentences(ctx.text, first, ...rest);
}

/** A step's title: the message (kept by cases) and its text. */
export function titled(ctx: Ctx, key: AdviceKey): Pick<AdviceStep, 'title' | 'titleKey'> {
  return { title: say(ctx, key), titleKey: key };
}

/** Why a step is sound when no official page states it. */
export function reason(ctx: Ctx, key: AdviceKey): { reason: string } {
  return { reason: say(ctx, key) };
}

/** A source with its title in the reader's language. */
export function source(ctx: Ctx, ref: SourceRef): RuleSource {
  return { url: ref.url, title: say(ctx, ref.title), checked: ref.checked };
}

/** An in-app path, each step as the reader's language names the app's label. */
export function path(ctx: Ctx, keys: readonly AdviceKey[]): string[] {
  return keys.map((key) => say(ctx, key));
}

export function rule(ctx: Ctx, id: RuleId): ResolvedRule | undefined {
  return ruleFor(ctx, id, ctx.role);
}

/** Resolves a rule as if the user had the other role (e.g. telling a buyer about a seller-side rule). */
export function ruleFor(ctx: Ctx, id: RuleId, role: Role): ResolvedRule | undefined {
  return resolveRule(id, { region: ctx.market, role, dates: ctx.dates, today: ctx.today, text: ctx.text });
}

/** Copies a resolved rule's date, source and caveats onto a step. */
export function withRule(
  ctx: Ctx,
  draft: Draft,
  resolved: ResolvedRule | undefined,
  as: 'deadline' | 'notBefore',
): Draft {
  if (!resolved) return draft;
  const step: Draft = { ...draft, source: source(ctx, resolved.rule.source), ruleId: resolved.rule.id };
  if (resolved.date !== undefined) step[as] = resolved.date;
  const notes = [draft.note, resolved.note].filter((n): n is string => Boolean(n));
  if (notes.length > 0) step.note = join(ctx, ...(notes as [string, ...string[]]));
  if (resolved.uncertain) {
    step.uncertain = true;
    // Said in the text too, not only in a field the UI might not show. Every uncertain rule says why (rules.test.ts).
    if (resolved.note) step.detail = join(ctx, step.detail, notCertain(ctx, resolved.note));
  }
  return step;
}

/** "Not certain: ..." with the caveat. */
export function notCertain(ctx: Ctx, note: string): string {
  return say(ctx, 'advice.notCertain', { note });
}

function message(ctx: Ctx, kind: MessageKind): string {
  return composeMessage(
    kind,
    {
      problem: ctx.problem,
      role: ctx.role,
      orderId: ctx.orderId,
      trackingNumber: ctx.trackingNumber,
      carrierName: ctx.carrierName,
      dates: ctx.dates,
    },
    ctx.messageText,
  );
}

/** A ready-to-copy message: its button in the reader's language, its text in the language they write in. */
export function copy(ctx: Ctx, kind: MessageKind, label: AdviceKey): AdviceAction {
  return { kind: 'copy-message', label: say(ctx, label), text: message(ctx, kind) };
}

/** An official page as an `open` action; https only, and flagged when the directory could not confirm the address. */
export function openPage(ctx: Ctx, page: ChannelContact | undefined): AdviceAction[] {
  if (!page || !page.url.startsWith('https://')) return [];
  const label = page.verified ? page.label : say(ctx, 'advice.open.addressNotConfirmed', { label: page.label });
  return [{ kind: 'open', url: page.url, label }];
}

export function openSource(ctx: Ctx, ref: SourceRef, label: AdviceKey): AdviceAction {
  return { kind: 'open', url: ref.url, label: say(ctx, label) };
}

function channelSource(ctx: Ctx): RuleSource | undefined {
  const sourced = ctx.channels.inAppSource;
  if (!sourced || !sourced.source.startsWith('https://')) return undefined;
  return { url: sourced.source, title: say(ctx, 'advice.source.tiktokReachSupport'), checked: sourced.checked };
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

export function trackStep(ctx: Ctx, detail?: AdviceKey): Draft {
  const seaSeller = ctx.role === 'seller' && isSea(ctx);
  return {
    id: 'track',
    ...titled(ctx, 'advice.step.track.title'),
    detail: say(ctx, detail ?? 'advice.step.track.detail'),
    who: 'self',
    when: say(ctx, 'advice.when.now'),
    have: ['tracking-number'],
    actions: [{ kind: 'track', ...(ctx.carrier ? { carrier: ctx.carrier } : {}) }],
    source: seaSeller ? source(ctx, SOURCES.seaStuckStatus) : reason(ctx, 'advice.reason.track'),
  };
}

export function recordStep(ctx: Ctx): Draft {
  return {
    id: 'keep-records',
    ...titled(ctx, 'advice.step.keepRecords.title'),
    detail: say(ctx, 'advice.step.keepRecords.detail'),
    who: 'self',
    when: say(ctx, 'advice.when.everyContact'),
    have: evidenceFor(ctx.problem, ctx.role),
    actions: [],
    source: reason(ctx, 'advice.reason.keepRecords'),
  };
}

export function messageSellerStep(
  ctx: Ctx,
  options: { detail?: AdviceKey; when?: string; notBefore?: string } = {},
): Draft {
  const us = ctx.market === 'US';
  const actions: AdviceAction[] = [];
  if (us) actions.push({ kind: 'in-app', path: path(ctx, IN_APP_PATHS.usMessageSeller) });
  actions.push(copy(ctx, 'seller-message', 'advice.copy.sellerMessage'));
  const draft: Draft = {
    id: 'message-seller',
    ...titled(ctx, 'advice.step.messageSeller.title'),
    detail: say(ctx, options.detail ?? 'advice.step.messageSeller.detail'),
    who: 'seller',
    when: options.when ?? say(ctx, 'advice.when.now'),
    have: evidenceFor(ctx.problem, ctx.role),
    actions,
    followUpDays: FOLLOW_UP_DAYS.seller,
    source: us ? source(ctx, SOURCES.usContactSellerThenSupport) : reason(ctx, 'advice.reason.messageSeller'),
  };
  if (options.notBefore) draft.notBefore = options.notBefore;
  return draft;
}

export function contactTikTokStep(ctx: Ctx, options: { detail?: AdviceKey; when?: AdviceKey } = {}): Draft {
  const actions: AdviceAction[] = [];
  if (ctx.channels.inAppPath && ctx.channels.inAppPath.length > 0) {
    actions.push({ kind: 'in-app', path: [...ctx.channels.inAppPath] });
  }
  actions.push(...openPage(ctx, ctx.channels.policy));
  actions.push(copy(ctx, 'tiktok-chat', 'advice.copy.tiktokChat'));
  const sourced = channelSource(ctx);
  return {
    id: 'contact-tiktok',
    ...titled(ctx, 'advice.step.contactTiktok.title'),
    detail: join(
      ctx,
      say(ctx, options.detail ?? 'advice.step.contactTiktok.detail'),
      say(ctx, 'advice.step.contactTiktok.scamWarning'),
    ),
    who: 'tiktok',
    when: say(ctx, options.when ?? 'advice.when.sellerNotSolved'),
    have: evidenceFor(ctx.problem, ctx.role),
    actions,
    followUpDays: FOLLOW_UP_DAYS.tiktok,
    source: sourced ?? reason(ctx, 'advice.reason.contactTiktok'),
  };
}

/** A seller's ticket or chat with TikTok seller support, with the market's Seller Center help and ticket pages. */
export function sellerSupportStep(
  ctx: Ctx,
  options: {
    id: string;
    title: AdviceKey;
    detail: string;
    when?: AdviceKey;
    source: Draft['source'];
    /** The ticket category, as Seller Center names each level. */
    category?: readonly AdviceKey[];
  },
): Draft {
  const actions: AdviceAction[] = [];
  const steps = options.category ? path(ctx, options.category) : ctx.channels.inAppPath;
  if (steps && steps.length > 0) actions.push({ kind: 'in-app', path: [...steps] });
  actions.push(...openPage(ctx, ctx.channels.ticket), ...openPage(ctx, ctx.channels.help));
  actions.push(copy(ctx, 'tiktok-ticket', 'advice.copy.ticket'));
  return {
    id: options.id,
    ...titled(ctx, options.title),
    detail: options.detail,
    who: 'tiktok',
    when: say(ctx, options.when ?? 'advice.when.now'),
    have: evidenceFor(ctx.problem, ctx.role),
    actions,
    followUpDays: FOLLOW_UP_DAYS.tiktok,
    source: options.source,
  };
}

export function messageBuyerStep(ctx: Ctx, detail?: AdviceKey): Draft {
  return {
    id: 'message-buyer',
    ...titled(ctx, 'advice.step.messageBuyer.title'),
    detail: say(ctx, detail ?? 'advice.step.messageBuyer.detail'),
    who: 'buyer',
    when: say(ctx, 'advice.when.now'),
    // Before shipping there is no tracking number to have ready.
    have: ctx.problem === 'awaiting-shipment' ? ['order-id'] : ['order-id', 'tracking-number'],
    actions: [copy(ctx, 'buyer-message', 'advice.copy.buyerMessage')],
    followUpDays: FOLLOW_UP_DAYS.buyer,
    source: ctx.market === 'VN' ? source(ctx, SOURCES.vnReturns) : reason(ctx, 'advice.reason.messageBuyer'),
  };
}

/** The carrier's contact and the two messages for it (call notes and an email). */
export function carrierActions(ctx: Ctx, claims?: boolean): AdviceAction[] {
  return [
    {
      kind: 'contact-carrier',
      ...(ctx.carrier ? { carrier: ctx.carrier } : {}),
      ...(claims ? { claims: true } : {}),
    },
    copy(ctx, 'carrier-call-notes', 'advice.copy.callNotes'),
    copy(ctx, 'carrier-email', 'advice.copy.carrierEmail'),
  ];
}

export function carrierStep(
  ctx: Ctx,
  options: {
    id?: string;
    title: AdviceKey;
    detail: AdviceKey;
    when?: AdviceKey;
    claims?: boolean;
    source: Draft['source'];
  },
): Draft {
  return {
    id: options.id ?? (options.claims ? 'carrier-claim' : 'contact-carrier'),
    ...titled(ctx, options.title),
    detail: say(ctx, options.detail),
    who: 'carrier',
    when: say(ctx, options.when ?? 'advice.when.now'),
    have: evidenceFor(ctx.problem, ctx.role),
    actions: carrierActions(ctx, options.claims),
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

const CONDITIONS: Record<Role, Record<ShippingMode, AdviceKey>> = {
  seller: {
    platform: 'advice.appliesIf.seller.platform',
    seller: 'advice.appliesIf.seller.sellerShipping',
    'fulfilled-by-tiktok': 'advice.appliesIf.fbt',
  },
  buyer: {
    platform: 'advice.appliesIf.buyer.platform',
    seller: 'advice.appliesIf.buyer.sellerShipping',
    'fulfilled-by-tiktok': 'advice.appliesIf.fbt',
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
  const condition = say(ctx, CONDITIONS[ctx.role][mode]);
  return drafts.map((d) => ({ ...d, appliesIf: condition, id: `${d.id}-${MODE_KEYS[mode]}` }));
}
