import { type Market, toMarket } from './regions';

/**
 * The user's preferences, kept in `browser.storage.local` under SETTINGS_STORAGE_KEY (never synced).
 * They decide which hotline, which TikTok Shop rules and which carrier wins when a number fits several.
 */
export interface Settings {
  /** The user's country; undefined means "use the order page's region". */
  region?: Market;
  /** `auto` takes the role from the page (buyer pages vs Seller Center). */
  role: 'auto' | 'buyer' | 'seller';
  /** Carrier ids that win ties when a number fits several carriers. */
  preferredCarriers: string[];
  /** Language of the interface and message templates; `auto` follows the browser. */
  language: 'auto' | string;
}

export const SETTINGS_STORAGE_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { role: 'auto', preferredCarriers: [], language: 'auto' };

const ROLES = new Set<Settings['role']>(['auto', 'buyer', 'seller']);
const MAX_PREFERRED = 20;

/**
 * Reads stored settings field by field: a corrupted or hand-edited field falls back to its default
 * while the user's other choices survive.
 */
export function parseSettings(raw: unknown): Settings {
  const input = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const settings: Settings = { ...DEFAULT_SETTINGS, preferredCarriers: [] };
  const region = typeof input.region === 'string' ? toMarket(input.region) : undefined;
  if (region) settings.region = region;
  if (typeof input.role === 'string' && ROLES.has(input.role as Settings['role'])) {
    settings.role = input.role as Settings['role'];
  }
  if (Array.isArray(input.preferredCarriers)) {
    settings.preferredCarriers = [
      ...new Set(
        input.preferredCarriers.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]{1,40}$/.test(id)),
      ),
    ].slice(0, MAX_PREFERRED);
  }
  if (typeof input.language === 'string' && /^(auto|[a-z]{2}(-[A-Z]{2})?)$/.test(input.language)) {
    settings.language = input.language;
  }
  return settings;
}

/** The region that applies: the user's choice, else the order page's, else none. */
export function effectiveRegion(settings: Settings, pageRegion?: string): Market | undefined {
  return settings.region ?? toMarket(pageRegion);
}
