/**
 * What the rest of the extension reads from the directory. The zod schema in this folder validates the data;
 * these are the shapes lookups return. Keep them stable: the popup, the advice engine and the page reader use them.
 */

/** Where a fact came from and when a person last checked it. */
export interface Sourced {
  /** https URL of the page that states the fact. */
  source: string;
  /** ISO date (YYYY-MM-DD) the source was checked. */
  checked: string;
  /** True only when the source is the carrier's own site or a regulator/government page. */
  verified: boolean;
  /** Anything a user should know (e.g. "third-party listing only", "domestic short code"). */
  note?: string;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface OpeningHours {
  /** IANA time zone of the hours, e.g. `America/New_York`. */
  timeZone: string;
  /** Open intervals; a day absent from every entry is closed. `close` may be `24:00`. */
  intervals: { days: Weekday[]; open: string; close: string }[];
  /** Human text as the source gives it, e.g. "Mon-Fri 8am-8:30pm ET". */
  text?: string;
}

/**
 * Why a line or channel does not suit every caller. The card shows each one next to the number, in words, so that
 * nobody calls a premium-rate or senders-only line by mistake.
 */
export type ContactCaveat =
  /** Calls cost more than a normal call (0180 in Germany, 902 in Spain, 0825 in France). */
  | 'premium-rate'
  /** For people sending parcels (sellers), not for recipients. */
  | 'senders-only'
  /** For business customers. */
  | 'businesses-only'
  /** A claims desk: not for tracking questions. */
  | 'claims-only'
  /** For complaints and suggestions. */
  | 'complaints-only'
  /** For account or contract questions (a parcel-management service), not a general line. */
  | 'account-only'
  /** Only for customers with an order on its way. */
  | 'orders-in-progress'
  /** The carrier prints the number with letters (`printedAs`); the digits are worked out from them. */
  | 'letters-only'
  /** WhatsApp messages only: no voice calls. */
  | 'whatsapp-only';

export interface PhoneContact extends Sourced {
  /** E.164, e.g. `+18004633339`; domestic short codes (e.g. China Post 11185) keep their digits without `+`. */
  e164: string;
  /** How the carrier prints it, e.g. `1-800-463-3339`. */
  display: string;
  /** Digits to key in once the call connects (an extension or menu choice): `5` for "1217 ext. 5". */
  extension?: string;
  /** The number exactly as the carrier's page prints it, when that is not digits ("(02) 288-POST"). */
  printedAs?: string;
  /** What the line is for, e.g. "Customer service", "EMS". */
  label?: string;
  hours?: OpeningHours;
  caveats?: ContactCaveat[];
}

export type ChannelKind = 'contact-page' | 'chat' | 'email' | 'claims' | 'help' | 'social';

export interface ChannelContact extends Sourced {
  kind: ChannelKind;
  /** https URL, or `mailto:` for email. */
  url: string;
  label: string;
  caveats?: ContactCaveat[];
}

/**
 * What the carrier's own page tells recipients to do instead of (or before) calling: contact the sender or the shop,
 * use the web chat, the online form, e-mail, the local branch. The card shows it first.
 */
export type OfficialAction =
  'contact-sender' | 'contact-retailer' | 'web-chat' | 'online-form' | 'email' | 'branch' | 'virtual-assistant';

export interface OfficialAnswer extends Sourced {
  action: OfficialAction;
  /** The carrier's words, verbatim and in the page's language (the card shows them as a quote). */
  quote: string;
  /** Where to do it, when the carrier names a place: the form, the chat, the mailbox (https or mailto). */
  url?: string;
}

/** What a carrier's tracking page may ask for besides the number (the card warns before the user goes there). */
export type TrackingAsk = 'phone-digits' | 'tax-id' | 'postcode' | 'captcha';

export interface TrackingLink extends Sourced {
  /** Final https URL on the carrier's own domain. */
  url: string;
  /** True when the page cannot be deep-linked: the user must paste the number there. */
  copyNumber: boolean;
  asks?: TrackingAsk[];
}

export interface CarrierContacts {
  carrierId: string;
  carrierName: string;
  /** The region asked for (ISO alpha-2), if any. */
  region?: string;
  /**
   * Which entry answered: the region's own, the carrier's international/default line, or only its contact page.
   * `none` means the directory has nothing for this carrier (the UI says so).
   */
  resolvedFrom: 'region' | 'international' | 'contact-page' | 'none';
  /** The country whose entry answered (may differ from `region` on fallback). */
  country?: string;
  phones: PhoneContact[];
  channels: ChannelContact[];
  /** Claims / "report a problem" page, when known. */
  claims?: ChannelContact;
  /** Set when research found no phone line at all; explains what to use instead. */
  noPhoneNote?: string;
  /** The carrier's own answer to "how do I reach you", shown before any number. */
  officialAnswer?: OfficialAnswer;
  /** Ids of carriers people confuse with this one (J&T Express and JET Express): the card says they differ. */
  lookalikes: string[];
}

/** TikTok Shop's own help channels for one region and role. */
export interface TikTokChannels {
  region?: string;
  role: 'buyer' | 'seller';
  /** Buyer: the in-app path, e.g. ["Profile", "Orders", "the order", "Help", "Get help", "Contact us"]. */
  inAppPath?: string[];
  /** Source for the in-app path. */
  inAppSource?: Sourced;
  /** Seller: Seller Center help and ticket pages on the region's own host. */
  help?: ChannelContact;
  ticket?: ChannelContact;
  /** The region's shipping / returns / refund policy page. */
  policy?: ChannelContact;
  /** Other official pages worth linking (e.g. US money-back guarantee). */
  more: ChannelContact[];
}

/** A tracking-URL template as stored in the directory. */
export interface TrackingTemplate extends Sourced {
  /** https URL on the carrier's own domain with a `{number}` placeholder, or the plain tracking page when it cannot be deep-linked. */
  template: string;
  /** True when the template has no `{number}`: the UI shows a "copy the number, then paste it there" hint. */
  copyNumber: boolean;
  asks?: TrackingAsk[];
}

/** What the directory holds for one carrier in one country (or `INTL` for its international / default entry). */
export interface RegionEntry {
  phones: PhoneContact[];
  channels: ChannelContact[];
  tracking?: TrackingTemplate;
  claims?: ChannelContact;
  /** When research found no phone line: what to use instead, in one sentence. */
  noPhoneNote?: string;
  officialAnswer?: OfficialAnswer;
}

/** One carrier's record in the bundled directory (validated by the zod schema in this folder). */
export interface CarrierRecord {
  id: string;
  name: string;
  /** Every way pages and labels print the name, in every market's script. */
  aliases: string[];
  /** ISO alpha-2 codes of the countries it serves. */
  countries: string[];
  /** https home page. */
  website: string;
  /**
   * Other registrable domains the carrier's own pages live on (e.g. `laposte.fr` for Colissimo), lower case.
   * Tracking templates must be on the website's domain or one of these.
   */
  domains?: string[];
  /** Keyed by ISO alpha-2 code, plus `INTL` for the international / default entry. */
  regions: Record<string, RegionEntry>;
  /** Ids of carriers with a confusingly similar name (a different company, with its own lines). */
  lookalikes?: string[];
  /** Anything a maintainer or user should know (mergers, renames, gaps in research). */
  notes?: string;
}
