import * as z from 'zod/mini';
import { MAX_PACKAGES, type OrderDetection } from './order';

/**
 * The one message protocol between the extension's parts. Everything that arrives through
 * `runtime.onMessage` is validated here first: a malformed message is ignored, never trusted.
 */
export type Message =
  /** Content script → background: what the order page shows now (sent on every change). */
  | { type: 'detection'; detection: OrderDetection }
  /** Content script → background: a client-side navigation left the order pages; forget the tab's detection. */
  | { type: 'left-order-page' }
  /** Anyone → background: does exactly what the "Find carrier" context-menu click does. */
  | { type: 'find-carrier'; text: string };

/** Lookup text carried in a URL (`popup.html?q=`) is cut to this: nobody reads a novel in the lookup box. */
export const MAX_LOOKUP_TEXT = 2000;

/**
 * Selections the background reads, up to this: a whole email or chat can hold the number near its end. The
 * background condenses a longer selection to its numbers before it puts it in a URL (lib/lookup).
 */
export const MAX_SELECTION_TEXT = 100_000;

const boundedString = (max: number) => z.string().check(z.maxLength(max));
const isoDate = z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));

const statusSchema = z.enum([
  'awaiting-payment',
  'awaiting-shipment',
  'awaiting-collection',
  'in-transit',
  'delivered',
  'completed',
  'cancelled',
  'returned',
  'delivery-failed',
]);

const packageSchema = z.object({
  trackingNumber: boundedString(64),
  carrier: z.optional(boundedString(40)),
  carrierText: z.optional(boundedString(120)),
  carrierSource: z.optional(z.enum(['page', 'number', 'text'])),
  confidence: z.optional(z.enum(['high', 'medium', 'low'])),
  checksum: z.optional(z.boolean()),
  alternatives: z.optional(z.array(boundedString(40)).check(z.maxLength(20))),
  orderId: z.optional(boundedString(64)),
  status: z.optional(statusSchema),
});

export const detectionSchema = z.object({
  url: boundedString(4096),
  page: z.enum(['order-detail', 'order-list']),
  packages: z.array(packageSchema).check(z.maxLength(MAX_PACKAGES)),
  orderId: z.optional(boundedString(64)),
  role: z.optional(z.enum(['buyer', 'seller'])),
  region: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  shippingMode: z.optional(z.enum(['platform', 'seller', 'fulfilled-by-tiktok'])),
  status: z.optional(statusSchema),
  dates: z.object({
    ordered: isoDate,
    shipped: isoDate,
    estimatedDelivery: isoDate,
    delivered: isoDate,
    lastUpdate: isoDate,
  }),
});

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('detection'), detection: detectionSchema }),
  z.object({ type: z.literal('left-order-page') }),
  z.object({ type: z.literal('find-carrier'), text: z.string() }),
]);

/** The message, validated; undefined when it is not one of ours. Lookup text is cut to MAX_SELECTION_TEXT. */
export function parseMessage(raw: unknown): Message | undefined {
  const result = messageSchema.safeParse(raw);
  if (!result.success) return undefined;
  const message = result.data as Message;
  if (message.type === 'find-carrier') return { type: 'find-carrier', text: message.text.slice(0, MAX_SELECTION_TEXT) };
  return message;
}
