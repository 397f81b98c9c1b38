/**
 * The TikTok Shop markets Carrier Finder knows, keyed by ISO 3166-1 alpha-2 code.
 * TikTok's own URLs say `GB` for the UK (`shop_region=GB`), so we never use `UK` as a code.
 * Source for the market list: ../shared/research/tiktok.md §1.2 and §3.
 */
export const MARKETS = {
  US: 'United States',
  GB: 'United Kingdom',
  IE: 'Ireland',
  ES: 'Spain',
  DE: 'Germany',
  FR: 'France',
  IT: 'Italy',
  MX: 'Mexico',
  BR: 'Brazil',
  JP: 'Japan',
  ID: 'Indonesia',
  MY: 'Malaysia',
  TH: 'Thailand',
  VN: 'Vietnam',
  PH: 'Philippines',
  SG: 'Singapore',
} as const;

export type Market = keyof typeof MARKETS;

export const MARKET_CODES = Object.keys(MARKETS) as Market[];

/** EU member states among our markets (EU consumer rules apply there). */
export const EU_MARKETS: readonly Market[] = ['IE', 'ES', 'DE', 'FR', 'IT'];

/** South-East Asian markets, which share TikTok Shop's SEA logistics rules. */
export const SEA_MARKETS: readonly Market[] = ['ID', 'MY', 'TH', 'VN', 'PH', 'SG'];

export function isMarket(code: unknown): code is Market {
  return typeof code === 'string' && Object.hasOwn(MARKETS, code);
}

/**
 * Any two-letter country code in canonical form: trimmed, upper case, and the common `UK` alias mapped to `GB`.
 * Undefined when it is not two letters. (UPU suffixes and carriers' countries go beyond our markets.)
 */
export function countryCode(code: string | null | undefined): string | undefined {
  const upper = code?.trim().toUpperCase();
  if (!upper || !/^[A-Z]{2}$/.test(upper)) return undefined;
  return upper === 'UK' ? 'GB' : upper;
}

/** The country code as one of our markets; undefined when it is not one. */
export function toMarket(code: string | null | undefined): Market | undefined {
  const normalized = countryCode(code);
  return isMarket(normalized) ? normalized : undefined;
}
