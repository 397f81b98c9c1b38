/**
 * Carrier names only: finds which carrier a page's text names. The page reader (content script) imports this module
 * instead of ./index.ts so that it does not ship the directory's contact data (phones, hours, channels, tracking
 * templates); keep every import here free of it. ./index.ts builds on these lookups and returns full records.
 */
import { countryCode } from '../regions';
import { CARRIER_NAMES, REGIONAL_ALIASES, type CarrierName } from './data/names';

export { CARRIER_NAMES, type CarrierName };

/** Page text is untrusted: only this much of it is ever looked at for a carrier name. */
export const MAX_NAME_LENGTH = 120;

/**
 * Case-, width-, accent- and punctuation-insensitive form of a carrier name: NFKC ("Ｊ＆Ｔ" -> "J&T"), Latin
 * diacritics dropped ("Privé" -> "Prive"; only U+0300-U+036F, so Thai and other scripts keep their marks),
 * lower case, every run of characters that are not letters, marks or digits -> one space.
 */
export function normalizeName(text: string): string {
  return (
    text
      .normalize('NFKC')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // Vietnamese đ is a letter of its own, not d plus an accent, so NFD leaves it: "Bưu điện" is typed "Buu dien".
      .replace(/[đĐ]/g, 'd')
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .trim()
  );
}

const byId = new Map<string, CarrierName>(CARRIER_NAMES.map((c) => [c.id, c]));

const byAlias = new Map<string, CarrierName>();
for (const carrier of CARRIER_NAMES) {
  for (const name of [carrier.name, ...carrier.aliases]) {
    const key = normalizeName(name);
    // First entry wins; the data test proves aliases are unique across carriers, so this only dedupes within one.
    if (key && !byAlias.has(key)) byAlias.set(key, carrier);
  }
}

const regionalAliases = new Map<string, Map<string, CarrierName>>();
for (const [region, names] of Object.entries(REGIONAL_ALIASES)) {
  const map = new Map<string, CarrierName>();
  for (const [name, id] of Object.entries(names)) {
    const carrier = byId.get(id);
    if (carrier) map.set(normalizeName(name), carrier);
  }
  regionalAliases.set(region, map);
}

export function carrierNameById(id: string): CarrierName | undefined {
  return byId.get(id);
}

/**
 * The carrier a page's text names, by alias. Tolerates trailing service words ("J&T Express - Standard",
 * "USPS Ground Advantage"): tries the whole text, then drops words from the end, so the longest alias that is a
 * whole-word prefix wins. With a region, names that mean another carrier there (REGIONAL_ALIASES) are tried first.
 */
export function carrierByName(text: string, region?: string): CarrierName | undefined {
  const words = normalizeName(text.slice(0, MAX_NAME_LENGTH)).split(' ');
  const local = regionalAliases.get(countryCode(region) ?? '');
  for (let count = words.length; count > 0; count--) {
    const key = words.slice(0, count).join(' ');
    const found = local?.get(key) ?? byAlias.get(key);
    if (found) return found;
  }
  return undefined;
}
