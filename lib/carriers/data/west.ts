/**
 * Contact data of every Western carrier (Americas, Europe, Japan) plus the generic `postal` record.
 * The Asian and cross-border contacts live in ./asia.ts; every carrier's names live in ./names.ts.
 */
import { EUROPE_CONTACTS } from './europe';
import { LATAM_JAPAN_CONTACTS } from './latam-japan';
import { NORTH_AMERICA_CONTACTS } from './north-america';
import type { CarrierContactRecord } from './sourcing';
import { UK_IRELAND_CONTACTS } from './uk-ireland';

/** For S10 numbers whose two-letter suffix names a post with no record of its own. */
const POSTAL: CarrierContactRecord = {
  id: 'postal',
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

export const WEST_CONTACTS: CarrierContactRecord[] = [
  ...NORTH_AMERICA_CONTACTS,
  ...UK_IRELAND_CONTACTS,
  ...EUROPE_CONTACTS,
  ...LATAM_JAPAN_CONTACTS,
  POSTAL,
];
