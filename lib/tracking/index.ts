/**
 * The tracking-number engine: which carrier a number belongs to, from its format and check digit.
 * Framework-free; used by the content script (scan), the context-menu lookup and the popup (identify).
 */
import { CARRIER_IDS, type CarrierId } from '../carriers/ids';
import { TRACKING_FORMATS } from './formats';
import { FORMAT_INDEX, MAX_IDENTIFY_INPUT, STRICT_FORMAT_INDEX, identifyCanonical, identifyNumber } from './identify';
import { countryCode } from '../regions';
import { S10_ALTERNATIVES, S10_NATIONAL_POSTS } from './s10-countries';
import { scanText } from './scan';
import type { TrackingCandidate, TrackingMatch, TrackingOptions } from './types';

export type { Basis, Confidence, EvidenceGrade, TrackingCandidate, TrackingMatch, TrackingOptions } from './types';
export type { TrackingFormat } from './format-types';
export { TRACKING_FORMATS } from './formats';
export { normalizeTrackingNumber } from './normalize';
export { preferCarriers } from './prefer';

/**
 * Ranked candidates for a number the user pasted or selected, best first; [] when it is not a plausible tracking
 * number. Spaces, dashes, full-width forms, lower case and punctuation at the edges are ignored. When the selection
 * holds more than the number ("Tracking: 1Z999AA10123456784"), the first number found in it is identified.
 * Candidates that fit the order's market (`options.region`) come first, then verified check digits, confidence and
 * prefixes; each says what backs it (`basis`) and how well its format is known (`grade`). A number several carriers
 * share (12 digits: J&T Malaysia, J&T Vietnam, SiCepat, Yamato, Sagawa, Japan Post, FedEx) comes back as several.
 */
export function identify(input: string, options?: TrackingOptions): TrackingCandidate[] {
  const direct = identifyNumber(input, options);
  if (direct.length > 0 || typeof input !== 'string' || input.length > MAX_IDENTIFY_INPUT) return direct;
  // The user chose this text: weak formats count here (scan() leaves them out of page text).
  const [first] = scanText(input, options, 'selection');
  return first ? first.candidates : [];
}

/**
 * Candidates for a number already in canonical form (upper-case ASCII letters and digits, as `scan()` builds them from
 * the groups of a text), best first. For callers that try many spans of a text: no normalization, and a length no
 * format has is refused at once. `joined`: the number was put together from several groups of the text, so formats
 * with a loose body of variable length are left out, as `scan()` does across spaces (they would swallow the next word).
 */
export function identifyCanonicalNumber(
  number: string,
  options?: TrackingOptions & { joined?: boolean },
): TrackingCandidate[] {
  return identifyCanonical(number, countryCode(options?.region), options?.joined ? STRICT_FORMAT_INDEX : FORMAT_INDEX);
}

/**
 * Every tracking number in free text, in order, with start/end offsets into the original text. Stricter than
 * identify(): a bare run of digits needs a strong check digit (see ./scan.ts), so page text never turns an order id,
 * a phone number or an unverifiable 12-digit run into a tracking number.
 */
export function scan(text: string, options?: TrackingOptions): TrackingMatch[] {
  return scanText(text, options);
}

/** Every carrier id the engine can emit (the directory must have a record for each). */
export const ENGINE_CARRIER_IDS: readonly CarrierId[] = (() => {
  const ids = new Set<CarrierId>(['postal']);
  for (const format of TRACKING_FORMATS) if (!format.carrierFromS10Country) ids.add(format.carrier);
  for (const carrier of Object.values(S10_NATIONAL_POSTS)) ids.add(carrier);
  for (const alternative of S10_ALTERNATIVES) ids.add(alternative.carrier);
  return CARRIER_IDS.filter((id) => ids.has(id));
})();
