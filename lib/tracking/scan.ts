import { countryCode } from '../regions';
import { FORMAT_INDEX, STRICT_FORMAT_INDEX, identifyCanonical } from './identify';
import { CHAR_IGNORABLE, CHAR_SEPARATOR, charClass, foldAlnum } from './normalize';
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
 *   confidence. Low-confidence guesses (bare digit runs with no check digit) are left to identify().
 * - Digit-only spans need a verified check digit AND must not look like a phone number, a date or an order id:
 *   at most 11 digits (phone lengths; DHL Express air waybills are left to identify()), a leading + sign,
 *   12-13 digits starting with the 0 of a national trunk prefix, or 18-19 digits not starting with 00
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
/** Letter-only words longer than this cannot start a number (the longest letter prefix in the table is 4: "GFUS"). */
const MAX_LEADING_WORD = 5;

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

/** A candidate worth reporting in free text. */
function isConfident(candidate: TrackingCandidate): boolean {
  return candidate.checksum || candidate.confidence !== 'low';
}

/** Digit-only spans: phone numbers, dates, prices and order ids look like this; see the rules above. */
function digitSpanAllowed(number: string, text: string, start: number): boolean {
  const length = number.length;
  if (length <= 11) return false;
  if (length <= 13 && number.charCodeAt(0) === 48) return false;
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
function scanChunk(groups: Group[], count: number, text: string, region: string | undefined, out: TrackingMatch[]) {
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
      if (digitOnly && !digitSpanAllowed(number, text, first.start)) continue;
      // A digit-only span may not start after or stop before another digit-only group of its chunk. Windows never
      // report a span that ends on their last group (see scanChunkWindow), so the next group is always known here.
      if (digitOnly && first.afterDigitGroup) continue;
      if (digitOnly && e + 1 < count && isShortDigitGroup(groups[e + 1]!)) continue;
      // Loose formats (variable alphanumeric bodies) only count within one unspaced group.
      const candidates = identifyCanonical(number, region, e > s ? STRICT_INDEX : FULL_INDEX);
      if (candidates.length === 0 || !candidates.some(isConfident)) continue;
      const top = candidates[0]!;
      if (digitOnly && !top.checksum) continue;
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
export function scanText(text: string, options?: TrackingOptions): TrackingMatch[] {
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
    if (count > 0 && chunkDigits > 0) scanChunk(groups, count, text, region, out);
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
  return out;

  function scanChunkWindow() {
    // Long runs of short groups ("12 34 56 ..."): scan what cannot be part of a number that starts later, keep the
    // tail as the start of the next window so numbers across the boundary are still found.
    const done = count - MAX_GROUPS;
    const sub: TrackingMatch[] = [];
    scanChunk(groups, count, text, region, sub);
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
