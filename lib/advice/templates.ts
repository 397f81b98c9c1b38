import type { OrderDates, Role } from '../order';
import { formatDate, isIsoDate } from './dates';
import type { Problem } from './types';

/**
 * Ready-to-copy messages for each kind of contact. Values come from the order page or the user, so they are
 * untrusted: control and format characters are stripped, whitespace collapsed and lengths bounded. The result is
 * plain text for a text node or the clipboard, never HTML.
 */

export type MessageKind =
  'tiktok-chat' | 'tiktok-ticket' | 'seller-message' | 'buyer-message' | 'carrier-email' | 'carrier-call-notes';

export interface MessageFields {
  problem: Problem;
  /** Who is writing. */
  role: Role;
  orderId?: string;
  trackingNumber?: string;
  carrierName?: string;
  dates?: OrderDates;
}

export const PLACEHOLDERS = {
  orderId: '[order number]',
  trackingNumber: '[tracking number]',
  carrierName: '[carrier]',
} as const;

const MAX = { orderId: 40, trackingNumber: 40, carrierName: 60 } as const;

/** Longest text `composeMessage` can return; fields are bounded, so this bounds the whole message. */
export const MAX_MESSAGE_LENGTH = 1500;

// C0/C1 controls and DEL (Cc), format characters such as bidi overrides and zero-width marks (Cf), private use (Co)
// and lone surrogates (Cs): none belongs in an order number, a tracking number or a carrier name.
const UNSAFE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;

/** Strips unsafe characters, collapses whitespace, bounds the length (in code points); undefined when empty. */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Bound the work before the regexes run on a huge input.
  const head = value.length > max * 8 ? value.slice(0, max * 8) : value;
  const cleaned = head
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return undefined;
  const points = Array.from(cleaned);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : cleaned;
}

interface Filled {
  orderId: string;
  trackingNumber: string;
  carrierName: string;
  dates: Partial<Record<keyof OrderDates, string>>;
}

function fill(fields: MessageFields): Filled {
  const dates: Filled['dates'] = {};
  for (const key of ['ordered', 'shipped', 'estimatedDelivery', 'delivered', 'lastUpdate'] as const) {
    const value = fields.dates?.[key];
    if (isIsoDate(value)) dates[key] = formatDate(value);
  }
  return {
    orderId: cleanText(fields.orderId, MAX.orderId) ?? PLACEHOLDERS.orderId,
    trackingNumber: cleanText(fields.trackingNumber, MAX.trackingNumber) ?? PLACEHOLDERS.trackingNumber,
    carrierName: cleanText(fields.carrierName, MAX.carrierName) ?? PLACEHOLDERS.carrierName,
    dates,
  };
}

const SUBJECTS: Record<Problem, string> = {
  delayed: 'Delayed package, no tracking updates',
  lost: 'Package appears to be lost',
  'not-received': 'Marked delivered but not received',
  'wrong-address': 'Wrong or incomplete delivery address',
  customs: 'Package held in customs',
  damaged: 'Damaged or wrong item',
  returned: 'Package returned to sender / delivery failed',
  'awaiting-shipment': 'Order not shipped yet',
};

function since(f: Filled): string {
  return f.dates.lastUpdate ? ` since ${f.dates.lastUpdate}` : '';
}

/** What happened, in the writer's words. */
function problemSentence(problem: Problem, role: Role, f: Filled): string {
  const mine = role === 'buyer' ? 'my' : 'the';
  const parcel = role === 'buyer' ? 'My package' : 'The parcel for this order';
  switch (problem) {
    case 'delayed':
      return `${parcel} has not arrived yet and the tracking has not updated${since(f)}.`;
    case 'lost':
      return `${parcel} appears to be lost: the tracking has not moved${since(f)}.`;
    case 'not-received':
      return `The tracking shows ${mine} package as delivered${f.dates.delivered ? ` on ${f.dates.delivered}` : ''}, but ${
        role === 'buyer'
          ? 'I have not received it. I have checked with my household, my neighbours and around the address'
          : 'the buyer says it has not arrived'
      }.`;
    case 'wrong-address':
      return `The delivery address on ${mine} order is wrong or incomplete and needs to be corrected or the parcel redirected.`;
    case 'customs':
      return `${parcel} is held in customs or waiting for import duties.`;
    case 'damaged':
      return role === 'buyer'
        ? 'My package arrived damaged, or with a wrong or faulty item. I have photos of the item, the packaging and the label.'
        : 'The buyer reports that the parcel arrived damaged, or with a wrong or faulty item.';
    case 'returned':
      return `${parcel} was returned to the sender or the delivery failed.`;
    case 'awaiting-shipment':
      return role === 'buyer'
        ? `My order${f.dates.ordered ? ` placed on ${f.dates.ordered}` : ''} has not shipped yet and has no tracking number.`
        : `This order${f.dates.ordered ? ` placed on ${f.dates.ordered}` : ''} has not shipped yet.`;
  }
}

function detailLines(f: Filled, withCarrier: boolean, problem: Problem): string[] {
  const lines = [`Order number: ${f.orderId}`];
  // An order that has not shipped has no tracking number yet: no blank to fill in that the message says is missing.
  const noNumberYet = problem === 'awaiting-shipment' && f.trackingNumber === PLACEHOLDERS.trackingNumber;
  if (!noNumberYet) {
    lines.push(
      withCarrier ? `Tracking number: ${f.trackingNumber} (${f.carrierName})` : `Tracking number: ${f.trackingNumber}`,
    );
  }
  const dated: string[] = [];
  if (f.dates.ordered) dated.push(`Ordered: ${f.dates.ordered}`);
  if (f.dates.shipped) dated.push(`Shipped: ${f.dates.shipped}`);
  if (f.dates.estimatedDelivery) dated.push(`Estimated delivery: ${f.dates.estimatedDelivery}`);
  if (f.dates.delivered) dated.push(`Delivered: ${f.dates.delivered}`);
  if (f.dates.lastUpdate) dated.push(`Last tracking update: ${f.dates.lastUpdate}`);
  if (dated.length > 0) lines.push(dated.join(' · '));
  return lines;
}

const CARRIER_ASKS: Record<Problem, string> = {
  delayed: 'Could you please check where the parcel is and when it will be delivered?',
  lost: 'Could you please open a trace (search) for this parcel and give me a reference number?',
  'not-received': 'Could you please tell me exactly where and how it was delivered (GPS, photo or signature)?',
  'wrong-address': 'Could you please tell me whether the parcel can be redirected or held for collection?',
  customs: 'Could you please tell me what is needed to clear it and how to pay any duties on your own website?',
  damaged: 'Could you please tell me how to report the damage and what evidence you need?',
  returned: 'Could you please tell me why it was returned and whether it can be redelivered or collected?',
  'awaiting-shipment': 'Could you please tell me whether a parcel with this number has been handed to you?',
};

function ask(kind: MessageKind, problem: Problem, role: Role): string {
  switch (kind) {
    case 'tiktok-chat':
    case 'tiktok-ticket':
      return role === 'buyer'
        ? 'Could you please look into this with the seller and the carrier and tell me the next step? Thank you for your help.'
        : 'Could you please look into this with the logistics provider and advise on the next step or compensation?';
    case 'seller-message':
      return problem === 'awaiting-shipment'
        ? 'Could you please tell me when it will ship, or cancel and refund it if it cannot ship soon?'
        : 'Could you please check with the carrier and let me know what you can do (reshipment or refund)?';
    case 'buyer-message':
      return "I'm sorry for the trouble. I am following this up and will update you as soon as I hear back.";
    case 'carrier-email':
    case 'carrier-call-notes':
      return CARRIER_ASKS[problem];
  }
}

/** The filled message for one contact; always plain text of at most MAX_MESSAGE_LENGTH characters. */
export function composeMessage(kind: MessageKind, fields: MessageFields): string {
  const f = fill(fields);
  const problem = problemSentence(fields.problem, fields.role, f);
  let text: string;
  if (kind === 'carrier-call-notes') {
    text = [
      `Call notes: ${f.carrierName}`,
      ...detailLines(f, false, fields.problem),
      `Problem: ${problem}`,
      `Ask: ${ask(kind, fields.problem, fields.role)}`,
      'Write down: date and time, the agent’s name, the reference or case number, and what they promised by when.',
    ].join('\n');
  } else {
    const withCarrier = kind !== 'buyer-message' || f.carrierName !== PLACEHOLDERS.carrierName;
    const opening = kind === 'tiktok-ticket' ? [`Subject: ${SUBJECTS[fields.problem]} (order ${f.orderId})`, ''] : [];
    text = [
      ...opening,
      'Hello,',
      '',
      problem,
      '',
      ...detailLines(f, withCarrier, fields.problem),
      '',
      ask(kind, fields.problem, fields.role),
      '',
      'Thank you.',
    ].join('\n');
  }
  return text.length > MAX_MESSAGE_LENGTH ? text.slice(0, MAX_MESSAGE_LENGTH) : text;
}
