/**
 * Numbers the engine knows, read from the groups of a selection (./groups.ts) however they were spaced.
 *
 * `scan()` reads numbers the way order pages print them (groups of 2-5 characters on one line). Selections are
 * messier, so this pass tries every span of whole groups within a chunk, bounded by the longest format and by
 * MAX_SPAN_GROUPS, and keeps what the engine identifies:
 * - spans with letters ("1Z H784E2 0361 3186 02", "EE 123 456 785 CN") are read left to right, the best reading
 *   from each group first (a verified check digit, then confidence, then length);
 * - a run of digit-only groups must be read whole, as a sequence of numbers that each verify, with only whole lines
 *   left unread ("9400 1352 6018" + line break + "1590 8301 66" is one USPS number; a mistyped number yields no
 *   verified piece of itself, as scan() guarantees on one line).
 * Digit-only numbers also pass the engine's free-text rules: at least 12 digits (phone numbers), no leading 0 on 12-13
 * digits (trunk prefixes), no international "+" or "00" prefix, no 18-19 digits unless 00 (TikTok order ids).
 * The work per group is bounded by a constant, so the pass is linear in the text.
 */
import { type TrackingCandidate, identifyCanonicalNumber } from '../tracking';
import type { Group } from './groups';

/** Most groups one number is read across (a 34-digit FedEx number printed in fours has 9). */
export const MAX_SPAN_GROUPS = 16;
/**
 * Most letter-only groups in one number: a prefix ("RB"), letters split from digits inside ("1Z999 AA 1012..."), a
 * suffix ("CN"). Text of single letters and digits ("A 1 A 1 ...") is no number, and is not read as one.
 */
const MAX_LETTER_GROUPS = 3;
/** Longest number the engine knows (USPS IMpb with a ZIP+4 routing prefix: 34; DHL ids up to 39; margin). */
const MAX_NUMBER_LENGTH = 42;
/** Shortest number worth asking the engine about across groups. */
const MIN_NUMBER_LENGTH = 8;
/** Shortest digit-only number read in free text (shorter ones are phone numbers). */
const MIN_DIGIT_NUMBER = 12;

export interface Found {
  /** Offsets into the selected text. */
  start: number;
  end: number;
  number: string;
  candidates: TrackingCandidate[];
}

const CONFIDENCE_RANK = { high: 2, medium: 1, low: 0 } as const;

/** How strongly the best candidate speaks for the reading: a verified check digit first, then confidence. */
export function rankOf(candidates: readonly TrackingCandidate[]): number {
  const top = candidates[0];
  return top ? (top.checksum ? 4 : 0) + CONFIDENCE_RANK[top.confidence] : -1;
}

/** A reading worth offering in free text: a verified check digit, or a format that says more than "some digits". */
function isConfident(candidates: readonly TrackingCandidate[]): boolean {
  const top = candidates[0];
  return top !== undefined && (top.checksum || top.confidence !== 'low');
}

/** The engine's free-text rules for digit-only numbers (see the top of this file and lib/tracking/scan.ts). */
export function digitNumberAllowed(number: string, first: Group): boolean {
  const length = number.length;
  if (length < MIN_DIGIT_NUMBER || first.plus) return false;
  if (length <= 13 && number.startsWith('0')) return false;
  if (length <= 15 && number.startsWith('00')) return false; // international dialling prefix
  if ((length === 18 || length === 19) && !number.startsWith('00')) return false;
  return true;
}

function isDigitOnly(group: Group): boolean {
  return group.digits === group.text.length;
}

/** Most readings remembered in one pass: repeated text asks the engine about the same spans again and again. */
const MAX_REMEMBERED = 4096;

/** The engine, asked once per span text: a table or a list repeats the same numbers many times. */
class Reader {
  private readonly seen = new Map<string, TrackingCandidate[]>();
  constructor(private readonly region: string | undefined) {}

  identify(number: string, joined: boolean): TrackingCandidate[] {
    const key = joined ? number : `=${number}`;
    const known = this.seen.get(key);
    if (known) return known;
    const candidates = identifyCanonicalNumber(number, { region: this.region, joined });
    if (this.seen.size < MAX_REMEMBERED) this.seen.set(key, candidates);
    return candidates;
  }
}

/**
 * Every number the engine knows in `groups`, in order. `region` ranks carriers that serve it first.
 */
export function findInGroups(groups: readonly Group[], region: string | undefined): Found[] {
  const found: Found[] = [];
  const reader = new Reader(region);
  let chunkStart = 0;
  for (let k = 1; k <= groups.length; k++) {
    if (k === groups.length || !groups[k]!.joined) {
      readChunk(groups, chunkStart, k, reader, found);
      chunkStart = k;
    }
  }
  return found;
}

function readChunk(groups: readonly Group[], from: number, to: number, reader: Reader, out: Found[]) {
  const taken = new Uint8Array(to - from);
  const found: Found[] = [];
  readLetterSpans(groups, from, to, reader, taken, found);
  // Digit-only runs: consecutive digit-only groups that no reading with letters took.
  let runStart = -1;
  for (let k = from; k <= to; k++) {
    const inRun = k < to && taken[k - from] === 0 && isDigitOnly(groups[k]!);
    if (inRun && runStart < 0) runStart = k;
    if (!inRun && runStart >= 0) {
      readDigitRun(groups, runStart, k, reader, found);
      runStart = -1;
    }
  }
  found.sort((a, b) => a.start - b.start);
  out.push(...found);
}

/** Ranks above any candidate rank: a reading that leaves no piece of digits behind comes first. */
const WHOLE = 100;

/** A digit-only group joined to the one before it (a space, or a wrapped line), too short to be a number of its own. */
function isShortDigitPiece(group: Group): boolean {
  return isDigitOnly(group) && group.text.length < MIN_DIGIT_NUMBER;
}

/** Spans with at least one letter, best reading from each group, left to right. */
function readLetterSpans(
  groups: readonly Group[],
  from: number,
  to: number,
  reader: Reader,
  taken: Uint8Array,
  out: Found[],
) {
  // The nearest group with a letter at or after each group: spans that cannot reach one are not tried.
  const nextLetters = new Int32Array(to - from + 1).fill(to);
  for (let k = to - 1; k >= from; k--) nextLetters[k - from] = isDigitOnly(groups[k]!) ? nextLetters[k - from + 1]! : k;
  let s = from;
  while (s < to) {
    if (nextLetters[s - from]! - s >= MAX_SPAN_GROUPS) {
      s++;
      continue;
    }
    let number = '';
    let letters = false;
    let letterGroups = 0;
    let best: { last: number; number: string; candidates: TrackingCandidate[]; rank: number } | undefined;
    for (let e = s; e < to && e - s < MAX_SPAN_GROUPS; e++) {
      const group = groups[e]!;
      number += group.text;
      if (group.digits === 0) letterGroups++;
      if (number.length > MAX_NUMBER_LENGTH || letterGroups > MAX_LETTER_GROUPS) break;
      letters ||= !isDigitOnly(group);
      if (!letters || number.length < MIN_NUMBER_LENGTH) continue;
      const candidates = reader.identify(number, e > s);
      if (!isConfident(candidates)) continue;
      // A reading that leaves a short run of digits right after it leaves a piece of the number out
      // ("D 19745683465841 6067203": an OnTrac number that verifies by chance, or the whole Canpar number).
      const leavesPiece = e + 1 < to && isShortDigitPiece(groups[e + 1]!);
      const rank = rankOf(candidates) + (leavesPiece ? 0 : WHOLE);
      if (best === undefined || rank >= best.rank) best = { last: e, number, candidates, rank };
    }
    if (best === undefined) {
      s++;
      continue;
    }
    out.push({
      start: groups[s]!.start,
      end: groups[best.last]!.end,
      number: best.number,
      candidates: best.candidates,
    });
    for (let k = s; k <= best.last; k++) taken[k - from] = 1;
    s = best.last + 1;
  }
}

/**
 * A run of digit-only groups, read whole: a sequence of verified numbers and whole unread lines of 12 digits or more,
 * the reading that accounts for the most digits. Nothing when no such reading exists (part of the run is not a number we know).
 */
function readDigitRun(groups: readonly Group[], from: number, to: number, reader: Reader, out: Found[]) {
  const m = to - from;
  // For each group boundary reached: the digits verified numbers account for up to it (-1: not reached), where the
  // last step started, and the number read by that step (none for a skipped line).
  const covered = new Int32Array(m + 1).fill(-1);
  const stepFrom = new Int32Array(m + 1);
  const readings = new Map<number, { number: string; candidates: TrackingCandidate[] }>();
  covered[0] = 0;
  for (let k = 0; k < m; k++) {
    const here = covered[k]!;
    if (here < 0) continue;
    if (k === 0 || groups[from + k]!.lineBreak) {
      let next = k + 1;
      let lineLength = groups[from + k]!.text.length;
      while (next < m && !groups[from + next]!.lineBreak) lineLength += groups[from + next++]!.text.length;
      // Only a line long enough to be a number of its own is left unread: a short one is the start or the end of
      // a wrapped number ("19" + line break + 12 digits), and reading past it would misread the rest.
      if (lineLength >= MIN_DIGIT_NUMBER && here > covered[next]!) {
        covered[next] = here;
        stepFrom[next] = k;
        readings.delete(next);
      }
    }
    let number = '';
    for (let j = k + 1; j <= m && j - k <= MAX_SPAN_GROUPS; j++) {
      number += groups[from + j - 1]!.text;
      if (number.length > MAX_NUMBER_LENGTH) break;
      if (number.length < MIN_DIGIT_NUMBER || !digitNumberAllowed(number, groups[from + k]!)) continue;
      const candidates = reader.identify(number, j - k > 1);
      if (!candidates[0]?.checksum || here + number.length <= covered[j]!) continue;
      covered[j] = here + number.length;
      stepFrom[j] = k;
      readings.set(j, { number, candidates });
    }
  }
  if (covered[m]! < 0) return; // the run cannot be read whole
  const found: Found[] = [];
  for (let j = m; j > 0; j = stepFrom[j]!) {
    const reading = readings.get(j);
    if (reading) found.push({ start: groups[from + stepFrom[j]!]!.start, end: groups[from + j - 1]!.end, ...reading });
  }
  out.push(...found.toReversed());
}
