import type { AdviceKey } from '../i18n/messages/en/advice';
import { addDays, compareDates, formatDate, minDate } from './dates';
import { type DeadlineAction, deadlineSentence, type ResolvedRule, startSentence } from './deadlines';
import type { RuleId } from './rules';
import { IN_APP_PATHS, SOURCES } from './sources';
import {
  carrierActions,
  carrierStep,
  copy,
  contactTikTokStep,
  type Ctx,
  type Draft,
  forMode,
  isSea,
  join,
  messageBuyerStep,
  messageSellerStep,
  notCertain,
  openPage,
  openSource,
  path,
  reason,
  recordStep,
  rule,
  ruleFor,
  say,
  sellerSupportStep,
  source,
  titled,
  trackStep,
  withRule,
} from './steps';
import type { Problem } from './types';

/**
 * The playbooks: for each problem and role, the ordered steps. Region- and mode-specific steps come from the rules
 * and sources modules; everything else is general advice that holds anywhere, with its reason. Every sentence is a
 * message of lib/i18n/messages/en/advice.ts, in the reader's language.
 */

function deadline(ctx: Ctx, resolved: ResolvedRule, action: DeadlineAction): string {
  return deadlineSentence(resolved, ctx.today, action, ctx.text);
}

function day(ctx: Ctx, iso: string): string {
  return formatDate(iso, ctx.today, ctx.text);
}

// --- Buyer ----------------------------------------------------------------------------------------------------------

/** The market's return/refund window for buyers, counted from delivery (undefined where none is known). */
function buyerReturnRule(ctx: Ctx, problem: Problem): ResolvedRule | undefined {
  const ids: RuleId[] =
    problem === 'not-received'
      ? ['us-buyer-not-received-30d', 'vn-buyer-returns-15d', 'id-buyer-returns-6d']
      : [
          'us-buyer-returns-30d',
          'vn-buyer-returns-15d',
          'id-buyer-returns-6d',
          'gb-buyer-returns-30d',
          'eu-buyer-returns-30d',
        ];
  for (const id of ids) {
    const resolved = rule(ctx, id);
    if (resolved) return resolved;
  }
  return undefined;
}

/** Seller-shipped US parcels count as lost after 7 business / 10 calendar days without a scan; the earlier date. */
function usNoScan(ctx: Ctx): { resolved: ResolvedRule; date?: string } | undefined {
  const business = ruleFor(ctx, 'us-seller-lost-7-business', 'seller');
  const calendar = ruleFor(ctx, 'us-seller-lost-10-calendar', 'seller');
  if (!business || !calendar) return undefined;
  const date = minDate(business.date, calendar.date);
  const resolved = date === calendar.date && date !== business.date ? calendar : business;
  return date === undefined ? { resolved } : { resolved, date };
}

function noScanSentence(ctx: Ctx, date: string | undefined): string {
  const anchor = ctx.dates.lastUpdate;
  if (date === undefined || anchor === undefined) return say(ctx, 'advice.noScan');
  return say(ctx, 'advice.noScan.dated', { date: day(ctx, date), lastScan: day(ctx, anchor) });
}

function buyerUsNoScanStep(ctx: Ctx): Draft[] {
  const found = usNoScan(ctx);
  if (!found) return [];
  const draft = withRule(
    ctx,
    {
      id: 'us-no-scan',
      ...titled(ctx, 'advice.step.usNoScan.title'),
      detail: join(ctx, noScanSentence(ctx, found.date), say(ctx, 'advice.step.usNoScan.detail')),
      who: 'tiktok',
      when: say(ctx, 'advice.when.afterNoScan'),
      have: ['order-id', 'tracking-number'],
      actions: [
        ...(ctx.channels.inAppPath ? [{ kind: 'in-app' as const, path: [...ctx.channels.inAppPath] }] : []),
        copy(ctx, 'tiktok-chat', 'advice.copy.tiktokChat'),
      ],
      followUpDays: 3,
      source: source(ctx, SOURCES.usSellerShipping),
    },
    found.resolved,
    'notBefore',
  );
  if (found.date !== undefined) draft.notBefore = found.date;
  return forMode(ctx, 'seller', [draft]);
}

function refundRequestStep(ctx: Ctx, resolved: ResolvedRule | undefined, what: AdviceKey): Draft {
  if (!resolved) {
    return {
      id: 'request-refund',
      ...titled(ctx, 'advice.step.requestRefund.title'),
      detail: join(
        ctx,
        say(ctx, what),
        say(ctx, 'advice.step.requestRefund.inApp'),
        ctx.market
          ? say(ctx, 'advice.step.requestRefund.noLimit', { market: ctx.market })
          : say(ctx, 'advice.step.requestRefund.noLimit.unknownMarket'),
      ),
      who: 'tiktok',
      when: say(ctx, 'advice.when.checksDone'),
      have: ['order-id', 'tracking-number', 'photos'],
      actions: [...openPage(ctx, ctx.channels.policy), copy(ctx, 'tiktok-chat', 'advice.copy.request')],
      followUpDays: 3,
      source: reason(ctx, 'advice.reason.requestRefund'),
    };
  }
  const us = ctx.market === 'US' && resolved.rule.id === 'us-buyer-not-received-30d';
  const gb14 = rule(ctx, 'gb-buyer-cancel-14d') ?? rule(ctx, 'eu-buyer-withdraw-14d');
  const statutory =
    gb14 && gb14.date
      ? say(ctx, 'advice.step.requestRefund.rightToCancel.dated', { date: day(ctx, gb14.date) })
      : gb14
        ? say(ctx, 'advice.step.requestRefund.rightToCancel')
        : '';
  return withRule(
    ctx,
    {
      id: 'request-refund',
      ...titled(ctx, us ? 'advice.step.requestRefund.title.us' : 'advice.step.requestRefund.title'),
      detail: join(ctx, say(ctx, what), deadline(ctx, resolved, 'request'), statutory),
      who: 'tiktok',
      when: say(ctx, 'advice.when.checksDone'),
      have: ['order-id', 'tracking-number', 'photos'],
      actions: [
        ...(us ? [{ kind: 'in-app' as const, path: path(ctx, IN_APP_PATHS.usRequestRefundNotReceived) }] : []),
        openSource(ctx, resolved.rule.source, 'advice.open.policy'),
        copy(ctx, 'tiktok-chat', 'advice.copy.request'),
      ],
      followUpDays: 3,
      source: source(ctx, resolved.rule.source),
    },
    resolved,
    'deadline',
  );
}

function buyerDelayed(ctx: Ctx): Draft[] {
  const est = ctx.dates.estimatedDelivery;
  const waiting = est !== undefined && compareDates(ctx.today, est) <= 0;
  const sellerOptions = waiting
    ? {
        when: say(ctx, 'advice.when.ifNotByEstimate', { date: day(ctx, est) }),
        notBefore: addDays(est, 1),
      }
    : est !== undefined
      ? { when: say(ctx, 'advice.when.estimatePassed', { date: day(ctx, est) }) }
      : {};
  const steps: Draft[] = [trackStep(ctx), messageSellerStep(ctx, sellerOptions)];
  steps.push(...buyerUsNoScanStep(ctx));
  for (const id of ['vn-buyer-returns-15d', 'id-buyer-returns-6d'] as const) {
    const resolved = rule(ctx, id);
    if (!resolved) continue;
    steps.push(
      withRule(
        ctx,
        {
          id: 'late-delivery-refund',
          ...titled(ctx, 'advice.step.lateDeliveryRefund.title'),
          detail: join(ctx, say(ctx, 'advice.step.lateDeliveryRefund.detail'), deadline(ctx, resolved, 'request')),
          who: 'tiktok',
          when: say(ctx, 'advice.when.arrivesLate'),
          have: ['order-id', 'tracking-number'],
          actions: [
            openSource(ctx, resolved.rule.source, 'advice.open.policy'),
            copy(ctx, 'tiktok-chat', 'advice.copy.request'),
          ],
          followUpDays: 3,
          source: source(ctx, resolved.rule.source),
        },
        resolved,
        'deadline',
      ),
    );
  }
  steps.push(contactTikTokStep(ctx), recordStep(ctx));
  return steps;
}

function buyerLost(ctx: Ctx): Draft[] {
  const steps: Draft[] = [trackStep(ctx, 'advice.step.track.detail.lastScan'), messageSellerStep(ctx)];
  if (ctx.market === 'US') {
    steps.push({
      id: 'us-delivery-guarantee',
      ...titled(ctx, 'advice.step.usDeliveryGuarantee.title'),
      detail: say(ctx, 'advice.step.usDeliveryGuarantee.detail'),
      who: 'self',
      when: say(ctx, 'advice.when.carrierReportsLost'),
      have: ['order-id'],
      actions: [openSource(ctx, SOURCES.usProtections, 'advice.open.usProtections')],
      source: source(ctx, SOURCES.usProtections),
    });
  }
  steps.push(...buyerUsNoScanStep(ctx));
  steps.push(
    carrierStep(ctx, {
      id: 'carrier-trace',
      title: 'advice.step.carrierTrace.title',
      detail: 'advice.step.carrierTrace.detail',
      when: 'advice.when.trackingStalled',
      source: reason(ctx, 'advice.reason.carrierTrace'),
    }),
    contactTikTokStep(ctx),
    recordStep(ctx),
  );
  return steps;
}

function buyerNotReceived(ctx: Ctx): Draft[] {
  const checkSource =
    ctx.market === 'US' ? SOURCES.usNotReceived : isSea(ctx) ? SOURCES.seaDeliveredNotReceived : undefined;
  const steps: Draft[] = [
    {
      id: 'check-around',
      ...titled(ctx, 'advice.step.checkAround.title'),
      detail: say(ctx, 'advice.step.checkAround.detail'),
      who: 'self',
      when: say(ctx, 'advice.when.now'),
      have: ['order-id', 'proof-of-address'],
      actions: [],
      source: checkSource ? source(ctx, checkSource) : reason(ctx, 'advice.reason.checkAround'),
    },
    carrierStep(ctx, {
      title: 'advice.step.carrierWhereDelivered.title',
      detail: 'advice.step.carrierWhereDelivered.detail',
      source:
        ctx.market === 'US' ? source(ctx, SOURCES.usNotReceived) : reason(ctx, 'advice.reason.carrierDeliveryRecord'),
    }),
    messageSellerStep(ctx),
  ];
  const resolved = buyerReturnRule(ctx, 'not-received');
  const refund = refundRequestStep(ctx, resolved, 'advice.step.requestRefund.notReceived');
  if (resolved?.rule.id === 'id-buyer-returns-6d') {
    const counted = say(ctx, 'advice.note.idCountedFromDelivered');
    refund.note = refund.note ? join(ctx, refund.note, counted) : counted;
  }
  steps.push(refund, contactTikTokStep(ctx, { when: 'advice.when.requestStalls' }), recordStep(ctx));
  return steps;
}

function buyerWrongAddress(ctx: Ctx): Draft[] {
  const shipped = ctx.dates.shipped !== undefined || ctx.trackingNumber !== undefined;
  const seller = messageSellerStep(ctx, {
    detail: shipped ? 'advice.step.messageSeller.detail.redirect' : 'advice.step.messageSeller.detail.updateAddress',
  });
  if (ctx.market === 'US') seller.source = source(ctx, SOURCES.usContactSellerThenSupport);
  const carrier = carrierStep(ctx, {
    title: 'advice.step.carrierRedirectOrHold.title',
    detail: 'advice.step.carrierRedirectOrHold.detail',
    source: ctx.market === 'US' ? source(ctx, SOURCES.usNotReceived) : reason(ctx, 'advice.reason.carrierRedirect'),
  });
  const steps: Draft[] = shipped ? [trackStep(ctx), seller, carrier] : [seller];
  steps.push(contactTikTokStep(ctx), recordStep(ctx));
  return steps;
}

function buyerCustoms(ctx: Ctx): Draft[] {
  return [
    trackStep(ctx, 'advice.step.track.detail.customs'),
    carrierStep(ctx, {
      title: 'advice.step.carrierCustoms.title',
      detail: 'advice.step.carrierCustoms.detail',
      source: reason(ctx, 'advice.reason.customsScam'),
    }),
    messageSellerStep(ctx, { detail: 'advice.step.messageSeller.detail.customs' }),
    contactTikTokStep(ctx, { when: 'advice.when.heldOrSentBack' }),
    recordStep(ctx),
  ];
}

function buyerDamaged(ctx: Ctx): Draft[] {
  const steps: Draft[] = [
    {
      id: 'document-damage',
      ...titled(ctx, 'advice.step.documentDamage.title'),
      detail: say(ctx, 'advice.step.documentDamage.detail'),
      who: 'self',
      when: say(ctx, 'advice.when.beforeUnpacking'),
      have: ['photos', 'unboxing-video', 'label'],
      actions: [],
      source:
        ctx.market === 'US' ? source(ctx, SOURCES.usMoneyBackGuarantee) : reason(ctx, 'advice.reason.documentDamage'),
    },
    messageSellerStep(ctx),
    refundRequestStep(ctx, buyerReturnRule(ctx, 'damaged'), 'advice.step.requestRefund.damaged'),
  ];
  const guarantee = rule(ctx, 'us-buyer-money-back-90d');
  if (guarantee) {
    steps.push(
      withRule(
        ctx,
        {
          id: 'money-back-guarantee',
          ...titled(ctx, 'advice.step.moneyBackGuarantee.title'),
          detail: join(
            ctx,
            say(ctx, 'advice.step.moneyBackGuarantee.detail'),
            deadline(ctx, guarantee, 'claim'),
            say(ctx, 'advice.step.moneyBackGuarantee.link'),
          ),
          who: 'tiktok',
          when: say(ctx, 'advice.when.returnWindowClosed'),
          have: ['order-id', 'photos'],
          actions: [
            { kind: 'in-app', path: path(ctx, IN_APP_PATHS.usMoneyBackGuarantee) },
            openSource(ctx, SOURCES.usMoneyBackGuarantee, 'advice.open.moneyBackGuarantee'),
            copy(ctx, 'tiktok-chat', 'advice.copy.claim'),
          ],
          followUpDays: 3,
          source: source(ctx, SOURCES.usMoneyBackGuarantee),
        },
        guarantee,
        'deadline',
      ),
    );
  }
  steps.push(contactTikTokStep(ctx, { when: 'advice.when.sellerRefuses' }), recordStep(ctx));
  return steps;
}

function buyerReturned(ctx: Ctx): Draft[] {
  const steps: Draft[] = [
    trackStep(ctx, 'advice.step.track.detail.whyReturned'),
    carrierStep(ctx, {
      title: 'advice.step.carrierRedeliver.title',
      detail: 'advice.step.carrierRedeliver.detail',
      source: isSea(ctx) ? source(ctx, SOURCES.seaDeliveredNotReceived) : reason(ctx, 'advice.reason.redeliver'),
    }),
    messageSellerStep(ctx, { detail: 'advice.step.messageSeller.detail.reship' }),
  ];
  if (ctx.market === 'TH') {
    steps.push({
      id: 'th-auto-refund',
      ...titled(ctx, 'advice.step.thAutoRefund.title'),
      detail: say(ctx, 'advice.step.thAutoRefund.detail'),
      who: 'self',
      when: say(ctx, 'advice.when.backWithSeller'),
      have: ['order-id'],
      actions: [],
      source: source(ctx, SOURCES.thFailedDelivery),
    });
  }
  steps.push(contactTikTokStep(ctx), recordStep(ctx));
  return steps;
}

function buyerAwaitingShipment(ctx: Ctx): Draft[] {
  return [
    messageSellerStep(ctx, { detail: 'advice.step.messageSeller.detail.whenShips' }),
    contactTikTokStep(ctx, {
      detail: 'advice.step.contactTiktok.detail.notShipped',
      when: 'advice.when.promisedDatePasses',
    }),
    recordStep(ctx),
  ];
}

// --- Seller ---------------------------------------------------------------------------------------------------------

function genericSellerSupport(ctx: Ctx, detail: AdviceKey): Draft {
  const sourced = ctx.channels.inAppSource;
  return sellerSupportStep(ctx, {
    id: 'seller-support',
    title: 'advice.step.sellerSupport.title',
    detail: say(ctx, detail),
    source:
      sourced && sourced.source.startsWith('https://')
        ? { url: sourced.source, title: say(ctx, 'advice.source.tiktokSellerSupport'), checked: sourced.checked }
        : reason(ctx, 'advice.reason.sellerSupport'),
  });
}

function usLostThresholdStep(ctx: Ctx): Draft[] {
  const found = usNoScan(ctx);
  if (!found) return [];
  const draft = withRule(
    ctx,
    {
      id: 'us-lost-threshold',
      ...titled(ctx, 'advice.step.usLostThreshold.title'),
      detail: join(
        ctx,
        noScanSentence(ctx, found.date),
        say(
          ctx,
          found.date !== undefined && found.date < ctx.today
            ? 'advice.step.usLostThreshold.passed'
            : 'advice.step.usLostThreshold.ahead',
        ),
      ),
      who: 'carrier',
      when: say(ctx, 'advice.when.beforeNoScan'),
      have: ['tracking-number', 'label', 'receipt'],
      actions: [...carrierActions(ctx), openSource(ctx, SOURCES.usSellerShipping, 'advice.open.sellerShippingRules')],
      followUpDays: 2,
      source: source(ctx, SOURCES.usSellerShipping),
    },
    found.resolved,
    'deadline',
  );
  if (found.date !== undefined) draft.deadline = found.date;
  return forMode(ctx, 'seller', [draft]);
}

function usFixTrackingSteps(ctx: Ctx): Draft[] {
  const edit = rule(ctx, 'us-seller-tracking-edit-72h');
  const ticket = rule(ctx, 'us-seller-tracking-ticket-30d');
  if (!edit || !ticket) return [];
  return forMode(ctx, 'seller', [
    withRule(
      ctx,
      {
        id: 'us-edit-tracking',
        ...titled(ctx, 'advice.step.usEditTracking.title'),
        detail: join(ctx, say(ctx, 'advice.step.usEditTracking.detail'), deadline(ctx, edit, 'edit')),
        who: 'self',
        when: say(ctx, 'advice.when.asSoonAsNoticed'),
        have: ['order-id', 'tracking-number', 'label'],
        actions: [openSource(ctx, SOURCES.usTrackingEdit, 'advice.open.editTracking')],
        source: source(ctx, SOURCES.usTrackingEdit),
      },
      edit,
      'deadline',
    ),
    withRule(
      ctx,
      sellerSupportStep(ctx, {
        id: 'us-tracking-ticket',
        title: 'advice.step.usTrackingTicket.title',
        detail: join(ctx, say(ctx, 'advice.step.usTrackingTicket.detail'), deadline(ctx, ticket, 'submitTicket')),
        when: 'advice.when.editUsed',
        source: source(ctx, SOURCES.usSellerShipping),
      }),
      ticket,
      'deadline',
    ),
  ]);
}

function usInsuranceClaimStep(ctx: Ctx, extra: AdviceKey): Draft[] {
  const claim = rule(ctx, 'us-seller-insurance-claim-90d');
  if (!claim) return [];
  return [
    withRule(
      ctx,
      sellerSupportStep(ctx, {
        id: 'us-shipping-claim',
        title: 'advice.step.usShippingClaim.title',
        detail: join(
          ctx,
          say(ctx, 'advice.step.usShippingClaim.where'),
          deadline(ctx, claim, 'file'),
          say(ctx, 'advice.step.usShippingClaim.insurer'),
          say(ctx, extra),
        ),
        source: source(ctx, SOURCES.usInsuranceClaim),
      }),
      claim,
      'deadline',
    ),
  ];
}

/** The parcel problems South-East Asian Seller Center has a compensation ticket for, by their category path. */
type SeaIssue = 'lost' | 'damaged' | 'not-received';

const SEA_CLAIMS: Record<SeaIssue, { title: AdviceKey; category: readonly AdviceKey[] }> = {
  lost: {
    title: 'advice.step.seaClaim.title.lost',
    category: [
      'tiktok.seller.complaintsDisputesLogistic',
      'tiktok.seller.deliveryInquiry',
      'tiktok.seller.packageLost',
    ],
  },
  damaged: {
    title: 'advice.step.seaClaim.title.damaged',
    category: [
      'tiktok.seller.complaintsDisputesLogistic',
      'tiktok.seller.logisticIssue',
      'tiktok.seller.packageDamaged',
    ],
  },
  'not-received': {
    title: 'advice.step.seaClaim.title.notReceived',
    category: [
      'tiktok.seller.complaintsDispute',
      'tiktok.seller.logisticIssueLower',
      'tiktok.seller.deliveredNotReceived',
    ],
  },
};

/** Ticket categories start from Seller Center's Help Center. */
const HELP_CENTER: readonly AdviceKey[] = ['tiktok.seller.sellerCenter', 'tiktok.seller.helpCenter'];

/** SEA platform shipping: compensation comes by itself within 5 business days; else a ticket within 40 days. */
function seaClaimStep(ctx: Ctx, issue: SeaIssue, what: AdviceKey): Draft[] {
  const window = rule(ctx, 'sea-seller-claim-40d');
  if (!window) return [];
  const wait = ctx.problem !== 'not-received' ? rule(ctx, 'sea-seller-compensation-5-business') : undefined;
  const step = withRule(
    ctx,
    sellerSupportStep(ctx, {
      id: 'sea-claim',
      title: SEA_CLAIMS[issue].title,
      detail: join(
        ctx,
        say(ctx, what),
        wait ? startSentence(wait, ctx.today, 'noCompensation', ctx.text) : '',
        deadline(ctx, window, 'submitClaim'),
      ),
      category: [...HELP_CENTER, ...SEA_CLAIMS[issue].category],
      source: source(ctx, window.rule.source),
    }),
    window,
    'deadline',
  );
  if (wait) {
    if (wait.date !== undefined) step.notBefore = wait.date;
    step.uncertain = true;
    // Both rules may carry the same caveat (both extended to this market): say it once.
    const fresh = (wait.caveats ?? []).filter((caveat) => !window.caveats?.includes(caveat));
    if (fresh.length > 0) {
      const extra = join(ctx, ...(fresh as [string, ...string[]]));
      step.note = step.note ? join(ctx, step.note, extra) : extra;
      step.detail = join(ctx, step.detail, notCertain(ctx, extra));
    }
  }
  return [step];
}

/** What each market's platform-shipping claim says for one problem. */
interface PlatformClaim {
  /** The Seller Center ticket in South-East Asia. */
  seaIssue: SeaIssue;
  sea: AdviceKey;
  us: AdviceKey;
  /** Markets without a documented claim flow: what to ask general seller support. */
  other: AdviceKey;
}

/** The claim for a parcel TikTok shipped, by market: SEA ticket, US shipping-insurance claim, or seller support. */
function platformClaimSteps(ctx: Ctx, claim: PlatformClaim): Draft[] {
  if (isSea(ctx)) return seaClaimStep(ctx, claim.seaIssue, claim.sea);
  if (ctx.market === 'US') return usInsuranceClaimStep(ctx, claim.us);
  return [genericSellerSupport(ctx, claim.other)];
}

function respondInTimeStep(ctx: Ctx): Draft[] {
  if (ctx.market === 'VN' || ctx.market === 'ID') {
    const vn = ctx.market === 'VN';
    const rules = vn ? SOURCES.vnReturns : SOURCES.idReturns;
    return [
      {
        id: 'respond-in-time',
        ...titled(ctx, 'advice.step.respondInTime.title'),
        detail: say(ctx, vn ? 'advice.step.respondInTime.detail.vn' : 'advice.step.respondInTime.detail.id'),
        who: 'self',
        when: say(ctx, 'advice.when.requestArrives'),
        have: ['order-id', 'photos'],
        actions: [openSource(ctx, rules, 'advice.open.returnRules')],
        source: source(ctx, rules),
      },
    ];
  }
  return [];
}

function fbtStep(ctx: Ctx, what: AdviceKey): Draft[] {
  return forMode(ctx, 'fulfilled-by-tiktok', [
    sellerSupportStep(ctx, {
      id: 'fbt-support',
      title: 'advice.step.fbtSupport.title',
      detail: join(ctx, say(ctx, 'advice.step.fbtSupport.detail'), say(ctx, what)),
      source: ctx.market === 'US' ? source(ctx, SOURCES.usFbt) : reason(ctx, 'advice.reason.fbt'),
    }),
  ]);
}

function sellerCarrierClaim(ctx: Ctx, title: AdviceKey, detail: AdviceKey): Draft {
  return carrierStep(ctx, {
    title,
    detail,
    claims: true,
    source:
      ctx.market === 'US'
        ? source(ctx, SOURCES.usShippingInsurance)
        : isSea(ctx)
          ? source(ctx, SOURCES.seaLostDamagedVn)
          : reason(ctx, 'advice.reason.ownCarrierClaim'),
  });
}

function sellerDelayed(ctx: Ctx): Draft[] {
  const steps: Draft[] = [trackStep(ctx, 'advice.step.track.detail.compare')];
  // Platform shipping
  const stuck = rule(ctx, 'sea-seller-stuck-2-business');
  if (stuck) {
    const ticket = withRule(
      ctx,
      sellerSupportStep(ctx, {
        id: 'ticket-unmoved',
        title: 'advice.step.ticketUnmoved.title',
        detail: join(
          ctx,
          startSentence(stuck, ctx.today, 'unmoved', ctx.text),
          say(ctx, 'advice.step.ticketUnmoved.detail'),
        ),
        category: [
          ...HELP_CENTER,
          'tiktok.seller.complaintsDisputeLogistic',
          'tiktok.seller.deliveryInquiry',
          'tiktok.seller.unmovedTracking',
        ],
        source: source(ctx, SOURCES.seaStuckStatus),
      }),
      stuck,
      'notBefore',
    );
    steps.push(...forMode(ctx, 'platform', [ticket]));
  } else if (ctx.market === 'US') {
    steps.push(
      ...forMode(ctx, 'platform', [
        sellerSupportStep(ctx, {
          id: 'seller-support',
          title: 'advice.step.sellerSupport.title.ask',
          detail: say(ctx, 'advice.step.sellerSupport.detail.us'),
          source: source(ctx, SOURCES.usPickupRules),
        }),
      ]),
    );
  } else {
    steps.push(...forMode(ctx, 'platform', [genericSellerSupport(ctx, 'advice.step.sellerSupport.detail.chase')]));
  }
  // Seller shipping
  steps.push(
    ...forMode(ctx, 'seller', [
      carrierStep(ctx, {
        title: 'advice.step.carrierStatus.title',
        detail: isSea(ctx) ? 'advice.step.carrierStatus.detail.sea' : 'advice.step.carrierStatus.detail',
        source: isSea(ctx)
          ? source(ctx, SOURCES.seaStuckStatus)
          : ctx.market === 'US'
            ? source(ctx, SOURCES.usShippingInsurance)
            : reason(ctx, 'advice.reason.ownCarrierTrace'),
      }),
    ]),
    ...usLostThresholdStep(ctx),
    ...usFixTrackingSteps(ctx),
  );
  steps.push(...fbtStep(ctx, 'advice.step.fbtSupport.chase'));
  steps.push(messageBuyerStep(ctx), recordStep(ctx));
  return steps;
}

function sellerLost(ctx: Ctx): Draft[] {
  const steps: Draft[] = [trackStep(ctx, 'advice.step.track.detail.lastScanDate')];
  const platform: Draft[] = [];
  if (ctx.market === 'US') {
    // Before the US insurance claim: the carrier has to declare the parcel lost.
    platform.push({
      ...carrierStep(ctx, {
        id: 'carrier-confirm-loss',
        title: 'advice.step.carrierConfirmLoss.title',
        detail: 'advice.step.carrierConfirmLoss.detail',
        source: source(ctx, SOURCES.usCarrierConfirmsLoss),
      }),
      uncertain: true,
      note: say(ctx, 'advice.note.thirdPartyTracker'),
    });
  }
  platform.push(
    ...platformClaimSteps(ctx, {
      seaIssue: 'lost',
      sea: 'advice.claim.lost.sea',
      us: 'advice.claim.lost.us',
      other: 'advice.claim.lost.other',
    }),
  );
  steps.push(...forMode(ctx, 'platform', platform));
  steps.push(
    ...forMode(ctx, 'seller', [
      sellerCarrierClaim(
        ctx,
        'advice.step.carrierClaim.title.lost',
        ctx.market === 'US'
          ? 'advice.step.carrierClaim.detail.lost.us'
          : isSea(ctx)
            ? 'advice.step.carrierClaim.detail.lost.sea'
            : 'advice.step.carrierClaim.detail.lost',
      ),
    ]),
    ...usLostThresholdStep(ctx),
  );
  steps.push(...fbtStep(ctx, 'advice.step.fbtSupport.reimburse'));
  steps.push(messageBuyerStep(ctx), recordStep(ctx));
  return steps;
}

function sellerNotReceived(ctx: Ctx): Draft[] {
  const ask = messageBuyerStep(ctx, 'advice.step.messageBuyer.detail.checkAround');
  if (ctx.market === 'US') ask.source = source(ctx, SOURCES.usInsuranceClaim);
  else if (isSea(ctx)) ask.source = source(ctx, SOURCES.seaDeliveredNotReceived);
  const steps: Draft[] = [ask, trackStep(ctx, 'advice.step.track.detail.deliveryScan')];
  const platform = platformClaimSteps(ctx, {
    seaIssue: 'not-received',
    sea: 'advice.claim.notReceived.sea',
    us: 'advice.claim.notReceived.us',
    other: 'advice.claim.notReceived.other',
  });
  steps.push(...forMode(ctx, 'platform', platform));
  steps.push(
    ...forMode(ctx, 'seller', [
      carrierStep(ctx, {
        title: 'advice.step.carrierProofOfDelivery.title',
        detail: 'advice.step.carrierProofOfDelivery.detail',
        claims: true,
        source: isSea(ctx)
          ? source(ctx, SOURCES.seaDeliveredNotReceived)
          : reason(ctx, 'advice.reason.proofOfDelivery'),
      }),
    ]),
  );
  steps.push(...fbtStep(ctx, 'advice.step.fbtSupport.notReceived'));
  steps.push(...respondInTimeStep(ctx), recordStep(ctx));
  return steps;
}

function sellerWrongAddress(ctx: Ctx): Draft[] {
  const shipped = ctx.dates.shipped !== undefined || ctx.trackingNumber !== undefined;
  const steps: Draft[] = [messageBuyerStep(ctx, 'advice.step.messageBuyer.detail.confirmAddress')];
  if (!shipped) {
    steps.push({
      id: 'update-address',
      ...titled(ctx, 'advice.step.updateAddress.title'),
      detail: say(ctx, 'advice.step.updateAddress.detail'),
      who: 'self',
      when: say(ctx, 'advice.when.beforeLabel'),
      have: ['order-id', 'proof-of-address'],
      actions: [],
      source:
        ctx.market === 'US' ? source(ctx, SOURCES.usContactSellerThenSupport) : reason(ctx, 'advice.reason.notShipped'),
    });
  } else {
    steps.push(
      carrierStep(ctx, {
        title: 'advice.step.carrierRedirect.title',
        detail: 'advice.step.carrierRedirect.detail',
        source: ctx.market === 'US' ? source(ctx, SOURCES.usNotReceived) : reason(ctx, 'advice.reason.carrierRedirect'),
      }),
    );
  }
  if (ctx.market === 'US') {
    steps.push(
      ...forMode(ctx, 'seller', [
        {
          id: 'us-tracking-address-issue',
          ...titled(ctx, 'advice.step.usTrackingAddressIssue.title'),
          detail: say(ctx, 'advice.step.usTrackingAddressIssue.detail'),
          who: 'tiktok',
          when: say(ctx, 'advice.when.tagAppears'),
          have: ['order-id', 'tracking-number', 'label'],
          actions: [
            openSource(ctx, SOURCES.usTrackingValidation, 'advice.open.trackingValidation'),
            copy(ctx, 'tiktok-ticket', 'advice.copy.ticket'),
          ],
          followUpDays: 3,
          source: source(ctx, SOURCES.usTrackingValidation),
        },
      ]),
      ...usFixTrackingSteps(ctx),
    );
  }
  if (ctx.market === 'TH') {
    steps.push(
      ...forMode(ctx, 'platform', [
        sellerSupportStep(ctx, {
          id: 'th-contact-logistics',
          title: 'advice.step.thContactLogistics.title',
          detail: say(ctx, 'advice.step.thContactLogistics.detail'),
          source: source(ctx, SOURCES.thFailedDelivery),
        }),
      ]),
    );
  } else {
    steps.push(...forMode(ctx, 'platform', [genericSellerSupport(ctx, 'advice.step.sellerSupport.detail.redirect')]));
  }
  steps.push(recordStep(ctx));
  return steps;
}

function sellerCustoms(ctx: Ctx): Draft[] {
  return [
    trackStep(ctx, 'advice.step.track.detail.customsSeller'),
    ...forMode(ctx, 'platform', [genericSellerSupport(ctx, 'advice.step.sellerSupport.detail.customs')]),
    ...forMode(ctx, 'seller', [
      carrierStep(ctx, {
        title: 'advice.step.carrierCustomsDocuments.title',
        detail: 'advice.step.carrierCustomsDocuments.detail',
        source: reason(ctx, 'advice.reason.customsDeclaration'),
      }),
    ]),
    ...fbtStep(ctx, 'advice.step.fbtSupport.customs'),
    messageBuyerStep(ctx, 'advice.step.messageBuyer.detail.customs'),
    recordStep(ctx),
  ];
}

function sellerDamaged(ctx: Ctx): Draft[] {
  const steps: Draft[] = [
    {
      id: 'collect-evidence',
      ...titled(ctx, 'advice.step.collectEvidence.title'),
      detail: say(ctx, 'advice.step.collectEvidence.detail'),
      who: 'self',
      when: say(ctx, 'advice.when.now'),
      have: ['photos', 'unboxing-video', 'label'],
      actions: [],
      source: isSea(ctx) ? source(ctx, SOURCES.seaLostDamaged) : reason(ctx, 'advice.reason.damageEvidence'),
    },
  ];
  const platform = platformClaimSteps(ctx, {
    seaIssue: 'damaged',
    sea: 'advice.claim.damaged.sea',
    us: 'advice.claim.damaged.us',
    other: 'advice.claim.damaged.other',
  });
  steps.push(...forMode(ctx, 'platform', platform));
  steps.push(
    ...forMode(ctx, 'seller', [
      sellerCarrierClaim(ctx, 'advice.step.carrierClaim.title.damaged', 'advice.step.carrierClaim.detail.damaged'),
    ]),
  );
  steps.push(...fbtStep(ctx, 'advice.step.fbtSupport.reimburse'));
  steps.push(...respondInTimeStep(ctx), messageBuyerStep(ctx), recordStep(ctx));
  return steps;
}

function sellerReturned(ctx: Ctx): Draft[] {
  const steps: Draft[] = [
    trackStep(ctx, 'advice.step.track.detail.whyComingBack'),
    messageBuyerStep(ctx, 'advice.step.messageBuyer.detail.redeliver'),
    carrierStep(ctx, {
      title: 'advice.step.carrierRedelivery.title',
      detail: 'advice.step.carrierRedelivery.detail',
      source: reason(ctx, 'advice.reason.redeliverySeller'),
    }),
  ];
  if (ctx.market === 'TH') {
    steps.push({
      id: 'th-failed-delivery',
      ...titled(ctx, 'advice.step.thFailedDelivery.title'),
      detail: say(ctx, 'advice.step.thFailedDelivery.detail'),
      who: 'self',
      when: say(ctx, 'advice.when.whileReturning'),
      have: ['order-id', 'tracking-number'],
      actions: [
        openSource(ctx, SOURCES.thFailedDelivery, 'advice.open.failedDelivery'),
        openSource(ctx, SOURCES.thReturnedParcels, 'advice.open.returnedParcels'),
      ],
      source: source(ctx, SOURCES.thFailedDelivery),
    });
  }
  if (isSea(ctx)) {
    steps.push(...forMode(ctx, 'platform', seaClaimStep(ctx, 'lost', 'advice.claim.returned.sea')));
  } else {
    steps.push(...forMode(ctx, 'platform', [genericSellerSupport(ctx, 'advice.step.sellerSupport.detail.returning')]));
  }
  steps.push(...fbtStep(ctx, 'advice.step.fbtSupport.returned'), recordStep(ctx));
  return steps;
}

function sellerAwaitingShipment(ctx: Ctx): Draft[] {
  const steps: Draft[] = [];
  if (ctx.market === 'US') {
    steps.push(
      ...forMode(ctx, 'seller', [
        {
          id: 'upload-tracking',
          ...titled(ctx, 'advice.step.uploadTracking.title'),
          detail: say(ctx, 'advice.step.uploadTracking.detail'),
          who: 'self',
          when: say(ctx, 'advice.when.handlingTime'),
          // The number comes with the label: nothing to have ready before it is bought.
          have: ['order-id', 'label'],
          actions: [openSource(ctx, SOURCES.usSellerShipping, 'advice.open.sellerShippingRules')],
          source: source(ctx, SOURCES.usSellerShipping),
        },
      ]),
      ...forMode(ctx, 'platform', [
        {
          id: 'us-pickup-proof',
          ...titled(ctx, 'advice.step.usPickupProof.title'),
          detail: say(ctx, 'advice.step.usPickupProof.detail'),
          who: 'self',
          when: say(ctx, 'advice.when.handOver'),
          have: ['label', 'receipt'],
          actions: [openSource(ctx, SOURCES.usPickupRules, 'advice.open.pickupRules')],
          source: source(ctx, SOURCES.usPickupRules),
        },
      ]),
    );
  } else if (isSea(ctx)) {
    // Stated on the TH and VN Seller Center help; assumed elsewhere in South-East Asia.
    const assumed = ctx.market !== 'TH' && ctx.market !== 'VN';
    steps.push(
      ...forMode(ctx, 'platform', [
        {
          ...sellerSupportStep(ctx, {
            id: 'ticket-pickup',
            title: 'advice.step.ticketPickup.title',
            detail: say(ctx, 'advice.step.ticketPickup.detail'),
            category: [
              ...HELP_CENTER,
              'tiktok.seller.complaintsDisputeLogistic',
              'tiktok.seller.pickUpIssues',
              'tiktok.seller.pickedUpNotUpdated',
            ],
            source: source(ctx, SOURCES.seaStuckStatus),
          }),
          when: say(ctx, 'advice.when.afterPickup'),
          uncertain: assumed,
          ...(assumed ? { note: say(ctx, 'advice.note.thVnOnly') } : {}),
        },
      ]),
    );
  } else {
    steps.push(...forMode(ctx, 'platform', [genericSellerSupport(ctx, 'advice.step.sellerSupport.detail.pickup')]));
  }
  steps.push(
    ...forMode(ctx, 'seller', [
      carrierStep(ctx, {
        title: 'advice.step.carrierHandover.title',
        detail: 'advice.step.carrierHandover.detail',
        source: reason(ctx, 'advice.reason.firstScan'),
      }),
    ]),
    ...fbtStep(ctx, 'advice.step.fbtSupport.warehouse'),
    messageBuyerStep(ctx, 'advice.step.messageBuyer.detail.whenShips'),
    recordStep(ctx),
  );
  return steps;
}

const BUYER: Record<Problem, (ctx: Ctx) => Draft[]> = {
  delayed: buyerDelayed,
  lost: buyerLost,
  'not-received': buyerNotReceived,
  'wrong-address': buyerWrongAddress,
  customs: buyerCustoms,
  damaged: buyerDamaged,
  returned: buyerReturned,
  'awaiting-shipment': buyerAwaitingShipment,
};

const SELLER: Record<Problem, (ctx: Ctx) => Draft[]> = {
  delayed: sellerDelayed,
  lost: sellerLost,
  'not-received': sellerNotReceived,
  'wrong-address': sellerWrongAddress,
  customs: sellerCustoms,
  damaged: sellerDamaged,
  returned: sellerReturned,
  'awaiting-shipment': sellerAwaitingShipment,
};

export function playbook(ctx: Ctx): Draft[] {
  return (ctx.role === 'seller' ? SELLER : BUYER)[ctx.problem](ctx);
}
