/**
 * The lookup of tracking numbers in any text a person selects, pastes, links or types: ./lookup.ts for text,
 * ./link.ts for links. Framework-free; used by the background (menu, message, address bar) and the popup.
 */
export { type LookupOptions, condensedLookupText, looksLikeOrderId, lookup, packageFromCandidates } from './lookup';
export { linkLookupText } from './link';
