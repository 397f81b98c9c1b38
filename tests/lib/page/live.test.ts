// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectOrder } from '../../../lib/page';
import { LABEL_INDEX, MODE_INDEX, STATUS_INDEX } from '../../../lib/page/dictionary';
import { LiveReader, textMayMatter, WATCHED_ATTRIBUTES } from '../../../lib/page/live';
import { LARGE_PAGE_FILE, LARGE_PAGE_URL } from '../../fixtures/large-page';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages');

/** The large order list, in the test's own document (MutationObserver works on the live document only). */
function loadLarge(): void {
  const html = readFileSync(join(PAGES, LARGE_PAGE_FILE), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/** A reader with its first read done, and a way to hand it what changed since the last call. */
function live(url: string) {
  const reader = new LiveReader(document, url);
  reader.readAll();
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  return {
    reader,
    /** Feeds the pending mutation records to the reader: true when it says the answer may have changed. */
    note: () => reader.note(observer.takeRecords()),
    stop: () => observer.disconnect(),
  };
}

const rows = () => Array.from(document.querySelectorAll('tr.core-table-tr'));
const trackingCell = (row: Element) => row.querySelectorAll('td')[6]!;

// Whole-page reads of 5,000 elements take a while in happy-dom on a busy machine.
describe('LiveReader on the 5,000-element order list', { timeout: 20_000 }, () => {
  it('ignores a countdown ticking in a row, and reads nothing for it', () => {
    loadLarge();
    const { reader, note, stop } = live(LARGE_PAGE_URL);
    const timer = document.createElement('span');
    timer.textContent = 'Ship within 23:59:59';
    rows()[3]!.querySelectorAll('td')[4]!.append(timer);
    expect(note()).toBe(true); // an element added inside a table row: that row is looked at again
    reader.update();
    const before = { ...reader.counts };
    for (const tick of ['23:59:58', '23:59:57', '23:59:56']) {
      timer.firstChild!.nodeValue = `Ship within ${tick}`;
      expect(note()).toBe(false);
    }
    timer.textContent = 'Ship within 23:59:55'; // text swapped for another text (React's textContent)
    expect(note()).toBe(false);
    expect(reader.counts).toEqual({ ...before, skipped: before.skipped + 4 });
    stop();
  });

  it('re-reads only the row whose tracking number appears, and agrees with a whole-page read', () => {
    loadLarge();
    const { reader, note, stop } = live(LARGE_PAGE_URL);
    const awaiting = rows()[4]!; // every fifth order awaits shipment ("--")
    expect(trackingCell(awaiting).textContent).toContain('--');
    awaiting.querySelectorAll('td')[5]!.querySelector('span')!.textContent = 'UPS';
    trackingCell(awaiting).querySelector('span')!.textContent = '1Z999AA10123456784';
    expect(note()).toBe(true);
    const detection = reader.update();
    expect(reader.counts).toMatchObject({ full: 1, rows: 1 });
    expect(detection.packages.find((p) => p.trackingNumber === '1Z999AA10123456784')).toEqual({
      trackingNumber: '1Z999AA10123456784',
      carrier: 'ups',
      carrierText: 'UPS',
      carrierSource: 'page',
      confidence: 'high',
      checksum: true,
      orderId: awaiting.getAttribute('data-row-key'),
      status: 'awaiting-shipment',
    });
    expect(detection.packages).toHaveLength(127);
    expect(detection).toEqual(detectOrder(document, LARGE_PAGE_URL));
    stop();
  });

  it('follows a changed and a removed number in place, in page order', () => {
    loadLarge();
    const { reader, note, stop } = live(LARGE_PAGE_URL);
    const first = rows()[0]!;
    const oldNumber = trackingCell(first).querySelector('span')!.textContent!;
    trackingCell(first).querySelector('span')!.textContent = '--';
    const second = rows()[1]!;
    second.querySelectorAll('td')[5]!.querySelector('span')!.textContent = 'UPS';
    trackingCell(second).querySelector('span')!.textContent = '1Z999AA10123456784';
    note();
    const detection = reader.update();
    expect(reader.counts).toMatchObject({ full: 1, rows: 2 });
    expect(detection.packages.map((p) => p.trackingNumber)).not.toContain(oldNumber.replace(/\s/g, ''));
    expect(detection.packages[0]!.trackingNumber).toBe('1Z999AA10123456784');
    expect(detection).toEqual(detectOrder(document, LARGE_PAGE_URL));
    stop();
  });

  it('reads the whole page again when a row is added or removed', () => {
    loadLarge();
    const { reader, note, stop } = live(LARGE_PAGE_URL);
    const copy = rows()[0]!.cloneNode(true) as Element;
    trackingCell(copy).querySelector('span')!.textContent = 'JX7053814071';
    copy.querySelectorAll('td')[5]!.querySelector('span')!.textContent = 'J&T Express';
    rows()[0]!.parentElement!.append(copy);
    rows()[2]!.remove();
    expect(note()).toBe(true);
    const detection = reader.update();
    expect(reader.counts.full).toBe(2);
    expect(detection.packages.at(-1)).toMatchObject({ trackingNumber: 'JX7053814071', carrier: 'jt-express' });
    expect(detection).toEqual(detectOrder(document, LARGE_PAGE_URL));
    stop();
  });
});

describe('LiveReader on a detail page', () => {
  const URL_MY = 'https://seller-my.tiktok.com/order/detail?order_no=580339174620581937&shop_region=MY';

  it('sees a number appear after a carrier line, a label turn up in a ticking text, and a status change', () => {
    document.body.innerHTML = `<h2 id="status">Awaiting shipment</h2><div id="line"><span>J&amp;T Express</span></div>
      <p id="note">Syncing 10%</p>`;
    const { reader, note, stop } = live(URL_MY);
    expect(reader.update().packages).toEqual([]);

    document.getElementById('note')!.firstChild!.nodeValue = 'Syncing 20%';
    expect(note()).toBe(false);

    const number = document.createElement('span');
    number.textContent = '630127384950';
    document.getElementById('line')!.append(number);
    document.getElementById('status')!.firstChild!.nodeValue = 'Shipped';
    expect(note()).toBe(true);
    const detection = reader.update();
    expect(detection.status).toBe('in-transit');
    expect(detection.packages.map((p) => [p.trackingNumber, p.carrier, p.carrierText])).toEqual([
      ['630127384950', 'jt-express', 'J&T Express'],
    ]);

    document.getElementById('note')!.firstChild!.nodeValue = 'Tracking ID: SPXMY02345678901A';
    expect(note()).toBe(true);
    expect(reader.update().packages.map((p) => p.trackingNumber)).toEqual(['630127384950', 'SPXMY02345678901A']);
    stop();
  });

  it('takes the whole-page read again after a navigation-sized change', () => {
    document.body.innerHTML = '<div id="root"><p>Loading…</p></div>';
    const { reader, note, stop } = live(URL_MY);
    document.getElementById('root')!.innerHTML =
      '<div><span>Shipping provider</span><span>Ninja Van</span></div><div><span>Tracking number</span><span>NVMY12345678AB</span></div>';
    expect(note()).toBe(true);
    expect(reader.update()).toEqual(detectOrder(document, URL_MY));
    expect(reader.counts.full).toBe(2);
    stop();
  });
});

describe('textMayMatter', () => {
  const plain = { fallback: false, amounts: false };

  it.each(['02:13:45', 'Ship within 1 day 23:59:12', 'Syncing 45%', '3 new messages', '', '   '])(
    'is false for %j',
    (text) => expect(textMayMatter(text, plain)).toBe(false),
  );

  it.each([
    'Tracking ID',
    'Tracking number: 630127384950',
    'Order ID 577203418862950147',
    'Delivered',
    'Đang vận chuyển',
    'J&T Express 630127384950',
    'Ninja Van',
  ])('is true for %j', (text) => expect(textMayMatter(text, plain)).toBe(true));

  it('counts numbers only when the fallback scan decided, and amounts only when the page decided the market', () => {
    expect(textMayMatter('Ref 1Z999AA10123456784', plain)).toBe(false);
    expect(textMayMatter('Ref 1Z999AA10123456784', { ...plain, fallback: true })).toBe(true);
    expect(textMayMatter('RM 12.90', plain)).toBe(false);
    expect(textMayMatter('RM 12.90', { ...plain, amounts: true })).toBe(true);
  });
});

describe('the shapes texts are judged by', () => {
  it('hold no digit in any label, status or mode phrase, so digits never decide those', () => {
    const keys = [...LABEL_INDEX.keys(), ...STATUS_INDEX.keys(), ...MODE_INDEX.keys()];
    expect(keys.filter((key) => /\d/.test(key))).toEqual([]);
  });

  it('still see a carrier whose name starts with digits', () => {
    document.body.innerHTML = '<p id="t">Ship within 23:59</p>';
    const { note, stop } = live('https://seller-mx.tiktok.com/order/detail?order_no=580117392048561732');
    document.getElementById('t')!.firstChild!.nodeValue = 'Ship within 23:58';
    expect(note()).toBe(false);
    document.getElementById('t')!.firstChild!.nodeValue = '99 Minutos 23:58';
    expect(note()).toBe(true);
    stop();
  });

  it('give the same verdict to every tick of a countdown and to a label whatever its number', () => {
    document.body.innerHTML = '<p id="t">Ship within 23:59:59</p><p id="c">00:10</p>';
    const { reader, note, stop } = live('https://seller-us.tiktok.com/order/detail?order_no=577203418862950147');
    for (const tick of ['23:59:58', '23:59:57']) {
      document.getElementById('t')!.firstChild!.nodeValue = `Ship within ${tick}`;
      document.getElementById('c')!.firstChild!.nodeValue = tick.slice(3);
      expect(note()).toBe(false);
    }
    document.getElementById('t')!.firstChild!.nodeValue = 'Tracking ID 1Z999AA10123456784';
    expect(note()).toBe(true);
    expect(reader.update().packages.map((p) => p.trackingNumber)).toEqual(['1Z999AA10123456784']);
    stop();
  });
});
