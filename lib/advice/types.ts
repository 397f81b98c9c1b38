import type { Text } from '../i18n/catalog';
import type { AdviceKey } from '../i18n/messages/en/advice';
import type { OrderDates, Role, ShippingMode } from '../order';

export type Problem =
  'delayed' | 'lost' | 'not-received' | 'wrong-address' | 'customs' | 'damaged' | 'returned' | 'awaiting-shipment';

export const PROBLEMS: readonly Problem[] = [
  'delayed',
  'lost',
  'not-received',
  'wrong-address',
  'customs',
  'damaged',
  'returned',
  'awaiting-shipment',
];

export interface AdviseInput {
  problem: Problem;
  role: Role;
  /** ISO alpha-2; undefined when unknown (general advice, said plainly). */
  region?: string;
  shippingMode?: ShippingMode;
  /** Carrier id from the directory, when known. */
  carrier?: string;
  dates: OrderDates;
  /** ISO `YYYY-MM-DD`. */
  today: string;
  /** Filled into message templates when known. */
  orderId?: string;
  trackingNumber?: string;
  /** The carrier's display name for message templates (the popup has it from the directory). */
  carrierName?: string;
  /** The language the advice is shown in (steps, deadlines, labels, in-app paths); English when absent. */
  text?: Text;
  /** The language the ready-to-copy messages are written in (the "write in" choice); `text` when absent. */
  messageText?: Text;
}

/** Who the user contacts in a step. */
export type Party = 'seller' | 'buyer' | 'tiktok' | 'carrier' | 'card-issuer' | 'self';

/** Things to have ready before a contact. */
export type Evidence =
  | 'order-id'
  | 'tracking-number'
  | 'photos'
  | 'unboxing-video'
  | 'label'
  | 'proof-of-address'
  | 'delivery-photo'
  | 'receipt'
  | 'customs-documents';

export type AdviceAction =
  /** Call or contact the carrier through the directory (the UI resolves hotline/claims for the region). */
  | { kind: 'contact-carrier'; carrier?: string; claims?: boolean }
  /** Open the carrier's tracking page for the number. */
  | { kind: 'track'; carrier?: string }
  /** A path inside the TikTok app, e.g. ["Profile", "Orders", ...]. */
  | { kind: 'in-app'; path: string[] }
  /** An official web page (Seller Center ticket, policy page...). */
  | { kind: 'open'; url: string; label: string }
  /** A ready-to-copy message for this contact. */
  | { kind: 'copy-message'; label: string; text: string };

export interface RuleSource {
  url: string;
  title: string;
  /** ISO date the source was checked. */
  checked: string;
}

/** A source as data: its title is a message, shown in the reader's language (see `RuleSource`). */
export interface SourceRef {
  url: string;
  title: AdviceKey;
  /** ISO date the source was checked. */
  checked: string;
}

export interface AdviceStep {
  id: string;
  title: string;
  /** The message `title` was written from: what a case stores, so the title shows in the reader's language later. */
  titleKey: AdviceKey;
  /** Plain-language explanation (one or two sentences). */
  detail: string;
  who: Party;
  /** When the step becomes worth doing, in words (e.g. "after 7 days with no scan"). */
  when?: string;
  /** ISO date from which the step is worth doing, when a rule gives one. */
  notBefore?: string;
  /** ISO date by which it must be done, when a rule gives one. */
  deadline?: string;
  /** How that deadline stands on `today`. */
  deadlineStatus?: 'passed' | 'due-soon' | 'open';
  /** Suggested follow-up date if nothing happens ("be persistent"). */
  followUp?: string;
  have: Evidence[];
  actions: AdviceAction[];
  /** Source of the rule or advice; when there is none, `reason` says why the step is still sound. */
  source: RuleSource | { reason: string };
  /** Id of the deadline rule (lib/advice/rules.ts) behind `deadline` / `notBefore`, when there is one. */
  ruleId?: string;
  /** True when the rule rests on thin research or is applied beyond the markets its source names. */
  uncertain?: boolean;
  /** Caveats worth showing next to the step (exceptions, how a date was counted, why it is uncertain). */
  note?: string;
  /** When the shipping mode is unknown: the condition under which this step applies ("If TikTok arranged..."). */
  appliesIf?: string;
}

/** Extra context next to the steps (see `adviceContext`). */
export interface AdviceContext {
  /** Plain statements of what is unknown (region, carrier, dates) and how that limits the advice. */
  unknowns: string[];
  /** The region's policy page, when known. */
  policy?: RuleSource;
}
