/**
 * What the URL alone says about a page: is it an order page, whose (buyer or seller), which market, which order.
 * This runs before any DOM work, so it must stay cheap: one URL parse, a few map lookups.
 * Hosts and paths: ../shared/research/tiktok.md §1 (the same lists as CONTENT_SCRIPT_MATCHES in ./urls.ts).
 */
import { toMarket } from '../regions';
import type { Role } from '../order';
import { GLOBAL_SELLING_HOSTS, SELLER_CENTER_REGIONS } from './urls';

/** The buyer web pages live on www.tiktok.com under /shop/order (order_list, order_detail). */
const BUYER_HOST = 'www.tiktok.com';
const BUYER_PATH = '/shop/order';
const SELLER_PATH = '/order';

/**
 * Seller Center hosts and the market each one implies. `seller-eu` serves several markets and the global-selling
 * hosts sell into many: their market comes from `shop_region` or the page, so they map to undefined.
 */
const SELLER_HOSTS: ReadonlyMap<string, string | undefined> = new Map<string, string | undefined>([
  ...SELLER_CENTER_REGIONS.map((cc): [string, string | undefined] => [
    `seller-${cc}.tiktok.com`,
    cc === 'eu' ? undefined : toMarket(cc),
  ]),
  // TikTok Shop by Tokopedia (Indonesia), tiktok.md §1.2.
  ['seller-id.tokopedia.com', 'ID'],
  ...GLOBAL_SELLING_HOSTS.map((host): [string, string | undefined] => [host, undefined]),
]);

function parse(url: string): URL | undefined {
  if (typeof url !== 'string' || url.length > 4096) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** `/order`, `/order/detail`, `/order?tab=all`: the match patterns say `/order*`, so do we. */
function isOrderPath(pathname: string, prefix: string): boolean {
  return pathname.startsWith(prefix);
}

/** True for the buyer order list/detail on www.tiktok.com/shop and every Seller Center order page. */
export function isOrderPageUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  if (host === BUYER_HOST) return isOrderPath(parsed.pathname, BUYER_PATH);
  return SELLER_HOSTS.has(host) && isOrderPath(parsed.pathname, SELLER_PATH);
}

/** Buyer on www.tiktok.com/shop, seller on every Seller Center host; undefined for other URLs. */
export function roleFromUrl(url: string): Role | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  const host = parsed.hostname.toLowerCase();
  if (host === BUYER_HOST) return 'buyer';
  return SELLER_HOSTS.has(host) ? 'seller' : undefined;
}

/**
 * The market (ISO alpha-2, `GB` for the UK) the URL names: `shop_region` first (`UK` becomes `GB`), then the
 * regional host. Undefined for seller-eu and the global-selling hosts without `shop_region`, and for the buyer
 * web pages (the page itself has to tell).
 */
export function regionFromUrl(url: string): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  const fromParam = toMarket(parsed.searchParams.get('shop_region'));
  if (fromParam) return fromParam;
  return SELLER_HOSTS.get(parsed.hostname.toLowerCase());
}

/** Order detail pages say so in the path (`/order/detail`, `/shop/order_detail`); everything else is a list. */
export function pageKindFromUrl(url: string): 'order-detail' | 'order-list' {
  const parsed = parse(url);
  return parsed && /detail/i.test(parsed.pathname) ? 'order-detail' : 'order-list';
}

const ORDER_ID_PARAMS = ['order_no', 'main_order_id', 'order_id'] as const;
const ORDER_ID = /^[0-9A-Za-z]{6,32}$/;

/**
 * The order id the URL carries: `order_no` (Seller Center), `main_order_id` (buyer web, VN list search), `order_id`
 * (some global-selling links), or `/order/detail/<id>` (tiktok.md §1.3).
 */
export function orderIdFromUrl(url: string): string | undefined {
  const parsed = parse(url);
  if (!parsed) return undefined;
  for (const name of ORDER_ID_PARAMS) {
    const value = parsed.searchParams.get(name)?.trim();
    if (value && ORDER_ID.test(value)) return value;
  }
  const segment = /\/detail\/([0-9A-Za-z]{6,32})\/?$/.exec(parsed.pathname);
  return segment?.[1];
}
