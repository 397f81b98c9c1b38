import type { CarrierId } from '../carriers/ids';
import { countryCode } from '../regions';
import { servesRegion } from './carrier-regions';
import { expectedCheck, isWeakCheck } from './checksums';
import type { TrackingFormat } from './format-types';
import { TRACKING_FORMATS } from './formats';
import { buildFormatIndex, matchCompiled, type FormatIndex } from './match';
import { isCanonical, normalizeTrackingNumber } from './normalize';
import { S10_ALTERNATIVES, S10_COUNTRIES, S10_NATIONAL_POSTS } from './s10-countries';
import type { Basis, Confidence, EvidenceGrade, TrackingCandidate, TrackingOptions } from './types';

/** Formats whose numbers have dots in them (GHTK labels): matched on their own, see DOTTED_INDEX. */
function isDotted(format: TrackingFormat): boolean {
  return format.patterns.some((pattern) =>
    pattern.segments.some((segment) => 'literal' in segment && segment.literal.includes('.')),
  );
}

/** Every format whose canonical numbers are letters and digits only. */
export const FORMAT_INDEX = buildFormatIndex(TRACKING_FORMATS.filter((format) => !isDotted(format)));

/**
 * Formats whose numbers keep dots (S1.A1.17373471). Page text is full of dotted things (prices, dates, host names),
 * so these are looked for apart from the letters-and-digits groups, only in tokens that start like them.
 */
export const DOTTED_INDEX = buildFormatIndex(TRACKING_FORMATS.filter(isDotted));

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
  TRACKING_FORMATS.filter((format) => !isDotted(format) && !LOOSE_FORMAT_IDS.has(format.id)),
);

/** Formats tied to markets whose every pattern is a bare count of digits (no literal, no check digit). */
const DIGITS_ONLY_IDS = new Set(
  TRACKING_FORMATS.filter(
    (format) =>
      format.markets !== undefined &&
      format.checksum === undefined &&
      format.patterns.every((pattern) =>
        pattern.segments.every((segment) => 'chars' in segment && segment.chars === 'digits'),
      ),
  ).map((format) => format.id),
);

/** Inputs longer than this are not a pasted tracking number; identify() answers [] without reading them all. */
export const MAX_IDENTIFY_INPUT = 1024;

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };
const BY_RANK: readonly Confidence[] = ['low', 'low', 'medium', 'high'];

/**
 * The most a match can say, by what backs it and by how good the evidence for the format is. A verified check digit
 * speaks for itself unless the format is known from examples only; a prefix needs the carrier's or TikTok Shop's own
 * documentation to be sure; a bare length never makes a number more than "medium", and only when the carrier itself
 * documents it.
 */
const CEILING: Record<Basis, Record<EvidenceGrade, Confidence>> = {
  'check-digit': { a: 'high', b: 'high', c: 'high', d: 'medium' },
  prefix: { a: 'high', b: 'high', c: 'medium', d: 'medium' },
  length: { a: 'medium', b: 'low', c: 'low', d: 'low' },
};

/** A candidate's confidence: the format's own cap, lowered to what its basis and evidence grade allow. */
export function confidenceFor(format: TrackingFormat, basis: Basis): Confidence {
  const ceiling = CEILING[basis][format.grade];
  return BY_RANK[Math.min(CONFIDENCE_RANK[format.confidence], CONFIDENCE_RANK[ceiling])]!;
}

/** What a match of this format rests on. */
function basisOf(format: TrackingFormat, checksum: boolean): Basis {
  if (checksum) return 'check-digit';
  return format.prefixed ? 'prefix' : 'length';
}

/**
 * A match that says little beyond the number's length: no prefix, and no check digit or only a weak one (mod 7 on
 * the Japanese 12 digits passes one random number in seven).
 */
function isBare(format: TrackingFormat, basis: Basis): boolean {
  if (basis === 'length') return true;
  return basis === 'check-digit' && !format.prefixed && format.checksum !== undefined && isWeakCheck(format.checksum);
}

/**
 * True when the candidate's number belongs to `region`: the country its prefix or suffix names, else the format's
 * markets, else the countries its carrier serves.
 */
function belongsTo(candidate: TrackingCandidate, format: TrackingFormat, region: string): boolean {
  if (candidate.country !== undefined) return candidate.country === region;
  if (format.markets !== undefined) return format.markets.includes(region);
  return servesRegion(candidate.carrier, region);
}

/**
 * Ranking, in this order of weight: the order's market (a number shared by carriers of several countries belongs to
 * the one the order is from); then a verified check digit; then confidence; a distinctive prefix beats a bare digit
 * run; then table order.
 */
const IN_REGION = 100_000;

function score(
  candidate: TrackingCandidate,
  format: TrackingFormat,
  region: string | undefined,
  order: number,
): number {
  return (
    (region !== undefined && belongsTo(candidate, format, region) ? IN_REGION : 0) +
    (candidate.checksum ? 10_000 : 0) +
    CONFIDENCE_RANK[candidate.confidence] * 1_000 +
    (format.prefixed ? 500 : 0) -
    order
  );
}

function s10Candidates(format: TrackingFormat, number: string, service: string, country: string): TrackingCandidate[] {
  const national: CarrierId = S10_NATIONAL_POSTS[country] ?? 'postal';
  const base = {
    number,
    format: format.id,
    checksum: true,
    basis: 'check-digit' as const,
    grade: format.grade,
    country,
  };
  const candidates: TrackingCandidate[] = [{ ...base, carrier: national, confidence: 'high' }];
  for (const alternative of S10_ALTERNATIVES) {
    if (alternative.country !== undefined && alternative.country !== country) continue;
    if (alternative.service !== undefined && !service.startsWith(alternative.service)) continue;
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
 * Candidates for a canonical number (upper-case ASCII letters and digits only; dots for DOTTED_INDEX), best first. The core of identify() and scan(): only patterns that can match the number's length are tried.
 * A bare run of digits (no prefix, no check digit or only a weak one) of a format tied to other markets than the
 * order's is dropped when something fits the order's own market, and offered at low confidence otherwise: 12 digits
 * are a J&T Malaysia number on a Malaysian order and a Yamato number on a Japanese one; with an American region
 * (perhaps only the browser's language) a Yamato number is still offered, as a guess. A market's format that is a
 * bare count of digits answers only in that market.
 */
export function identifyCanonical(
  number: string,
  region?: string,
  index: FormatIndex = FORMAT_INDEX,
): TrackingCandidate[] {
  const first = number.charCodeAt(0);
  const entries = first < 128 ? index.byFirst[number.length]?.[first] : undefined;
  if (entries === undefined || entries.length === 0) return [];
  // Allocated on the first match: most spans scan() asks about match nothing.
  let found: { candidate: TrackingCandidate; rank: number; elsewhere: boolean }[] | undefined;
  let inRegion = false;
  let digitCount = -1;
  for (const entry of entries) {
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
    const basis = basisOf(format, checksum);
    // Nothing but a count of digits says nothing outside the carrier's own market: 22 digits are an Estafeta guide on
    // a Mexican order, and a mistyped USPS number anywhere else. (A leading literal, like J&T Vietnam's 8, still
    // offers a guess elsewhere, at low confidence: see `elsewhere`.)
    if (basis === 'length' && DIGITS_ONLY_IDS.has(format.id) && !(region && format.markets?.includes(region))) continue;
    const elsewhere =
      region !== undefined && format.markets !== undefined && !format.markets.includes(region) && isBare(format, basis);
    let candidates: TrackingCandidate[];
    if (format.carrierFromS10Country) {
      if (!S10_COUNTRIES.has(match.country)) continue;
      candidates = s10Candidates(format, number, match.service, match.country);
    } else {
      const confidence = confidenceFor(format, basis);
      const { carrier, grade } = format;
      // Two plain literals rather than a spread: this runs for every span scan() tries.
      candidates = [
        match.country
          ? { carrier, number, format: format.id, checksum, confidence, basis, grade, country: match.country }
          : { carrier, number, format: format.id, checksum, confidence, basis, grade },
      ];
    }
    for (let k = 0; k < candidates.length; k++) {
      const candidate = candidates[k]!;
      if (elsewhere) candidate.confidence = 'low';
      const rank = score(candidate, format, region, entry.formatIndex * 4 + k);
      (found ??= []).push({ candidate, rank, elsewhere });
      if (rank >= IN_REGION) inRegion = true;
    }
  }
  if (found === undefined) return [];
  // A bare fit from another market only answers when nothing fits the order's own market.
  if (inRegion) found = found.filter((f) => !f.elsewhere);
  found.sort((a, b) => b.rank - a.rank);
  // One candidate per carrier and format (several patterns of a format can match the same number). A carrier can
  // still come twice, by two formats (SingPost's RA…SG shape and S10): its best one first.
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

const DOTTED_NUMBER = /^[0-9A-Z]+(?:\.[0-9A-Z]+)+$/;

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
  const region = countryCode(options?.region);
  if (number.includes('.')) {
    if (number.length > DOTTED_INDEX.maxLength || !DOTTED_NUMBER.test(number)) return [];
    return identifyCanonical(number, region, DOTTED_INDEX);
  }
  if (number.length < FORMAT_INDEX.minLength || number.length > FORMAT_INDEX.maxLength) return [];
  if (!isCanonical(number)) return [];
  return identifyCanonical(number, region);
}
