import { carrierNameById } from '../lib/carriers/names';

/**
 * The carrier's display name from the directory; undefined for an id the directory does not know. Names only
 * (lib/carriers/names.ts): pages that show a carrier's name, such as the cases page, do not load its contact data.
 */
export function carrierName(id: string | undefined): string | undefined {
  if (!id) return undefined;
  return carrierNameById(id)?.name;
}
