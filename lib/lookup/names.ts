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
  /** Longest first word, and the characters first words start with: most words are ruled out without a look-up. */
  longestFirstWord: number;
  firstChars: Set<string>;
  /** Aliases in unspaced scripts, longest first. */
  unspaced: string[];
}

let index: AliasIndex | undefined;

function aliasIndex(): AliasIndex {
  if (index) return index;
  const names = new Set<string>();
  // Regional meanings (Hermes in Germany) are other carriers' aliases too: carrierByName picks the meaning.
  for (const carrier of CARRIER_NAMES) for (const name of [carrier.name, ...carrier.aliases]) names.add(name);
  const latin = new Set<string>();
  const firstWords = new Map<string, number>();
  const unspaced = new Set<string>();
  for (const name of names) {
    const key = normalizeName(name);
    if (!key) continue;
    if (UNSPACED.test(key)) {
      unspaced.add(key);
      continue;
    }
    latin.add(key);
    const words = key.split(' ');
    firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
  }
  const keys = [...firstWords.keys()];
  index = {
    latin,
    firstWords,
    longestFirstWord: Math.max(...keys.map((key) => key.length)),
    firstChars: new Set(keys.map((key) => key.charAt(0))),
    unspaced: [...unspaced].toSorted((a, b) => b.length - a.length),
  };
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

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Every carrier name in `text`, in order, with the carrier each one means (for `region` when given). */
export function findCarrierNames(text: string, region?: string): NameMention[] {
  const { latin, firstWords, longestFirstWord, firstChars, unspaced } = aliasIndex();
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
  // Words of the other scripts, as offsets; each word's normalized form is worked out only when needed.
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    starts.push(i);
    while (i < text.length && isWordChar(text, i)) i++;
    ends.push(i);
  }
  const keyOf = (k: number): string => {
    const word = text.slice(starts[k], ends[k]);
    // normalizeName, the way aliases were normalized; ASCII words only need lower case.
    return isAscii(word) ? word.toLowerCase() : normalizeName(word);
  };
  for (let i = 0; i < starts.length; i++) {
    const ascii = text.charCodeAt(starts[i]!) < 0x80;
    if (ascii && (ends[i]! - starts[i]! > longestFirstWord || !firstChars.has(text.charAt(starts[i]!).toLowerCase())))
      continue;
    const first = keyOf(i);
    const most = firstWords.get(first.split(' ')[0]!);
    if (most === undefined) continue;
    const word = text.slice(starts[i], ends[i]);
    const capitals = word === word.toUpperCase();
    // The longest alias that starts here, over words on one line with little between them.
    let key = first;
    let longest = latin.has(key) && (key.length > SHORT_ALIAS || capitals) ? i : -1;
    for (let k = i + 1; k < starts.length && k - i < most; k++) {
      if (!adjacent(text, ends[k - 1]!, starts[k]!)) break;
      key = `${key} ${keyOf(k)}`;
      if (latin.has(key) && (key.length > SHORT_ALIAS || capitals)) longest = k;
    }
    if (longest < 0) continue;
    addMention(starts[i]!, ends[longest]!);
    i = longest;
  }
  return mentions.toSorted((a, b) => a.start - b.start);
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
