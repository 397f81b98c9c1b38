import type { TrackingCandidate } from './types';

/**
 * Applies the user's preferred carriers (options page) to a ranked candidate list: among candidates whose check
 * digit stands the same way, a preferred carrier moves ahead, in the user's order. A verified check digit still
 * beats a preference: the number itself is stronger evidence than a habit. Stable otherwise; returns a new array.
 */
export function preferCarriers<T extends Pick<TrackingCandidate, 'carrier' | 'checksum'>>(
  candidates: readonly T[],
  preferred: readonly string[],
): T[] {
  if (preferred.length === 0 || candidates.length < 2) return [...candidates];
  const rank = (candidate: T) => {
    const index = preferred.indexOf(candidate.carrier);
    return index === -1 ? preferred.length : index;
  };
  return candidates
    .map((candidate, order) => ({ candidate, order }))
    .toSorted(
      (a, b) =>
        Number(b.candidate.checksum) - Number(a.candidate.checksum) ||
        rank(a.candidate) - rank(b.candidate) ||
        a.order - b.order,
    )
    .map(({ candidate }) => candidate);
}
