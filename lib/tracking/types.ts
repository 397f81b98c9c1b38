/** How sure the engine is that a candidate is right. */
export type Confidence = 'high' | 'medium' | 'low';

export interface TrackingCandidate {
  /** Carrier id from the directory (lib/carriers), e.g. `usps`, `jt-express`. */
  carrier: string;
  /** Canonical number: upper case, ASCII, no spaces or dashes. */
  number: string;
  /** Format id, e.g. `ups-1z`, `usps-impb`, `s10`. */
  format: string;
  /** True only when a check digit was computed and matched. */
  checksum: boolean;
  confidence: Confidence;
  /** For UPU S10 numbers: the issuing country (ISO alpha-2) named by the two-letter suffix. */
  country?: string;
}

export interface TrackingMatch {
  /** Offsets into the ORIGINAL text (before normalization): text.slice(start, end) is what the user sees. */
  start: number;
  end: number;
  /** Canonical number of the best candidate. */
  number: string;
  /** Best first; never empty. */
  candidates: TrackingCandidate[];
}

export interface TrackingOptions {
  /** ISO 3166-1 alpha-2 code of the user's or the order's country; carriers serving it rank higher. */
  region?: string;
}
