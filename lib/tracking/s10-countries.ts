import type { CarrierId } from '../carriers/ids';

/**
 * UPU S10 country suffixes: the ISO 3166-1 alpha-2 codes of UPU member postal operators, as listed in
 * tracking_number_data's s10.json (generated there from the UPU member-country pages). A suffix outside this list
 * is not an S10 number (their test `RB123456785XX` must not verify).
 */
export const S10_COUNTRIES_SOURCE =
  'https://github.com/jkeen/tracking_number_data/blob/b79ce4bfc04519ef4bc85bf7c6f321795aadf3d3/couriers/s10.json';
export const S10_COUNTRIES_CHECKED = '2026-11-26';

const S10_COUNTRY_LIST =
  'AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR ' +
  'CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT GW GY HK HN HR HT HU ID IE ' +
  'IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MK ML MM ' +
  'MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PY QA RO RS RU RW SA SB SC SD SE SG ' +
  'SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW';

export const S10_COUNTRIES: ReadonlySet<string> = new Set(S10_COUNTRY_LIST.split(' '));

/**
 * National postal operators that have their own directory record, by S10 suffix. Names per s10.json (same source);
 * any other member suffix gives the carrier `postal` with the country set.
 */
export const S10_NATIONAL_POSTS: Readonly<Record<string, CarrierId>> = {
  US: 'usps', // United States Postal Service
  GB: 'royal-mail', // Royal Mail Group plc
  CN: 'china-post', // China Post
  DE: 'deutsche-post', // Deutsche Post
  FR: 'la-poste', // La Poste
  ES: 'correos', // Correos y Telégrafos
  IT: 'poste-italiane', // Poste Italiane
  JP: 'japan-post', // Japan Post
  BR: 'correios', // CORREIOS
  MX: 'correos-de-mexico', // Correos de México
  CA: 'canada-post', // Canada Post
  IE: 'an-post', // AN Post
  PT: 'ctt', // CTT - Correios
  TH: 'thailand-post', // Thailand Post
  VN: 'vnpost', // VNPT – Vietnam Posts and Telecommunications Group
  ID: 'pos-indonesia', // Pos Indonesia
  MY: 'pos-malaysia', // Pos Malaysia
  PH: 'phlpost', // PHLPOST – Philippine Postal Corporation
  SG: 'singpost', // SingPost
};

/**
 * Second candidates for some S10 numbers, with the reason:
 * - CN with an E service indicator is EMS, which China Post runs as a separate business with its own hotline
 *   (11183 vs 11185): ../shared/research/carriers-asia.md §0b and §26 ("EMS uses E?#########CN").
 * - GB: Parcelforce (Royal Mail Group) exports also carry `AA123456789GB` S10 numbers:
 *   https://www.parcelforce.com/help-and-advice/sending-worldwide/tracking-number-formats (per carriers-west.md §3).
 * - The LP service indicator is the one AliExpress / Cainiao labels use (LP194594073SG passes S10): the issuing post
 *   delivers and answers first, Cainiao is the sender's logistics (../shared/research/formats-asia-latam-jp.md, Cainiao).
 */
export interface S10Alternative {
  /** The suffix it applies to; any suffix when absent. */
  country?: string;
  /** Start of the two-letter service indicator, when the alternative depends on it. */
  service?: string;
  carrier: CarrierId;
  /** True when the alternative should rank above the national post. */
  preferred: boolean;
}

export const S10_ALTERNATIVES: readonly S10Alternative[] = [
  { country: 'CN', service: 'E', carrier: 'china-ems', preferred: true },
  { country: 'GB', carrier: 'parcelforce', preferred: false },
  { service: 'LP', carrier: 'cainiao', preferred: false },
];
