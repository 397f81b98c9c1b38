import { carrierById } from '../lib/carriers';

/** The carrier's display name from the directory; undefined for an id the directory does not know. */
export function carrierName(id: string | undefined): string | undefined {
  if (!id) return undefined;
  return carrierById(id)?.name;
}
