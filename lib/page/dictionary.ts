/**
 * Lookup maps built once from the data modules (./labels.ts, ./phrases.ts): reading a page is then one map lookup
 * per short text, never a loop over every label.
 */
import { CARRIER_NAMES, normalizeName } from '../carriers/names';
import { FIELD_LABELS, type FieldKind, type Lang } from './labels';
import { SHIPPING_MODE_PHRASES, STATUS_PHRASES } from './phrases';
import { textKey } from './text';
import type { OrderStatus, ShippingMode } from '../order';

export interface LabelHit {
  kind: FieldKind;
  /** Every language that writes the label this way (e.g. "Status" is English, German, Indonesian...). */
  langs: Lang[];
}

function buildLabelIndex(): Map<string, LabelHit> {
  const index = new Map<string, LabelHit>();
  for (const set of FIELD_LABELS) {
    for (const label of set.labels) {
      const key = textKey(label);
      const hit = index.get(key);
      if (!hit) index.set(key, { kind: set.kind, langs: [set.lang] });
      else if (!hit.langs.includes(set.lang)) hit.langs.push(set.lang);
    }
  }
  return index;
}

function buildPhraseIndex<T extends string>(sets: readonly { value: T; phrases: readonly string[] }[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const set of sets) for (const phrase of set.phrases) index.set(textKey(phrase), set.value);
  return index;
}

/** Longest first, so that "upgraded tiktok shipping" wins over "tiktok shipping" in a contains-match. */
function byLengthDesc<T>(index: Map<string, T>): [string, T][] {
  return [...index.entries()].toSorted((a, b) => b[0].length - a[0].length);
}

export const LABEL_INDEX: ReadonlyMap<string, LabelHit> = buildLabelIndex();
export const STATUS_INDEX: ReadonlyMap<string, OrderStatus> = buildPhraseIndex(STATUS_PHRASES);
export const MODE_INDEX: ReadonlyMap<string, ShippingMode> = buildPhraseIndex(SHIPPING_MODE_PHRASES);
const STATUS_BY_LENGTH = byLengthDesc(STATUS_INDEX as Map<string, OrderStatus>);
const MODE_BY_LENGTH = byLengthDesc(MODE_INDEX as Map<string, ShippingMode>);

/**
 * The first three characters of every label key (the whole key when shorter). Most page texts (numbers, prices,
 * product names) start differently: one set lookup spares them the normalization.
 */
const LABEL_STARTS: ReadonlySet<string> = new Set([...LABEL_INDEX.keys()].map((key) => key.slice(0, 3)));
const SHORT_LABELS: ReadonlySet<string> = new Set([...LABEL_INDEX.keys()].filter((key) => key.length < 3));

/** False when the text surely is not a label nor starts with one; true when it may (then look up its key). */
export function mayStartLabel(text: string): boolean {
  for (let i = 0; i < 3 && i < text.length; i++) if (text.charCodeAt(i) >= 128) return true;
  const start = text.slice(0, 3).toLowerCase();
  if (LABEL_STARTS.has(start) || SHORT_LABELS.has(start.slice(0, 2))) return true;
  // A bullet, or a label printed with odd spacing ("Order  ID", "SKU :"), takes the full path.
  return start[0] === '*' || start[0] === '•' || /\s/.test(start.slice(0, 2));
}

/** Longest label in characters and words: bounds the prefix lookups of "Label value" texts. */
export const MAX_LABEL_CHARS = Math.max(...[...LABEL_INDEX.keys()].map((key) => key.length));
export const MAX_LABEL_WORDS = Math.max(...[...LABEL_INDEX.keys()].map((key) => key.split(' ').length));

/** A label value that contains a phrase ("Shipped via platform · Standard shipping"). Only used on label values. */
function findContained<T>(list: [string, T][], text: string): T | undefined {
  const key = textKey(text);
  for (const [phrase, value] of list) {
    if (phrase.length > key.length) continue;
    const at = key.indexOf(phrase);
    if (at < 0) continue;
    // Whole words only for scripts with spaces ("ms" is not in "items"); CJK and Thai have no spaces to check.
    const before = at === 0 ? ' ' : key[at - 1]!;
    const after = at + phrase.length >= key.length ? ' ' : key[at + phrase.length]!;
    if (isWordChar(before) || isWordChar(after)) continue;
    return value;
  }
  return undefined;
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(c);
}

export function statusInText(text: string): OrderStatus | undefined {
  return STATUS_INDEX.get(textKey(text)) ?? findContained(STATUS_BY_LENGTH, text);
}

export function modeInText(text: string): ShippingMode | undefined {
  return MODE_INDEX.get(textKey(text)) ?? findContained(MODE_BY_LENGTH, text);
}

/**
 * First words of every carrier name and alias ("j" of J&T, "ninja", "spx", "flash"...), normalized: a text whose first
 * word is none of them cannot start with a carrier's name, and most page texts are turned away by one set lookup.
 */
const CARRIER_FIRST_WORDS: ReadonlySet<string> = new Set(
  CARRIER_NAMES.flatMap((c) => [c.name, ...c.aliases]).map((name) => normalizeName(name).split(' ')[0]!),
);
const ASCII_FIRST_WORD = /^[^A-Za-z0-9]*([A-Za-z0-9]*)/;
/** Printable ASCII (space to tilde); anything else takes the full normalization. */
const ASCII_ONLY = /^[ -~]*$/;

/** False when the text surely does not start with a carrier's name; true when it may (then ask carrierByName). */
export function mayStartCarrierName(text: string): boolean {
  const head = text.slice(0, 40);
  // normalizeName() on ASCII is lower case with non-alphanumerics as spaces: the first word is the first run.
  const first = ASCII_ONLY.test(head)
    ? ASCII_FIRST_WORD.exec(head)![1]!.toLowerCase()
    : normalizeName(head).split(' ')[0]!;
  return first !== '' && CARRIER_FIRST_WORDS.has(first);
}
