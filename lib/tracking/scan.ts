import { countryCode } from '../regions';
import { isWeakCheck } from './checksums';
import { TRACKING_FORMATS } from './formats';
import { DOTTED_INDEX, FORMAT_INDEX, STRICT_FORMAT_INDEX, identifyCanonical } from './identify';
import { CHAR_IGNORABLE, CHAR_SEPARATOR, charClass, foldAlnum } from './normalize';
import { looksLikeInternationalPhone } from './phones';
import type { TrackingCandidate, TrackingMatch, TrackingOptions } from './types';

/**
 * scan(): every tracking number in free text, in one left-to-right pass.
 *
 * A hand-written tokenizer walks the characters once and cuts the text into groups (runs of letters and digits,
 * full-width forms included). Groups joined by a single space, no-break space or dash form a chunk, so numbers
 * spaced for reading ("9400 1112 0108 0805 4830 16") are found. Within a chunk, spans of whole groups are tried
 * from each group, bounded by the longest format, so the work per character is bounded by a constant.
 *
 * Precision rules (page text is full of numbers that are not tracking numbers):
 * - Only confident candidates are reported: a verified check digit, or a distinctive prefix at medium or high
 *   confidence. Low-confidence guesses (bare digit runs with no check digit: J&T's 12 digits, SiCepat's, JNE's 15)
 *   are left to identify(), which answers for a selection the user chose.
 * - Digit-only spans need a verified check digit that is not a weak one (mod 7 passes one random number in seven:
 *   the Japanese 12-digit numbers and DHL air waybills are left to identify()) AND must not look like a phone
 *   number, a date or an order id:
 *   at most 11 digits (phone lengths; DHL Express air waybills are left to identify()), a leading + sign,
 *   12-13 digits starting with the 0 of a national trunk prefix, a country calling code written without its +
 *   ("601234567890", see ./phones.ts), or 18-19 digits not starting with 00
 *   (TikTok Shop order ids are 18 digits, product ids about 19: ../shared/research/tiktok.md §2.3).
 * - Words with lower-case letters never join a spaced number, and mixed-case words are never numbers.
 * - A span of digit-only groups must cover the whole run of digit-only groups it sits in: people space one number,
 *   not two numbers glued by a space. Otherwise a mistyped spaced number ("9400 1118 9922 3197 4284 90", one digit
 *   wrong) yields a part of it that happens to verify ("1118 9922 3197", a Purolator number), and the user gets a
 *   confident answer for a number that is not theirs.
 *
 * Invisible characters (zero-width spaces, soft hyphens; see CHAR_IGNORABLE) are skipped as if absent: inside a
 * group they neither end it nor enter the number, between groups they neither join nor split them.
 */

/** At most this many groups in one spaced number (real ones have up to 9: "4201 0282 0000 9261 ..."). */
const MAX_GROUPS = 10;
/**
 * Letter-only words longer than this cannot start a spaced number: the longest run of letters any format starts with
 * ("SHOPEEVTPVN"), worked out from the table.
 */
const MAX_LEADING_WORD = Math.max(
  ...TRACKING_FORMATS.flatMap((format) =>
    format.patterns.map((pattern) => {
      let letters = 0;
      for (const segment of pattern.segments) {
        const fixed = 'literal' in segment ? segment.literal : 'anyOf' in segment ? segment.anyOf[0]! : undefined;
        if (fixed !== undefined && /^[A-Z]+$/.test(fixed)) letters += fixed.length;
        else if ('chars' in segment && segment.chars === 'letters' && typeof segment.length === 'number')
          letters += segment.length;
        else break;
      }
      return letters;
    }),
  ),
);
/** Formats whose check digit is too weak to report a bare digit run on its own (see isWeakCheck). */
const WEAK_CHECK_FORMATS: ReadonlySet<string> = new Set(
  TRACKING_FORMATS.filter((format) => format.checksum !== undefined && isWeakCheck(format.checksum)).map((f) => f.id),
);

// Local copies: module-level constants read in the hot loop (bundlers inline them; dev loaders may not).
const DIGIT = 1;
const UPPER = 2;
const LOWER = 3;
const SEPARATOR = CHAR_SEPARATOR;
const IGNORABLE = CHAR_IGNORABLE;
const FULL_INDEX = FORMAT_INDEX;
const STRICT_INDEX = STRICT_FORMAT_INDEX;
/** Groups inside a spaced number are short: carriers print 2-5 characters per group ("1Z 999 AA1 01 2345 6784"). */
const MAX_INNER_GROUP = 5;

const MAX_LENGTH = FORMAT_INDEX.maxLength;
const LENGTH_POSSIBLE: readonly boolean[] = FORMAT_INDEX.byLength.map((entries) => entries.length > 0);

/** For each length, which first characters any pattern of that length accepts: a quick reject before identify. */
const FIRST_CHAR_OK: readonly Uint8Array[] = FORMAT_INDEX.byLength.map((entries) => {
  const ok = new Uint8Array(128);
  for (const entry of entries) {
    const chars = entry.firstChars ?? '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (let k = 0; k < chars.length; k++) ok[chars.charCodeAt(k)] = 1;
  }
  return ok;
});

/**
 * How sure a span must be to be reported: `page` text (scan) needs a strong check digit or a distinctive prefix at
 * medium or high confidence; a `selection` the user chose (identify's fallback for "Tracking: 630127384950") takes
 * any candidate, the phone, date and order-id rules still applying.
 */
export type ScanMode = 'page' | 'selection';

/** True when some candidate makes the span worth reporting in this mode. */
function reportable(candidates: readonly TrackingCandidate[], digitOnly: boolean, mode: ScanMode): boolean {
  if (mode === 'selection') return candidates.length > 0;
  for (const candidate of candidates) {
    if (candidate.checksum && !WEAK_CHECK_FORMATS.has(candidate.format)) return true;
    if (!digitOnly && candidate.basis === 'prefix' && candidate.confidence !== 'low') return true;
  }
  return false;
}

/**
 * Digit-only spans: phone numbers, dates, prices and order ids look like this; see the rules above. In a selection,
 * 12-13 digits starting with 00 are allowed (SiCepat's numbers; a phone number starts with one 0).
 */
function digitSpanAllowed(number: string, text: string, start: number, mode: ScanMode): boolean {
  const length = number.length;
  if (length <= 11) return false;
  if (length <= 13 && number.charCodeAt(0) === 48 && !(mode === 'selection' && number.charCodeAt(1) === 48))
    return false;
  if (mode === 'page' && looksLikeInternationalPhone(number)) return false;
  if ((length === 18 || length === 19) && !number.startsWith('00')) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (before === 43 /* + */) return false;
  if (start > 1 && charClass(before) === SEPARATOR && text.charCodeAt(start - 2) === 43) return false;
  return true;
}

interface Group {
  start: number;
  end: number;
  /** Canonical text (upper-case ASCII). */
  text: string;
  digits: number;
  /**
   * The group before it in the chunk is a short digit-only group, one that could belong to the same spaced number
   * (kept on the group: windows drop earlier groups). A long unspaced number before it is a number of its own.
   */
  afterDigitGroup: boolean;
}

/** A digit-only group short enough to be one of the groups of a number spaced for reading. */
function isShortDigitGroup(group: Group): boolean {
  return group.digits === group.text.length && group.text.length <= MAX_INNER_GROUP;
}

/**
 * Finds the numbers inside one chunk of groups and appends them to `out`. From each group, spans of whole groups
 * are tried (at most MAX_GROUPS groups and the longest format's length), and the best verified, longest one wins.
 * Spaced digit-only numbers must be grouped the way carriers print them: groups of 4 or 5 digits, the last one no
 * longer ("9400 1112 0108 0805 4830 16"); phone numbers (3-3-4) and digit soup do not qualify. A digit-only span
 * must also cover its whole run of digit-only groups (see the rules at the top).
 */
function scanChunk(
  groups: Group[],
  count: number,
  text: string,
  region: string | undefined,
  mode: ScanMode,
  out: TrackingMatch[],
) {
  let lastWithLetters = -1;
  for (let k = 0; k < count; k++) if (groups[k]!.digits < groups[k]!.text.length) lastWithLetters = k;
  let s = 0;
  while (s < count) {
    const first = groups[s]!;
    const firstCode = first.text.charCodeAt(0);
    const firstLength = first.text.length;
    const firstDigitOnly = first.digits === firstLength;
    if (
      (first.digits === 0 && firstLength > MAX_LEADING_WORD) ||
      // After a digit group only spans with letters may start here: none can when no group with letters follows.
      (firstDigitOnly && first.afterDigitGroup && lastWithLetters < s)
    ) {
      s++;
      continue;
    }
    let number = '';
    let digits = 0;
    let best: { end: number; number: string; candidates: TrackingCandidate[]; rank: number } | undefined;
    for (let e = s; e < count && e - s < MAX_GROUPS; e++) {
      const group = groups[e]!;
      // A group inside a spaced number has 2-5 characters: "1 2 3 4 ..." is not a number spaced for reading.
      if (e >= s + 2) {
        const inner = groups[e - 1]!.text.length;
        if (inner < 2 || inner > MAX_INNER_GROUP) break;
      }
      number += group.text;
      digits += group.digits;
      if (number.length > MAX_LENGTH) break;
      const digitOnly = digits === number.length;
      if (e > s && firstDigitOnly && digitOnly) {
        if (firstLength < 4 || firstLength > 5) break;
        if (e >= s + 2 && groups[e - 1]!.text.length !== firstLength) break;
        if (group.text.length > firstLength) break;
      }
      if (digits === 0 || !LENGTH_POSSIBLE[number.length] || FIRST_CHAR_OK[number.length]![firstCode] !== 1) continue;
      if (digitOnly && !digitSpanAllowed(number, text, first.start, mode)) continue;
      // A digit-only span may not start after or stop before another digit-only group of its chunk. Windows never
      // report a span that ends on their last group (see scanChunkWindow), so the next group is always known here.
      if (digitOnly && first.afterDigitGroup) continue;
      if (digitOnly && e + 1 < count && isShortDigitGroup(groups[e + 1]!)) continue;
      // Loose formats (variable alphanumeric bodies) only count within one unspaced group.
      const candidates = identifyCanonical(number, region, e > s ? STRICT_INDEX : FULL_INDEX);
      if (!reportable(candidates, digitOnly, mode)) continue;
      const top = candidates[0]!;
      const rank = (top.checksum ? 2 : 0) + (top.confidence === 'high' ? 1 : 0);
      if (best === undefined || rank >= best.rank) best = { end: e, number, candidates, rank };
    }
    if (best === undefined) {
      s++;
      continue;
    }
    out.push({ start: first.start, end: groups[best.end]!.end, number: best.number, candidates: best.candidates });
    s = best.end + 1;
  }
}

/**
 * Every tracking number in `text`, in order, with offsets into the original text (text.slice(start, end) is what
 * the page shows, spaces and full-width forms included). Linear in the length of the text.
 */
export function scanText(text: string, options?: TrackingOptions, mode: ScanMode = 'page'): TrackingMatch[] {
  const out: TrackingMatch[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const region = countryCode(options?.region);
  const n = text.length;
  const groups: Group[] = [];
  let count = 0; // groups in the current chunk
  let chunkDigits = 0;
  // What lies between the previous group and the next: a group joins the chunk across exactly one separator.
  let gapSeparators = 0;
  let gapOther = false;

  const flush = () => {
    if (count > 0 && chunkDigits > 0) scanChunk(groups, count, text, region, mode, out);
    count = 0;
    chunkDigits = 0;
  };

  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    let cls = charClass(code);
    if (cls !== DIGIT && cls !== UPPER && cls !== LOWER) {
      if (cls === SEPARATOR) gapSeparators++;
      else if (cls !== IGNORABLE) gapOther = true;
      i++;
      continue;
    }
    // A group: a maximal run of letters and digits (invisible characters inside it skipped).
    const start = i;
    let digits = 0;
    let uppers = 0;
    let lowers = 0;
    let ascii = true;
    let ignorables = false;
    while (i < n) {
      code = text.charCodeAt(i);
      cls = charClass(code);
      if (cls === DIGIT) digits++;
      else if (cls === UPPER) uppers++;
      else if (cls === LOWER) lowers++;
      else if (cls === IGNORABLE) ignorables = true;
      else break;
      if (code >= 128) ascii = false;
      i++;
    }
    // Invisible characters after the last letter or digit belong to the gap, not to the group.
    let end = i;
    if (ignorables) while (charClass(text.charCodeAt(end - 1)) === IGNORABLE) end--;
    const length = digits + uppers + lowers;
    const usable = length <= MAX_LENGTH && !(lowers > 0 && uppers > 0);
    const joinable = usable && lowers === 0;
    const joins = joinable && count > 0 && gapSeparators === 1 && !gapOther;
    gapSeparators = 0;
    gapOther = false;
    if (!joins) flush();
    if (!usable) continue;
    if (lowers > 0 && digits === 0) continue; // an ordinary word
    let canonical = text.slice(start, end);
    if (!ascii || lowers > 0) {
      canonical = '';
      for (let k = start; k < end; k++) {
        const c = text.charCodeAt(k);
        if (charClass(c) !== IGNORABLE) canonical += String.fromCharCode(foldAlnum(c));
      }
    }
    const previous = count > 0 ? groups[count - 1]! : undefined;
    const afterDigitGroup = previous !== undefined && isShortDigitGroup(previous);
    const group = groups[count];
    if (group === undefined) groups.push({ start, end, text: canonical, digits, afterDigitGroup });
    else {
      group.start = start;
      group.end = end;
      group.text = canonical;
      group.digits = digits;
      group.afterDigitGroup = afterDigitGroup;
    }
    count++;
    chunkDigits += digits;
    if (!joinable)
      flush(); // a lower-case group with digits stands alone
    else if (count >= 4 * MAX_GROUPS) scanChunkWindow(); // long chunks are scanned in windows
  }
  flush();
  return text.indexOf('.') === -1 ? out : withDotted(out, scanDotted(text, region));

  function scanChunkWindow() {
    // Long runs of short groups ("12 34 56 ..."): scan what cannot be part of a number that starts later, keep the
    // tail as the start of the next window so numbers across the boundary are still found.
    const done = count - MAX_GROUPS;
    const sub: TrackingMatch[] = [];
    scanChunk(groups, count, text, region, mode, sub);
    // Report matches that start in the processed part; the tail is re-scanned with what follows.
    const tailStart = groups[done]!.start;
    let resumeFrom = done;
    for (const match of sub) {
      if (match.start < tailStart) {
        out.push(match);
        // A match that reaches into the tail consumes those groups.
        while (resumeFrom < count && groups[resumeFrom]!.start < match.end) resumeFrom++;
      }
    }
    const remaining = groups.splice(resumeFrom, count - resumeFrom);
    groups.splice(0, resumeFrom, ...remaining);
    count = remaining.length;
    chunkDigits = 0;
    for (let k = 0; k < count; k++) chunkDigits += groups[k]!.digits;
  }
}

/** First characters a dotted format accepts, by ASCII code (both cases), and the dotted numbers' lengths. */
const DOTTED_FIRST = new Uint8Array(128);
for (const entries of DOTTED_INDEX.byLength) {
  for (const entry of entries) {
    for (const char of entry.firstChars ?? '') {
      DOTTED_FIRST[char.charCodeAt(0)] = 1;
      DOTTED_FIRST[char.toLowerCase().charCodeAt(0)] = 1;
    }
  }
}
const DOTTED_MAX = DOTTED_INDEX.maxLength;
const DOTTED_MIN = DOTTED_INDEX.minLength;

/** A character of a dotted token: ASCII letters, digits and dots. */
function isTokenChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
}

/**
 * Dotted labels (GHTK's S1.A1.17373471) in `text`. Only dots are visited (page text has far fewer dots than words):
 * around each dot the token of ASCII letters, digits and dots is read, at most DOTTED_MAX characters each way, and
 * the dots inside a token already read are skipped, so the work stays linear. A token is tried when it starts with
 * a first character some dotted format accepts; prices, dates and host names ("1.250.000", "26.11.2024",
 * "www.ghtk.vn") fail on their first character or on the format.
 */
function scanDotted(text: string, region: string | undefined): TrackingMatch[] {
  const found: TrackingMatch[] = [];
  const n = text.length;
  let skipTo = 0;
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (dot < skipTo) continue;
    let start = dot;
    while (start > 0 && dot - start <= DOTTED_MAX && isTokenChar(text.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < n && end - start <= DOTTED_MAX && isTokenChar(text.charCodeAt(end))) end++;
    const cutShort =
      (start > 0 && isTokenChar(text.charCodeAt(start - 1))) || (end < n && isTokenChar(text.charCodeAt(end)));
    if (cutShort) {
      // Longer than any label: skip the whole token.
      while (end < n && isTokenChar(text.charCodeAt(end))) end++;
      skipTo = end;
      continue;
    }
    skipTo = end;
    // Dots at the edges are punctuation ("… S1.A1.17373471." ends a sentence).
    while (start < end && text.charCodeAt(start) === 46) start++;
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
    const first = text.charCodeAt(start);
    if (end - start < DOTTED_MIN || first >= 128 || DOTTED_FIRST[first] !== 1) continue;
    const number = text.slice(start, end).toUpperCase();
    const candidates = identifyCanonical(number, region, DOTTED_INDEX);
    if (candidates.length > 0) found.push({ start, end, number, candidates });
  }
  return found;
}

/** Merges dotted labels into the other matches, in text order; a label wins over the pieces of it found as groups. */
function withDotted(matches: TrackingMatch[], dotted: TrackingMatch[]): TrackingMatch[] {
  if (dotted.length === 0) return matches;
  const out: TrackingMatch[] = [];
  let k = 0;
  for (const match of matches) {
    while (k < dotted.length && dotted[k]!.end <= match.start) out.push(dotted[k++]!);
    const next = dotted[k];
    if (next !== undefined && next.start < match.end) continue; // overlaps a label
    out.push(match);
  }
  while (k < dotted.length) out.push(dotted[k++]!);
  return out;
}
