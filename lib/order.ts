import type { Confidence } from './tracking/types';

/*
 * The order vocabulary every part shares: the page reader fills it, the advice reads it, the popup shows it and the
 * follow-ups keep it. It lives here, not inside one of them, so that no part borrows another's types.
 */

export type Role = 'buyer' | 'seller';
export type ShippingMode = 'platform' | 'seller' | 'fulfilled-by-tiktok';

/** Order status in our own words, mapped from whatever the page says in its language. */
export type OrderStatus =
  | 'awaiting-payment'
  | 'awaiting-shipment'
  | 'awaiting-collection'
  | 'in-transit'
  | 'delivered'
  | 'completed'
  | 'cancelled'
  | 'returned'
  | 'delivery-failed';

/** Dates the page shows, as ISO `YYYY-MM-DD`. */
export interface OrderDates {
  ordered?: string;
  shipped?: string;
  estimatedDelivery?: string;
  delivered?: string;
  lastUpdate?: string;
}

/**
 * Most packages one detection reports. A Seller Center order list shows a few hundred at most; the cap keeps a
 * hostile or broken page from producing a detection the message protocol would refuse.
 */
export const MAX_PACKAGES = 500;

export interface DetectedPackage {
  /** Canonical tracking number (upper case, no spaces or dashes). */
  trackingNumber: string;
  /** Carrier id from the directory, when known. */
  carrier?: string;
  /** The carrier name exactly as the page prints it (untrusted text, length-bounded). */
  carrierText?: string;
  /**
   * `page` when the page named the carrier, `number` when the engine inferred it from the number, `text` when a
   * looked-up text named the carrier right before a number whose format does not confirm it.
   */
  carrierSource?: 'page' | 'number' | 'text';
  confidence?: Confidence;
  /**
   * Check-digit verdict for `carrier`: true verified, false failed (the UI flags it), undefined when the
   * format has no check digit or the carrier is unknown.
   */
  checksum?: boolean;
  /** Other carriers the number fits, best first (ids). */
  alternatives?: string[];
  /** On an order list: the order id of the package's row, when the list has an order id column. */
  orderId?: string;
  /** On an order list: the status of the package's order, when the list has a status column. */
  status?: OrderStatus;
}

export interface OrderDetection {
  /** The page URL the detection was made on. */
  url: string;
  /** What kind of order page this is. */
  page: 'order-detail' | 'order-list';
  packages: DetectedPackage[];
  orderId?: string;
  role?: Role;
  /** ISO 3166-1 alpha-2, `GB` for the UK. */
  region?: string;
  shippingMode?: ShippingMode;
  status?: OrderStatus;
  dates: OrderDates;
}
