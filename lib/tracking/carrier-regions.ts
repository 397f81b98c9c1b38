import type { CarrierId } from '../carriers/ids';
import { S10_NATIONAL_POSTS } from './s10-countries';

/**
 * Countries each carrier serves, used only to rank candidates when the caller gives a region. Kept here (not read
 * from lib/carriers) so the engine has no dependency on the directory. Countries are those the research tables give
 * a row for (../shared/research/carriers-west.md, carriers-asia.md, tiktok.md §3.2); carriers with no entry get no
 * regional preference. National posts serve their S10 country.
 */
const SERVED: Partial<Record<CarrierId, readonly string[]>> = {
  usps: ['US'],
  ups: ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'MX'],
  fedex: ['US', 'MX', 'GB', 'ES'],
  'dhl-express': ['US', 'GB', 'DE', 'ES', 'MX'],
  'dhl-ecommerce': ['US', 'GB', 'DE', 'ES', 'MX'],
  'amazon-logistics': ['US', 'GB'],
  ontrac: ['US'],
  gofo: ['US'],
  'spee-dee': ['US'],
  purolator: ['CA'],
  'royal-mail': ['GB'],
  parcelforce: ['GB'],
  evri: ['GB'],
  dpd: ['GB', 'DE', 'FR'],
  yodel: ['GB'],
  'dhl-paket': ['DE'],
  'jt-express': ['ID', 'MY', 'TH', 'VN', 'PH', 'SG', 'MX', 'BR'],
  'china-ems': ['CN'],
};

for (const [country, carrier] of Object.entries(S10_NATIONAL_POSTS)) {
  SERVED[carrier] = [...new Set([...(SERVED[carrier] ?? []), country])];
}

export const CARRIER_COUNTRIES: Readonly<Partial<Record<CarrierId, readonly string[]>>> = SERVED;

export function servesRegion(carrier: string, region: string): boolean {
  return CARRIER_COUNTRIES[carrier as CarrierId]?.includes(region) ?? false;
}
