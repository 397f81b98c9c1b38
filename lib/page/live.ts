/**
 * Reading a live order page: one whole-page read first (and after each navigation), then only what a batch of DOM
 * mutations can have changed. Seller Center pages tick all day (countdowns, progress texts, notifications); a change
 * that cannot alter the answer costs a few set lookups, and a change inside a table's package row re-reads that row.
 *
 * Why a change cannot alter the answer: the whole-page read notes which elements it looked at (`touched`: labels,
 * their values, carrier lines, cells of read columns), and the shapes where even meaningless content matters
 * (`frames`: label rows, tables). A text nobody looked at can only matter by what it says on its own (a label, a
 * status, a carrier's name, a number the fallback scan would take); one that says none of those, in a place that is
 * no frame, changes nothing.
 */
import { collectText, DEFAULT_LIMITS, SKIP_PARENTS, SKIPPED_SUBTREES } from './collect';
import {
  composePackages,
  type DetectOptions,
  PageReader,
  type PageRead,
  readOrderPage,
  resolvePackage,
  tableFindsOf,
  withKnownCache,
} from './detect';
import {
  LABEL_INDEX,
  MAX_LABEL_WORDS,
  mayStartCarrierName,
  mayStartLabel,
  MODE_INDEX,
  STATUS_INDEX,
} from './dictionary';
import { mayShowAmount } from './page-region';
import type { Found } from './pairing';
import { fold, hasDigit, textKey } from './text';
import { scan } from '../tracking';
import type { DetectedPackage, OrderDetection } from '../order';

/** Attributes whose changes the reader needs to see: values shown in tooltips and accessible names, and `hidden`. */
export const WATCHED_ATTRIBUTES = ['aria-label', 'title', 'hidden'];

/** Texts longer than this are cut by the reader (collect.ts maxText): only this much of a change is looked at. */
const LOOKED_AT = DEFAULT_LIMITS.maxText;
/** A subtree added with more texts than this is not inspected text by text: it is read. */
const MAX_INSPECTED = 2_000;
/** Text shapes whose verdict is kept (a page has a few dozen kinds of ticking text). */
const MAX_VERDICTS = 2_000;
/** Resolved packages kept between reads (a package's carrier does not change while its number and name do not). */
const MAX_RESOLVED = 4_000;

export interface LiveReadCounts {
  /** Whole-page reads. */
  full: number;
  /** Single-row re-reads. */
  rows: number;
  /** Mutation batches that could not change the answer. */
  skipped: number;
}

export class LiveReader {
  private state: PageRead | undefined;
  private rowIndex = new Map<Element, number>();
  private spine: Set<Element> | undefined;
  private full = true;
  private readonly dirtyRows = new Set<Element>();
  private readonly resolved = new Map<string, DetectedPackage>();
  readonly counts: LiveReadCounts = { full: 0, rows: 0, skipped: 0 };

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly options: DetectOptions = {},
  ) {}

  /** The whole page, read afresh: the first pass, and whenever a change cannot be narrowed to a row. */
  readAll(): OrderDetection {
    const state = readOrderPage(this.doc, this.url, this.options);
    this.state = state;
    this.counts.full++;
    this.full = false;
    this.dirtyRows.clear();
    this.spine = undefined;
    this.rowIndex = new Map();
    this.frameVerdicts = new WeakMap();
    this.verdicts.clear();
    this.carrierWords.clear();
    // Rows are re-read alone only when the page's market comes from the URL (a row's prices cannot move it) and the
    // read saw the whole page.
    if (!state.regionFromPage && !state.truncated) {
      state.tableRows.forEach((row, index) => {
        if (row.alone) this.rowIndex.set(row.row, index);
      });
    }
    return state.detection;
  }

  /**
   * Notes a batch of mutation records (called from the MutationObserver callback, so it must be cheap). True when
   * the answer may have changed: call update() on the next frame.
   */
  note(records: readonly MutationRecord[]): boolean {
    if (!this.state) this.full = true;
    const moved = new Map<Element, Moved>();
    for (const record of records) {
      if (this.full) break;
      if (record.type === 'characterData') this.noteText(record.target, record.oldValue);
      else if (record.type === 'attributes') this.noteAttribute(record.target as Element, record);
      else this.noteChildren(record, moved);
    }
    // One text swapped for another that says nothing either (a countdown's tick, in one record or two): nothing
    // moved. Elements or a different number of texts did move.
    for (const [target, { texts, elements }] of moved) {
      if (this.full) break;
      if (elements || texts !== 0) this.structural(target);
    }
    const changed = this.full || this.dirtyRows.size > 0;
    if (!changed) this.counts.skipped++;
    return changed;
  }

  /** The detection after the noted changes: dirty rows re-read alone when they can be, else the whole page. */
  update(): OrderDetection {
    if (this.full || !this.state) return this.readAll();
    if (this.dirtyRows.size === 0) return this.state.detection;
    const state = this.state;
    const composed = withKnownCache(() => {
      for (const row of this.dirtyRows) if (!this.rereadRow(state, row)) return undefined;
      return this.compose(state);
    });
    this.dirtyRows.clear();
    return composed ?? this.readAll();
  }

  // ------------------------------------------------------------------ what a mutation can change

  // The hot path of a ticking page: as few DOM reads and allocations as will do.
  private noteText(node: Node, old: string | null): void {
    const parent = node.parentElement;
    if (!parent) return;
    if (this.isTouched(parent)) return this.dirty(parent);
    const now = (node as CharacterData).data;
    if (this.mayMatter(now) || this.oldMayMatter(old ?? '')) {
      if (!SKIP_PARENTS.has(parent.localName)) this.dirty(parent);
      return;
    }
    // A text that appears or disappears moves every later text by one place.
    if (isBlank(old ?? '') !== isBlank(now)) this.structural(parent);
  }

  private noteAttribute(el: Element, record: MutationRecord): void {
    if (record.attributeName === 'hidden') {
      // A subtree hidden or shown: its texts leave or join the page.
      if (this.spineHas(el) || this.subtreeMayMatter(el)) this.dirty(el);
      else this.structural(el);
      return;
    }
    const old = record.oldValue ?? '';
    const now = el.getAttribute(record.attributeName ?? '') ?? '';
    if (this.isTouched(el) || this.mayMatter(now) || this.oldMayMatter(old)) this.dirty(el);
    else if (!old.trim() !== !now.trim()) this.structural(el);
  }

  private noteChildren(record: MutationRecord, moved: Map<Element, Moved>): void {
    const target = record.target.nodeType === 1 ? (record.target as Element) : this.doc.documentElement;
    if (!target) return;
    // Anything coming or going in an element the read looked at.
    if (this.isTouched(target)) return this.dirty(target);
    const inFrame = this.inFrame(target);
    // A removed node the read looked at, or one holding such a node, was below `target`: then `target` is on the
    // spine. Elsewhere a gone text matters by itself only in amounts mode, so the removed nodes are not even visited.
    if (inFrame || this.state!.regionFromPage || this.spineHas(target)) {
      const removed = record.removedNodes;
      for (let i = 0; i < removed.length; i++) {
        const node = removed[i]!;
        if (node.nodeType === 1) {
          if (this.spineHas(node as Element)) return this.dirty(target);
          this.count(moved, target, 0, true);
        } else if (isText(node)) {
          const data = (node as CharacterData).data;
          if (this.oldMayMatter(data)) return this.dirty(target);
          if (inFrame && data.trim()) this.count(moved, target, -1, false);
        }
      }
    }
    const added = record.addedNodes;
    for (let i = 0; i < added.length; i++) {
      const node = added[i]!;
      if (node.nodeType === 1) {
        if (this.subtreeMayMatter(node as Element)) return this.dirty(target);
        if (inFrame) this.count(moved, target, 0, true);
      } else if (isText(node)) {
        const data = (node as CharacterData).data;
        if (this.mayMatter(data)) return this.dirty(target);
        if (inFrame && data.trim()) this.count(moved, target, 1, false);
      }
    }
  }

  /** Notes what came and went inside a frame, to be judged once the whole batch is seen. */
  private count(moved: Map<Element, Moved>, target: Element, texts: number, elements: boolean): void {
    const seen = moved.get(target);
    if (seen) {
      seen.texts += texts;
      seen.elements ||= elements;
    } else moved.set(target, { texts, elements });
  }

  /** Meaningless content came or went at `el`: it matters only inside a frame or a touched element. */
  private structural(el: Element): void {
    if (this.inFrame(el)) this.dirty(el);
  }

  /** Whether `el` is or sits inside a frame or a touched element (memoized until the next read). */
  private inFrame(el: Element): boolean {
    const known = this.frameVerdicts.get(el);
    if (known !== undefined) return known;
    const state = this.state!;
    let found = false;
    for (let node: Element | null = el; node && !found; node = node.parentElement) {
      found = state.frames.has(node) || state.touched.has(node);
    }
    this.frameVerdicts.set(el, found);
    return found;
  }
  private frameVerdicts = new WeakMap<Element, boolean>();

  /** The change at `node` may alter the answer: re-read its package row if it sits in one that can be, else all. */
  private dirty(node: Element): void {
    for (let el: Element | null = node; el; el = el.parentElement) {
      if (this.rowIndex.has(el)) {
        this.dirtyRows.add(el);
        return;
      }
    }
    this.full = true;
  }

  private isTouched(el: Element): boolean {
    return this.state!.touched.has(el);
  }

  /** Whether `el` is or holds an element the last read looked at. */
  private spineHas(el: Element): boolean {
    if (!this.spine) {
      const spine = new Set<Element>();
      for (const touched of this.state!.touched) {
        for (let node: Element | null = touched; node && !spine.has(node); node = node.parentElement) spine.add(node);
      }
      this.spine = spine;
    }
    return this.spine.has(el);
  }

  /**
   * Whether a text that is gone could have given anything. A text the last read used sits in a touched element, and
   * every text added since was checked when it came, so only what the read took from every text counts: amounts,
   * when the market came from the page.
   */
  private oldMayMatter(text: string): boolean {
    return this.state!.regionFromPage && this.mayMatter(text);
  }

  /**
   * Whether a text, read on its own, could give anything: see textMayMatter(). Verdicts are kept by the text's
   * shape (its digits as zeros) unless numbers themselves count (fallback): a countdown's every tick has one shape.
   */
  private mayMatter(text: string): boolean {
    const state = this.state!;
    if (state.usedFallback || text.length > LOOKED_AT) {
      return textMayMatter(text, { fallback: state.usedFallback, amounts: state.regionFromPage });
    }
    // Carrier names may hold digits ("99 Minutos"): that test runs on the text's first word as it is, the rest by
    // shape.
    const start = text.charCodeAt(0) <= 32 ? text.trimStart() : text;
    const space = start.indexOf(' ');
    const head = space < 0 ? start.slice(0, 40) : start.slice(0, Math.min(space, 40));
    let carrier = this.carrierWords.get(head);
    if (carrier === undefined) {
      if (this.carrierWords.size >= MAX_VERDICTS) this.carrierWords.clear();
      carrier = mayStartCarrierName(head);
      this.carrierWords.set(head, carrier);
    }
    if (carrier) return true;
    const shape = text.replace(DIGITS, '0');
    const known = this.verdicts.get(shape);
    if (known !== undefined) return known;
    if (this.verdicts.size >= MAX_VERDICTS) this.verdicts.clear();
    const verdict = textMayMatter(text, { fallback: false, amounts: state.regionFromPage });
    this.verdicts.set(shape, verdict);
    return verdict;
  }
  private readonly verdicts = new Map<string, boolean>();
  private readonly carrierWords = new Map<string, boolean>();

  /** Whether any text or watched attribute in an added (or shown) subtree could matter on its own. */
  private subtreeMayMatter(root: Element): boolean {
    if (root.closest(SKIPPED_SUBTREES)) return false;
    const walker = this.doc.createTreeWalker(root, 0x1 | 0x4);
    let seen = 0;
    for (let node: Node | null = root; node; node = walker.nextNode()) {
      if (++seen > MAX_INSPECTED) return true;
      if (node.nodeType === 1) {
        const el = node as Element;
        if (this.mayMatter(el.getAttribute('aria-label') ?? '') || this.mayMatter(el.getAttribute('title') ?? ''))
          return true;
        if (el.localName === 'input' && this.mayMatter((el as HTMLInputElement).value)) return true;
      } else if (!SKIP_PARENTS.has(node.parentElement?.localName ?? '') && this.mayMatter((node as Text).data)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ re-reading

  /** Re-reads one table row with the same code the whole-page read uses; false when it cannot stand alone. */
  private rereadRow(state: PageRead, row: Element): boolean {
    const index = this.rowIndex.get(row);
    const read = index === undefined ? undefined : state.tableRows[index];
    if (!read || !row.isConnected || !read.headerRow.isConnected) return false;
    // Inside a hidden or never-shown subtree the whole-page read sees none of the row's text.
    if (row.parentElement?.closest(SKIPPED_SUBTREES)) return false;
    const limits = this.options.limits ?? DEFAULT_LIMITS;
    const reader = new PageReader(this.doc, this.url, limits, collectText(this.doc, limits, row));
    reader.readItems();
    const own = reader.rowOnlyExclusions();
    if (!own) return false;
    const { find, excluded } = reader.readTableRow(row, read.columns);
    state.tableRows[index!] = { ...read, ...(find ? { find } : { find: undefined }), excluded: [...excluded, ...own] };
    for (const el of reader.touched) {
      state.touched.add(el);
      if (this.spine)
        for (let node: Element | null = el; node && !this.spine.has(node); node = node.parentElement) {
          this.spine.add(node);
        }
    }
    for (const el of reader.frames) state.frames.add(el);
    this.frameVerdicts = new WeakMap();
    this.counts.rows++;
    return true;
  }

  /** The page's detection with the packages recomposed from the kept pairings and the table rows as they are now. */
  private compose(state: PageRead): OrderDetection | undefined {
    const found = [...state.pairFinds, ...tableFindsOf(state.tableRows)];
    // With nothing found, the whole-page read scans the unlabelled text: let it.
    if (found.length === 0) return undefined;
    const excluded = new Set(state.baseExcluded);
    for (const row of state.tableRows) for (const token of row.excluded) excluded.add(token);
    const packages = composePackages(found, excluded, state.detection.region, (f, region) => this.resolve(f, region));
    state.detection = { ...state.detection, packages };
    return state.detection;
  }

  private resolve(found: Found, region: string | undefined): DetectedPackage {
    const key = `${found.number}\u0000${found.carrierText ?? ''}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;
    if (this.resolved.size >= MAX_RESOLVED) this.resolved.clear();
    const pkg = resolvePackage(found, region);
    this.resolved.set(key, pkg);
    return pkg;
  }
}

/** What came and went at one element in one batch: non-empty texts (added minus removed), and any element. */
interface Moved {
  texts: number;
  elements: boolean;
}

/**
 * A text's shape is its digits as zeros: apart from carrier names (tested on the text itself), textMayMatter() gives
 * every text of one shape the same verdict, since no label, status or mode phrase holds a digit (checked in
 * tests/lib/page/live.test.ts) and its other tests ask only whether there is a digit.
 */
const DIGITS = /\d/g;

/** Empty or white space only (cheap for the usual text that starts with a visible character). */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  // Only a text that starts with white space (ASCII, no-break or another Unicode space) can be blank.
  return (first <= 32 || first === 0xa0 || first >= 0x1680) && text.trim().length === 0;
}

function isText(node: Node): boolean {
  return node.nodeType === 3 || node.nodeType === 4;
}

/**
 * Whether a text the last read did not look at could change the answer by what it says on its own: a label (alone,
 * before a colon or before its value), a status or shipping-mode phrase, a carrier's name at its start; with
 * `fallback` (the last read found no labelled number) any number the engine finds; with `amounts` (the market came
 * from the page) any amount. Everything else ("02:13:45", "Syncing 45%", "3 new messages") cannot.
 */
export function textMayMatter(raw: string, context: { fallback: boolean; amounts: boolean }): boolean {
  const text = (raw.length > LOOKED_AT ? raw.slice(0, LOOKED_AT) : raw).trim();
  if (!text) return false;
  const label = mayStartLabel(text);
  if (label || text.length <= 60) {
    const key = textKey(text);
    if (label && startsWithLabel(text, key)) return true;
    if (text.length <= 60 && (STATUS_INDEX.has(key) || MODE_INDEX.has(key))) return true;
  }
  if (mayStartCarrierName(text)) return true;
  if (context.amounts && hasDigit(text) && mayShowAmount(text)) return true;
  return context.fallback && text.length >= 6 && hasDigit(text) && scan(fold(text)).length > 0;
}

/**
 * The text is a label, or starts with one before a colon or before its value (the forms readInline() reads: the
 * second only with a digit in the text). `key` is textKey(text).
 */
function startsWithLabel(text: string, key: string): boolean {
  if (LABEL_INDEX.has(key)) return true;
  const colon = text.search(/[:：]/);
  if (colon > 0 && LABEL_INDEX.has(textKey(text.slice(0, colon)))) return true;
  if (!hasDigit(text)) return false;
  // Every run of the first MAX_LABEL_WORDS words, without building word arrays.
  for (let at = key.indexOf(' '), words = 1; at > 0 && words <= MAX_LABEL_WORDS; words++) {
    if (LABEL_INDEX.has(key.slice(0, at))) return true;
    at = key.indexOf(' ', at + 1);
  }
  return false;
}
