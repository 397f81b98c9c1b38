/**
 * Where TikTok Shop order pages live. The manifest's content-script matches come from here; the cheap URL check that
 * runs before any DOM work (isOrderPageUrl in ./where.ts) narrows them to the order pages. Hosts and paths: ../shared/research/tiktok.md §1.
 */

/** Seller Center's regional hosts, `seller-<cc>.tiktok.com` (tiktok.md §1.2). */
export const SELLER_CENTER_REGIONS = [
  'us',
  'uk',
  'eu',
  'ie',
  'es',
  'de',
  'fr',
  'it',
  'mx',
  'br',
  'jp',
  'id',
  'my',
  'th',
  'vn',
  'ph',
  'sg',
] as const;

/** Hosts of the global-selling (cross-border) Seller Center (tiktok.md §1.2). */
export const GLOBAL_SELLING_HOSTS = [
  'seller.tiktokglobalshop.com',
  'seller.us.tiktokglobalshop.com',
  'seller.eu.tiktokglobalshop.com',
  'seller.tiktokshopglobalselling.com',
  'seller.us.tiktokshopglobalselling.com',
] as const;

/**
 * Match patterns for the content script: every path of the hosts where TikTok Shop order pages live, because
 * Seller Center and the buyer shop are single-page apps: a user reaches an order from the home page or a product
 * list without a page load, and a content script is only injected on page loads. On pages that are not order
 * pages the script only listens for navigation (isOrderPageUrl decides before any DOM work).
 * Match patterns cannot say `seller-*.tiktok.com`, so every host is listed.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
export const CONTENT_SCRIPT_MATCHES: string[] = [
  // The buyer shop (US): order list and detail are /shop/order_list and /shop/order_detail?main_order_id=...
  'https://www.tiktok.com/shop*',
  ...SELLER_CENTER_REGIONS.map((cc) => `https://seller-${cc}.tiktok.com/*`),
  // TikTok Shop by Tokopedia (Indonesia)
  'https://seller-id.tokopedia.com/*',
  ...GLOBAL_SELLING_HOSTS.map((host) => `https://${host}/*`),
];
