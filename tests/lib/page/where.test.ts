import { describe, expect, it } from 'vitest';
import { isOrderPageUrl, orderIdFromUrl, pageKindFromUrl, regionFromUrl, roleFromUrl } from '../../../lib/page';
import { CONTENT_SCRIPT_MATCHES } from '../../../lib/page/urls';

/** The browser's match-pattern semantics for the patterns we use: https, exact host, path prefix with `*`. */
function matchesManifest(url: string): boolean {
  const parsed = new URL(url);
  return CONTENT_SCRIPT_MATCHES.some((pattern) => {
    const [, host, path] = /^https:\/\/([^/]+)(\/.*)\*$/.exec(pattern)!;
    return (
      parsed.protocol === 'https:' && parsed.hostname === host && (parsed.pathname + parsed.search).startsWith(path!)
    );
  });
}

const ORDER_PAGES = [
  'https://www.tiktok.com/shop/order_list',
  'https://www.tiktok.com/shop/order_detail?main_order_id=577318820461937205&source=order_list',
  'https://seller-us.tiktok.com/order/detail?order_no=577203418862950147&shop_region=US',
  'https://seller-uk.tiktok.com/order?shop_region=GB',
  'https://seller-eu.tiktok.com/order?shop_region=DE',
  'https://seller-vn.tiktok.com/order?selected_sort=6&tab=all&main_order_id=580662910384756120',
  'https://seller-id.tokopedia.com/order/detail?order_no=580339174620581937&shop_region=ID',
  'https://seller.tiktokglobalshop.com/order?tab=all',
  'https://seller.us.tiktokshopglobalselling.com/order/detail?order_no=1&shop_region=US',
];

const OTHER_PAGES = [
  'https://www.tiktok.com/shop',
  'https://www.tiktok.com/@user/video/7300000000000000000',
  'https://seller-us.tiktok.com/product/list',
  'https://seller-us.tiktok.com/university/essay?knowledge_id=6367915511465774',
  'https://affiliate.tiktok.com/order',
  'https://seller-xx.tiktok.com/order',
  'http://seller-us.tiktok.com/order',
  'https://seller-us.tiktok.com.evil.example/order',
  'not a url',
];

describe('isOrderPageUrl', () => {
  it.each(ORDER_PAGES)('accepts %s, which the manifest matches too', (url) => {
    expect(isOrderPageUrl(url)).toBe(true);
    expect(matchesManifest(url)).toBe(true);
  });

  it.each(OTHER_PAGES)('rejects %s', (url) => {
    expect(isOrderPageUrl(url)).toBe(false);
  });
});

describe('what the URL says', () => {
  it('takes the region from shop_region (UK becomes GB), then from the host', () => {
    expect(regionFromUrl('https://seller-uk.tiktok.com/order?shop_region=UK')).toBe('GB');
    expect(regionFromUrl('https://seller-uk.tiktok.com/order')).toBe('GB');
    expect(regionFromUrl('https://seller-us.tiktok.com/order/detail?order_no=1')).toBe('US');
    expect(regionFromUrl('https://seller-id.tokopedia.com/order')).toBe('ID');
    expect(regionFromUrl('https://seller-eu.tiktok.com/order?shop_region=FR')).toBe('FR');
    expect(regionFromUrl('https://seller-eu.tiktok.com/order')).toBeUndefined();
    expect(regionFromUrl('https://seller.tiktokglobalshop.com/order?shop_region=MY')).toBe('MY');
    expect(regionFromUrl('https://www.tiktok.com/shop/order_list')).toBeUndefined();
  });

  it('tells buyers from sellers and details from lists', () => {
    expect(roleFromUrl('https://www.tiktok.com/shop/order_list')).toBe('buyer');
    expect(roleFromUrl('https://seller-th.tiktok.com/order')).toBe('seller');
    expect(pageKindFromUrl('https://www.tiktok.com/shop/order_detail?main_order_id=1')).toBe('order-detail');
    expect(pageKindFromUrl('https://seller-vn.tiktok.com/order/detail/580662910384756120')).toBe('order-detail');
    expect(pageKindFromUrl('https://seller-us.tiktok.com/order?tab=all')).toBe('order-list');
  });

  it('reads the order id from order_no, main_order_id, order_id or the path', () => {
    expect(orderIdFromUrl('https://seller-us.tiktok.com/order/detail?order_no=577203418862950147')).toBe(
      '577203418862950147',
    );
    expect(orderIdFromUrl('https://www.tiktok.com/shop/order_detail?main_order_id=577318820461937205')).toBe(
      '577318820461937205',
    );
    expect(orderIdFromUrl('https://seller.tiktokglobalshop.com/order/detail?order_id=580995230418675291')).toBe(
      '580995230418675291',
    );
    expect(orderIdFromUrl('https://seller-vn.tiktok.com/order/detail/580662910384756120')).toBe('580662910384756120');
    expect(orderIdFromUrl('https://seller-us.tiktok.com/order?order_no=<script>')).toBeUndefined();
  });
});
