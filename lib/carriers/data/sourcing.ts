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

/** jkeen/tracking_number_data, the community format/URL data the research leans on. */
export const JK = (file: string, commit = 'b79ce4bfc04519ef4bc85bf7c6f321795aadf3d3'): string =>
  `https://github.com/jkeen/tracking_number_data/blob/${commit}/couriers/${file}`;

/** karrioapi/karrio connector utils, where research read most `tracking_url` patterns. */
export const KA = (connector: string, provider = connector): string =>
  `https://github.com/karrioapi/karrio/blob/deea10f8568b2d48c71bbcc11ec11c62cdaf2a6a/modules/connectors/${connector}/karrio/providers/${provider}/utils.py`;

/** The carrier's own page, or a regulator's / government's. */
export function official(source: string, note?: string): Sourced {
  return note ? { source, checked: CHECKED, verified: true, note } : { source, checked: CHECKED, verified: true };
}

/** A third-party page or community code: shown, but marked unverified. */
export function unverified(source: string, note: string): Sourced {
  return { source, checked: CHECKED, verified: false, note };
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
    official(website, 'Home page; research found no dedicated contact page to link.'),
  );
}
