import type { CarrierId } from '../carriers/ids';
import { countryCode } from '../regions';
import { servesRegion } from './carrier-regions';
import { expectedCheck } from './checksums';
import type { TrackingFormat } from './format-types';
import { TRACKING_FORMATS } from './formats';
import { buildFormatIndex, matchCompiled, type FormatIndex } from './match';
import { isCanonical, normalizeTrackingNumber } from './normalize';
import { S10_ALTERNATIVES, S10_COUNTRIES, S10_NATIONAL_POSTS } from './s10-countries';
import type { Confidence, TrackingCandidate, TrackingOptions } from './types';

export const FORMAT_INDEX = buildFormatIndex(TRACKING_FORMATS);

/**
 * Formats with a loose alphanumeric body of variable length and no check digit (DHL eCommerce, DHL Parcel ids).
 * Across spaces they would swallow neighbouring words, so scan() looks for them only in one unspaced group.
 */
export const LOOSE_FORMAT_IDS: ReadonlySet<string> = new Set(
  TRACKING_FORMATS.filter(
    (format) =>
      format.checksum === undefined &&
      format.patterns.some((pattern) =>
        pattern.segments.some(
          (segment) => 'chars' in segment && segment.chars === 'alnum' && typeof segment.length !== 'number',
        ),
      ),
  ).map((format) => format.id),
);

/** The index without loose formats, for spans joined across spaces. */
export const STRICT_FORMAT_INDEX = buildFormatIndex(
  TRACKING_FORMATS.filter((format) => !LOOSE_FORMAT_IDS.has(format.id)),
);

/** Inputs longer than this are not a pasted tracking number; identify() answers [] without reading them all. */
export const MAX_IDENTIFY_INPUT = 1024;

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/**
 * Ranking, in this order of weight: a verified check digit beats a pattern match; then confidence; a distinctive
 * prefix beats a bare digit run; a carrier serving the caller's region beats one that does not; then table order.
 */
function score(
  candidate: TrackingCandidate,
  format: TrackingFormat,
  region: string | undefined,
  order: number,
): number {
  return (
    (candidate.checksum ? 10_000 : 0) +
    CONFIDENCE_RANK[candidate.confidence] * 1_000 +
    (format.prefixed ? 500 : 0) +
    (region !== undefined && servesRegion(candidate.carrier, region) ? 250 : 0) -
    order
  );
}

function s10Candidates(format: TrackingFormat, number: string, service: string, country: string): TrackingCandidate[] {
  const national: CarrierId = S10_NATIONAL_POSTS[country] ?? 'postal';
  const base = { number, format: format.id, checksum: true, country };
  const candidates: TrackingCandidate[] = [{ ...base, carrier: national, confidence: 'high' }];
  for (const alternative of S10_ALTERNATIVES) {
    if (alternative.country !== country) continue;
    if (alternative.serviceLetter !== undefined && !service.startsWith(alternative.serviceLetter)) continue;
    const candidate: TrackingCandidate = { ...base, carrier: alternative.carrier, confidence: 'high' };
    if (alternative.preferred) {
      candidates.unshift(candidate);
      candidates[1]!.confidence = 'medium';
    } else {
      candidate.confidence = 'medium';
      candidates.push(candidate);
    }
  }
  return candidates;
}

function countDigits(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/**
 * Candidates for a canonical number (upper-case ASCII letters and digits only), best first. The core of identify()
 * and scan(): only patterns that can match the number's length are tried.
 */
export function identifyCanonical(
  number: string,
  region?: string,
  index: FormatIndex = FORMAT_INDEX,
): TrackingCandidate[] {
  const entries = index.byLength[number.length];
  if (entries === undefined || entries.length === 0) return [];
  const first = number.charAt(0);
  const found: { candidate: TrackingCandidate; rank: number }[] = [];
  let digitCount = -1;
  for (const entry of entries) {
    if (entry.firstChars !== undefined && !entry.firstChars.includes(first)) continue;
    const { format } = entry;
    const match = matchCompiled(entry.compiled, number);
    if (match === undefined) continue;
    if (format.minDigits !== undefined) {
      if (digitCount < 0) digitCount = countDigits(number);
      if (digitCount < format.minDigits) continue;
    }
    let checksum = false;
    if (format.checksum !== undefined) {
      if (expectedCheck(format.checksum, match.payload) !== match.check) continue;
      checksum = true;
    }
    let candidates: TrackingCandidate[];
    if (format.carrierFromS10Country) {
      if (!S10_COUNTRIES.has(match.country)) continue;
      candidates = s10Candidates(format, number, match.service, match.country);
    } else {
      candidates = [{ carrier: format.carrier, number, format: format.id, checksum, confidence: format.confidence }];
    }
    candidates.forEach((candidate, k) => {
      found.push({ candidate, rank: score(candidate, format, region, entry.formatIndex * 4 + k) });
    });
  }
  if (found.length === 0) return [];
  found.sort((a, b) => b.rank - a.rank);
  // One candidate per carrier and format (several patterns of a format can match the same number).
  const seen = new Set<string>();
  const result: TrackingCandidate[] = [];
  for (const { candidate } of found) {
    const key = `${candidate.carrier} ${candidate.format}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(candidate);
  }
  return result;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

/** Punctuation users select along with a number ("#1Z...", "(9400...)", "JX7053814071."), dropped at the edges. */
function trimEdges(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && !isAlnum(s.charCodeAt(start))) start++;
  while (end > start && !isAlnum(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/**
 * Identifies a number the user pasted or selected: normalizes it (spaces, dashes, full-width forms, lower case) and
 * returns every carrier whose format fits, best first, or [] when it is not a plausible tracking number.
 * Bare digit runs without a check digit still give low-confidence candidates here (the user chose the text).
 */
export function identifyNumber(input: string, options?: TrackingOptions): TrackingCandidate[] {
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_IDENTIFY_INPUT) return [];
  // Mixed case is prose ("Call 800-463-3339"), not a number typed in lower case: leave it to scan().
  if (/[a-z]/.test(input) && /[A-Z]/.test(input)) return [];
  const number = trimEdges(normalizeTrackingNumber(input));
  if (number.length < FORMAT_INDEX.minLength || number.length > FORMAT_INDEX.maxLength) return [];
  if (!isCanonical(number)) return [];
  return identifyCanonical(number, countryCode(options?.region));
}
