import type { CarrierId } from '../carriers/ids';
import type { ChecksumSpec } from './checksums';
import type { Confidence } from './types';

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
  /** How sure a match makes us (after the check digit verified, when there is one). */
  confidence: Confidence;
  /** True when the number starts with letters or digits that few other things start with (ranks above bare runs). */
  prefixed: boolean;
  /** Minimum count of digits in the whole number: keeps words such as `INFORMATION2` out of loose alphanumeric formats. */
  minDigits?: number;
  /** S10: the carrier is the postal operator named by the two-letter country suffix. */
  carrierFromS10Country?: true;
  /** Where the format comes from (URL, or the research file section when the research gives no URL). */
  source: string;
  /** Date the source was read (ISO). */
  checked: string;
  /** False when only third-party or community evidence backs the format. */
  verified: boolean;
  note?: string;
}
