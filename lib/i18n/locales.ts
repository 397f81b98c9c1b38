import { type Market, isMarket } from '../regions';

/**
 * The languages Carrier Finder speaks: the languages of TikTok Shop's markets, plus simplified Chinese for
 * cross-border sellers in China. Codes are the folder names of `public/_locales/` (Chrome's form: `pt_BR`, `zh_CN`).
 * https://developer.chrome.com/docs/extensions/reference/api/i18n#locales
 */
export const LOCALES = ['en', 'es', 'pt_BR', 'de', 'fr', 'it', 'id', 'ms', 'th', 'vi', 'ja', 'fil', 'zh_CN'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, as a language picker shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  es: 'Español',
  pt_BR: 'Português (Brasil)',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
  th: 'ไทย',
  vi: 'Tiếng Việt',
  ja: '日本語',
  fil: 'Filipino',
  zh_CN: '简体中文',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag `Intl` wants: `pt_BR` -> `pt-BR`. */
export function languageTag(locale: Locale): string {
  return locale.replace('_', '-');
}

/** Language subtags that name one of our languages under another code. */
const ALIASES: Readonly<Record<string, Locale>> = {
  pt: 'pt_BR',
  zh: 'zh_CN',
  // Tagalog is the base of Filipino; older systems report it. `in` is the withdrawn code for Indonesian.
  tl: 'fil',
  in: 'id',
};

/**
 * The language of ours that best serves a browser language tag (`th-TH` -> th, `pt-PT` -> pt_BR, `es-419` -> es,
 * `zh-Hans-CN` -> zh_CN); undefined when we have nothing close. Traditional Chinese readers get simplified Chinese,
 * which they read more easily than a foreign language.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const [language] = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  if (!language) return undefined;
  if (isLocale(language)) return language;
  return ALIASES[language];
}

/**
 * The language the extension speaks to its user: the one chosen in the options, else the browser's interface language
 * when it is one of ours (or close to one), else English.
 */
export function uiLocale(chosen: Locale | undefined, browserLanguage: string | null | undefined): Locale {
  return chosen ?? matchLocale(browserLanguage) ?? DEFAULT_LOCALE;
}

/**
 * The language a message to the other side of an order defaults to: the market's national language, or English
 * where English is an official language of everyday commerce (UK, Ireland, US, the Philippines, Singapore). Only a
 * default: each message template has a "write in" choice.
 */
export const MARKET_LANGUAGE: Readonly<Record<Market, Locale>> = {
  US: 'en',
  GB: 'en',
  IE: 'en',
  ES: 'es',
  DE: 'de',
  FR: 'fr',
  IT: 'it',
  MX: 'es',
  BR: 'pt_BR',
  JP: 'ja',
  ID: 'id',
  MY: 'ms',
  TH: 'th',
  VN: 'vi',
  PH: 'en',
  SG: 'en',
};

/** The language to write to someone in `market`; undefined when the market is unknown. */
export function marketLanguage(market: string | undefined): Locale | undefined {
  return isMarket(market) ? MARKET_LANGUAGE[market as Market] : undefined;
}
