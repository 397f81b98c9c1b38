import * as z from 'zod/mini';
import { type CaseLogLimits, LIMITS } from './advice/case-log';
import { SETTINGS_KEY } from './detection-switch';
import { type Locale, isLocale } from './i18n/locales';
import { type Market, toMarket } from './regions';
import type { ItemSpec } from './storage';

/**
 * The user's preferences: one item in `storage.local` (`local:settings`, never synced). They decide which hotline,
 * which TikTok Shop rules and which carrier wins when a number fits several, whether order pages are read at all,
 * and how much of the case log is kept.
 */
export interface Settings {
  /** The country the user chose; undefined: follow the browser's language (see `localeCountry`). */
  region?: Market;
  /** The language the extension speaks, chosen in the options; undefined: follow the browser's (see `uiLocale`). */
  language?: Locale;
  /** `auto` takes the role from the page (buyer pages vs Seller Center). */
  role: 'auto' | 'buyer' | 'seller';
  /** Carrier ids that win when a number fits several carriers, most preferred first. */
  preferredCarriers: string[];
  /** Read TikTok Shop order pages; when false the content script stays idle and the background stores nothing. */
  detection: boolean;
  /** Show the number of packages found on the toolbar icon. */
  badge: boolean;
  /** How much of the case log is kept: the most recent orders, and the most recent entries of each. */
  caseLogLimits: CaseLogLimits;
}

export const DEFAULT_SETTINGS: Settings = {
  role: 'auto',
  preferredCarriers: [],
  detection: true,
  badge: true,
  caseLogLimits: { orders: LIMITS.orders, entriesPerOrder: LIMITS.entriesPerOrder },
};

export const MAX_PREFERRED = 20;

/** The choices the options page offers; any whole number from 1 to the hard limit reads back. */
export const CASE_LOG_LIMIT_CHOICES: { readonly [Key in keyof CaseLogLimits]: readonly number[] } = {
  orders: [50, 100, 200, LIMITS.orders],
  entriesPerOrder: [20, 50, 100, LIMITS.entriesPerOrder],
};

const CARRIER_ID = /^[a-z0-9-]{1,40}$/;

/** Each field on its own: a corrupted or hand-edited field falls back to its default while the others survive. */
const withDefault = <T extends z.core.SomeType>(schema: T, fallback: () => z.output<T>) =>
  z.catch(schema, () => fallback());

const limit = (max: number, fallback: number) => withDefault(z.int().check(z.gte(1), z.lte(max)), () => fallback);

const settingsSchema = z.object({
  // `uk` and `gb` read as GB; anything that is not a TikTok Shop market reads as "not chosen".
  region: withDefault(
    z.pipe(
      z.string(),
      z.transform((code: string) => toMarket(code)),
    ),
    () => undefined,
  ),
  // A language this version does not speak (removed, or written by a newer one) reads as "follow the browser".
  language: withDefault(
    z.pipe(
      z.unknown(),
      z.transform((code: unknown) => (isLocale(code) ? code : undefined)),
    ),
    () => undefined,
  ),
  role: withDefault(z.enum(['auto', 'buyer', 'seller']), () => DEFAULT_SETTINGS.role),
  preferredCarriers: withDefault(
    z.pipe(
      z.array(z.unknown()),
      z.transform((ids) =>
        [...new Set(ids.filter((id): id is string => typeof id === 'string' && CARRIER_ID.test(id)))].slice(
          0,
          MAX_PREFERRED,
        ),
      ),
    ),
    () => [],
  ),
  detection: withDefault(z.boolean(), () => DEFAULT_SETTINGS.detection),
  badge: withDefault(z.boolean(), () => DEFAULT_SETTINGS.badge),
  caseLogLimits: withDefault(
    z.object({
      orders: limit(LIMITS.orders, DEFAULT_SETTINGS.caseLogLimits.orders),
      entriesPerOrder: limit(LIMITS.entriesPerOrder, DEFAULT_SETTINGS.caseLogLimits.entriesPerOrder),
    }),
    () => ({ ...DEFAULT_SETTINGS.caseLogLimits }),
  ),
});

/** Whatever storage holds, as settings: never throws; missing or corrupted fields take their defaults. */
export function readSettings(raw: unknown): Settings {
  const input = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const { region, language, ...rest } = settingsSchema.parse(input);
  return { ...(region ? { region } : {}), ...(language ? { language } : {}), ...rest };
}

/**
 * Version 1 (until issue 13): `{ region?, role, preferredCarriers }`. Version 2 adds `detection`, `badge` and
 * `caseLogLimits`, written out with their defaults so the stored value says what the extension does.
 */
export const SETTINGS_MIGRATIONS = {
  2: (previous: unknown): unknown =>
    typeof previous === 'object' && previous !== null && !Array.isArray(previous)
      ? { detection: true, badge: true, caseLogLimits: { ...DEFAULT_SETTINGS.caseLogLimits }, ...previous }
      : previous,
};

export const SETTINGS_ITEM: ItemSpec<Settings> = {
  key: `local:${SETTINGS_KEY}`,
  version: 2,
  read: readSettings,
  migrations: SETTINGS_MIGRATIONS,
};

/**
 * The country of the browser's interface language, when it is one of TikTok Shop's markets: `th` -> TH,
 * `en-US` -> US, `pt-BR` -> BR, `ja` -> JP. A language without a region takes its most likely one (Unicode CLDR
 * likely subtags, through `Intl.Locale#maximize`). Undefined for anything else (`zh-CN`, `ko`, garbage).
 */
export function localeCountry(uiLanguage: string | undefined): Market | undefined {
  if (!uiLanguage) return undefined;
  try {
    // Some browsers have answered `en_US`.
    return toMarket(new Intl.Locale(uiLanguage.replaceAll('_', '-')).maximize().region);
  } catch {
    return undefined;
  }
}

/** The user's country: the one they chose, else their browser's. */
export function userCountry(settings: Settings, browserCountry?: Market): Market | undefined {
  return settings.region ?? browserCountry;
}

/**
 * The market whose TikTok Shop rules and carrier lines apply. An order page's own market wins: a cross-border
 * seller's US order follows US rules whatever country the seller lives in. The user's country decides for lookups
 * and for pages that do not show their market.
 */
export function effectiveRegion(settings: Settings, pageRegion?: string, browserCountry?: Market): Market | undefined {
  return toMarket(pageRegion) ?? userCountry(settings, browserCountry);
}
