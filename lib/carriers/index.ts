/**
 * The carrier directory's lookup API, read by the popup, the advice engine and the page reader.
 * Everything it returns comes from the bundled data modules, never from a page (design.md, "Rules that protect users").
 */
import { ASIA_CARRIERS } from './data/asia';
import { REGIONAL_ALIASES, WEST_CARRIERS } from './data/west';
import type { CarrierContacts, CarrierRecord, ChannelContact, RegionEntry, TrackingLink } from './types';

export { isOpenNow } from './hours';
export { tiktokChannels } from './tiktok';
export type * from './types';

export const CARRIERS: readonly CarrierRecord[] = [...WEST_CARRIERS, ...ASIA_CARRIERS];

/** Page text is untrusted: only this much of it is ever looked at for a carrier name. */
const MAX_NAME_LENGTH = 120;
/** Longer than any real tracking number: refuse rather than build a huge URL. */
const MAX_NUMBER_LENGTH = 64;

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

const byId = new Map<string, CarrierRecord>(CARRIERS.map((c) => [c.id, c]));

const byAlias = new Map<string, CarrierRecord>();
for (const carrier of CARRIERS) {
  for (const name of [carrier.name, ...carrier.aliases]) {
    const key = normalizeName(name);
    // First record wins; the data test proves aliases are unique across records, so this only dedupes within one.
    if (key && !byAlias.has(key)) byAlias.set(key, carrier);
  }
}

const regionalAliases = new Map<string, Map<string, CarrierRecord>>();
for (const [region, names] of Object.entries(REGIONAL_ALIASES)) {
  const map = new Map<string, CarrierRecord>();
  for (const [name, id] of Object.entries(names)) {
    const carrier = byId.get(id);
    if (carrier) map.set(normalizeName(name), carrier);
  }
  regionalAliases.set(region, map);
}

/** ISO alpha-2 upper case, `UK` -> `GB`; undefined for anything else. */
function regionCode(region: string | undefined): string | undefined {
  const code = region?.trim().toUpperCase();
  if (!code || !/^[A-Z]{2}$/.test(code)) return undefined;
  return code === 'UK' ? 'GB' : code;
}

export function carrierById(id: string): CarrierRecord | undefined {
  return byId.get(id);
}

/**
 * The carrier a page's text names, by alias. Tolerates trailing service words ("J&T Express - Standard",
 * "USPS Ground Advantage"): tries the whole text, then drops words from the end, so the longest alias that is a
 * whole-word prefix wins. With a region, names that mean another carrier there (REGIONAL_ALIASES) are tried first.
 */
export function carrierByName(text: string, region?: string): CarrierRecord | undefined {
  const words = normalizeName(text.slice(0, MAX_NAME_LENGTH)).split(' ');
  const local = regionalAliases.get(regionCode(region) ?? '');
  for (let count = words.length; count > 0; count--) {
    const key = words.slice(0, count).join(' ');
    const found = local?.get(key) ?? byAlias.get(key);
    if (found) return found;
  }
  return undefined;
}

/** A record, by id first and then by name. */
function resolve(carrier: string | CarrierRecord): CarrierRecord | undefined {
  if (typeof carrier !== 'string') return carrier;
  return byId.get(carrier) ?? carrierByName(carrier);
}

/** An entry answers "whom do I contact" when it has a phone, a channel, or says why there is no phone. */
function hasContacts(entry: RegionEntry | undefined): entry is RegionEntry {
  return !!entry && (entry.phones.length > 0 || entry.channels.length > 0 || entry.noPhoneNote !== undefined);
}

/** Country entries in the order the record lists its countries, then any others. */
function countryEntries(carrier: CarrierRecord): [string, RegionEntry][] {
  const keys = [...carrier.countries, ...Object.keys(carrier.regions)].filter((k) => k !== 'INTL');
  const entries: [string, RegionEntry][] = [];
  for (const key of new Set(keys)) {
    const entry = carrier.regions[key];
    if (entry) entries.push([key, entry]);
  }
  return entries;
}

/** The latest date any fact in the record was checked (the home-page fallback inherits it). */
function lastChecked(carrier: CarrierRecord): string {
  let latest = '';
  for (const entry of Object.values(carrier.regions)) {
    for (const fact of [...entry.phones, ...entry.channels, entry.tracking, entry.claims]) {
      if (fact && fact.checked > latest) latest = fact.checked;
    }
  }
  return latest;
}

/**
 * Whom to contact about this carrier in `region`. Falls back: the region's entry, then the carrier's international
 * entry, then (for a carrier that serves other countries only) its home country's entry, then its home page.
 * `resolvedFrom` and `country` tell the UI which one answered, so it can say "US number" to a UK user.
 */
export function contactsFor(carrier: string | CarrierRecord, region?: string): CarrierContacts {
  const record = resolve(carrier);
  const code = regionCode(region);
  if (!record) {
    const name = typeof carrier === 'string' ? carrier.slice(0, MAX_NAME_LENGTH) : carrier.name;
    return { carrierId: name, carrierName: name, region: code, resolvedFrom: 'none', phones: [], channels: [] };
  }
  const base = { carrierId: record.id, carrierName: record.name, region: code };
  const regionEntry = code ? record.regions[code] : undefined;
  const answer = (
    entry: RegionEntry,
    resolvedFrom: CarrierContacts['resolvedFrom'],
    country: string | undefined,
  ): CarrierContacts => ({
    ...base,
    resolvedFrom,
    country,
    phones: entry.phones,
    channels: entry.channels,
    claims: entry.claims ?? regionEntry?.claims,
    noPhoneNote: entry.noPhoneNote,
  });

  if (code && hasContacts(regionEntry)) return answer(regionEntry, 'region', code);
  const intl = record.regions.INTL;
  if (hasContacts(intl)) return answer(intl, 'international', undefined);
  const home = countryEntries(record).find(([, entry]) => hasContacts(entry));
  if (home) return answer(home[1], 'international', home[0]);

  const homePage: ChannelContact = {
    kind: 'contact-page',
    url: record.website,
    label: `${record.name} website`,
    source: record.website,
    checked: lastChecked(record),
    verified: true,
    note: 'Home page: the directory has no contact for this carrier.',
  };
  return { ...base, resolvedFrom: 'contact-page', phones: [], channels: [homePage] };
}

/**
 * The carrier's own tracking page for `number`: the region's template, then the international one, then any of the
 * carrier's templates (tracking pages work for every country). The number is URL-encoded; nothing comes from a page.
 */
export function trackingUrl(
  carrier: string | CarrierRecord,
  number: string,
  region?: string,
): TrackingLink | undefined {
  const record = resolve(carrier);
  const trimmed = number.trim();
  if (!record || !trimmed || trimmed.length > MAX_NUMBER_LENGTH) return undefined;
  const code = regionCode(region);
  const candidates = [
    code ? record.regions[code] : undefined,
    record.regions.INTL,
    ...countryEntries(record).map(([, e]) => e),
  ];
  const tracking = candidates.find((entry) => entry?.tracking)?.tracking;
  if (!tracking) return undefined;
  const { template, copyNumber, ...sourced } = tracking;
  const url = copyNumber ? template : template.replace('{number}', () => encodeURIComponent(trimmed));
  return { url, copyNumber, ...sourced };
}
