import { ENGLISH, type Text } from '../i18n/catalog';
import type { AdviceKey } from '../i18n/messages/en/advice';
import type { OrderDates, Role } from '../order';
import { formatDate, isIsoDate } from './dates';
import type { Problem } from './types';

/**
 * Ready-to-copy messages for each kind of contact. Values come from the order page or the user, so they are
 * untrusted: control and format characters are stripped, whitespace collapsed and lengths bounded. The result is
 * plain text for a text node or the clipboard, never HTML. Every sentence is a message, written in the language the
 * user chose to write in (which may differ from the one they read the advice in).
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

/** What a message says where the order page did not give a value ("[order number]"), as messages. */
export const PLACEHOLDERS = {
  orderId: 'advice.msg.placeholder.orderId',
  trackingNumber: 'advice.msg.placeholder.trackingNumber',
  carrierName: 'advice.msg.placeholder.carrier',
} as const satisfies Record<string, AdviceKey>;

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
  /** Whether the page gave them (else the fields above hold placeholders). */
  hasTrackingNumber: boolean;
  hasCarrierName: boolean;
  dates: Partial<Record<keyof OrderDates, string>>;
}

function fill(fields: MessageFields, text: Text): Filled {
  const dates: Filled['dates'] = {};
  for (const key of ['ordered', 'shipped', 'estimatedDelivery', 'delivered', 'lastUpdate'] as const) {
    const value = fields.dates?.[key];
    // The reader may open the message any year: dates always carry theirs.
    if (isIsoDate(value)) dates[key] = formatDate(value, undefined, text);
  }
  const trackingNumber = cleanText(fields.trackingNumber, MAX.trackingNumber);
  const carrierName = cleanText(fields.carrierName, MAX.carrierName);
  return {
    orderId: cleanText(fields.orderId, MAX.orderId) ?? text.t(PLACEHOLDERS.orderId),
    trackingNumber: trackingNumber ?? text.t(PLACEHOLDERS.trackingNumber),
    carrierName: carrierName ?? text.t(PLACEHOLDERS.carrierName),
    hasTrackingNumber: trackingNumber !== undefined,
    hasCarrierName: carrierName !== undefined,
    dates,
  };
}

const SUBJECTS: Record<Problem, AdviceKey> = {
  delayed: 'advice.msg.subject.delayed',
  lost: 'advice.msg.subject.lost',
  'not-received': 'advice.msg.subject.notReceived',
  'wrong-address': 'advice.msg.subject.wrongAddress',
  customs: 'advice.msg.subject.customs',
  damaged: 'advice.msg.subject.damaged',
  returned: 'advice.msg.subject.returned',
  'awaiting-shipment': 'advice.msg.subject.awaitingShipment',
};

/** What happened, in the writer's words: a sentence, and its variant with the date that matters when there is one. */
interface ProblemSentence {
  plain: AdviceKey;
  dated?: { key: AdviceKey; date: keyof OrderDates };
}

const since = (key: AdviceKey): ProblemSentence['dated'] => ({ key, date: 'lastUpdate' });

const PROBLEM_SENTENCES: Record<Problem, Record<Role, ProblemSentence>> = {
  delayed: {
    buyer: { plain: 'advice.msg.problem.delayed.buyer', dated: since('advice.msg.problem.delayed.buyer.since') },
    seller: { plain: 'advice.msg.problem.delayed.seller', dated: since('advice.msg.problem.delayed.seller.since') },
  },
  lost: {
    buyer: { plain: 'advice.msg.problem.lost.buyer', dated: since('advice.msg.problem.lost.buyer.since') },
    seller: { plain: 'advice.msg.problem.lost.seller', dated: since('advice.msg.problem.lost.seller.since') },
  },
  'not-received': {
    buyer: {
      plain: 'advice.msg.problem.notReceived.buyer',
      dated: { key: 'advice.msg.problem.notReceived.buyer.on', date: 'delivered' },
    },
    seller: {
      plain: 'advice.msg.problem.notReceived.seller',
      dated: { key: 'advice.msg.problem.notReceived.seller.on', date: 'delivered' },
    },
  },
  'wrong-address': {
    buyer: { plain: 'advice.msg.problem.wrongAddress.buyer' },
    seller: { plain: 'advice.msg.problem.wrongAddress.seller' },
  },
  customs: {
    buyer: { plain: 'advice.msg.problem.customs.buyer' },
    seller: { plain: 'advice.msg.problem.customs.seller' },
  },
  damaged: {
    buyer: { plain: 'advice.msg.problem.damaged.buyer' },
    seller: { plain: 'advice.msg.problem.damaged.seller' },
  },
  returned: {
    buyer: { plain: 'advice.msg.problem.returned.buyer' },
    seller: { plain: 'advice.msg.problem.returned.seller' },
  },
  'awaiting-shipment': {
    buyer: {
      plain: 'advice.msg.problem.awaitingShipment.buyer',
      dated: { key: 'advice.msg.problem.awaitingShipment.buyer.placed', date: 'ordered' },
    },
    seller: {
      plain: 'advice.msg.problem.awaitingShipment.seller',
      dated: { key: 'advice.msg.problem.awaitingShipment.seller.placed', date: 'ordered' },
    },
  },
};

function problemSentence(problem: Problem, role: Role, f: Filled, text: Text): string {
  const { plain, dated } = PROBLEM_SENTENCES[problem][role];
  const date = dated && f.dates[dated.date];
  return dated && date ? text.t(dated.key, { date }) : text.t(plain);
}

const DATE_LINES: readonly [keyof OrderDates, AdviceKey][] = [
  ['ordered', 'advice.msg.line.ordered'],
  ['shipped', 'advice.msg.line.shipped'],
  ['estimatedDelivery', 'advice.msg.line.estimatedDelivery'],
  ['delivered', 'advice.msg.line.delivered'],
  ['lastUpdate', 'advice.msg.line.lastUpdate'],
];

function detailLines(f: Filled, withCarrier: boolean, problem: Problem, text: Text): string[] {
  const lines = [text.t('advice.msg.line.orderNumber', { orderId: f.orderId })];
  // An order that has not shipped has no tracking number yet: no blank to fill in that the message says is missing.
  const noNumberYet = problem === 'awaiting-shipment' && !f.hasTrackingNumber;
  if (!noNumberYet) {
    lines.push(
      withCarrier
        ? text.t('advice.msg.line.trackingNumberCarrier', { trackingNumber: f.trackingNumber, carrier: f.carrierName })
        : text.t('advice.msg.line.trackingNumber', { trackingNumber: f.trackingNumber }),
    );
  }
  const dated: string[] = [];
  for (const [name, key] of DATE_LINES) {
    const date = f.dates[name];
    if (date) dated.push(text.t(key, { date }));
  }
  if (dated.length > 0) lines.push(dated.join(' · '));
  return lines;
}

const CARRIER_ASKS: Record<Problem, AdviceKey> = {
  delayed: 'advice.msg.ask.carrier.delayed',
  lost: 'advice.msg.ask.carrier.lost',
  'not-received': 'advice.msg.ask.carrier.notReceived',
  'wrong-address': 'advice.msg.ask.carrier.wrongAddress',
  customs: 'advice.msg.ask.carrier.customs',
  damaged: 'advice.msg.ask.carrier.damaged',
  returned: 'advice.msg.ask.carrier.returned',
  'awaiting-shipment': 'advice.msg.ask.carrier.awaitingShipment',
};

function ask(kind: MessageKind, problem: Problem, role: Role): AdviceKey {
  switch (kind) {
    case 'tiktok-chat':
    case 'tiktok-ticket':
      return role === 'buyer' ? 'advice.msg.ask.tiktok.buyer' : 'advice.msg.ask.tiktok.seller';
    case 'seller-message':
      return problem === 'awaiting-shipment' ? 'advice.msg.ask.seller.awaitingShipment' : 'advice.msg.ask.seller';
    case 'buyer-message':
      return 'advice.msg.ask.buyer';
    case 'carrier-email':
    case 'carrier-call-notes':
      return CARRIER_ASKS[problem];
  }
}

/**
 * The filled message for one contact, in `text`'s language; always plain text of at most MAX_MESSAGE_LENGTH
 * characters.
 */
export function composeMessage(kind: MessageKind, fields: MessageFields, text: Text = ENGLISH): string {
  const f = fill(fields, text);
  const problem = problemSentence(fields.problem, fields.role, f, text);
  const request = text.t(ask(kind, fields.problem, fields.role));
  let out: string;
  if (kind === 'carrier-call-notes') {
    out = [
      text.t('advice.msg.callNotes.heading', { carrier: f.carrierName }),
      ...detailLines(f, false, fields.problem, text),
      text.t('advice.msg.callNotes.problem', { problem }),
      text.t('advice.msg.callNotes.ask', { ask: request }),
      text.t('advice.msg.callNotes.writeDown'),
    ].join('\n');
  } else {
    const withCarrier = kind !== 'buyer-message' || f.hasCarrierName;
    const opening =
      kind === 'tiktok-ticket'
        ? [text.t('advice.msg.subjectLine', { subject: text.t(SUBJECTS[fields.problem]), orderId: f.orderId }), '']
        : [];
    out = [
      ...opening,
      text.t('advice.msg.greeting'),
      '',
      problem,
      '',
      ...detailLines(f, withCarrier, fields.problem, text),
      '',
      request,
      '',
      text.t('advice.msg.thanks'),
    ].join('\n');
  }
  return out.length > MAX_MESSAGE_LENGTH ? out.slice(0, MAX_MESSAGE_LENGTH) : out;
}
