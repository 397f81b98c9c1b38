/**
 * The lookup of tracking numbers in any text a person selects, pastes, links or types: ./lookup.ts for text,
 * ./link.ts for links. Framework-free; used by the background (menu, message, address bar) and the popup.
 */
export {
  MAX_LOOKUP_RESULTS,
  type LocatedPackage,
  type LookupOptions,
  condensedLookupText,
  locatePackages,
  looksLikeOrderId,
  lookup,
  packageFromCandidates,
} from './lookup';
export { linkLookupText } from './link';
