import { type Market, toMarket } from './regions';

/**
 * The user's preferences, kept in `browser.storage.local` under SETTINGS_STORAGE_KEY (never synced).
 * They decide which hotline, which TikTok Shop rules and which carrier wins when a number fits several.
 */
export interface Settings {
  /** The user's country, for lookups and pages that do not show their market; undefined: unknown. */
  region?: Market;
  /** `auto` takes the role from the page (buyer pages vs Seller Center). */
  role: 'auto' | 'buyer' | 'seller';
  /** Carrier ids that win ties when a number fits several carriers. */
  preferredCarriers: string[];
}

export const SETTINGS_STORAGE_KEY = 'settings';

/*
 * No language setting yet: the interface and message templates exist only in English (strings are collected in
 * components/strings.ts for translation). A control that changes nothing would mislead; it comes with a translation.
 */
export const DEFAULT_SETTINGS: Settings = { role: 'auto', preferredCarriers: [] };

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
  return settings;
}

/**
 * The market whose TikTok Shop rules and carrier lines apply. An order page's own market wins: a cross-border
 * seller's US order follows US rules whatever country the seller lives in. The user's country decides for lookups
 * and for pages that do not show their market.
 */
export function effectiveRegion(settings: Settings, pageRegion?: string): Market | undefined {
  return toMarket(pageRegion) ?? settings.region;
}
