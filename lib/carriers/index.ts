/**
 * The carrier directory's lookup API, read by the popup, the advice engine and the page reader.
 * Everything it returns comes from the bundled data modules, never from a page (design.md, "Rules that protect users").
 */
import { ASIA_CONTACTS } from './data/asia';
import type { CarrierContactRecord } from './data/sourcing';
import { WEST_CONTACTS } from './data/west';
import { countryCode } from '../regions';
import { MAX_NAME_LENGTH, carrierByName as nameInText, carrierNameById } from './names';
import type { CarrierContacts, CarrierRecord, ChannelContact, RegionEntry, TrackingLink } from './types';

export { isOpenNow } from './hours';
export { normalizeName } from './names';
export { tiktokChannels } from './tiktok';
export type * from './types';

/**
 * A full record: the carrier's names (./data/names.ts) joined by id with its contact data (the regional modules), in
 * the same field order the records had when both lived in one object.
 */
function withNames(contacts: readonly CarrierContactRecord[]): CarrierRecord[] {
  return contacts.map(({ id, ...rest }) => {
    const names = carrierNameById(id);
    // Static data: a missing entry is a maintainer's mistake, and every test that loads the directory reports it.
    if (!names) throw new Error(`Carrier "${id}" has contact data but no entry in lib/carriers/data/names.ts`);
    return { id, name: names.name, aliases: names.aliases, countries: names.countries, ...rest };
  });
}

/** Western records (Americas, Europe, Japan, and the generic `postal` record). */
const WEST_CARRIERS: readonly CarrierRecord[] = withNames(WEST_CONTACTS);
/** Asian and cross-border records (tests/lib/carriers/asia.test.ts checks them on their own). */
export const ASIA_CARRIERS: readonly CarrierRecord[] = withNames(ASIA_CONTACTS);
export const CARRIERS: readonly CarrierRecord[] = [...WEST_CARRIERS, ...ASIA_CARRIERS];

/** Longer than any real tracking number: refuse rather than build a huge URL. */
const MAX_NUMBER_LENGTH = 64;

const byId = new Map<string, CarrierRecord>(CARRIERS.map((c) => [c.id, c]));

export function carrierById(id: string): CarrierRecord | undefined {
  return byId.get(id);
}

/**
 * The carrier a page's text names, as a full record (see ./names.ts for the matching rules; the page reader uses
 * that module directly, since it needs no contact data).
 */
export function carrierByName(text: string, region?: string): CarrierRecord | undefined {
  const found = nameInText(text, region);
  return found && byId.get(found.id);
}

/** A record, by id first and then by name. */
function resolve(carrier: string | CarrierRecord): CarrierRecord | undefined {
  if (typeof carrier !== 'string') return carrier;
  return byId.get(carrier) ?? carrierByName(carrier);
}

/**
 * An entry answers "whom do I contact" when it has a phone, a channel, the carrier's own answer, or says why there
 * is no phone.
 */
function hasContacts(entry: RegionEntry | undefined): entry is RegionEntry {
  return (
    !!entry &&
    (entry.phones.length > 0 ||
      entry.channels.length > 0 ||
      entry.officialAnswer !== undefined ||
      entry.noPhoneNote !== undefined)
  );
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
    for (const fact of [...entry.phones, ...entry.channels, entry.tracking, entry.claims, entry.officialAnswer]) {
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
  const code = countryCode(region);
  if (!record) {
    const name = typeof carrier === 'string' ? carrier.slice(0, MAX_NAME_LENGTH) : carrier.name;
    return {
      carrierId: name,
      carrierName: name,
      region: code,
      resolvedFrom: 'none',
      phones: [],
      channels: [],
      lookalikes: [],
    };
  }
  const base = { carrierId: record.id, carrierName: record.name, region: code, lookalikes: record.lookalikes ?? [] };
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
    ...(entry.officialAnswer ? { officialAnswer: entry.officialAnswer } : {}),
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
  const code = countryCode(region);
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
