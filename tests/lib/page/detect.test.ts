// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DetectedPackage } from '../../../lib/order';
import { detectOrder } from '../../../lib/page';
import { identify } from '../../../lib/tracking';
import { LARGE_PAGE_FILE, largeOrderListHtml } from '../../fixtures/large-page';
import { PAGE_FIXTURES } from '../../fixtures/pages';
import { detectionSchema } from '../../../lib/messages';
import { MAX_PACKAGES } from '../../../lib/order';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(PAGES, file), 'utf8'), 'text/html');
}

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const SELLER_US = 'https://seller-us.tiktok.com/order/detail?order_no=577203418862950147&shop_region=US';

describe('detectOrder on every fixture', () => {
  it.each(PAGE_FIXTURES.map((f) => [f.file, f] as const))('%s', (_, fixture) => {
    const detection = detectOrder(load(fixture.file), fixture.url);
    // Numbers first: when one is missing or extra, that is the message to read.
    expect(detection.packages.map((p) => p.trackingNumber)).toEqual(
      fixture.expected.packages.map((p) => p.trackingNumber),
    );
    expect(detection).toStrictEqual({ url: fixture.url, ...fixture.expected });
  });

  it('covers buyer and seller pages, at least 8 languages, 15 pages and the real order-page hosts', () => {
    const roles = new Set(PAGE_FIXTURES.map((f) => f.expected.role));
    const languages = new Set(PAGE_FIXTURES.map((f) => f.language.split(/[ (]/)[0]));
    const hosts = new Set(PAGE_FIXTURES.map((f) => new URL(f.url).hostname));
    expect(roles).toEqual(new Set(['buyer', 'seller']));
    expect(languages.size).toBeGreaterThanOrEqual(8);
    expect(PAGE_FIXTURES.length).toBeGreaterThanOrEqual(15);
    for (const host of [
      'www.tiktok.com',
      'seller-uk.tiktok.com',
      'seller-id.tokopedia.com',
      'seller.tiktokglobalshop.com',
    ])
      expect(hosts).toContain(host);
  });

  it('keeps the committed 5,000-element page identical to its generator, under 1 MB', () => {
    const html = readFileSync(join(PAGES, LARGE_PAGE_FILE), 'utf8');
    expect(html).toBe(largeOrderListHtml());
    expect(html.length).toBeLessThan(1_000_000);
    expect(load(LARGE_PAGE_FILE).getElementsByTagName('*').length).toBeGreaterThanOrEqual(5000);
  });
});

describe('ids, phones and prices are never tracking numbers', () => {
  it('ignores the order id even when it sits next to a carrier name', () => {
    const doc = page(`
      <div><span>Order ID</span><span>577203418862950147</span></div>
      <div><span>Shipping provider</span><span>USPS</span></div>
      <div><span>Tracking ID</span><span>--</span></div>
      <div>USPS 577203418862950147</div>`);
    const detection = detectOrder(doc, SELLER_US);
    expect(detection.orderId).toBe('577203418862950147');
    expect(detection.packages).toEqual([]);
  });

  it('never takes a package id, SKU or phone that would verify as a tracking number', () => {
    // 9400110899561234567802 is a valid USPS number, 771234567890 a valid FedEx one: beside these labels they are ids.
    const doc = page(`
      <div><span>Package ID</span><span>9400110899561234567802</span></div>
      <div><span>Seller SKU</span><span>771234567890</span></div>
      <div><span>Phone number</span><span>9400110899561234567802</span></div>
      <div><span>Total</span><span>$771234567890.00</span></div>`);
    expect(detectOrder(doc, SELLER_US).packages).toEqual([]);
  });

  it('does not report the URL order id found as bare text', () => {
    const doc = page('<div><span>Order</span><span>577203418862950147</span></div><p>Ref 577203418862950147</p>');
    expect(detectOrder(doc, SELLER_US).packages).toEqual([]);
  });
});

describe('reading values the way pages print them', () => {
  it('reads the inline "Carrier: number" form', () => {
    const doc = page('<div class="css-x">J&amp;T Express: JX7053814071</div>');
    const [pkg] = detectOrder(
      doc,
      'https://seller-id.tokopedia.com/order/detail?order_no=580339174620581937&shop_region=ID',
    ).packages;
    expect(pkg).toMatchObject({ trackingNumber: 'JX7053814071', carrier: 'jt-express', carrierText: 'J&T Express' });
  });

  it('reads full-width characters', () => {
    const doc = page('<div><span>Tracking ID</span><span>１Ｚ４Ｆ８２Ｗ７０３１２３４５６７６</span></div>');
    expect(detectOrder(doc, SELLER_US).packages).toMatchObject([
      { trackingNumber: '1Z4F82W70312345676', carrier: 'ups' },
    ]);
  });

  it('lets the engine name the carrier when the page does not, and marks where the carrier came from', () => {
    const doc = page('<div><span>Tracking number</span><span>9400 1118 9922 3344 5566 77</span></div>');
    expect(detectOrder(doc, SELLER_US).packages).toEqual([
      expect.objectContaining({ trackingNumber: '9400111899223344556677', carrier: 'usps', carrierSource: 'number' }),
    ]);
  });

  it('flags a number whose check digit fails for the carrier the page names', () => {
    const doc = page(`
      <div><span>Shipping provider</span><span>UPS</span></div>
      <div><span>Tracking ID</span><span>1Z4F82W70312345670</span></div>`);
    expect(detectOrder(doc, SELLER_US).packages).toMatchObject([
      { trackingNumber: '1Z4F82W70312345670', carrier: 'ups', carrierSource: 'page', checksum: false },
    ]);
  });

  it('finds a verified number in unlabelled text when no label names one', () => {
    const doc = page('<div class="css-a"><div>Package on its way</div><div>1Z4F82W70312345676</div></div>');
    expect(detectOrder(doc, SELLER_US).packages).toMatchObject([
      { trackingNumber: '1Z4F82W70312345676', carrier: 'ups', carrierSource: 'number', checksum: true },
    ]);
  });

  it('takes the latest date of an estimated-delivery range', () => {
    const doc = page('<div><span>Estimated delivery</span><span>Nov 28 - Dec 2, 2026</span></div>');
    expect(detectOrder(doc, SELLER_US).dates).toEqual({ estimatedDelivery: '2026-12-02' });
  });

  it('ignores statuses written on tabs and buttons', () => {
    const doc = page(`
      <div role="tablist"><div role="tab">Delivered</div><div role="tab">Cancelled</div></div>
      <button>Completed</button><h2>In transit</h2>`);
    expect(detectOrder(doc, SELLER_US).status).toBe('in-transit');
  });
});

describe('hostile markup returns safely', () => {
  it('survives 10,000 levels of nesting', () => {
    const doc = page('');
    let parent: Element = doc.body;
    for (let i = 0; i < 10_000; i++) parent = parent.appendChild(doc.createElement('div'));
    parent.innerHTML = '<span>Tracking ID</span><span>1Z4F82W70312345676</span>';
    expect(detectOrder(doc, SELLER_US).packages.map((p) => p.trackingNumber)).toEqual(['1Z4F82W70312345676']);
  });

  it('survives a 2 MB text node next to a tracking label', () => {
    const doc = page('<div><span>Tracking ID</span><span id="v"></span></div>');
    doc.getElementById('v')!.appendChild(doc.createTextNode('9'.repeat(2_000_000)));
    const detection = detectOrder(doc, SELLER_US);
    expect(detection.packages).toEqual([]);
  });

  it('ignores script, style, noscript and template content', () => {
    const doc = page(`
      <script>var t = "Tracking ID: 1Z4F82W70312345676";</script>
      <style>.a::after { content: "Tracking ID 1Z4F82W70312345676"; }</style>
      <noscript><div><span>Tracking ID</span><span>1Z4F82W70312345676</span></div></noscript>
      <template><div><span>Tracking ID</span><span>1Z4F82W70312345676</span></div></template>`);
    expect(detectOrder(doc, SELLER_US).packages).toEqual([]);
  });

  it('stops at its bounds on a page with more text than it reads', () => {
    const doc = page(`${'<p>x</p>'.repeat(3000)}<div><span>Tracking ID</span><span>1Z4F82W70312345676</span></div>`);
    const limits = { maxNodes: 1000, maxItems: 1000, maxText: 240, maxChars: 10_000 };
    expect(detectOrder(doc, SELLER_US, { limits }).packages).toEqual([]);
    expect(detectOrder(doc, SELLER_US).packages).toHaveLength(1);
  });
});

describe('pages that are not order pages', () => {
  /** A document whose every property access throws: proves detectOrder() reads nothing from it. */
  const untouchable = new Proxy(
    {},
    {
      get() {
        throw new Error('the DOM was read');
      },
    },
  ) as Document;

  it.each([
    'https://www.tiktok.com/@someone/video/7300000000000000000',
    'https://seller-us.tiktok.com/product/list',
    'https://shop.tiktok.com/us/pdp/some-product/1729630936525936882',
    'https://example.com/order/detail?order_no=577203418862950147',
    'not a url',
  ])('returns an empty detection without reading the DOM: %s', (url) => {
    expect(detectOrder(untouchable, url)).toEqual({ url, page: expect.any(String), packages: [], dates: {} });
  });
});

describe('numbers printed in pieces', () => {
  it('keeps a short letter prefix printed apart from its digits', () => {
    const doc = page('<div><span>No. Resi</span><span>JX 6104729385</span></div>');
    const url = 'https://seller-id.tokopedia.com/order/detail?order_no=580339174620581937&shop_region=ID';
    expect(detectOrder(doc, url).packages.map((p) => p.trackingNumber)).toEqual(['JX6104729385']);
  });

  it('separates a carrier name printed in the same text as the number', () => {
    const doc = page('<div><span>Tracking number</span><span>USPS 9400 1118 9922 3344 5566 77</span></div>');
    expect(detectOrder(doc, SELLER_US).packages).toMatchObject([
      { trackingNumber: '9400111899223344556677', carrier: 'usps', carrierText: 'USPS', carrierSource: 'page' },
    ]);
  });
});

describe('the carrier name quoted from the page never carries a contact', () => {
  it('drops a WhatsApp number printed where the carrier goes, and the engine names the carrier', () => {
    const doc = page(`
      <div><span>Tracking ID</span><span>9400111899223197428497</span></div>
      <div><span>Carrier</span><span>Other - WhatsApp +44 7700 900123</span></div>`);
    const detection = detectOrder(doc, SELLER_US);
    expect(detection.packages).toEqual([
      expect.objectContaining({ trackingNumber: '9400111899223197428497', carrier: 'usps', carrierSource: 'number' }),
    ]);
    expect(detection.packages[0]!.carrierText).toBeUndefined();
    expect(JSON.stringify(detection)).not.toMatch(/7700|WhatsApp/);
  });

  it.each([
    'USPS - help@scam.example',
    'USPS www.scam-track.example',
    'USPS https://scam-track.example/t',
    'USPS track at scam-track.example',
  ])('keeps the carrier from a clean name at the start but does not quote %s', (text) => {
    const doc = page(`
      <div><span>Shipping provider</span><span>${text}</span></div>
      <div><span>Tracking ID</span><span>9400111899223197428497</span></div>`);
    const [pkg] = detectOrder(doc, SELLER_US).packages;
    expect(pkg).toMatchObject({ trackingNumber: '9400111899223197428497', carrier: 'usps', carrierSource: 'page' });
    expect(pkg!.carrierText).toBeUndefined();
  });

  it('removes bidi and control characters from the quoted name', () => {
    const doc = page(`
      <div><span>Shipping provider</span><span>\u2067USPS\u2069\u202e</span></div>
      <div><span>Tracking ID</span><span>9400111899223197428497</span></div>`);
    expect(detectOrder(doc, SELLER_US).packages[0]!.carrierText).toBe('USPS');
  });
});

describe('a phone number in the carrier field', () => {
  it('is not a tracking number', () => {
    const doc = page('<div><span>Carrier</span><span>USPS call 1-800-555-0199</span></div>');
    expect(detectOrder(doc, SELLER_US).packages).toEqual([]);
  });

  it('is not a tracking number in the inline "Carrier: number" form either', () => {
    const doc = page('<div>USPS: 800-555-0199</div><div>UPS WhatsApp 7700 900123</div>');
    expect(detectOrder(doc, SELLER_US).packages).toEqual([]);
  });

  it('still lets a carrier field hold the carrier and its tracking number', () => {
    const doc = page('<div><span>Carrier</span><span>UPS 1Z999AA10123456784</span></div>');
    expect(detectOrder(doc, SELLER_US).packages).toMatchObject([
      { trackingNumber: '1Z999AA10123456784', carrier: 'ups', carrierText: 'UPS' },
    ]);
  });
});

describe('dates printed without a year', () => {
  it('moves a delivery date after New Year into the next year', () => {
    const doc = page(`
      <h2>Delivered</h2>
      <div><span>Order placed</span><span>Dec 28, 2026</span></div>
      <div><span>Delivery date</span><span>Jan 3</span></div>`);
    const url = 'https://www.tiktok.com/shop/order_detail?main_order_id=577318820461937205';
    expect(detectOrder(doc, url).dates).toEqual({ ordered: '2026-12-28', delivered: '2027-01-03' });
  });

  it('ends an estimated-delivery range that crosses New Year in the next year', () => {
    const doc = page(`
      <div><span>Order date</span><span>Dec 28, 2026</span></div>
      <div><span>Estimated delivery</span><span>Dec 30 - Jan 3</span></div>`);
    expect(detectOrder(doc, SELLER_US).dates).toEqual({ ordered: '2026-12-28', estimatedDelivery: '2027-01-03' });
  });

  it('keeps the order year when the dates fall in it', () => {
    const doc = page(`
      <div><span>Order date</span><span>Nov 26, 2026</span></div>
      <div><span>Estimated delivery</span><span>Nov 28 - Dec 2</span></div>`);
    expect(detectOrder(doc, SELLER_US).dates).toEqual({ ordered: '2026-11-26', estimatedDelivery: '2026-12-02' });
  });
});

const field = (label: string, value: string) => `<div><span>${label}</span><span>${value}</span></div>`;

describe('carriers go to the number of their own order', () => {
  const SELLER_US_LIST = 'https://seller-us.tiktok.com/order?tab=all&shop_region=US';
  let orders = 0;
  const row = (number: string | undefined, carrier: string) =>
    `<div class="css-row"><div><span>Order ID</span><span>5772034188629501${10 + orders++}</span></div>
      ${number === undefined ? '' : `<div><span>Tracking number</span><span>${number}</span></div>`}
      <div><span>Shipping provider</span><span>${carrier}</span></div></div>`;

  it.each([
    ['an order without a number', row(undefined, 'UPS')],
    ['an order whose number is "--"', row('--', 'UPS')],
  ])('in rows printed number first, after %s', (_, first) => {
    const doc = page(
      `<div class="css-list">${first}${row('9400111899223197428497', 'USPS')}${row('1Z999AA10123456784', 'UPS')}</div>`,
    );
    expect(detectOrder(doc, SELLER_US_LIST).packages).toMatchObject([
      { trackingNumber: '9400111899223197428497', carrier: 'usps', carrierText: 'USPS', carrierSource: 'page' },
      { trackingNumber: '1Z999AA10123456784', carrier: 'ups', carrierText: 'UPS', carrierSource: 'page' },
    ]);
  });

  it('in flat fields without a row element, by the order they are printed in', () => {
    const doc = page(`<div class="css-list">
      ${field('Tracking number', '--')}${field('Shipping provider', 'UPS')}
      ${field('Tracking number', '9400111899223197428497')}${field('Shipping provider', 'USPS')}
      ${field('Tracking number', '1Z999AA10123456784')}${field('Shipping provider', 'UPS')}</div>`);
    expect(detectOrder(doc, SELLER_US_LIST).packages).toMatchObject([
      { trackingNumber: '9400111899223197428497', carrierText: 'USPS' },
      { trackingNumber: '1Z999AA10123456784', carrierText: 'UPS' },
    ]);
  });
});

/** 'high' once the engine knows the format for the carrier the page names, 'medium' until then (issue 11 adds some). */
const expectedConfidence = (number: string, carrier: string) =>
  identify(number, { region: 'MY' }).some((c) => c.carrier === carrier && c.number === number) ? 'high' : 'medium';
const picked = (pkg: DetectedPackage | undefined) =>
  pkg && {
    trackingNumber: pkg.trackingNumber,
    carrier: pkg.carrier,
    carrierText: pkg.carrierText,
    carrierSource: pkg.carrierSource,
  };

describe('a number the page pairs with a carrier is the tracking number, known format or not', () => {
  const SELLER_MY = 'https://seller-my.tiktok.com/order/detail?order_no=580339174620581937&shop_region=MY';
  it.each([
    ['J&amp;T Express 630127384950', '630127384950', 'jt-express', 'J&T Express'],
    ['Ninja Van NVMY12345678AB', 'NVMY12345678AB', 'ninja-van', 'Ninja Van'],
    ['SPX SPXMY02345678901A', 'SPXMY02345678901A', 'spx', 'SPX'],
    ['Flash Express TH47148Z139C', 'TH47148Z139C', 'flash-express', 'Flash Express'],
  ])('on one line: %s', (line, number, carrier, carrierText) => {
    const detection = detectOrder(page(`<h2>Shipped</h2><div class="css-pkg">${line}</div>`), SELLER_MY);
    expect(detection.packages.map(picked)).toEqual([
      { trackingNumber: number, carrier, carrierText, carrierSource: 'page' },
    ]);
    expect(detection.packages[0]!.confidence).toBe(expectedConfidence(number, carrier));
    expect(detection.status).toBe('in-transit');
  });

  it('with the name and the number in neighbouring elements of one line, a Copy button after it', () => {
    const doc = page(
      '<div class="css-l"><span>Ninja Van</span> <span>NVMY12345678AB</span><button>Copy</button></div>',
    );
    expect(detectOrder(doc, SELLER_MY).packages.map(picked)).toEqual([
      { trackingNumber: 'NVMY12345678AB', carrier: 'ninja-van', carrierText: 'Ninja Van', carrierSource: 'page' },
    ]);
  });

  it('as the value of a tracking label', () => {
    const doc = page(`${field('Shipping provider', 'SPX Express')}${field('Tracking number', 'SPXMY02345678901A')}`);
    expect(detectOrder(doc, SELLER_MY).packages.map(picked)).toEqual([
      { trackingNumber: 'SPXMY02345678901A', carrier: 'spx', carrierText: 'SPX Express', carrierSource: 'page' },
    ]);
  });

  it('in a column under a tracking header', () => {
    const doc = page(`<table><thead><tr><th>Shipping provider</th><th>Tracking ID</th></tr></thead><tbody>
      <tr><td>Ninja Van</td><td>NVMY12345678AB</td></tr><tr><td>J&amp;T Express</td><td>630127384950</td></tr>
      </tbody></table>`);
    expect(detectOrder(doc, 'https://seller-my.tiktok.com/order?tab=all&shop_region=MY').packages.map(picked)).toEqual([
      { trackingNumber: 'NVMY12345678AB', carrier: 'ninja-van', carrierText: 'Ninja Van', carrierSource: 'page' },
      { trackingNumber: '630127384950', carrier: 'jt-express', carrierText: 'J&T Express', carrierSource: 'page' },
    ]);
  });

  it('is high confidence when the engine confirms the format of the carrier the page names', () => {
    const doc = page('<div>J&amp;T Express JX7053814071</div>');
    expect(detectOrder(doc, SELLER_MY).packages).toEqual([
      {
        trackingNumber: 'JX7053814071',
        carrier: 'jt-express',
        carrierText: 'J&T Express',
        carrierSource: 'page',
        confidence: 'high',
      },
    ]);
  });

  it.each([
    ['a TikTok order id', 'J&amp;T Express 577203418862950111'],
    ['a TikTok id under a tracking label', field('Tracking number', '1729630936525936882')],
    ['a price', 'J&amp;T Express RM 12.90'],
    ['a date', 'Ninja Van 2026-11-05'],
    ['a phone number', 'SPX 012-345 6789'],
  ])('unless it is clearly something else: %s', (_, body) => {
    expect(detectOrder(page(body), SELLER_MY).packages).toEqual([]);
  });

  it('does not take a carrier name in running text for a tracking line', () => {
    const doc = page('<p>Ninja Van delivers in 3 days</p><div><span>J&amp;T Express</span><span>RM 4.90</span></div>');
    expect(detectOrder(doc, SELLER_MY).packages).toEqual([]);
  });
});

describe('the status comes from the page', () => {
  it.each([
    ['Shipped', 'in-transit', SELLER_US],
    ['Awaiting shipment', 'awaiting-shipment', SELLER_US],
    ['Delivered', 'delivered', SELLER_US],
    ['Dihantar', 'in-transit', 'https://seller-my.tiktok.com/order/detail?order_no=580339174620581937'],
    ['Dalam transit', 'in-transit', 'https://seller-my.tiktok.com/order/detail?order_no=580339174620581937'],
    ['Đang vận chuyển', 'in-transit', 'https://seller-vn.tiktok.com/order/detail?order_no=580662910384756120'],
  ])('"%s" without any number is %s, with no package', (status, expected, url) => {
    const detection = detectOrder(page(`${field('Order status', status)}${field('Tracking ID', '--')}`), url);
    expect(detection.status).toBe(expected);
    expect(detection.packages).toEqual([]);
  });
});

describe('what the content script sends', () => {
  it.each(PAGE_FIXTURES.map((f) => [f.file, f] as const))(
    '%s: the detection passes the message schema',
    (_, fixture) => {
      const detection = detectOrder(load(fixture.file), fixture.url);
      expect(detectionSchema.safeParse(detection).success).toBe(true);
    },
  );

  it(`reports at most ${MAX_PACKAGES} packages from a page with more, and that still passes the schema`, () => {
    // 600 rows, each with a valid UPS number: "1Z" + 15 characters + a mod-10 check digit over the UPS values.
    const rows: string[] = [];
    for (let i = 0; i < 600; i++) {
      rows.push(`<tr><td>Order ${i}</td><td>UPS</td><td>${upsNumber(i)}</td></tr>`);
    }
    const doc = page(
      `<table><thead><tr><th>Order</th><th>Carrier</th><th>Tracking number</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    );
    const detection = detectOrder(doc, 'https://seller-us.tiktok.com/order?tab=all&shop_region=US');
    expect(detection.packages).toHaveLength(MAX_PACKAGES);
    expect(detection.packages[0]).toMatchObject({ trackingNumber: upsNumber(0), carrier: 'ups' });
    expect(upsNumber(2345678)).toBe('1Z999AA10123456784'); // the generator agrees with UPS's published example
    expect(detectionSchema.safeParse(detection).success).toBe(true);
  });
});

/**
 * A UPS 1Z number for shipper 999AA1, service 01 and a 7-digit package number. UPS's check digit: letters count as
 * (character code - 63) mod 10 (A=2, B=3 ... I=0), every second character twice, and the digit that brings the sum to
 * a multiple of ten.
 */
function upsNumber(packageNumber: number): string {
  const body = `999AA101${String(packageNumber).padStart(7, '0')}`;
  let sum = 0;
  [...body].forEach((ch, index) => {
    const value = /\d/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 63) % 10;
    sum += index % 2 === 1 ? value * 2 : value;
  });
  return `1Z${body}${(10 - (sum % 10)) % 10}`;
}
