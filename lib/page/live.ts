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

  private noteText(node: Node, old: string | null): void {
    const parent = node.parentElement;
    if (!parent || SKIP_PARENTS.has(parent.localName)) return;
    const now = (node as CharacterData).data;
    if (this.isTouched(parent) || this.mayMatter(old ?? '') || this.mayMatter(now)) this.dirty(parent);
    // A text that appears or disappears moves every later text by one place.
    else if (!(old ?? '').trim() !== !now.trim()) this.structural(parent);
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
    if (this.isTouched(el) || this.mayMatter(old) || this.mayMatter(now)) this.dirty(el);
    else if (!old.trim() !== !now.trim()) this.structural(el);
  }

  private noteChildren(record: MutationRecord, moved: Map<Element, Moved>): void {
    const target = record.target.nodeType === 1 ? (record.target as Element) : this.doc.documentElement;
    if (!target) return;
    let texts = 0;
    let elements = false;
    for (const node of Array.from(record.removedNodes)) {
      if (node.nodeType === 1) {
        elements = true;
        if (this.spineHas(node as Element)) return this.dirty(target);
      } else if (isText(node)) {
        const data = (node as CharacterData).data;
        if (data.trim()) texts--;
        if (this.isTouched(target) || this.mayMatter(data)) return this.dirty(target);
      }
    }
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType === 1) {
        elements = true;
        if (this.subtreeMayMatter(node as Element)) return this.dirty(target);
      } else if (isText(node)) {
        const data = (node as CharacterData).data;
        if (data.trim()) texts++;
        if (this.isTouched(target) || this.mayMatter(data)) return this.dirty(target);
      }
    }
    const seen = moved.get(target);
    if (seen) {
      seen.texts += texts;
      seen.elements ||= elements;
    } else moved.set(target, { texts, elements });
  }

  /** Meaningless content came or went at `el`: it matters only inside a frame or a touched element. */
  private structural(el: Element): void {
    const state = this.state!;
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (state.frames.has(node) || state.touched.has(node)) return this.dirty(el);
    }
  }

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

  /** Whether a text, read on its own, could give anything: see textMayMatter(). */
  private mayMatter(text: string): boolean {
    const state = this.state!;
    return textMayMatter(text, { fallback: state.usedFallback, amounts: state.regionFromPage });
  }

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
  if (mayStartLabel(text) && startsWithLabel(text)) return true;
  if (text.length <= 60) {
    const key = textKey(text);
    if (STATUS_INDEX.has(key) || MODE_INDEX.has(key)) return true;
  }
  if (mayStartCarrierName(text)) return true;
  if (context.amounts && hasDigit(text) && mayShowAmount(text)) return true;
  return context.fallback && text.length >= 6 && hasDigit(text) && scan(fold(text)).length > 0;
}

/** The text is a label, or starts with one before a colon or before its value (the forms readInline() reads). */
function startsWithLabel(text: string): boolean {
  const key = textKey(text);
  if (LABEL_INDEX.has(key)) return true;
  const colon = text.search(/[:：]/);
  if (colon > 0 && LABEL_INDEX.has(textKey(text.slice(0, colon)))) return true;
  const words = key.split(' ');
  for (let n = Math.min(MAX_LABEL_WORDS, words.length - 1); n >= 1; n--) {
    if (LABEL_INDEX.has(words.slice(0, n).join(' '))) return true;
  }
  return false;
}
