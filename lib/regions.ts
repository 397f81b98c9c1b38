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

/** Upper-cases a country code and maps the common `UK` alias to `GB`; undefined when it is not a market. */
export function toMarket(code: string | null | undefined): Market | undefined {
  if (!code) return undefined;
  const upper = code.trim().toUpperCase();
  const normalized = upper === 'UK' ? 'GB' : upper;
  return isMarket(normalized) ? normalized : undefined;
}
