import type { CarrierId } from '../carriers/ids';
import type { ChecksumSpec } from './checksums';
import type { Confidence, EvidenceGrade } from './types';

/** What a segment's characters mean to the check: covered by it, the check character itself, or S10 fields. */
export type SegmentRole = 'payload' | 'check' | 'service' | 'country';

/** Allowed lengths of a run: one length or a list of them. */
export type SegmentLength = number | readonly number[];

/**
 * One piece of a pattern, matched against the canonical number (upper-case ASCII, no spaces). Patterns are data, not
 * regular expressions: a small matcher walks them, so no pattern can backtrack badly over page text.
 */
export type Segment =
  | { literal: string; role?: SegmentRole }
  | { anyOf: readonly string[]; role?: SegmentRole }
  | { oneOf: string; role?: SegmentRole }
  | { chars: 'digits' | 'letters' | 'alnum'; length: SegmentLength; role?: SegmentRole };

export interface FormatPattern {
  /** Matched left to right over the whole number. */
  segments: readonly Segment[];
  /** Characters the check covers that the printed number leaves out (OnTrac's leading 4/5, USPS legacy's 91). */
  implicitPayloadPrefix?: string;
}

export interface TrackingFormat {
  /** Stable format id, e.g. `ups-1z`; reported as `TrackingCandidate.format`. */
  id: string;
  /** Carrier id; for S10 the carrier comes from the country suffix instead (see `s10Carrier`). */
  carrier: CarrierId;
  /** Human-readable name of the format. */
  name: string;
  /** Alternatives; the number fits the format when any pattern matches (and its check digit verifies). */
  patterns: readonly FormatPattern[];
  /** Check-digit rule over the `payload` segments, compared with the `check` segment. */
  checksum?: ChecksumSpec;
  /**
   * The most a match can say, from the format's own strength (how many other things share its shape). A candidate's
   * confidence is this, capped by what its basis and the evidence grade allow (see `confidenceFor` in ./identify.ts).
   */
  confidence: Confidence;
  /**
   * True when the number has letters or digits that few other things have (a prefix such as 1Z or SPXID, a suffix such
   * as Yanwen's YP, GHTK's dots): the match rests on them (`basis: 'prefix'`), and it ranks above bare runs.
   */
  prefixed: boolean;
  /**
   * Countries whose carriers issue this format, when narrower than the carrier's: J&T's 12-digit numbers starting
   * with 6 are Malaysian. An order from one of them ranks the format first; a bare run of digits (no check digit, no
   * prefix) is not offered at all for an order from elsewhere. Absent: the carrier's countries (./carrier-regions.ts).
   */
  markets?: readonly string[];
  /** Minimum count of digits in the whole number: keeps words such as `INFORMATION2` out of loose alphanumeric formats. */
  minDigits?: number;
  /** S10: the carrier is the postal operator named by the two-letter country suffix. */
  carrierFromS10Country?: true;
  /** Where the format comes from (URL, or the research file section when the research gives no URL). */
  source: string;
  /** Date the source was read (ISO). */
  checked: string;
  /**
   * Evidence for the format: a = the carrier's own page or API doc, b = TikTok Shop's or a marketplace's doc,
   * c = public code that validates or generates the number, d = real-looking examples only.
   */
  grade: EvidenceGrade;
  note?: string;
}
