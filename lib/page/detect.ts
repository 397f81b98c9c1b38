/**
 * detectOrder(): what a person sees on a TikTok Shop order page (tracking numbers and carriers, order id, role,
 * market, shipping mode, status, dates), read by meaning: labels in every market's language (./labels.ts) and the
 * values beside them, never TikTok's generated class names.
 *
 * Cost: nothing for non-order URLs; otherwise one bounded text pass (./collect.ts) and work linear in what it keeps.
 */
import { carrierByName } from '../carriers/names';
import { identify, scan } from '../tracking';
import type { TrackingCandidate } from '../tracking/types';
import { carrierQuote, looksLikePhone } from './contacts';
import { collectText, DEFAULT_LIMITS, type CollectLimits, type TextItem } from './collect';
import { firstDate, latestDate, type DateOptions } from './dates';
import {
  LABEL_INDEX,
  MAX_LABEL_CHARS,
  MAX_LABEL_WORDS,
  mayStartCarrierName,
  mayStartLabel,
  MODE_INDEX,
  modeInText,
  STATUS_INDEX,
  statusInText,
} from './dictionary';
import type { FieldKind, Lang } from './labels';
import { dominantLang, regionFromPage } from './page-region';
import { type CarrierLabel, type Found, type NumberSlot, pairCarriers } from './pairing';
import { cellsByColumn, columnOfHeader, dataRows, headerCellOf } from './tables';
import { bounded, compactToken, fold, hasDigit, isTokenLike, textKey } from './text';
import {
  type DetectedPackage,
  MAX_PACKAGES,
  type OrderDates,
  type OrderDetection,
  type OrderStatus,
  type ShippingMode,
} from '../order';
import { isOrderPageUrl, orderIdFromUrl, pageKindFromUrl, regionFromUrl, roleFromUrl } from './where';

export interface DetectOptions {
  limits?: CollectLimits;
}

/** How far after a label its value may be: items, and ancestor levels that hold label and value together. */
const VALUE_WINDOW = 8;
const ROW_DEPTH = 3;
/** A tracking number after folding and removing reading separators. */
const MIN_NUMBER = 6;
const MAX_NUMBER = 40;
/** The page's carrier name is quoted up to this many characters, and checked for contacts up to the longer bound. */
const CARRIER_TEXT_MAX = 80;
const CARRIER_SOURCE_MAX = 160;
/** TikTok order, package and product ids are 17-19 digits (tiktok.md §2.3): never guessed to be tracking numbers. */
const TIKTOK_ID = /^\d{17,19}$/;
/** What an order id looks like once compacted: letters and digits, 6 to 32 of them (a digit among them). */
const ORDER_ID = /^[0-9A-Z]{6,32}$/;
const CELL_SELECTOR = 'td,th,[role="cell"],[role="gridcell"],[role="rowheader"]';
const SEPARATORS_ONLY = /^[\s\-‐‑‒–—.·]+$/;

type DateField = keyof OrderDates | 'delivery';

const DATE_FIELD: Partial<Record<FieldKind, DateField>> = {
  'date-ordered': 'ordered',
  'date-shipped': 'shipped',
  'date-estimated-delivery': 'estimatedDelivery',
  'date-delivered': 'delivered',
  'date-delivery': 'delivery',
  'date-last-update': 'lastUpdate',
};

/** An empty detection: what non-order pages get, without a single DOM access. */
function emptyDetection(url: string): OrderDetection {
  return { url, page: pageKindFromUrl(url), packages: [], dates: {} };
}

export function detectOrder(doc: Document, url: string, options: DetectOptions = {}): OrderDetection {
  if (!isOrderPageUrl(url)) return emptyDetection(url);
  return readOrderPage(doc, url, options).detection;
}

/** One whole-page read: the detection, and what an incremental re-read needs to know about how it was made. */
export function readOrderPage(doc: Document, url: string, options: DetectOptions = {}): PageRead {
  return withKnownCache(() => new PageReader(doc, url, options.limits ?? DEFAULT_LIMITS).read());
}

/** Runs `work` with the engine's answers memoized (a number is looked at when read and again when resolved). */
export function withKnownCache<T>(work: () => T): T {
  if (knownCache) return work();
  knownCache = new Map();
  try {
    return work();
  } finally {
    knownCache = undefined;
  }
}

/** A data row of a table whose header names a tracking or carrier column, and what it gave. */
export interface TableRowRead {
  row: Element;
  headerRow: Element;
  columns: Map<number, FieldKind>;
  find?: Found;
  /** Tokens its id and not-tracking cells, and its own id labels, rule out as tracking numbers. */
  excluded: string[];
  /**
   * True when the row can be re-read on its own: everything its texts gave is the row's find and exclusions (no
   * label, carrier line or status read from it counts for the whole page, no label value reaches past it).
   */
  alone: boolean;
}

/** How a read was made: which elements it looked at, which shapes hold them, what each table row gave. */
export interface PageRead {
  detection: OrderDetection;
  /** Elements whose text the read looked at (labels, values, carrier lines, cells of read columns...). */
  touched: Set<Element>;
  /** Elements where inserting or removing even meaningless content can change a reading (label rows, tables). */
  frames: Set<Element>;
  /** Numbers paired by labels and carrier lines (not tables), in document order. */
  pairFinds: Found[];
  tableRows: TableRowRead[];
  /** Exclusions that come from outside the table rows (URL order id, id labels elsewhere). */
  baseExcluded: Set<string>;
  /** The fallback scan of unlabelled text decided the packages: any new number anywhere may change them. */
  usedFallback: boolean;
  /** The market came from the page's texts (currencies, label language), not from the URL. */
  regionFromPage: boolean;
  /** The read stopped at one of its bounds: later content was never looked at. */
  truncated: boolean;
}

export class PageReader {
  readonly items: TextItem[];
  private readonly labels: ({ kind: FieldKind; langs: Lang[] } | undefined)[];
  private readonly region: string | undefined;
  private readonly page: OrderDetection['page'];

  /** Tracking-number labels (and "Carrier number" texts) and carrier labels, in document order. */
  private readonly slots: NumberSlot[] = [];
  private readonly carriers: CarrierLabel[] = [];
  private readonly tableRows: TableRowRead[] = [];
  /** Canonical values beside order-id, package-id and other non-tracking labels, with the item that excluded them. */
  private readonly excluded = new Set<string>();
  private readonly excludedAt: { token: string; at: number }[] = [];
  readonly touched = new Set<Element>();
  readonly frames = new Set<Element>();
  /** Items whose reading counts for the whole page (slots, carriers, order ids, dates, status, mode, headers). */
  private readonly pageLevel = new Set<number>();
  /** Label values that run past their label's item: [label index, last value index]. */
  private readonly windows: [number, number][] = [];
  /** Item indexes that are such values (skipped by the fallback scan). */
  private readonly blocked = new Set<number>();
  private readonly orderIds: string[] = [];
  private readonly langCounts = new Map<Lang, number>();
  private readonly dateTexts = new Map<DateField, string>();
  private readonly headerColumns = new Map<Element, Map<number, FieldKind>>();
  private labelStatus: OrderStatus | undefined;
  private labelMode: ShippingMode | undefined;
  private looseStatus: OrderStatus | undefined;
  private looseMode: ShippingMode | undefined;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly limits: CollectLimits,
    items?: TextItem[],
  ) {
    this.items = items ?? collectText(doc, limits);
    this.labels = this.items.map((item) =>
      item.text.length <= MAX_LABEL_CHARS + 4 && mayStartLabel(item.text)
        ? LABEL_INDEX.get(textKey(item.text))
        : undefined,
    );
    this.page = pageKindFromUrl(url);
    this.region = regionFromUrl(url);
  }

  read(): PageRead {
    const urlOrderId = orderIdFromUrl(this.url);
    if (urlOrderId) this.excluded.add(urlOrderId.toUpperCase());

    this.readItems();
    this.readTables();

    const lang = dominantLang(this.langCounts);
    const region = this.region ?? regionFromPage(this.items, lang);
    const role = roleFromUrl(this.url);

    const labelEls = this.items.filter((_, i) => this.labels[i]).map((item) => item.el);
    const pairFinds = pairCarriers(this.slots, this.carriers, labelEls);
    const found = [...pairFinds, ...tableFindsOf(this.tableRows)];
    const usedFallback = found.length === 0;
    if (usedFallback) found.push(...this.fallbackScan(region));
    const packages = composePackages(found, this.excluded, region);

    const status = this.labelStatus ?? this.looseStatus;
    const detection: OrderDetection = {
      url: this.url,
      page: this.page,
      packages,
      dates: this.readDates(region, role, status),
    };
    const orderId = urlOrderId ?? this.pageOrderId();
    if (orderId) detection.orderId = orderId;
    if (role) detection.role = role;
    if (region) detection.region = region;
    const mode = this.labelMode ?? this.looseMode;
    if (mode) detection.shippingMode = mode;
    if (status) detection.status = status;
    const tableRows = this.markAloneRows();
    return {
      detection,
      touched: this.touched,
      frames: this.frames,
      pairFinds,
      tableRows,
      baseExcluded: this.baseExcluded(),
      usedFallback,
      regionFromPage: this.region === undefined,
      truncated: this.truncated(),
    };
  }

  /** Every item in turn, noting which ones gave something that counts for the whole page. */
  readItems(): void {
    for (let i = 0; i < this.items.length; i++) {
      const before = this.pageState();
      this.readItem(i);
      if (this.pageState() !== before) this.pageLevel.add(i);
    }
  }

  /**
   * Grows whenever something that counts for the whole page is read (not exclusions, not language counts): every
   * part only ever grows, so a change of the sum is a change of one of them.
   */
  private pageState(): number {
    return (
      this.slots.length +
      this.carriers.length +
      this.orderIds.length +
      this.dateTexts.size +
      this.headerCount +
      isSet(this.labelStatus) +
      isSet(this.labelMode) +
      isSet(this.looseStatus) +
      isSet(this.looseMode)
    );
  }
  private headerCount = 0;

  /** Whether this reader's items (one table row's) gave anything beyond exclusions; and the exclusions. */
  rowOnlyExclusions(): string[] | undefined {
    // A label that ends the row would take its value from whatever follows the row on the page.
    if (this.pageLevel.size || (this.items.length && this.labels[this.items.length - 1])) return undefined;
    return this.excludedAt.map((e) => e.token);
  }

  private truncated(): boolean {
    let chars = 0;
    for (const item of this.items) chars += item.text.length;
    return this.items.length >= this.limits.maxItems * 0.9 || chars >= this.limits.maxChars * 0.9;
  }

  /** Exclusions made by items outside every table row. */
  private baseExcluded(): Set<string> {
    const base = new Set<string>();
    const urlOrderId = orderIdFromUrl(this.url);
    if (urlOrderId) base.add(urlOrderId.toUpperCase());
    for (const { token, at } of this.excludedAt) if (!this.rowOfItem(at)) base.add(token);
    return base;
  }

  private itemRows: { lo: number; hi: number; read: TableRowRead }[] | undefined;

  /** The table row holding item `at` (row ranges are sorted and disjoint: binary search). */
  private rowOfItem(at: number): TableRowRead | undefined {
    const ranges = this.itemRows ?? [];
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const range = ranges[mid]!;
      if (at < range.lo) hi = mid - 1;
      else if (at > range.hi) lo = mid + 1;
      else return range.read;
    }
    return undefined;
  }

  /**
   * Decides which table rows can be re-read alone: their items are contiguous, none of them gave anything for the
   * whole page, and no label value crosses their edges. Each row's own exclusions move into its record.
   */
  private markAloneRows(): TableRowRead[] {
    if (!this.tableRows.length) return this.tableRows;
    const indexOf = new Map<Element, number[]>();
    for (const [cell, indexes] of this.cellIndexes ?? []) {
      const row =
        cell.localName === 'td' || cell.localName === 'th' ? cell.parentElement : cell.closest('[role="row"]');
      if (!row) continue;
      const list = indexOf.get(row);
      if (list) list.push(...indexes);
      else indexOf.set(row, [...indexes]);
    }
    for (const list of indexOf.values()) list.sort((a, b) => a - b);
    this.itemRows = [];
    for (const read of this.tableRows) {
      const indexes = indexOf.get(read.row) ?? [];
      const lo = indexes[0] ?? -1;
      const hi = indexes[indexes.length - 1] ?? -2;
      const contiguous = indexes.length === hi - lo + 1;
      let alone = contiguous && indexes.length > 0;
      for (let i = lo; alone && i <= hi; i++) if (this.pageLevel.has(i)) alone = false;
      for (const [label, last] of this.windows) {
        if ((label < lo && last >= lo) || (label <= hi && last > hi)) alone = false;
      }
      if (alone && this.labels[hi]) alone = false;
      read.alone = alone;
      if (indexes.length) this.itemRows.push({ lo, hi, read });
    }
    this.itemRows.sort((a, b) => a.lo - b.lo);
    // Overlapping ranges (nested tables) cannot be told apart: none of those rows is re-read alone.
    for (let k = 1; k < this.itemRows.length; k++) {
      if (this.itemRows[k]!.lo <= this.itemRows[k - 1]!.hi) {
        this.itemRows[k]!.read.alone = false;
        this.itemRows[k - 1]!.read.alone = false;
      }
    }
    for (const { token, at } of this.excludedAt) this.rowOfItem(at)?.excluded.push(token);
    return this.tableRows;
  }

  // ------------------------------------------------------------------ one item

  private touch(item: TextItem): void {
    this.touched.add(item.el);
  }

  /** The label's element and a few ancestors: inserting a value there later must be seen. */
  private frameAround(el: Element, depth: number): void {
    let node: Element | null = el;
    for (let d = 0; node && d <= depth; d++, node = node.parentElement) {
      if (node.localName === 'body' || node.localName === 'html') return;
      this.frames.add(node);
    }
  }

  private readItem(i: number): void {
    const item = this.items[i]!;
    const label = this.labels[i];
    if (label) {
      this.touch(item);
      this.frameAround(item.el, ROW_DEPTH);
      this.countLangs(label.langs);
      const header = headerCellOf(item.el);
      if (header) this.addHeader(header, label.kind);
      else this.onLabel(label.kind, this.valueAfter(i), i);
      return;
    }
    if (this.readInline(i, item)) return;
    if (!this.blocked.has(i) && this.readCarrierLine(i, item)) return;
    this.readLoosePhrase(item);
  }

  private countLangs(langs: Lang[]): void {
    // Words several languages share ("Status", "Total") say nothing about the language.
    if (langs.length !== 1) return;
    const lang = langs[0]!;
    this.langCounts.set(lang, (this.langCounts.get(lang) ?? 0) + 1);
  }

  /**
   * The items that follow a label inside the same row, up to the next label. The row is the closest ancestor of the
   * label (a few levels at most) that also holds the first following text; later texts must be inside it too.
   */
  private valueAfter(i: number): TextItem[] {
    const out: TextItem[] = [];
    const first = this.items[i + 1];
    if (!first || this.labels[i + 1]) return out;
    const row = rowHolding(this.items[i]!.el, first.el);
    if (!row) return out;
    let last = i;
    for (let j = i + 1; j < this.items.length && j <= i + VALUE_WINDOW; j++) {
      if (this.labels[j]) break;
      const next = this.items[j]!;
      if (!row.contains(next.el)) break;
      this.touch(next);
      out.push(next);
      last = j;
    }
    // The item after the value decides where it ends: it was looked at too.
    const after = this.items[last + 1];
    if (after) this.touch(after);
    this.windows.push([i, last]);
    return out;
  }

  /** "Label: value", "Carrier: number" and "Label value" forms inside one text. */
  private readInline(i: number, item: TextItem): boolean {
    const maybeLabel = mayStartLabel(item.text);
    const colon = item.text.search(/[:：]/);
    if (colon > 0 && colon <= 60) {
      const text = fold(item.text);
      const head = text.slice(0, text.search(/[:：]/));
      const rest = text.slice(head.length + 1).trim();
      if (!rest) return false;
      const hit = maybeLabel ? LABEL_INDEX.get(textKey(head)) : undefined;
      if (hit) {
        this.touch(item);
        this.countLangs(hit.langs);
        this.onLabel(hit.kind, [{ ...item, text: rest }], i);
        return true;
      }
      if (hasDigit(rest) && /\p{L}/u.test(head) && isTokenLike(rest)) {
        const number = compactToken(rest);
        const carrier = number.length >= MIN_NUMBER && number.length <= MAX_NUMBER && carrierByName(head, this.region);
        if (
          carrier &&
          !(looksLikePhone(head, rest) && !knownFor(carrier.id, number, this.region)) &&
          !clearlyOther(rest, number, this.region)
        ) {
          const carrierText = bounded(head, CARRIER_SOURCE_MAX);
          this.touch(item);
          this.slots.push({ at: i, el: item.el, number, carrierText });
          return true;
        }
      }
      return false;
    }
    // "Order placed Nov 3, 2026", "Tracking number 9400 1000 ...": a label followed by its value, no colon.
    const text = item.text;
    if (!maybeLabel || text.length > 120 || !hasDigit(text) || !text.includes(' ')) return false;
    const words = textKey(text).split(' ');
    for (let n = Math.min(MAX_LABEL_WORDS, words.length - 1); n >= 1; n--) {
      const hit = LABEL_INDEX.get(words.slice(0, n).join(' '));
      if (!hit) continue;
      const rest = text.trim().split(/\s+/).slice(n).join(' ');
      this.touch(item);
      this.countLangs(hit.langs);
      this.onLabel(hit.kind, [{ ...item, text: rest }], i);
      return true;
    }
    return false;
  }

  /**
   * A line that starts with a carrier's name and goes on with its number, in one text ("J&T Express 630127384950")
   * or in the next elements of the same line (<span>Ninja Van</span><span>NVMY...</span>): the page pairs them, so
   * the number is the tracking number whether or not the engine knows its format (tiktok.md §8).
   */
  private readCarrierLine(i: number, item: TextItem): boolean {
    const text = item.text;
    if (text.length > CARRIER_SOURCE_MAX || !mayStartCarrierName(text)) return false;
    this.touch(item);
    if (item.el.parentElement) this.frameAround(item.el.parentElement, 0);
    if (hasDigit(text)) {
      const split = splitCarrierNumber(fold(text), this.region, true);
      if (!split) return false;
      this.slots.push({ at: i, el: item.el, ...split });
      return true;
    }
    const line = this.lineAfter(i);
    if (!line.length || !carrierByName(text, this.region)) return false;
    const found = this.trackingIn(line);
    if (!found) return false;
    this.slots.push({ at: i, el: item.el, number: found.number, carrierText: bounded(text, CARRIER_SOURCE_MAX) });
    return true;
  }

  /** The texts printed right after item `i` on the same line: sibling elements (or parent/child), up to a label. */
  private lineAfter(i: number): TextItem[] {
    const out: TextItem[] = [];
    let last = this.items[i]!.el;
    for (let j = i + 1; j < this.items.length && j <= i + VALUE_WINDOW; j++) {
      const next = this.items[j]!;
      if (this.labels[j] || !adjacent(last, next.el) || this.blocked.has(j)) break;
      this.touch(next);
      out.push(next);
      last = next.el;
    }
    return out;
  }

  /** A status or shipping mode printed on its own (a heading, a tag), outside tabs, filters and buttons. */
  private readLoosePhrase(item: TextItem): void {
    if (this.page !== 'order-detail' || item.text.length > 40) return;
    const key = textKey(item.text);
    const status = STATUS_INDEX.get(key);
    const mode = MODE_INDEX.get(key);
    if ((!status || this.looseStatus) && (!mode || this.looseMode)) return;
    this.touch(item);
    if (isInteractive(item.el)) return;
    if (status && !this.looseStatus) this.looseStatus = status;
    if (mode && !this.looseMode) this.looseMode = mode;
  }

  // ------------------------------------------------------------------ label values

  private onLabel(kind: FieldKind, value: TextItem[], at: number): void {
    const el = this.items[at]!.el;
    switch (kind) {
      case 'tracking-number': {
        // A label whose value holds no number ("--") still marks its row: see ./pairing.ts.
        if (value.length) this.slots.push({ at, el, ...this.trackingIn(value) });
        return;
      }
      case 'carrier': {
        const carrier = value.find((v) => /\p{L}/u.test(v.text));
        if (!carrier) return;
        const split = splitCarrierNumber(fold(carrier.text), this.region);
        if (split) this.slots.push({ at, el, ...split });
        else this.carriers.push({ at, el, text: bounded(carrier.text, CARRIER_SOURCE_MAX) });
        return;
      }
      case 'order-id':
      case 'package-id':
      case 'not-tracking': {
        this.block(value, at);
        if (kind === 'order-id') {
          const id = value.map((v) => compactToken(v.text)).find((v) => ORDER_ID.test(v) && hasDigit(v));
          if (id) this.orderIds.push(id);
        }
        return;
      }
      case 'status':
        this.labelStatus ??= statusInText(joinText(value, 2));
        return;
      case 'shipping-mode':
        this.labelMode ??= modeInText(joinText(value, 3));
        return;
      default: {
        const field = DATE_FIELD[kind];
        if (field && value.length && !this.dateTexts.has(field)) this.dateTexts.set(field, joinText(value, 3));
      }
    }
  }

  private block(value: TextItem[], at: number): void {
    this.blocked.add(at);
    for (const v of value) {
      // Values follow their label within the value window; an inline value is a copy, found nowhere (and the
      // label's own item is blocked already). A search of the whole page per label made large pages quadratic.
      const index = this.indexNear(v, at);
      if (index >= 0) this.blocked.add(index);
      const token = compactToken(v.text);
      if (token.length >= MIN_NUMBER && hasDigit(token)) {
        this.excluded.add(token);
        this.excludedAt.push({ token, at });
      }
    }
  }

  private indexNear(item: TextItem, from: number): number {
    const end = Math.min(this.items.length, from + VALUE_WINDOW + 2);
    for (let j = from; j < end; j++) if (this.items[j] === item) return j;
    return -1;
  }

  /** The tracking number in a label's value: one text, a run of pieces split across elements, or "Carrier number". */
  private trackingIn(value: TextItem[]): Found | undefined {
    for (let k = 0; k < value.length; k++) {
      const text = fold(value[k]!.text);
      // "USPS 9400 1118 ...": a carrier's name and its number in one text.
      if (/(?:^|\s)\p{L}{2,}(?:\s|$)/u.test(text)) {
        const split = splitCarrierNumber(text, this.region, true);
        if (split) return split;
      }
      if (!isTokenLike(text) || isWord(text)) {
        const split = splitCarrierNumber(text, this.region);
        if (split) return split;
        continue;
      }
      const run = [text];
      let last = value[k]!.el;
      let m = k + 1;
      for (; m < value.length && run.length < 8; m++) {
        const next = fold(value[m]!.text);
        if (!adjacent(last, value[m]!.el)) break;
        // "6140-8293-1571" with each group in its own element: the dashes are text nodes of their own.
        if (SEPARATORS_ONLY.test(next)) continue;
        if (!isTokenLike(next) || isWord(next)) break;
        // A word after the number ("Copy", "View") is a button, not part of the number.
        if (!hasDigit(next) && run.some(hasDigit)) break;
        run.push(next);
        last = value[m]!.el;
      }
      const chosen = chooseFromRun(run, this.region);
      if (chosen) return chosen;
      k = m - 1;
    }
    return undefined;
  }

  // ------------------------------------------------------------------ tables

  private addHeader(header: Element, kind: FieldKind): void {
    const column = columnOfHeader(header);
    if (!column) return;
    this.headerCount++;
    let columns = this.headerColumns.get(column.headerRow);
    if (!columns) this.headerColumns.set(column.headerRow, (columns = new Map()));
    if (!columns.has(column.index)) columns.set(column.index, kind);
  }

  private readTables(): void {
    const tables = [...this.headerColumns].filter(([, columns]) =>
      [...columns.values()].some((kind) => kind === 'tracking-number' || kind === 'carrier'),
    );
    if (!tables.length) return;
    const byCell = this.itemsByCell();
    for (const [headerRow, columns] of tables) {
      this.frameTable(headerRow);
      for (const row of dataRows(headerRow)) {
        this.frames.add(row);
        const read = this.readTableRow(row, columns, byCell);
        for (const token of read.excluded) this.excluded.add(token);
        this.tableRows.push({ row, headerRow, columns, ...read, alone: false });
      }
    }
  }

  /** The header row, its table and the body table after it: adding or removing cells or rows there changes columns. */
  private frameTable(headerRow: Element): void {
    this.frames.add(headerRow);
    const table = headerRow.closest('table,[role="table"],[role="grid"],[role="treegrid"]');
    if (table) this.frames.add(table);
    const wrapper = table?.parentElement?.parentElement ?? table?.parentElement;
    if (wrapper && table?.localName === 'table') this.frames.add(wrapper);
  }

  /** One data row of a table with tracking or carrier columns: its number and carrier, and the ids it rules out. */
  readTableRow(
    row: Element,
    columns: Map<number, FieldKind>,
    byCell: Map<Element, TextItem[]> = this.itemsByCell(),
  ): { find?: Found; excluded: string[] } {
    const cells = cellsByColumn(row);
    let number: Found | undefined;
    let carrierText: string | undefined;
    let orderId: string | undefined;
    let status: OrderStatus | undefined;
    const excluded: string[] = [];
    for (const [index, kind] of columns) {
      const cell = cells.get(index);
      const value = cell ? byCell.get(cell) : undefined;
      if (!value) continue;
      if (kind === 'tracking-number' || kind === 'carrier') for (const v of value) this.touch(v);
      if (kind === 'tracking-number') number = this.trackingIn(value) ?? number;
      else if (kind === 'carrier') {
        const text = value.find((v) => /\p{L}/u.test(v.text))?.text;
        const split = text ? splitCarrierNumber(fold(text), this.region) : undefined;
        if (split) number ??= split;
        else if (text) carrierText = bounded(text, CARRIER_SOURCE_MAX);
      } else if (kind === 'order-id' || kind === 'package-id' || kind === 'not-tracking') {
        // Ids are printed as tokens; a countdown or a price in the same cell is no id (and is not looked at).
        for (const v of value) {
          if (!isTokenLike(v.text)) continue;
          this.touch(v);
          const token = compactToken(v.text);
          if (token.length >= MIN_NUMBER && hasDigit(token)) excluded.push(token);
          if (kind === 'order-id' && !orderId && ORDER_ID.test(token) && hasDigit(token)) orderId = token;
        }
      } else if (kind === 'status' && !status) {
        // The row's own status, so the popup can filter a long list by it. Only the text that names it is looked at
        // (and watched): a countdown ticking beside it ("Ship within 23:59:58") is no reason to read the row again.
        for (const v of value) {
          status = statusInText(v.text);
          if (status) {
            this.touch(v);
            break;
          }
        }
      }
    }
    if (!number) return { excluded };
    const find: Found = { number: number.number, carrierText: number.carrierText ?? carrierText };
    if (orderId) find.orderId = orderId;
    if (status) find.status = status;
    return { find, excluded };
  }

  /** The page's texts grouped by the table cell holding them (one native closest() per text, only on table pages). */
  private itemsByCell(): Map<Element, TextItem[]> {
    const byCell = new Map<Element, TextItem[]>();
    this.cellIndexes = new Map();
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i]!;
      const cell = item.el.closest(CELL_SELECTOR);
      if (!cell) continue;
      const list = byCell.get(cell);
      if (list) list.push(item);
      else byCell.set(cell, [item]);
      const indexes = this.cellIndexes.get(cell);
      if (indexes) indexes.push(i);
      else this.cellIndexes.set(cell, [i]);
    }
    return byCell;
  }

  /** Item indexes per table cell, from the last itemsByCell() (so that rows need no closest() per item). */
  private cellIndexes: Map<Element, number[]> | undefined;

  // ------------------------------------------------------------------ the rest

  /**
   * No label named a tracking number: let the engine look at the page's texts, keeping only numbers it is sure of
   * (verified check digit, or high confidence with letters in the number) and never anything beside an id, phone
   * or price label, nor anything shaped like a TikTok id.
   */
  private fallbackScan(region: string | undefined): Found[] {
    const out: Found[] = [];
    for (let i = 0; i < this.items.length && out.length < 20; i++) {
      if (this.blocked.has(i) || this.labels[i]) continue;
      const text = this.items[i]!.text;
      if (text.length < MIN_NUMBER || !hasDigit(text)) continue;
      for (const match of scan(fold(text), { region })) {
        const best = match.candidates[0];
        if (!best || this.excluded.has(match.number) || TIKTOK_ID.test(match.number)) continue;
        const sure = best.checksum
          ? best.confidence !== 'low'
          : best.confidence === 'high' && /[A-Z]/.test(match.number);
        if (sure) {
          this.touch(this.items[i]!);
          out.push({ number: match.number });
        }
      }
    }
    return out;
  }

  private readDates(region: string | undefined, role: string | undefined, status: OrderStatus | undefined): OrderDates {
    const options: DateOptions = { monthFirst: region === 'US' || (!region && role === 'buyer') };
    const dates: OrderDates = {};
    const read = (field: DateField, pick: typeof firstDate) => {
      const text = this.dateTexts.get(field);
      return text ? pick(text, options) : undefined;
    };
    const ordered = read('ordered', firstDate);
    if (ordered) {
      dates.ordered = ordered;
      options.orderDate = ordered;
    }
    const shipped = read('shipped', firstDate);
    if (shipped) dates.shipped = shipped;
    const estimated = read('estimatedDelivery', latestDate);
    if (estimated) dates.estimatedDelivery = estimated;
    const delivered = read('delivered', firstDate);
    if (delivered) dates.delivered = delivered;
    // The buyer page's "Delivery date" is the actual date once delivered, the estimate before.
    const delivery = read('delivery', latestDate);
    if (delivery) {
      if (status === 'delivered' || status === 'completed') dates.delivered ??= delivery;
      else dates.estimatedDelivery ??= delivery;
    }
    const lastUpdate = read('lastUpdate', firstDate);
    if (lastUpdate) dates.lastUpdate = lastUpdate;
    return dates;
  }

  /** On a detail page the order id label names the order; on a list only when there is exactly one order. */
  private pageOrderId(): string | undefined {
    const unique = [...new Set(this.orderIds)];
    if (unique.length === 0) return undefined;
    return this.page === 'order-detail' || unique.length === 1 ? unique[0] : undefined;
  }
}

// ------------------------------------------------------------------ helpers

function isSet(value: unknown): number {
  return value === undefined ? 0 : 1;
}

/** The closest ancestor of the label (at most ROW_DEPTH levels up, never body) that contains the value element. */
function rowHolding(label: Element, value: Element): Element | undefined {
  let node: Element | null = label;
  for (let depth = 0; node && depth <= ROW_DEPTH; depth++, node = node.parentElement) {
    if (node.localName === 'body' || node.localName === 'html') return undefined;
    if (node.contains(value)) return node;
  }
  return undefined;
}

/** Pieces of one printed number sit in sibling elements or in an element and its parent. */
function adjacent(a: Element, b: Element): boolean {
  return a === b || a.parentElement === b.parentElement || a.parentElement === b || b.parentElement === a;
}

const INTERACTIVE_TAGS = new Set(['button', 'option', 'select', 'nav', 'label']);
const INTERACTIVE_ROLES = new Set([
  'tab',
  'tablist',
  'option',
  'listbox',
  'menu',
  'menuitem',
  'radio',
  'checkbox',
  'button',
]);

/** Tabs, filters and buttons name statuses too ("Awaiting shipment" tab): those are not this order's status. */
function isInteractive(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (INTERACTIVE_TAGS.has(node.localName)) return true;
    const role = node.getAttribute('role');
    if (role && INTERACTIVE_ROLES.has(role)) return true;
  }
  return false;
}

function joinText(value: TextItem[], max: number): string {
  return value
    .slice(0, max)
    .map((v) => v.text)
    .join(' ');
}

/**
 * Engine candidates for exactly this number (identify() would otherwise find a number inside a longer text).
 * Memoized for the duration of one detectOrder() call: a number is looked at when read and again when resolved.
 */
let knownCache: Map<string, TrackingCandidate[]> | undefined;

function known(number: string, region: string | undefined): TrackingCandidate[] {
  const key = `${region ?? ''} ${number}`;
  const cached = knownCache?.get(key);
  if (cached) return cached;
  const candidates = identify(number, { region }).filter((c) => c.number === number);
  knownCache?.set(key, candidates);
  return candidates;
}

function knownFor(carrier: string, number: string, region: string | undefined): boolean {
  return known(number, region).some((c) => c.carrier === carrier);
}

/**
 * Letters without digits are part of a number only as a short prefix ("JX", "VNGH"); anything longer or with a
 * space is a word ("Copy", "Copia numero di tracciamento").
 */
function isWord(text: string): boolean {
  return !hasDigit(text) && (text.length > 5 || /\s/.test(text));
}

/** An amount ("RM 12.90", "1,234.50") or a date ("2026-11-05", "05.11.2026"), as printed. */
const AMOUNT = /^(?:[A-Za-z]{1,3}\$?\s?)?\d{1,3}(?:[,.\s]\d{3})*[.,]\d{1,2}$/;
const DATE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4})$/;

/**
 * Whether a number the page pairs with a carrier or a tracking label is clearly something else: a TikTok order,
 * package or product id (17-19 digits, tiktok.md §2.3), a phone number, an amount or a date. A number the engine
 * knows is never "something else".
 */
function clearlyOther(printed: string, number: string, region: string | undefined): boolean {
  if (known(number, region).length) return false;
  const text = fold(printed).trim();
  return TIKTOK_ID.test(number) || looksLikePhone('', text) || AMOUNT.test(text) || DATE.test(text);
}

function plausibleNumber(number: string): boolean {
  return number.length >= MIN_NUMBER && number.length <= MAX_NUMBER && /^[0-9A-Z]+$/.test(number) && hasDigit(number);
}

/**
 * Which reading of a run of pieces is the number: the whole run when the engine knows it (JX + 7053814071),
 * else the best piece or tail the engine knows (USPS + 9400...), else the whole run when it looks like a number.
 */
function chooseFromRun(run: string[], region: string | undefined): Found | undefined {
  const whole = compactToken(run.join(''));
  if (plausibleNumber(whole) && known(whole, region).length) return { number: whole };
  let best: { found: Found; score: number } | undefined;
  for (let start = 0; start < run.length; start++) {
    for (let end = run.length; end > start; end--) {
      if (start === 0 && end === run.length) continue;
      const number = compactToken(run.slice(start, end).join(''));
      if (!plausibleNumber(number)) continue;
      const candidates = known(number, region);
      if (!candidates.length) continue;
      const score = (candidates[0]!.checksum ? 2 : 1) * 100 + number.length;
      if (!best || score > best.score) {
        const head = run.slice(0, start).join(' ').trim();
        const carrierText =
          head && /\p{L}/u.test(head) && !hasDigit(head) ? bounded(head, CARRIER_SOURCE_MAX) : undefined;
        best = { found: carrierText ? { number, carrierText } : { number }, score };
      }
    }
  }
  if (best) return best.found;
  if (!plausibleNumber(whole)) return undefined;
  // Letters before the digits in their own piece are a carrier name when the directory knows them.
  if (run.length > 1 && !hasDigit(run[0]!) && carrierByName(run[0]!, region)) {
    const rest = run.slice(1).join(' ');
    const number = compactToken(rest);
    if (plausibleNumber(number) && !clearlyOther(rest, number, region))
      return { number, carrierText: bounded(run[0]!, CARRIER_SOURCE_MAX) };
  }
  return clearlyOther(run.join(' '), whole, region) ? undefined : { number: whole };
}

/**
 * "J&T Express: JX7053814071", "USPS 9400 1000 0000 0000 0000 00", "Yamato Transport｜1234-5678-9012": a carrier name
 * and a number in one text. Tries each split point; prefers splits whose name the directory knows and whose number
 * the engine knows, and never takes a plain word as part of the number.
 */
export function splitCarrierNumber(text: string, region?: string, requireNamed = false): Found | undefined {
  if (!hasDigit(text) || text.length > 160) return undefined;
  let best: { found: Found; score: number } | undefined;
  const separators = /[\s:：|｜·,]+/g;
  for (let m = separators.exec(text); m; m = separators.exec(text)) {
    const head = text.slice(0, m.index).trim();
    const tail = text.slice(m.index + m[0].length).trim();
    if (!head || !tail || !/\p{L}/u.test(head) || !isTokenLike(tail)) continue;
    const number = compactToken(tail);
    if (!plausibleNumber(number)) continue;
    const wordsOk = tail.split(/\s+/).every(hasDigit);
    const engine = known(number, region).length > 0;
    if (!wordsOk && !engine) continue;
    if (!engine && clearlyOther(tail, number, region)) continue;
    const carrier = carrierByName(head, region);
    if (requireNamed && !carrier) continue;
    // "USPS call 1-800-555-0199": a phone, unless the engine knows the number as the named carrier's.
    if (looksLikePhone(head, tail) && !(carrier && knownFor(carrier.id, number, region))) continue;
    const score = (carrier ? 2 : 0) + (engine ? 2 : 0) + (wordsOk ? 1 : 0);
    if (!best || score > best.score)
      best = { found: { number, carrierText: bounded(head, CARRIER_SOURCE_MAX) }, score };
  }
  return best && best.score >= 2 ? best.found : undefined;
}

/** The numbers the table rows gave, in row order. */
export function tableFindsOf(rows: readonly TableRowRead[]): Found[] {
  const out: Found[] = [];
  for (const row of rows) if (row.find) out.push(row.find);
  return out;
}

/** Found numbers as packages: once each, none that an id label rules out, at most MAX_PACKAGES, carriers resolved. */
export function composePackages(
  found: Found[],
  excluded: ReadonlySet<string>,
  region: string | undefined,
  resolve: (found: Found, region: string | undefined) => DetectedPackage = resolvePackage,
): DetectedPackage[] {
  return dedupe(found)
    .filter((f) => !excluded.has(f.number))
    .slice(0, MAX_PACKAGES)
    .map((f) => resolve(f, region));
}

function dedupe(found: Found[]): Found[] {
  const byNumber = new Map<string, Found>();
  for (const f of found) {
    const seen = byNumber.get(f.number);
    if (!seen) byNumber.set(f.number, { ...f });
    else {
      if (!seen.carrierText && f.carrierText) seen.carrierText = f.carrierText;
      seen.orderId ??= f.orderId;
      seen.status ??= f.status;
    }
  }
  return [...byNumber.values()];
}

/**
 * The page's carrier wins; the engine fills in when the page names none, and confirms or flags the number against
 * the named carrier's check digit.
 */
export function resolvePackage(found: Found, region: string | undefined): DetectedPackage {
  const candidates = known(found.number, region);
  const named = found.carrierText ? carrierByName(found.carrierText, region) : undefined;
  const pkg: DetectedPackage = { trackingNumber: candidates[0]?.number ?? found.number };
  // The name is recognised from the page's text as printed; it is quoted only when it holds no contact (./contacts.ts).
  const quote = found.carrierText ? carrierQuote(found.carrierText, CARRIER_TEXT_MAX) : undefined;
  if (quote) pkg.carrierText = quote;
  let chosen: TrackingCandidate | undefined;
  if (named) {
    pkg.carrier = named.id;
    pkg.carrierSource = 'page';
    chosen = candidates.find((c) => c.carrier === named.id);
    pkg.confidence = chosen ? 'high' : 'medium';
    const verdict = checksumFor(named.id, found.number, chosen);
    if (verdict !== undefined) pkg.checksum = verdict;
  } else if (candidates[0]) {
    chosen = candidates[0];
    pkg.carrier = chosen.carrier;
    pkg.carrierSource = 'number';
    pkg.confidence = chosen.confidence;
    if (chosen.checksum) pkg.checksum = true;
  }
  const alternatives = [...new Set(candidates.map((c) => c.carrier))].filter((id) => id !== pkg.carrier);
  if (alternatives.length) pkg.alternatives = alternatives;
  if (found.orderId) pkg.orderId = found.orderId;
  if (found.status) pkg.status = found.status;
  return pkg;
}

/**
 * True when the engine verified the number's check digit for this carrier; false when the number has the shape of
 * one of the carrier's check-digit formats but the digit is wrong; undefined otherwise.
 */
function checksumFor(carrier: string, number: string, candidate: TrackingCandidate | undefined): boolean | undefined {
  if (candidate?.checksum) return true;
  return failsCheckDigit(carrier, number) ? false : undefined;
}

/**
 * Whether the number looks like a check-digit format of the carrier whose digit fails. The engine only returns
 * numbers that pass, so this asks it about the same number with each possible check digit: if another digit would
 * verify for this carrier, the printed one is wrong.
 */
function failsCheckDigit(carrier: string, number: string): boolean {
  for (const position of checkDigitPositions(number)) {
    const printed = number[position];
    for (let d = 0; d <= 9; d++) {
      const digit = String(d);
      if (digit === printed) continue;
      const variant = number.slice(0, position) + digit + number.slice(position + 1);
      if (known(variant, undefined).some((c) => c.carrier === carrier && c.checksum)) return true;
    }
  }
  return false;
}

/** Check digits sit last, or before a two-letter country suffix (UPU S10, e.g. RB123456785GB). */
function checkDigitPositions(number: string): number[] {
  const positions: number[] = [];
  if (/\d$/.test(number)) positions.push(number.length - 1);
  if (/\d[A-Z]{2}$/.test(number)) positions.push(number.length - 3);
  return positions;
}
