import type { AdviceKey } from '../i18n/messages/en/advice';
import type { OrderDates, Role, ShippingMode } from '../order';
import { SOURCES } from './sources';
import type { SourceRef } from './types';

/** Which of the order's dates a rule counts from. */
export type DateAnchor = keyof OrderDates;

/**
 * A time rule TikTok Shop (or the law it quotes) states, with what it says in one sentence as its comment. Data only;
 * `deadlines.ts` turns a rule and an order's dates into a concrete date and a sentence in the reader's language.
 */
export interface DeadlineRule {
  id: string;
  /** Markets (ISO alpha-2) where the source states the rule. */
  regions: readonly string[];
  /** Markets where we apply it without a source of their own (the step says so; the rule counts as uncertain). */
  assumedRegions?: readonly string[];
  role: Role;
  /** Shipping modes it applies to; absent means any. */
  modes?: readonly ShippingMode[];
  anchor: DateAnchor;
  /** How the anchor date reads in a sentence ("the Delivered status"): a message of its own, filled into others. */
  anchorLabel: AdviceKey;
  days: number;
  unit: 'calendar' | 'business';
  /**
   * `after`: the date is anchor + days (30 days after 29 Nov is 29 Dec).
   * `inclusive`: the anchor day is day 1 (TikTok's own SEA example: last update 1 Feb 2024, claim by 11 Mar 2024).
   */
  counting: 'after' | 'inclusive';
  /** `deadline`: act by this date. `not-before`: the rule only kicks in from this date. */
  kind: 'deadline' | 'not-before';
  source: SourceRef;
  /** True when the research is thin or the anchor is our inference; `note` says why. */
  uncertain?: boolean;
  /** A caveat shown with the step (a message). */
  note?: AdviceKey;
}

const EU_REGIONS = ['IE', 'ES', 'DE', 'FR', 'IT'] as const;

export const DEADLINE_RULES = [
  /** Request a return & refund with the reason "Package wasn't received" within 30 days of "Delivered". */
  {
    id: 'us-buyer-not-received-30d',
    regions: ['US'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'advice.anchor.deliveredStatus',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usNotReceived,
  },
  /** Free returns on most items for 30 days after delivery. */
  {
    id: 'us-buyer-returns-30d',
    regions: ['US'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'advice.anchor.delivery',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usProtections,
    uncertain: true,
    note: 'advice.rule.usBuyerReturns30d.note',
  },
  /** The money-back guarantee covers damaged or defective items for up to 90 days from "Delivered". */
  {
    id: 'us-buyer-money-back-90d',
    regions: ['US'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'advice.anchor.deliveredStatus',
    days: 90,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usMoneyBackGuarantee,
    note: 'advice.rule.usBuyerMoneyBack90d.note',
  },
  /** Return/refund requests within 15 calendar days after the status becomes "Delivered". */
  {
    id: 'vn-buyer-returns-15d',
    regions: ['VN'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'advice.anchor.deliveredStatus',
    days: 15,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.vnReturns,
    note: 'advice.rule.vnBuyerReturns15d.note',
  },
  /** Return/refund requests up to 6 days from when the order was received. */
  {
    id: 'id-buyer-returns-6d',
    regions: ['ID'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'advice.anchor.receipt',
    days: 6,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.idReturns,
    note: 'advice.rule.idBuyerReturns6d.note',
  },
  /** Statutory right to cancel and return within 14 days after the day you receive the product. */
  {
    id: 'gb-buyer-cancel-14d',
    regions: ['GB'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'advice.anchor.receipt',
    days: 14,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.gbReturns,
  },
  /** Extended returns benefit: return within 30 days from the date you receive the product. */
  {
    id: 'gb-buyer-returns-30d',
    regions: ['GB'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'advice.anchor.receipt',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.gbReturns,
    note: 'advice.rule.gbBuyerReturns30d.note',
  },
  /** Right of withdrawal within 14 days of receiving the product. */
  {
    id: 'eu-buyer-withdraw-14d',
    regions: EU_REGIONS,
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'advice.anchor.receipt',
    days: 14,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.euReturns,
    note: 'advice.rule.euSpanishEdition.note',
  },
  /** Extended returns within 30 days of receiving the product. */
  {
    id: 'eu-buyer-returns-30d',
    regions: EU_REGIONS,
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'advice.anchor.receipt',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.euReturns,
    note: 'advice.rule.euSpanishEdition.note',
  },
  /** A Seller Shipping parcel with no carrier scan for 10 calendar days is considered lost. */
  {
    id: 'us-seller-lost-10-calendar',
    regions: ['US'],
    role: 'seller',
    modes: ['seller'],
    anchor: 'lastUpdate',
    anchorLabel: 'advice.anchor.lastCarrierScan',
    days: 10,
    unit: 'calendar',
    counting: 'after',
    kind: 'not-before',
    source: SOURCES.usSellerShipping,
    note: 'advice.rule.usSellerLost10Calendar.note',
  },
  /** A Seller Shipping parcel with no carrier scan for 7 business days is considered lost. */
  {
    id: 'us-seller-lost-7-business',
    regions: ['US'],
    role: 'seller',
    modes: ['seller'],
    anchor: 'lastUpdate',
    anchorLabel: 'advice.anchor.lastCarrierScan',
    days: 7,
    unit: 'business',
    counting: 'after',
    kind: 'not-before',
    source: SOURCES.usSellerShipping,
    note: 'advice.rule.usSellerLost7Business.note',
  },
  /** TikTok Shipping insurance claims (U-PIC) must be opened within 90 days of the ship date. */
  {
    id: 'us-seller-insurance-claim-90d',
    regions: ['US'],
    role: 'seller',
    modes: ['platform'],
    anchor: 'shipped',
    anchorLabel: 'advice.anchor.shipDate',
    days: 90,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usShippingInsurance,
    note: 'advice.rule.usSellerInsuranceClaim90d.note',
  },
  /** Platform-shipping compensation claims are rejected after 40 calendar days from the last logistics update. */
  {
    id: 'sea-seller-claim-40d',
    regions: ['TH', 'VN'],
    assumedRegions: ['ID', 'MY', 'PH', 'SG'],
    role: 'seller',
    modes: ['platform'],
    anchor: 'lastUpdate',
    anchorLabel: 'advice.anchor.lastLogisticsUpdate',
    days: 40,
    unit: 'calendar',
    counting: 'inclusive',
    kind: 'deadline',
    source: SOURCES.seaLostDamaged,
    note: 'advice.rule.seaSellerClaim40d.note',
  },
  /** If a platform-shipped status has not updated within 2 business days, contact seller support. */
  {
    id: 'sea-seller-stuck-2-business',
    regions: ['TH', 'VN'],
    assumedRegions: ['ID', 'MY', 'PH', 'SG'],
    role: 'seller',
    modes: ['platform'],
    anchor: 'lastUpdate',
    anchorLabel: 'advice.anchor.lastLogisticsUpdate',
    days: 2,
    unit: 'business',
    counting: 'after',
    kind: 'not-before',
    source: SOURCES.seaStuckStatus,
  },
  /** Compensation for a lost or damaged parcel comes automatically within 1-5 business days; after that, open a ticket. */
  {
    id: 'sea-seller-compensation-5-business',
    regions: ['TH', 'VN'],
    assumedRegions: ['ID', 'MY', 'PH', 'SG'],
    role: 'seller',
    modes: ['platform'],
    anchor: 'lastUpdate',
    anchorLabel: 'advice.anchor.lostOrDamagedStatus',
    days: 5,
    unit: 'business',
    counting: 'after',
    kind: 'not-before',
    source: SOURCES.seaLostDamaged,
    uncertain: true,
    note: 'advice.rule.seaSellerCompensation5Business.note',
  },
  /** Uploaded tracking can be edited once, within 72 hours of upload. */
  {
    id: 'us-seller-tracking-edit-72h',
    regions: ['US'],
    role: 'seller',
    modes: ['seller'],
    anchor: 'shipped',
    anchorLabel: 'advice.anchor.trackingUpload',
    days: 3,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usTrackingEdit,
    uncertain: true,
    note: 'advice.rule.usSellerTrackingEdit72h.note',
  },
  /** After the one edit, fix tracking through a support ticket within 30 days of the order date. */
  {
    id: 'us-seller-tracking-ticket-30d',
    regions: ['US'],
    role: 'seller',
    modes: ['seller'],
    anchor: 'ordered',
    anchorLabel: 'advice.anchor.orderDate',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usSellerShipping,
    note: 'advice.rule.usSellerTrackingTicket30d.note',
  },
] as const satisfies readonly DeadlineRule[];

export type RuleId = (typeof DEADLINE_RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, DeadlineRule> = new Map(DEADLINE_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): DeadlineRule {
  return BY_ID.get(id) as DeadlineRule;
}
