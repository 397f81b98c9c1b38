/**
 * Reading TikTok Shop order pages. The content script calls isOrderPageUrl() first (no DOM work on other pages),
 * then detectOrder() on the document.
 */
export { detectOrder, type DetectOptions } from './detect';
export { isOrderPageUrl, regionFromUrl, roleFromUrl, orderIdFromUrl, pageKindFromUrl } from './where';
export { CONTENT_SCRIPT_MATCHES } from './urls';
export type { DetectedPackage, OrderDates, OrderDetection, OrderStatus, Role, ShippingMode } from '../order';
