import type { OrderDates, Role, ShippingMode } from '../order';
import { SOURCES } from './sources';
import type { RuleSource } from './types';

/** Which of the order's dates a rule counts from. */
export type DateAnchor = keyof OrderDates;

/**
 * A time rule TikTok Shop (or the law it quotes) states. Data only; `deadlines.ts` turns a rule and an order's dates
 * into a concrete date.
 */
export interface DeadlineRule {
  id: string;
  /** One plain sentence, as a user would need it. */
  summary: string;
  /** Markets (ISO alpha-2) where the source states the rule. */
  regions: readonly string[];
  /** Markets where we apply it without a source of their own (the step says so; the rule counts as uncertain). */
  assumedRegions?: readonly string[];
  role: Role;
  /** Shipping modes it applies to; absent means any. */
  modes?: readonly ShippingMode[];
  anchor: DateAnchor;
  /** How the anchor date reads in a sentence, e.g. "the Delivered status". */
  anchorLabel: string;
  days: number;
  unit: 'calendar' | 'business';
  /**
   * `after`: the date is anchor + days (30 days after 29 Nov is 29 Dec).
   * `inclusive`: the anchor day is day 1 (TikTok's own SEA example: last update 1 Feb 2024, claim by 11 Mar 2024).
   */
  counting: 'after' | 'inclusive';
  /** `deadline`: act by this date. `not-before`: the rule only kicks in from this date. */
  kind: 'deadline' | 'not-before';
  source: RuleSource;
  /** True when the research is thin or the anchor is our inference; `note` says why. */
  uncertain?: boolean;
  note?: string;
}

const EU_REGIONS = ['IE', 'ES', 'DE', 'FR', 'IT'] as const;

export const DEADLINE_RULES = [
  {
    id: 'us-buyer-not-received-30d',
    summary: 'Request a return & refund with the reason "Package wasn\'t received" within 30 days of "Delivered".',
    regions: ['US'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'the Delivered status',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usNotReceived,
  },
  {
    id: 'us-buyer-returns-30d',
    summary: 'Free returns on most items for 30 days after delivery.',
    regions: ['US'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'delivery',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usProtections,
    uncertain: true,
    note: 'The official page says "30 days" without its start; third-party copies of the policy count from receipt.',
  },
  {
    id: 'us-buyer-money-back-90d',
    summary: 'The money-back guarantee covers damaged or defective items for up to 90 days from "Delivered".',
    regions: ['US'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'the Delivered status',
    days: 90,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usMoneyBackGuarantee,
    note: 'Excludes pre-owned, collectible and final-sale items. A return must be dropped off within 14 days.',
  },
  {
    id: 'vn-buyer-returns-15d',
    summary: 'Return/refund requests within 15 calendar days after the status becomes "Delivered".',
    regions: ['VN'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'the Delivered status',
    days: 15,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.vnReturns,
    note: 'Grounds include non-receipt, wrong or defective items and late delivery. Some categories are excepted. An older VN article said 6 days.',
  },
  {
    id: 'id-buyer-returns-6d',
    summary: 'Return/refund requests up to 6 days from when the order was received.',
    regions: ['ID'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'receipt',
    days: 6,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.idReturns,
    note: 'After that, the buyer can still message the seller or contact TikTok through Orders > Contact TikTok.',
  },
  {
    id: 'gb-buyer-cancel-14d',
    summary: 'Statutory right to cancel and return within 14 days after the day you receive the product.',
    regions: ['GB'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'receipt',
    days: 14,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.gbReturns,
  },
  {
    id: 'gb-buyer-returns-30d',
    summary: 'Extended returns benefit: return within 30 days from the date you receive the product.',
    regions: ['GB'],
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'receipt',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.gbReturns,
    note: 'Faulty items also carry legal rights against the seller beyond these windows (section 7 of the policy).',
  },
  {
    id: 'eu-buyer-withdraw-14d',
    summary: 'Right of withdrawal within 14 days of receiving the product.',
    regions: EU_REGIONS,
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'receipt',
    days: 14,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.euReturns,
    note: 'Read in the Spanish edition of the EU policy (last updated 1 July 2025); other languages were not checked.',
  },
  {
    id: 'eu-buyer-returns-30d',
    summary: 'Extended returns within 30 days of receiving the product.',
    regions: EU_REGIONS,
    role: 'buyer',
    anchor: 'delivered',
    anchorLabel: 'receipt',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.euReturns,
    note: 'Read in the Spanish edition of the EU policy (last updated 1 July 2025); other languages were not checked.',
  },
  {
    id: 'us-seller-lost-10-calendar',
    summary: 'A Seller Shipping parcel with no carrier scan for 10 calendar days is considered lost.',
    regions: ['US'],
    role: 'seller',
    modes: ['seller'],
    anchor: 'lastUpdate',
    anchorLabel: 'the last carrier scan',
    days: 10,
    unit: 'calendar',
    counting: 'after',
    kind: 'not-before',
    source: SOURCES.usSellerShipping,
    note: 'Domestic shipments. A lost parcel may lead to order cancellation and a refund to the buyer.',
  },
  {
    id: 'us-seller-lost-7-business',
    summary: 'A Seller Shipping parcel with no carrier scan for 7 business days is considered lost.',
    regions: ['US'],
    role: 'seller',
    modes: ['seller'],
    anchor: 'lastUpdate',
    anchorLabel: 'the last carrier scan',
    days: 7,
    unit: 'business',
    counting: 'after',
    kind: 'not-before',
    source: SOURCES.usSellerShipping,
    note: 'Business days here skip weekends only; public holidays are not known to the extension.',
  },
  {
    id: 'us-seller-insurance-claim-90d',
    summary: 'TikTok Shipping insurance claims (U-PIC) must be opened within 90 days of the ship date.',
    regions: ['US'],
    role: 'seller',
    modes: ['platform'],
    anchor: 'shipped',
    anchorLabel: 'the ship date',
    days: 90,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usShippingInsurance,
    note: 'Covers up to $200 automatically (more if bought with the label); the package must have a carrier scan.',
  },
  {
    id: 'sea-seller-claim-40d',
    summary:
      'Platform-shipping compensation claims are rejected after 40 calendar days from the last logistics update.',
    regions: ['TH', 'VN'],
    assumedRegions: ['ID', 'MY', 'PH', 'SG'],
    role: 'seller',
    modes: ['platform'],
    anchor: 'lastUpdate',
    anchorLabel: 'the last logistics update',
    days: 40,
    unit: 'calendar',
    counting: 'inclusive',
    kind: 'deadline',
    source: SOURCES.seaLostDamaged,
    note: "Counted as TikTok's example does: last update 1 Feb 2024, claim by 11 Mar 2024.",
  },
  {
    id: 'sea-seller-stuck-2-business',
    summary: 'If a platform-shipped status has not updated within 2 business days, contact seller support.',
    regions: ['TH', 'VN'],
    assumedRegions: ['ID', 'MY', 'PH', 'SG'],
    role: 'seller',
    modes: ['platform'],
    anchor: 'lastUpdate',
    anchorLabel: 'the last logistics update',
    days: 2,
    unit: 'business',
    counting: 'after',
    kind: 'not-before',
    source: SOURCES.seaStuckStatus,
  },
  {
    id: 'sea-seller-compensation-5-business',
    summary:
      'Compensation for a lost or damaged parcel comes automatically within 1-5 business days; after that, open a ticket.',
    regions: ['TH', 'VN'],
    assumedRegions: ['ID', 'MY', 'PH', 'SG'],
    role: 'seller',
    modes: ['platform'],
    anchor: 'lastUpdate',
    anchorLabel: 'the status change to lost or damaged',
    days: 5,
    unit: 'business',
    counting: 'after',
    kind: 'not-before',
    source: SOURCES.seaLostDamaged,
    uncertain: true,
    note: 'We count from the last logistics update, assuming it is the change to lost or damaged.',
  },
  {
    id: 'us-seller-tracking-edit-72h',
    summary: 'Uploaded tracking can be edited once, within 72 hours of upload.',
    regions: ['US'],
    role: 'seller',
    modes: ['seller'],
    anchor: 'shipped',
    anchorLabel: 'the tracking upload (taken as the ship date)',
    days: 3,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usTrackingEdit,
    uncertain: true,
    note: 'The page does not show the upload time; we take the ship date, so the real window may end earlier.',
  },
  {
    id: 'us-seller-tracking-ticket-30d',
    summary: 'After the one edit, fix tracking through a support ticket within 30 days of the order date.',
    regions: ['US'],
    role: 'seller',
    modes: ['seller'],
    anchor: 'ordered',
    anchorLabel: 'the order date',
    days: 30,
    unit: 'calendar',
    counting: 'after',
    kind: 'deadline',
    source: SOURCES.usSellerShipping,
    note: 'Include the original and the new tracking number and carrier.',
  },
] as const satisfies readonly DeadlineRule[];

export type RuleId = (typeof DEADLINE_RULES)[number]['id'];

const BY_ID: ReadonlyMap<string, DeadlineRule> = new Map(DEADLINE_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): DeadlineRule {
  return BY_ID.get(id) as DeadlineRule;
}
