/**
 * Which URLs are TikTok Shop order pages. The manifest's content-script matches and the cheap URL check that runs
 * before any DOM work both come from here. Hosts and paths: ../shared/research/tiktok.md §1.
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
 * Match patterns for the content script. Match patterns cannot say `seller-*.tiktok.com`, so every host is listed.
 * https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns
 */
export const ORDER_PAGE_MATCHES: string[] = [
  // Buyer order list and detail on the web (US): /shop/order_list, /shop/order_detail?main_order_id=...
  'https://www.tiktok.com/shop/order*',
  ...SELLER_CENTER_REGIONS.map((cc) => `https://seller-${cc}.tiktok.com/order*`),
  // TikTok Shop by Tokopedia (Indonesia)
  'https://seller-id.tokopedia.com/order*',
  ...GLOBAL_SELLING_HOSTS.map((host) => `https://${host}/order*`),
];
