/** How sure the engine is that a candidate is right. */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * What backs a candidate, strongest first:
 * - `check-digit`: the number's check character was computed and matched;
 * - `prefix`: letters or digits the format fixes and few other things share (1Z, SPXID, 4PX…CN, a dotted GHTK label,
 *   Yanwen's YP suffix);
 * - `length`: only the length and character classes fit (a bare run of digits such as J&T Malaysia's 12 digits).
 */
export type Basis = 'check-digit' | 'prefix' | 'length';

/**
 * How good the evidence for the format itself is (see ../shared/research/formats-asia-latam-jp.md):
 * a = the carrier's own page or API documentation; b = TikTok Shop or marketplace documentation;
 * c = public code that validates or generates the number; d = real-looking examples only.
 */
export type EvidenceGrade = 'a' | 'b' | 'c' | 'd';

export interface TrackingCandidate {
  /** Carrier id from the directory (lib/carriers), e.g. `usps`, `jt-express`. */
  carrier: string;
  /** Canonical number: upper case, ASCII, no spaces or dashes (GHTK's dotted labels keep their dots). */
  number: string;
  /** Format id, e.g. `ups-1z`, `usps-impb`, `s10`. */
  format: string;
  /** True only when a check digit was computed and matched. */
  checksum: boolean;
  confidence: Confidence;
  /** What the match rests on; `check-digit` exactly when `checksum` is true. */
  basis: Basis;
  /** Evidence grade of the format (a best). */
  grade: EvidenceGrade;
  /**
   * The country the number names: the issuing country of a UPU S10 number (its two-letter suffix), or the country
   * a carrier bakes into its prefix (SPXMY…, NVSG…).
   */
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
  /**
   * ISO 3166-1 alpha-2 code of the order's (else the user's) country. Carriers that issue the number's format there
   * rank first: a 12-digit number is J&T's in Malaysia and Yamato's, Sagawa's or Japan Post's in Japan.
   */
  region?: string;
}
