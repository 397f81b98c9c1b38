/**
 * Cuts folded text (./fold.ts) into groups: runs of ASCII letters and digits that could be a tracking number or a
 * piece of one, with what separates each from the one before. One left-to-right pass, linear in the text.
 *
 * People select numbers grouped any way: "1Z H784E2 0361 3186 02" (letters split from digits unlike the label),
 * "9400 1352 6018" + line break + "1590 8301 66" (a number wrapped in an email), "S1.A1.17373471" (dotted labels).
 * So a group joins the previous one across a short gap of spaces, at most one dash or dot, and at most one line
 * break. Tabs (spreadsheet cells), blank lines and any other punctuation separate numbers.
 */

/** Invisible characters skipped as if absent (as the engine does): soft hyphen, zero-width space/joiners, word joiner, BOM. */
function isIgnorable(code: number): boolean {
  return code === 0x00ad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

import type { FormatPattern } from '../tracking/format-types';
import { TRACKING_FORMATS } from '../tracking/formats';

/** Longer than any tracking number: such a run is never part of one. */
const MAX_GROUP_LENGTH = 64;
/** Upper-case words longer than this are words ("TRACKING"), not a number's letters ("GFUS", "NVMY"). */
export const MAX_LETTER_GROUP = 5;

/** The letters a pattern starts with, as printed ("NL" + "ID" + "AP" -> "NLIDAP"). */
function leadingLetters(pattern: FormatPattern): string {
  let letters = '';
  for (const segment of pattern.segments) {
    if (!('literal' in segment) || !/^[A-Z]+$/.test(segment.literal)) break;
    letters += segment.literal;
  }
  return letters;
}

/**
 * Longer letter prefixes that numbers start with ("SHOPEEVTPVN", "NLIDAP"): a group of their own when a label or an
 * email breaks the number after them, not a word.
 */
const LONG_LETTER_PREFIXES: ReadonlySet<string> = new Set(
  TRACKING_FORMATS.flatMap((format) => format.patterns.map(leadingLetters)).filter(
    (letters) => letters.length > MAX_LETTER_GROUP,
  ),
);

export interface Group {
  /** Offsets into the text: text.slice(start, end) is the group as written. */
  start: number;
  end: number;
  /** Canonical form: upper-case ASCII letters and digits, invisible characters dropped. */
  text: string;
  digits: number;
  /** Written with lower-case letters ("1z999aa1..."): such a group stands alone. */
  lower: boolean;
  /** The gap before it joins it to the previous group: both belong to one chunk, and may be one number. */
  joined: boolean;
  /** The gap before it holds a line break (a number may wrap; a line is also where a new one may start). */
  lineBreak: boolean;
  /** A '+' right before it, or before a space before it: an international phone number. */
  plus: boolean;
}

/** Groups of `folded`, in order. Prose words, long words and mixed-case words are left out and break chunks. */
export function cutGroups(folded: string): Group[] {
  const groups: Group[] = [];
  const n = folded.length;
  let spaces = 0;
  let dashes = 0;
  let breaks = 0;
  let other = false;
  let broken = true; // nothing to join to yet
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    if (!isDigit(code) && !isUpper(code) && !isLower(code)) {
      if (code === 0x20) spaces++;
      else if (code === 0x2d || code === 0x2e) dashes++;
      else if (code === 0x0a) {
        if (i === 0 || folded.charCodeAt(i - 1) !== 0x0d) breaks++;
      } else if (code === 0x0d) breaks++;
      else if (!isIgnorable(code)) other = true;
      i++;
      continue;
    }
    const start = i;
    let digits = 0;
    let uppers = 0;
    let lowers = 0;
    let ignorables = false;
    while (i < n) {
      const c = folded.charCodeAt(i);
      if (isDigit(c)) digits++;
      else if (isUpper(c)) uppers++;
      else if (isLower(c)) lowers++;
      else if (isIgnorable(c)) ignorables = true;
      else break;
      i++;
    }
    let end = i;
    if (ignorables) while (isIgnorable(folded.charCodeAt(end - 1))) end--;
    const length = digits + uppers + lowers;
    const gapJoins = !other && breaks <= 1 && dashes <= 1 && spaces <= 3;
    const lineBreak = breaks > 0;
    const plus = start > 0 && (folded.charCodeAt(start - 1) === 0x2b || folded.slice(start - 2, start) === '+ ');
    spaces = dashes = breaks = 0;
    other = false;

    let text = folded.slice(start, end);
    const word = digits === 0 && (lowers > 0 || (length > MAX_LETTER_GROUP && !LONG_LETTER_PREFIXES.has(text)));
    const mixedCase = lowers > 0 && uppers > 0;
    if (word || mixedCase || length > MAX_GROUP_LENGTH) {
      broken = true;
      continue;
    }
    if (lowers > 0 || ignorables) {
      text = '';
      for (let k = start; k < end; k++) {
        const c = folded.charCodeAt(k);
        if (isLower(c)) text += String.fromCharCode(c - 32);
        else if (!isIgnorable(c)) text += folded.charAt(k);
      }
    }
    const lower = lowers > 0;
    groups.push({
      start,
      end,
      text,
      digits,
      lower,
      joined: !broken && gapJoins && !lower,
      lineBreak,
      plus,
    });
    // A number typed in lower case stands alone: nothing joins it.
    broken = lower;
  }
  return groups;
}
