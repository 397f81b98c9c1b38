/**
 * Where a selection names a carrier ("J&T Express 630127384950", "Ninja Van: NVMY12345678", "顺丰 SF1234567890123"),
 * and whether a name speaks for the number right after it.
 *
 * Names are found in one pass over the words of the text: Latin-script aliases word by word (as
 * lib/carriers/names.ts compares them), Chinese, Japanese and Thai aliases inside runs of their script, which are
 * written without spaces ("顺丰运单号"). Which carrier a name means (regional meanings included) is then asked of
 * `carrierByName`, the same function the page reader uses.
 */
import { CARRIER_NAMES, carrierByName, normalizeName } from '../carriers/names';

export interface NameMention {
  /** Offsets into the text. */
  start: number;
  end: number;
  /** Carrier id. */
  carrier: string;
}

/** Scripts written without spaces between words: aliases are looked for anywhere in their runs. */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
const LETTER_MARK_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** Short Latin aliases ("UPS", "DPD", "SPX") are also English and Malay words: they count only in capitals. */
const SHORT_ALIAS = 3;

interface AliasIndex {
  /** Normalized Latin aliases ("j t express"), and for each first word the most words an alias has. */
  latin: Set<string>;
  firstWords: Map<string, number>;
  /**
   * For ASCII words: whether some first word starts with this (lower-case) character and has this length, at
   * `code * 32 + length`. Most words of a text are ruled out by it without building a string.
   */
  firstShapes: Uint8Array;
  /** Aliases in unspaced scripts, longest first. */
  unspaced: string[];
}

/** First words longer than this are looked up without the shape table. */
const MAX_SHAPE_LENGTH = 31;

let index: AliasIndex | undefined;

function aliasIndex(): AliasIndex {
  if (index) return index;
  const names = new Set<string>();
  // Regional meanings (Hermes in Germany) are other carriers' aliases too: carrierByName picks the meaning.
  for (const carrier of CARRIER_NAMES) for (const name of [carrier.name, ...carrier.aliases]) names.add(name);
  const latin = new Set<string>();
  const firstWords = new Map<string, number>();
  const unspaced = new Set<string>();
  const firstShapes = new Uint8Array(128 * 32);
  for (const name of names) {
    const key = normalizeName(name);
    if (!key) continue;
    if (UNSPACED.test(key)) {
      unspaced.add(key);
      continue;
    }
    latin.add(key);
    const first = key.split(' ')[0]!;
    firstWords.set(first, Math.max(firstWords.get(first) ?? 0, key.split(' ').length));
    const code = first.charCodeAt(0);
    if (code < 128) firstShapes[code * 32 + Math.min(first.length, MAX_SHAPE_LENGTH)] = 1;
  }
  index = { latin, firstWords, firstShapes, unspaced: [...unspaced].toSorted((a, b) => b.length - a.length) };
  return index;
}

/** Letters, marks and digits of scripts written with spaces (Latin, Vietnamese, Cyrillic...). */
function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Thai, kana, CJK: runs of them are searched for unspaced aliases instead.
  if ((code >= 0x0e00 && code <= 0x0e7f) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff))
    return false;
  const char = text.charAt(i);
  return LETTER_MARK_DIGIT.test(char) && !UNSPACED.test(char);
}

/** The end of the word that starts at `start`. */
function wordEnd(text: string, start: number): number {
  let end = start + 1;
  while (end < text.length && isWordChar(text, end)) end++;
  return end;
}

/** The next word at or after `from` on the same stretch of text, or -1. */
function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isWordChar(text, i)) return i;
  return -1;
}

/** normalizeName of one word, the way aliases were normalized; an ASCII word only needs lower case. */
function wordKey(word: string): string {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return normalizeName(word);
  return word.toLowerCase();
}

/** Every carrier name in `text`, in order, with the carrier each one means (for `region` when given). */
export function findCarrierNames(text: string, region?: string): NameMention[] {
  const { latin, firstWords, firstShapes, unspaced } = aliasIndex();
  const mentions: NameMention[] = [];
  const meanings = new Map<string, string | undefined>();
  const addMention = (start: number, end: number) => {
    const name = text.slice(start, end);
    if (!meanings.has(name)) meanings.set(name, carrierByName(name, region)?.id);
    const carrier = meanings.get(name);
    if (carrier) mentions.push({ start, end, carrier });
  };
  // Aliases in scripts written without spaces, anywhere in the text; longest first, and a shorter alias inside a
  // longer one's mention ("顺丰" in "顺丰速运") is not a mention of its own.
  let covered: Uint8Array | undefined;
  for (const alias of unspaced) {
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length)) {
      covered ??= new Uint8Array(text.length);
      if (covered[at]) continue;
      covered.fill(1, at, at + alias.length);
      addMention(at, at + alias.length);
    }
  }
  // Words of the other scripts, left to right; a word's normalized form is built only when its shape could start
  // an alias.
  for (let start = nextWordStart(text, 0); start >= 0;) {
    const end = wordEnd(text, start);
    const code = text.charCodeAt(start);
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    const shaped = code >= 0x80 || firstShapes[lower * 32 + Math.min(end - start, MAX_SHAPE_LENGTH)] === 1;
    const matched = shaped ? longestAlias(text, start, end, latin, firstWords) : -1;
    if (matched > 0) addMention(start, matched);
    start = nextWordStart(text, Math.max(end, matched));
  }
  return mentions.toSorted((a, b) => a.start - b.start);
}

/**
 * The end of the longest Latin alias that starts with the word at `start` (ending at `end`), over words on one line
 * with little between them; -1 when none does. Short aliases ("UPS") count only in capitals.
 */
function longestAlias(
  text: string,
  start: number,
  end: number,
  latin: ReadonlySet<string>,
  firstWords: ReadonlyMap<string, number>,
): number {
  const word = text.slice(start, end);
  let key = wordKey(word);
  const most = firstWords.get(key.split(' ')[0]!);
  if (most === undefined) return -1;
  const capitals = word === word.toUpperCase();
  const counts = (candidate: string) => latin.has(candidate) && (candidate.length > SHORT_ALIAS || capitals);
  let longest = counts(key) ? end : -1;
  let wordEnds = end;
  for (let words = 1; words < most; words++) {
    const next = nextWordStart(text, wordEnds);
    if (next < 0 || !adjacent(text, wordEnds, next)) break;
    wordEnds = wordEnd(text, next);
    key = `${key} ${wordKey(text.slice(next, wordEnds))}`;
    if (counts(key)) longest = wordEnds;
  }
  return longest;
}

/** Words of one name: a few characters apart ("J&T", "Spee-Dee", "Ninja Van"), on one line. */
function adjacent(text: string, end: number, start: number): boolean {
  if (start - end > 3) return false;
  for (let i = end; i < start; i++) if (text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) return false;
  return true;
}

/**
 * Words between a carrier's name and a number that say the number is not that carrier's tracking number: an order,
 * an invoice, a phone line ("Amazon order 113-...", "USPS call 1-800-..."). Normalized forms, in the markets'
 * languages (diacritics dropped: "đơn hàng" is "don hang").
 */
const NOT_TRACKING = [
  'order',
  'orden',
  'pedido',
  'commande',
  'bestellung',
  'bestellnummer',
  'ordine',
  'pesanan',
  'invoice',
  'factura',
  'rechnung',
  'don hang',
  'call',
  'phone',
  'tel',
  'hotline',
  'whatsapp',
  'fax',
  'telefono',
  'telefone',
  'telephone',
  'telefon',
  'dien thoai',
  'sdt',
  'คำสั่งซื้อ',
  'โทร',
  '订单',
  '訂單',
  '注文',
  '电话',
  '電話',
];
const NOT_TRACKING_LATIN = new RegExp(`(?:^| )(?:${NOT_TRACKING.filter((w) => /^[a-z ]+$/.test(w)).join('|')})(?: |$)`);
const NOT_TRACKING_OTHER = NOT_TRACKING.filter((w) => !/^[a-z ]+$/.test(w));

/** Most text between a name and its number: "J&T Express - Standard - Tracking number: ". */
const MAX_GLUE = 60;
/** Most words there ("Standard", "Tracking", "number", "Mã vận đơn" counts three). */
const MAX_GLUE_WORDS = 4;

/**
 * Whether the text between a carrier's name (ending at `from`) and a number (starting at `to`) lets the name speak
 * for the number: short, no digits (another number would sit between), at most one line break, a few label words
 * and punctuation, nothing that makes the number an order id or a phone number.
 */
export function nameSpeaksFor(text: string, from: number, to: number): boolean {
  if (to < from || to - from > MAX_GLUE) return false;
  const glue = text.slice(from, to);
  if (/\d/.test(glue)) return false;
  if ((glue.match(/\r\n|\r|\n/g)?.length ?? 0) > 1) return false;
  const normalized = normalizeName(glue);
  if (normalized && normalized.split(' ').length > MAX_GLUE_WORDS) return false;
  return !saysNotTrackingNormalized(normalized);
}

/** Whether a label ("Order ID:", "Call us") says the number after it is an order id or a phone number. */
export function saysNotTracking(label: string): boolean {
  return saysNotTrackingNormalized(normalizeName(label));
}

function saysNotTrackingNormalized(normalized: string): boolean {
  return NOT_TRACKING_LATIN.test(normalized) || NOT_TRACKING_OTHER.some((word) => normalized.includes(word));
}
