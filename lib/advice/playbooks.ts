import { addDays, compareDates, formatDate, minDate } from './dates';
import { deadlineSentence, type ResolvedRule, startSentence } from './deadlines';
import type { RuleId } from './rules';
import { IN_APP_PATHS, SOURCES } from './sources';
import {
  carrierStep,
  copy,
  contactTikTokStep,
  type Ctx,
  type Draft,
  forMode,
  isSea,
  messageBuyerStep,
  messageSellerStep,
  openPage,
  openSource,
  reason,
  recordStep,
  rule,
  ruleFor,
  sellerSupportStep,
  trackStep,
  withRule,
} from './steps';
import type { Problem } from './types';

/**
 * The playbooks: for each problem and role, the ordered steps. Region- and mode-specific steps come from the rules
 * and sources modules; everything else is general advice that holds anywhere, with its reason.
 */

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
  if (date === undefined || anchor === undefined) {
    return 'TikTok counts a Seller Shipping parcel as lost after 7 business days (or 10 calendar days) without a carrier scan.';
  }
  return `TikTok counts a Seller Shipping parcel as lost after 7 business days (or 10 calendar days) without a carrier scan: from ${formatDate(date, ctx.today)}, counting from the last scan on ${formatDate(anchor, ctx.today)}.`;
}

function buyerUsNoScanStep(ctx: Ctx): Draft[] {
  const found = usNoScan(ctx);
  if (!found) return [];
  const draft = withRule(
    {
      id: 'us-no-scan',
      title: 'Ask TikTok Shop once the parcel counts as lost',
      detail: `${noScanSentence(ctx, found.date)} That can lead to the order being cancelled and refunded: ask customer service then.`,
      who: 'tiktok',
      when: 'After 7 business days without a new scan',
      have: ['order-id', 'tracking-number'],
      actions: [
        ...(ctx.channels.inAppPath ? [{ kind: 'in-app' as const, path: [...ctx.channels.inAppPath] }] : []),
        copy(ctx, 'tiktok-chat', 'Copy a message for TikTok Shop support'),
      ],
      followUpDays: 3,
      source: SOURCES.usSellerShipping,
    },
    found.resolved,
    'notBefore',
  );
  if (found.date !== undefined) draft.notBefore = found.date;
  return forMode(ctx, 'seller', [draft]);
}

function refundRequestStep(ctx: Ctx, resolved: ResolvedRule | undefined, what: string): Draft {
  if (!resolved) {
    return {
      id: 'request-refund',
      title: 'Request a return or refund in the app',
      detail: `${what} Open the order in the TikTok app and request a return or refund with the matching reason. We have no TikTok time limit on file for ${ctx.market ?? 'your market'}, so do it soon.`,
      who: 'tiktok',
      when: 'Once the checks above are done',
      have: ['order-id', 'tracking-number', 'photos'],
      actions: [...openPage(ctx.channels.policy), copy(ctx, 'tiktok-chat', 'Copy the request text')],
      followUpDays: 3,
      source: reason(
        'Refund requests made in the app attach the order automatically and start TikTok Shop’s own process.',
      ),
    };
  }
  const us = ctx.market === 'US' && resolved.rule.id === 'us-buyer-not-received-30d';
  const sentence = deadlineSentence(resolved, ctx.today, 'Request it');
  const gb14 = rule(ctx, 'gb-buyer-cancel-14d') ?? rule(ctx, 'eu-buyer-withdraw-14d');
  const statutory =
    gb14 && gb14.date
      ? ` Your legal right to cancel runs to ${formatDate(gb14.date, ctx.today)} (14 days after receipt); the 30-day window is the extended benefit.`
      : gb14
        ? ' Your legal right to cancel lasts 14 days after receipt; the 30-day window is the extended benefit.'
        : '';
  return withRule(
    {
      id: 'request-refund',
      title: us ? 'Request a refund: "Package wasn\'t received"' : 'Request a return or refund in the app',
      detail: `${what} ${sentence}${statutory}`,
      who: 'tiktok',
      when: 'Once the checks above are done',
      have: ['order-id', 'tracking-number', 'photos'],
      actions: [
        ...(us ? [{ kind: 'in-app' as const, path: [...IN_APP_PATHS.usRequestRefundNotReceived] }] : []),
        openSource(resolved.rule.source, 'Read the policy'),
        copy(ctx, 'tiktok-chat', 'Copy the request text'),
      ],
      followUpDays: 3,
      source: resolved.rule.source,
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
        when: `If nothing arrives by the estimated date, ${formatDate(est, ctx.today)}`,
        notBefore: addDays(est, 1),
      }
    : est !== undefined
      ? { when: `Now: the estimated delivery date (${formatDate(est, ctx.today)}) has passed` }
      : {};
  const steps: Draft[] = [trackStep(ctx), messageSellerStep(ctx, sellerOptions)];
  steps.push(...buyerUsNoScanStep(ctx));
  for (const id of ['vn-buyer-returns-15d', 'id-buyer-returns-6d'] as const) {
    const resolved = rule(ctx, id);
    if (!resolved) continue;
    steps.push(
      withRule(
        {
          id: 'late-delivery-refund',
          title: 'Late delivery is a reason for a refund request',
          detail: `TikTok lists late shipping or delivery as grounds for a return/refund request. ${deadlineSentence(resolved, ctx.today, 'Request it')}`,
          who: 'tiktok',
          when: 'Once it arrives late',
          have: ['order-id', 'tracking-number'],
          actions: [
            openSource(resolved.rule.source, 'Read the policy'),
            copy(ctx, 'tiktok-chat', 'Copy the request text'),
          ],
          followUpDays: 3,
          source: resolved.rule.source,
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
  const steps: Draft[] = [
    trackStep(ctx, 'Look for the last scan and any exception notice (damaged, address problem, returned).'),
    messageSellerStep(ctx),
  ];
  if (ctx.market === 'US') {
    steps.push({
      id: 'us-delivery-guarantee',
      title: "Know your cover: TikTok Shop's delivery guarantee",
      detail: 'TikTok Shop says you are refunded automatically if the carrier reports the package lost or damaged.',
      who: 'self',
      when: 'Once the carrier reports it lost',
      have: ['order-id'],
      actions: [openSource(SOURCES.usProtections, 'TikTok Shop protections')],
      source: SOURCES.usProtections,
    });
  }
  steps.push(...buyerUsNoScanStep(ctx));
  steps.push(
    carrierStep(ctx, {
      id: 'carrier-trace',
      title: 'Ask the carrier to trace the parcel',
      detail:
        'Only the carrier can confirm a loss. Many carriers open claims for the sender only, so the seller or TikTok Shop may have to file; a trace reference still helps them.',
      when: 'If tracking has not moved for several days',
      source: reason('The carrier holds the scans; a trace number gives the seller and TikTok something to act on.'),
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
      title: 'Check the address and around the delivery place',
      detail:
        'Check the address on the order, ask your household and neighbours, look around the door, porch, garage and back door, and look for a notice of attempted delivery or a pickup-point note.',
      who: 'self',
      when: 'Now',
      have: ['order-id', 'proof-of-address'],
      actions: [],
      source: checkSource ?? reason('Most "delivered but not received" parcels turn up nearby or at a pickup point.'),
    },
    carrierStep(ctx, {
      title: 'Ask the carrier where exactly it was delivered',
      detail:
        'The carrier may have a delivery photo, GPS point or signature, or may have marked it delivered early. If the address was wrong, it may be able to redirect the parcel.',
      source: ctx.market === 'US' ? SOURCES.usNotReceived : reason('The carrier holds the delivery record.'),
    }),
    messageSellerStep(ctx),
  ];
  const resolved = buyerReturnRule(ctx, 'not-received');
  const refund = refundRequestStep(ctx, resolved, 'If you still cannot find it, ask for a refund for non-receipt.');
  if (resolved?.rule.id === 'id-buyer-returns-6d') {
    refund.note = [refund.note, 'Counted from the Delivered date, taken as the day the order was received.']
      .filter(Boolean)
      .join(' ');
  }
  steps.push(refund, contactTikTokStep(ctx, { when: 'If the request is rejected or stalls' }), recordStep(ctx));
  return steps;
}

function buyerWrongAddress(ctx: Ctx): Draft[] {
  const shipped = ctx.dates.shipped !== undefined || ctx.trackingNumber !== undefined;
  const seller = messageSellerStep(ctx, {
    detail: shipped
      ? 'Tell the seller the correct address; they can ask their carrier to redirect or reship.'
      : 'Ask the seller to update the shipping address before it ships: that is the easy moment to fix it.',
  });
  if (ctx.market === 'US') seller.source = SOURCES.usContactSellerThenSupport;
  const carrier = carrierStep(ctx, {
    title: 'Ask the carrier to redirect or hold the parcel',
    detail:
      'Carriers can sometimes redirect a parcel or hold it for collection; have the tracking number and the correct address ready.',
    source:
      ctx.market === 'US'
        ? SOURCES.usNotReceived
        : reason('Only the carrier can change where a parcel in transit goes.'),
  });
  const steps: Draft[] = shipped ? [trackStep(ctx), seller, carrier] : [seller];
  steps.push(contactTikTokStep(ctx), recordStep(ctx));
  return steps;
}

function buyerCustoms(ctx: Ctx): Draft[] {
  return [
    trackStep(ctx, 'The carrier page shows whether customs holds the parcel and whether duties are due.'),
    carrierStep(ctx, {
      title: 'Ask the carrier what customs needs',
      detail:
        'The carrier (or your national post) clears the parcel and collects any duties. Pay only on the carrier’s own website or in person, never through a link in a text message.',
      source: reason(
        'Fake "customs fee" messages are a common scam; the directory only lists carriers’ official contacts.',
      ),
    }),
    messageSellerStep(ctx, {
      detail:
        'The seller can provide the invoice or customs details. TikTok Shop publishes no customs policy for buyers; who pays duties depends on the listing and your country.',
    }),
    contactTikTokStep(ctx, { when: 'If the parcel is held or sent back' }),
    recordStep(ctx),
  ];
}

function buyerDamaged(ctx: Ctx): Draft[] {
  const steps: Draft[] = [
    {
      id: 'document-damage',
      title: 'Photograph everything before you throw anything away',
      detail:
        'Take clear photos of the item, the box and the label with the tracking number, and keep the packaging. Blurry or inconclusive photos can get a claim rejected.',
      who: 'self',
      when: 'Now, before unpacking further',
      have: ['photos', 'unboxing-video', 'label'],
      actions: [],
      source:
        ctx.market === 'US'
          ? SOURCES.usMoneyBackGuarantee
          : reason('Refunds for damaged or wrong items are decided on photos and the packaging.'),
    },
    messageSellerStep(ctx),
    refundRequestStep(
      ctx,
      buyerReturnRule(ctx, 'damaged'),
      'Ask for a return or refund for the damaged, faulty or wrong item.',
    ),
  ];
  const guarantee = rule(ctx, 'us-buyer-money-back-90d');
  if (guarantee) {
    steps.push(
      withRule(
        {
          id: 'money-back-guarantee',
          title: 'After the return window: the money-back guarantee',
          detail: `For damaged or defective items. ${deadlineSentence(guarantee, ctx.today, 'Claim it')} Find the money-back guarantee link on the Order details page.`,
          who: 'tiktok',
          when: 'If the 30-day return window has closed',
          have: ['order-id', 'photos'],
          actions: [
            { kind: 'in-app', path: [...IN_APP_PATHS.usMoneyBackGuarantee] },
            openSource(SOURCES.usMoneyBackGuarantee, 'Money-back guarantee'),
            copy(ctx, 'tiktok-chat', 'Copy the claim text'),
          ],
          followUpDays: 3,
          source: SOURCES.usMoneyBackGuarantee,
        },
        guarantee,
        'deadline',
      ),
    );
  }
  steps.push(contactTikTokStep(ctx, { when: 'If the seller refuses or does not answer' }), recordStep(ctx));
  return steps;
}

function buyerReturned(ctx: Ctx): Draft[] {
  const steps: Draft[] = [
    trackStep(ctx, 'Find out why it went back: failed attempts, an address problem, or waiting at a pickup point.'),
    carrierStep(ctx, {
      title: 'Ask the carrier for redelivery or collection',
      detail:
        'If the parcel went to a pickup point and has not left it, the carrier can often redeliver or hold it for you.',
      source: isSea(ctx)
        ? SOURCES.seaDeliveredNotReceived
        : reason('A parcel still with the carrier can often be redelivered before it reaches the sender.'),
    }),
    messageSellerStep(ctx, {
      detail: 'Ask the seller to reship once the parcel is back, or to refund you.',
    }),
  ];
  if (ctx.market === 'TH') {
    steps.push({
      id: 'th-auto-refund',
      title: 'A parcel delivered back to the seller is refunded',
      detail:
        'When the status becomes "Delivered Back to Seller", TikTok Shop cancels the order and refunds it automatically.',
      who: 'self',
      when: 'Once the parcel is back with the seller',
      have: ['order-id'],
      actions: [],
      source: SOURCES.thFailedDelivery,
    });
  }
  steps.push(contactTikTokStep(ctx), recordStep(ctx));
  return steps;
}

function buyerAwaitingShipment(ctx: Ctx): Draft[] {
  return [
    messageSellerStep(ctx, {
      detail:
        'Ask the seller when the order will ship. Once it does, the tracking number appears on the order and Carrier Finder can show the carrier.',
    }),
    contactTikTokStep(ctx, {
      detail:
        'If it has not shipped by the date the order page promised, ask TikTok Shop about cancelling or a refund.',
      when: 'If the promised shipping date passes',
    }),
    recordStep(ctx),
  ];
}

// --- Seller ---------------------------------------------------------------------------------------------------------

function genericSellerSupport(ctx: Ctx, detail: string): Draft {
  return sellerSupportStep(ctx, {
    id: 'seller-support',
    title: 'Open a ticket with TikTok seller support',
    detail,
    source:
      ctx.channels.inAppSource && ctx.channels.inAppSource.source.startsWith('https://')
        ? {
            url: ctx.channels.inAppSource.source,
            title: 'TikTok Shop seller support',
            checked: ctx.channels.inAppSource.checked,
          }
        : reason(
            'When TikTok arranged the shipping, TikTok deals with its carrier; Seller Center support is the way in.',
          ),
  });
}

function usLostThresholdStep(ctx: Ctx): Draft[] {
  const found = usNoScan(ctx);
  if (!found) return [];
  const draft = withRule(
    {
      id: 'us-lost-threshold',
      title: 'Get the parcel moving before it counts as lost',
      detail: `${noScanSentence(ctx, found.date)} ${
        found.date !== undefined && found.date < ctx.today
          ? 'That date has passed: TikTok may already treat the parcel as lost, which can cancel the order and refund the buyer. Ask the carrier for a trace and its confirmation now.'
          : 'A lost parcel can mean the order is cancelled and the buyer refunded, so press the carrier for a scan or a trace before then.'
      }`,
      who: 'carrier',
      when: 'Before 7 business days pass without a scan',
      have: ['tracking-number', 'label', 'receipt'],
      actions: [
        { kind: 'contact-carrier', ...(ctx.carrier ? { carrier: ctx.carrier } : {}) },
        copy(ctx, 'carrier-call-notes', 'Copy call notes'),
        copy(ctx, 'carrier-email', 'Copy an email to the carrier'),
        openSource(SOURCES.usSellerShipping, 'Seller Shipping rules'),
      ],
      followUpDays: 2,
      source: SOURCES.usSellerShipping,
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
      {
        id: 'us-edit-tracking',
        title: 'If the uploaded tracking is wrong: edit it once',
        detail: `Tracking can be edited once, within 72 hours of upload. ${deadlineSentence(edit, ctx.today, 'Edit it')}`,
        who: 'self',
        when: 'As soon as you notice',
        have: ['order-id', 'tracking-number', 'label'],
        actions: [openSource(SOURCES.usTrackingEdit, 'Editing tracking information')],
        source: SOURCES.usTrackingEdit,
      },
      edit,
      'deadline',
    ),
    withRule(
      sellerSupportStep(ctx, {
        id: 'us-tracking-ticket',
        title: 'After that: fix it through a support ticket',
        detail: `Send the original and the new tracking number and carrier. ${deadlineSentence(ticket, ctx.today, 'Submit the ticket')}`,
        when: 'If the one edit is used or its 72 hours are over',
        source: SOURCES.usSellerShipping,
      }),
      ticket,
      'deadline',
    ),
  ]);
}

function usInsuranceClaimStep(ctx: Ctx, extra: string): Draft[] {
  const claim = rule(ctx, 'us-seller-insurance-claim-90d');
  if (!claim) return [];
  return [
    withRule(
      sellerSupportStep(ctx, {
        id: 'us-shipping-claim',
        title: 'File the TikTok Shipping claim',
        detail: `File it from Manage Orders or Order Details. ${deadlineSentence(claim, ctx.today, 'File it')} The insurer (U-PIC) decides in 7-10 business days and may ask the buyer for an affidavit; appeals go to U-PIC. ${extra}`,
        source: SOURCES.usInsuranceClaim,
      }),
      claim,
      'deadline',
    ),
  ];
}

/** SEA platform shipping: compensation comes by itself within 5 business days; else a ticket within 40 days. */
function seaClaimStep(ctx: Ctx, category: string[], what: string): Draft[] {
  const window = rule(ctx, 'sea-seller-claim-40d');
  if (!window) return [];
  const wait = rule(ctx, 'sea-seller-compensation-5-business');
  const waitText =
    wait && ctx.problem !== 'not-received'
      ? `${startSentence(wait, ctx.today, 'If no compensation has arrived, open the ticket')} `
      : '';
  const step = withRule(
    sellerSupportStep(ctx, {
      id: 'sea-claim',
      title: `Claim compensation: ${category.at(-1) ?? 'logistics issue'}`,
      detail: `${what} ${waitText}${deadlineSentence(window, ctx.today, 'Submit the claim')}`,
      category: ['Seller Center', 'Help Center', ...category],
      source: window.rule.source,
    }),
    window,
    'deadline',
  );
  if (wait && ctx.problem !== 'not-received') {
    if (wait.date !== undefined) step.notBefore = wait.date;
    step.uncertain = true;
    step.note = [step.note, wait.note].filter(Boolean).join(' ');
    step.detail = `${step.detail} Not certain: ${wait.note ?? ''}`.trim();
  }
  return [step];
}

/** What each market's platform-shipping claim says for one problem. */
interface PlatformClaim {
  /** Seller Center ticket category path in South-East Asia. */
  seaCategory: string[];
  sea: string;
  us: string;
  /** Markets without a documented claim flow: what to ask general seller support. */
  other: string;
}

/** The claim for a parcel TikTok shipped, by market: SEA ticket, US shipping-insurance claim, or seller support. */
function platformClaimSteps(ctx: Ctx, claim: PlatformClaim): Draft[] {
  if (isSea(ctx)) return seaClaimStep(ctx, claim.seaCategory, claim.sea);
  if (ctx.market === 'US') return usInsuranceClaimStep(ctx, claim.us);
  return [genericSellerSupport(ctx, claim.other)];
}

function respondInTimeStep(ctx: Ctx): Draft[] {
  if (ctx.market === 'VN' || ctx.market === 'ID') {
    const vn = ctx.market === 'VN';
    return [
      {
        id: 'respond-in-time',
        title: "Answer the buyer's return request in time",
        detail: vn
          ? 'Handle a return/refund request within 1 working day of the buyer’s submission, or it is approved automatically.'
          : 'Handle a return request within 48 hours, or it is approved automatically.',
        who: 'self',
        when: 'As soon as the request arrives',
        have: ['order-id', 'photos'],
        actions: [openSource(vn ? SOURCES.vnReturns : SOURCES.idReturns, 'Return rules')],
        source: vn ? SOURCES.vnReturns : SOURCES.idReturns,
      },
    ];
  }
  return [];
}

function fbtStep(ctx: Ctx, what: string): Draft[] {
  return forMode(ctx, 'fulfilled-by-tiktok', [
    sellerSupportStep(ctx, {
      id: 'fbt-support',
      title: 'Fulfilled by TikTok: TikTok handles it',
      detail: `TikTok's warehouse shipped this order. ${what}`,
      source:
        ctx.market === 'US'
          ? SOURCES.usFbt
          : reason('With Fulfilled by TikTok, TikTok, not the seller, shipped the parcel.'),
    }),
  ]);
}

function sellerCarrierClaim(ctx: Ctx, title: string, detail: string): Draft {
  return carrierStep(ctx, {
    title,
    detail,
    claims: true,
    source:
      ctx.market === 'US'
        ? SOURCES.usShippingInsurance
        : isSea(ctx)
          ? SOURCES.seaLostDamagedVn
          : reason('With your own carrier, the contract and the claim are between you and the carrier.'),
  });
}

function sellerDelayed(ctx: Ctx): Draft[] {
  const steps: Draft[] = [trackStep(ctx, 'Compare the carrier’s tracking with the order page; they can differ.')];
  // Platform shipping
  const stuck = rule(ctx, 'sea-seller-stuck-2-business');
  if (stuck) {
    const ticket = withRule(
      sellerSupportStep(ctx, {
        id: 'ticket-unmoved',
        title: 'Ticket: Unmoved tracking event',
        detail: `${startSentence(stuck, ctx.today, 'If the status still has not moved, open the ticket')} Support follows up with the carrier.`,
        category: [
          'Seller Center',
          'Help Center',
          'Complaints & Dispute (Logistic related)',
          'Delivery process inquiry',
          'Unmoved tracking event',
        ],
        source: SOURCES.seaStuckStatus,
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
          title: 'Ask TikTok seller support',
          detail:
            'Seller Center > Help Center > Contact Us; live agents daily 5 AM-11 PM Pacific. For TikTok Shipping, parcels whose tracking stays stagnant for over 10 days are compensated automatically.',
          source: SOURCES.usPickupRules,
        }),
      ]),
    );
  } else {
    steps.push(
      ...forMode(ctx, 'platform', [genericSellerSupport(ctx, 'Ask support to chase the carrier for a status update.')]),
    );
  }
  // Seller shipping
  steps.push(
    ...forMode(ctx, 'seller', [
      carrierStep(ctx, {
        title: 'Ask your carrier for a status update',
        detail: isSea(ctx)
          ? 'Check with your logistics provider. If it was delivered but the status is stuck, update the delivery status yourself and upload proof of delivery.'
          : 'With your own carrier, TikTok does not chase the shipment for you: ask the carrier for a scan or a trace.',
        source: isSea(ctx)
          ? SOURCES.seaStuckStatus
          : ctx.market === 'US'
            ? SOURCES.usShippingInsurance
            : reason('Only your carrier can move or trace a parcel you shipped.'),
      }),
    ]),
    ...usLostThresholdStep(ctx),
    ...usFixTrackingSteps(ctx),
  );
  steps.push(...fbtStep(ctx, 'Ask seller support to chase the delivery.'));
  steps.push(messageBuyerStep(ctx), recordStep(ctx));
  return steps;
}

function sellerLost(ctx: Ctx): Draft[] {
  const steps: Draft[] = [trackStep(ctx, 'Note the date of the last scan: claim windows count from it.')];
  const platform: Draft[] = [];
  if (ctx.market === 'US') {
    // Before the US insurance claim: the carrier has to declare the parcel lost.
    platform.push({
      ...carrierStep(ctx, {
        id: 'carrier-confirm-loss',
        title: 'Ask the carrier to confirm the loss',
        detail:
          'TikTok reportedly asks for the carrier’s confirmation before it pays a lost-package claim: the carrier is the only one who can declare a parcel lost. Not certain: reported by a third-party tracker of TikTok policy changes, not read on TikTok’s own page.',
        source: SOURCES.usCarrierConfirmsLoss,
      }),
      uncertain: true,
      note: 'Reported by a third-party tracker of TikTok policy changes; not read on TikTok’s own page.',
    });
  }
  platform.push(
    ...platformClaimSteps(ctx, {
      seaCategory: ['Complaints & Disputes (Logistic related)', 'Delivery process inquiry', 'Package Lost'],
      sea: 'TikTok compensates lost platform parcels automatically and refunds the buyer.',
      us: 'With Upgraded TikTok Shipping, TikTok handles the claim itself and approves "Package Lost" automatically once the carrier confirms the loss.',
      other: 'Report the lost parcel and ask about compensation.',
    }),
  );
  steps.push(...forMode(ctx, 'platform', platform));
  steps.push(
    ...forMode(ctx, 'seller', [
      sellerCarrierClaim(
        ctx,
        'Open a trace and a claim with your carrier',
        ctx.market === 'US'
          ? 'TikTok does not handle logistics or insurance claims for Seller Shipping: the claim is between you and your carrier.'
          : isSea(ctx)
            ? 'TikTok investigates and reimburses only parcels shipped by platform: for your own carrier, claim with it directly.'
            : 'With your own carrier, the claim is between you and the carrier; keep the label and the drop-off receipt.',
      ),
    ]),
    ...usLostThresholdStep(ctx),
  );
  steps.push(
    ...fbtStep(ctx, 'TikTok reimburses lost or damaged Fulfilled by TikTok parcels: report it to seller support.'),
  );
  steps.push(messageBuyerStep(ctx), recordStep(ctx));
  return steps;
}

function sellerNotReceived(ctx: Ctx): Draft[] {
  const steps: Draft[] = [
    messageBuyerStep(
      ctx,
      'Ask the buyer to check the address, their household and neighbours, around the door, and any carrier note about a pickup point.',
    ),
    trackStep(ctx, 'Look at the delivery scan: time, place and any photo or signature.'),
  ];
  steps[0] = {
    ...steps[0]!,
    source:
      ctx.market === 'US' ? SOURCES.usInsuranceClaim : isSea(ctx) ? SOURCES.seaDeliveredNotReceived : steps[0]!.source,
  };
  const platform = platformClaimSteps(ctx, {
    seaCategory: ['Complaints & dispute', 'Logistic issue', 'Delivered but not received'],
    sea: 'Approve the buyer’s refund request first; once the refund is done, claim compensation.',
    us: 'With Upgraded TikTok Shipping, TikTok approves "Delivered But Not Received" automatically when its policy requirements are met.',
    other: 'Report the delivered-but-not-received parcel and ask how to claim.',
  });
  steps.push(...forMode(ctx, 'platform', platform));
  steps.push(
    ...forMode(ctx, 'seller', [
      carrierStep(ctx, {
        title: 'Ask your carrier for proof of delivery',
        detail: 'Ask for the delivery photo, GPS point or signature, and open a claim if the parcel cannot be found.',
        claims: true,
        source: isSea(ctx) ? SOURCES.seaDeliveredNotReceived : reason('Proof of delivery comes only from the carrier.'),
      }),
    ]),
  );
  steps.push(...fbtStep(ctx, 'Report the delivered-but-not-received parcel to seller support.'));
  steps.push(...respondInTimeStep(ctx), recordStep(ctx));
  return steps;
}

function sellerWrongAddress(ctx: Ctx): Draft[] {
  const shipped = ctx.dates.shipped !== undefined || ctx.trackingNumber !== undefined;
  const steps: Draft[] = [
    messageBuyerStep(ctx, 'Confirm the correct, complete address with the buyer in the order chat.'),
  ];
  if (!shipped) {
    steps.push({
      id: 'update-address',
      title: 'Correct the address before you ship',
      detail: 'Before shipping is the easy moment: sellers can update the shipping address for the buyer.',
      who: 'self',
      when: 'Before the label is printed',
      have: ['order-id', 'proof-of-address'],
      actions: [],
      source:
        ctx.market === 'US' ? SOURCES.usContactSellerThenSupport : reason('Nothing has been handed to a carrier yet.'),
    });
  } else {
    steps.push(
      carrierStep(ctx, {
        title: 'Ask the carrier to redirect the parcel',
        detail: 'Carriers can sometimes redirect a parcel in transit or hold it for collection.',
        source:
          ctx.market === 'US'
            ? SOURCES.usNotReceived
            : reason('Only the carrier can change where a parcel in transit goes.'),
      }),
    );
  }
  if (ctx.market === 'US') {
    steps.push(
      ...forMode(ctx, 'seller', [
        {
          id: 'us-tracking-address-issue',
          title: 'If Seller Center shows "Tracking address issue"',
          detail:
            'The tag means the ZIP code in the tracking does not match the buyer’s. Click the tag for the fix and the link to create a ticket.',
          who: 'tiktok',
          when: 'When the tag appears on the order',
          have: ['order-id', 'tracking-number', 'label'],
          actions: [
            openSource(SOURCES.usTrackingValidation, 'Validation of tracking ID'),
            copy(ctx, 'tiktok-ticket', 'Copy the ticket text'),
          ],
          followUpDays: 3,
          source: SOURCES.usTrackingValidation,
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
          title: 'Use "Contact Logistics Service" on the order',
          detail:
            'Orders with a logistics issue show a tag with "Contact Logistics Service", which opens a ticket addressed to the logistics provider. Failed deliveries are listed under Orders > Manage Orders > Failed Delivery.',
          source: SOURCES.thFailedDelivery,
        }),
      ]),
    );
  } else {
    steps.push(
      ...forMode(ctx, 'platform', [
        genericSellerSupport(ctx, 'Ask support to have the carrier correct or redirect the delivery.'),
      ]),
    );
  }
  steps.push(recordStep(ctx));
  return steps;
}

function sellerCustoms(ctx: Ctx): Draft[] {
  return [
    trackStep(ctx, 'See whether customs holds the parcel and what it is waiting for.'),
    ...forMode(ctx, 'platform', [
      genericSellerSupport(
        ctx,
        'When TikTok arranged the shipping, its carrier handles clearance: ask support what customs needs.',
      ),
    ]),
    ...forMode(ctx, 'seller', [
      carrierStep(ctx, {
        title: 'Give your carrier the customs documents',
        detail:
          'Send the commercial invoice and item details the carrier asks for; ask whether duties are charged to the buyer.',
        source: reason('Customs deals with the carrier that lodged the declaration, and the carrier deals with you.'),
      }),
    ]),
    ...fbtStep(ctx, 'Ask seller support what customs needs.'),
    messageBuyerStep(ctx, 'Tell the buyer the parcel is in customs and whether duties may be charged to them.'),
    recordStep(ctx),
  ];
}

function sellerDamaged(ctx: Ctx): Draft[] {
  const steps: Draft[] = [
    {
      id: 'collect-evidence',
      title: 'Collect the evidence',
      detail:
        'Ask the buyer for photos or an unboxing video; keep your packing photos, the materials used and the label with the tracking number visible.',
      who: 'self',
      when: 'Now',
      have: ['photos', 'unboxing-video', 'label'],
      actions: [],
      source: isSea(ctx)
        ? SOURCES.seaLostDamaged
        : reason('Damage claims are decided on photos, packaging and the label.'),
    },
  ];
  const platform = platformClaimSteps(ctx, {
    seaCategory: ['Complaints & Disputes (Logistic related)', 'Logistic Issue', 'Package Damaged'],
    sea: 'TikTok compensates damaged platform parcels automatically and refunds the buyer.',
    us: 'With Upgraded TikTok Shipping, an empty package or a missing or wrong item is reviewed case by case on evidence of carrier fault.',
    other: 'Report the damage with the evidence and ask about compensation.',
  });
  steps.push(...forMode(ctx, 'platform', platform));
  steps.push(
    ...forMode(ctx, 'seller', [
      sellerCarrierClaim(
        ctx,
        'File a damage claim with your carrier',
        'Send the photos, the packaging details and the label.',
      ),
    ]),
  );
  steps.push(
    ...fbtStep(ctx, 'TikTok reimburses lost or damaged Fulfilled by TikTok parcels: report it to seller support.'),
  );
  steps.push(...respondInTimeStep(ctx), messageBuyerStep(ctx), recordStep(ctx));
  return steps;
}

function sellerReturned(ctx: Ctx): Draft[] {
  const steps: Draft[] = [
    trackStep(ctx, 'Find out why it is coming back: failed attempts, address problem, or refused.'),
    messageBuyerStep(ctx, 'Ask the buyer to confirm the address and whether they still want the parcel redelivered.'),
    carrierStep(ctx, {
      title: 'Ask the carrier about redelivery',
      detail: 'A parcel still with the carrier can often be redelivered or held for collection.',
      source: reason('Redelivery is cheaper and quicker before the parcel is back with you.'),
    }),
  ];
  if (ctx.market === 'TH') {
    steps.push({
      id: 'th-failed-delivery',
      title: 'Watch the Failed Delivery tab',
      detail:
        'Under Orders > Manage Orders > Failed Delivery: once the status is "Delivered Back to Seller", the order is cancelled and refunded automatically. A returned parcel you do not accept is destroyed; if its return delivery fails, you have 7 days to ask for it back.',
      who: 'self',
      when: 'While the parcel is returning',
      have: ['order-id', 'tracking-number'],
      actions: [
        openSource(SOURCES.thFailedDelivery, 'Failed Delivery orders'),
        openSource(SOURCES.thReturnedParcels, 'Returned parcels'),
      ],
      source: SOURCES.thFailedDelivery,
    });
  }
  if (isSea(ctx)) {
    steps.push(
      ...forMode(
        ctx,
        'platform',
        seaClaimStep(
          ctx,
          ['Complaints & Disputes (Logistic related)', 'Delivery process inquiry', 'Package Lost'],
          'If you lose both the payment and the goods (the parcel never comes back), you can claim compensation.',
        ),
      ),
    );
  } else {
    steps.push(
      ...forMode(ctx, 'platform', [
        genericSellerSupport(ctx, 'Ask support where the returning parcel is and about redelivery.'),
      ]),
    );
  }
  steps.push(...fbtStep(ctx, 'Ask seller support about the returned parcel.'), recordStep(ctx));
  return steps;
}

function sellerAwaitingShipment(ctx: Ctx): Draft[] {
  const steps: Draft[] = [];
  if (ctx.market === 'US') {
    steps.push(
      ...forMode(ctx, 'seller', [
        {
          id: 'upload-tracking',
          title: 'Upload valid tracking within your handling time',
          detail:
            'Once the label is bought, add its tracking number: Manage Orders > Awaiting shipment > Add tracking info, with a supported shipping provider. TikTok flags tracking whose first scan is over 24 hours before the order, or whose ZIP does not match.',
          who: 'self',
          when: 'Within the handling time set in Seller Center',
          // The number comes with the label: nothing to have ready before it is bought.
          have: ['order-id', 'label'],
          actions: [openSource(SOURCES.usSellerShipping, 'Seller Shipping rules')],
          source: SOURCES.usSellerShipping,
        },
      ]),
      ...forMode(ctx, 'platform', [
        {
          id: 'us-pickup-proof',
          title: 'Arrange the pickup and keep proof of handover',
          detail:
            'With TikTok Shipping you arrange the pickup; keep the USPS SCAN form or the proof of pickup, or delays before the first scan count against you.',
          who: 'self',
          when: 'When you hand the parcel over',
          have: ['label', 'receipt'],
          actions: [openSource(SOURCES.usPickupRules, 'Pickup rules')],
          source: SOURCES.usPickupRules,
        },
      ]),
    );
  } else if (isSea(ctx)) {
    steps.push(
      ...forMode(ctx, 'platform', [
        {
          ...sellerSupportStep(ctx, {
            id: 'ticket-pickup',
            title: 'Picked up but the status is not "Shipped"?',
            detail:
              'If the carrier picked it up over 24 hours ago and the status has not changed, open a ticket with evidence of the pickup.',
            category: [
              'Seller Center',
              'Help Center',
              'Complaints & Dispute (Logistic related)',
              'Pick up Issues',
              'Picked up but logistics status not updated',
            ],
            source: SOURCES.seaStuckStatus,
          }),
          when: '24 hours after pickup',
          uncertain: ctx.market !== 'TH' && ctx.market !== 'VN',
          ...(ctx.market !== 'TH' && ctx.market !== 'VN'
            ? { note: 'Stated on the TH and VN Seller Center help; assumed for this market.' }
            : {}),
        },
      ]),
    );
  } else {
    steps.push(
      ...forMode(ctx, 'platform', [
        genericSellerSupport(ctx, 'Ask support about the pickup if the carrier has not collected the parcel.'),
      ]),
    );
  }
  steps.push(
    ...forMode(ctx, 'seller', [
      carrierStep(ctx, {
        title: 'Book the pickup or drop-off with your carrier',
        detail: 'Hand the parcel over and keep the drop-off receipt or pickup proof with the tracking number.',
        source: reason('A first carrier scan is what starts the tracking the buyer sees.'),
      }),
    ]),
    ...fbtStep(ctx, 'TikTok’s warehouse ships it; ask seller support if it is late.'),
    messageBuyerStep(ctx, 'Let the buyer know when the order will ship.'),
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
