import type { TrackingCandidate } from './types';

/**
 * Applies the user's preferred carriers (options page) to a ranked candidate list: a preferred carrier moves up past
 * candidates it is preferred over, in the user's order, but never past one whose check digit verified when its own
 * did not: the number itself is stronger evidence than a habit. Everything else keeps the engine's order (the order's
 * market first, then check digits, confidence and prefixes), so a list with no preferred carrier in it comes back as
 * it went in. Returns a new array.
 */
export function preferCarriers<T extends Pick<TrackingCandidate, 'carrier' | 'checksum'>>(
  candidates: readonly T[],
  preferred: readonly string[],
): T[] {
  const result = [...candidates];
  if (preferred.length === 0 || result.length < 2) return result;
  const rank = (candidate: T) => {
    const index = preferred.indexOf(candidate.carrier);
    return index === -1 ? preferred.length : index;
  };
  const passes = (mover: T, other: T) => rank(mover) < rank(other) && (mover.checksum || !other.checksum);
  // Insertion: each candidate moves up while it may pass the one above it. Stable, and a handful of candidates.
  for (let i = 1; i < result.length; i++) {
    const mover = result[i]!;
    let j = i;
    while (j > 0 && passes(mover, result[j - 1]!)) {
      result[j] = result[j - 1]!;
      j--;
    }
    result[j] = mover;
  }
  return result;
}
