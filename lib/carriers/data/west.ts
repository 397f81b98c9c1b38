/**
 * Every Western carrier record (Americas, Europe, Japan) plus the generic `postal` record.
 * The Asian and cross-border records live in ./asia.ts.
 */
import type { CarrierRecord } from '../types';
import { EUROPE_CARRIERS } from './europe';
import { LATAM_JAPAN_CARRIERS } from './latam-japan';
import { NORTH_AMERICA_CARRIERS } from './north-america';
import { UK_IRELAND_CARRIERS } from './uk-ireland';

/** For S10 numbers whose two-letter suffix names a post with no record of its own. */
const POSTAL: CarrierRecord = {
  id: 'postal',
  name: 'National postal service',
  aliases: ['National postal service', 'Postal service'],
  countries: [],
  // The UPU's own S10 standard names www.upu.int as its website (S10-12, 2017 edition).
  website: 'https://www.upu.int',
  regions: {
    INTL: {
      phones: [],
      channels: [],
      noPhoneNote:
        "The last two letters of the tracking number name the country whose national postal service handles it (UPU S10 standard): contact that country's post.",
    },
  },
  notes: 'S10 format and suffix list: https://github.com/jkeen/tracking_number_data (couriers/s10.json).',
};

export const WEST_CARRIERS: CarrierRecord[] = [
  ...NORTH_AMERICA_CARRIERS,
  ...UK_IRELAND_CARRIERS,
  ...EUROPE_CARRIERS,
  ...LATAM_JAPAN_CARRIERS,
  POSTAL,
];

/**
 * Names that mean a different carrier in one market: on German TikTok Shop pages (tiktok.md §3.2, DE platform
 * carriers "GLS, Hermes, DPD") "Hermes" is Hermes Germany, while everywhere else it is Evri's former name.
 * Keys are region codes; names are matched after the same normalization as aliases.
 */
export const REGIONAL_ALIASES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  DE: { Hermes: 'hermes-de', myHermes: 'hermes-de' },
};
