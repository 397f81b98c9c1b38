/**
 * Small builders that keep the Western data modules readable: every fact carries its source, the date it was
 * checked and whether that source is the carrier's own (or a regulator's) page.
 *
 * Research: ../shared/research/carriers-west.md (date 2026-11-26). Where research cites a page over http, the
 * record stores the same page over https (the schema accepts https only); the note on the fact says so when it matters.
 */
import type {
  CarrierRecord,
  ChannelContact,
  ChannelKind,
  OfficialAction,
  OfficialAnswer,
  OpeningHours,
  Sourced,
  TrackingTemplate,
  Weekday,
} from '../types';

/**
 * What a regional data module holds for one carrier: the record without its names, which live in ./names.ts so the
 * page reader can load them without the contact data. ../index.ts joins the two by `id`.
 */
export type CarrierContactRecord = Omit<CarrierRecord, 'name' | 'aliases' | 'countries'>;

/** The date the research was done and these records were checked. */
export const CHECKED = '2026-11-26';

/**
 * The date ../shared/research/contacts-2026-11.md checked its facts (quotes with their URLs): facts from it, and
 * older facts it confirmed on the same page, carry this date.
 */
export const CONTACTS_CHECKED = '2026-11-30';

/** jkeen/tracking_number_data, the community format/URL data the research leans on. */
export const JK = (file: string, commit = 'b79ce4bfc04519ef4bc85bf7c6f321795aadf3d3'): string =>
  `https://github.com/jkeen/tracking_number_data/blob/${commit}/couriers/${file}`;

/** karrioapi/karrio connector utils, where research read most `tracking_url` patterns. */
export const KA = (connector: string, provider = connector): string =>
  `https://github.com/karrioapi/karrio/blob/deea10f8568b2d48c71bbcc11ec11c62cdaf2a6a/modules/connectors/${connector}/karrio/providers/${provider}/utils.py`;

/** The carrier's own page, or a regulator's / government's. */
export function official(source: string, note?: string, checked = CHECKED): Sourced {
  return note ? { source, checked, verified: true, note } : { source, checked, verified: true };
}

/** A third-party page or community code: shown, but marked unverified. */
export function unverified(source: string, note: string, checked = CHECKED): Sourced {
  return { source, checked, verified: false, note };
}

/**
 * The carrier's own answer to "how do I reach you" (contact the sender, use the chat or the form...), quoted from its
 * page as the contacts research recorded it.
 */
export function officialAnswer(
  action: OfficialAction,
  quote: string,
  source: string,
  options: { url?: string; note?: string } = {},
): OfficialAnswer {
  return {
    action,
    quote,
    ...(options.url ? { url: options.url } : {}),
    ...official(source, options.note, CONTACTS_CHECKED),
  };
}

/** Deep-link template with `{number}`. Carriers rarely document these, so most come from community code. */
export function template(url: string, sourced: Sourced): TrackingTemplate {
  return { template: url, copyNumber: false, ...sourced };
}

/** A tracking page that cannot be deep-linked: the user pastes the number there. */
export function copyPage(url: string, sourced: Sourced): TrackingTemplate {
  return { template: url, copyNumber: true, ...sourced };
}

export function channel(kind: ChannelKind, url: string, label: string, sourced: Sourced): ChannelContact {
  return { kind, url, label, ...sourced };
}

/** Opening hours: `[days, open, close]` triples in one time zone. */
export function hours(timeZone: string, text: string, ...intervals: [Weekday[], string, string][]): OpeningHours {
  return { timeZone, text, intervals: intervals.map(([days, open, close]) => ({ days, open, close })) };
}

export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
export const EVERY_DAY: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Used where research found no phone line and no contact page beyond the carrier's home page. */
export function websiteOnly(website: string, carrier: string): ChannelContact {
  return channel(
    'help',
    website,
    `${carrier} website`,
    official(website, 'Home page: no dedicated contact page could be confirmed.'),
  );
}
