import { IntlMessageFormat } from 'intl-messageformat';
import { type Locale, languageTag } from './locales';

/**
 * Messages are ICU MessageFormat strings (`{count, plural, one {# day} other {# days}}`, `{carrier}`), formatted by
 * FormatJS's intl-messageformat with the language's own plural rules (CLDR, through `Intl.PluralRules`).
 * https://formatjs.github.io/docs/core-concepts/icu-syntax
 */
export type MessageValues = Readonly<Record<string, string | number>>;

export interface Translator<Key extends string> {
  readonly locale: Locale;
  /** BCP 47 tag for `Intl` and the `lang` attribute: `pt-BR`. */
  readonly tag: string;
  /** The tag dates, times, numbers and lists follow: the browser's own variant of this language (en-GB), else `tag`. */
  readonly formatTag: string;
  /** The message for `key`, filled with `values`. Falls back to English, never throws. */
  t(key: Key, values?: MessageValues): string;
  /** An ISO `YYYY-MM-DD` day as this language writes it ("26 Nov", "11月26日"). */
  day(iso: string, options?: Intl.DateTimeFormatOptions): string;
  /** A text of the carrier directory (written in English) in this language; the English when it has no translation. */
  data(english: string): string;
  /** A list joined as this language joins lists ("A, B and C", "A、B、C"). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
}

const DAY_FORMAT: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

export interface TranslatorOptions {
  /** The browser's language tag (`en-GB`): dates and lists follow its regional style when it is this language. */
  browserLanguage?: string;
}

function formatTagFor(locale: Locale, browserLanguage: string | undefined): string {
  const tag = languageTag(locale);
  if (!browserLanguage) return tag;
  try {
    const browser = new Intl.Locale(browserLanguage.replace(/_/g, '-'));
    return browser.language === new Intl.Locale(tag).language ? browser.toString() : tag;
  } catch {
    return tag;
  }
}

/** A compiled message filled with `values`; undefined when there is no message or a value is missing. */
function run(format: IntlMessageFormat | undefined, values: MessageValues | undefined): string | undefined {
  if (!format) return undefined;
  try {
    const out = format.format(values);
    return typeof out === 'string' ? out : String(out);
  } catch {
    return undefined;
  }
}

/**
 * A translator over `messages` (this language) and `fallback` (English, complete): a key missing from `messages`,
 * or a message that fails to parse or format, uses the English one, so a bad translation shows English, not an error.
 */
export function createTranslator<Key extends string>(
  locale: Locale,
  messages: Readonly<Partial<Record<Key, string>>>,
  fallback: Readonly<Record<Key, string>>,
  options: TranslatorOptions = {},
): Translator<Key> {
  const tag = languageTag(locale);
  // Dates, numbers and lists in the user's own variant of the language when it is this one (en-GB: "26 Nov").
  const formatTag = formatTagFor(locale, options.browserLanguage);
  const compiled = new Map<Key, IntlMessageFormat | undefined>();
  const fallbackCompiled = new Map<Key, IntlMessageFormat | undefined>();

  const compile = (
    cache: Map<Key, IntlMessageFormat | undefined>,
    key: Key,
    source: string | undefined,
    lang: string,
  ) => {
    if (cache.has(key)) return cache.get(key);
    let format: IntlMessageFormat | undefined;
    try {
      format = source === undefined ? undefined : new IntlMessageFormat(source, lang, undefined, { ignoreTag: true });
    } catch {
      format = undefined;
    }
    cache.set(key, format);
    return format;
  };

  const dayFormats = new Map<string, Intl.DateTimeFormat>();
  const lists = new Map<string, Intl.ListFormat>();

  return {
    locale,
    tag,
    formatTag,
    t(key, values) {
      const own = run(compile(compiled, key, messages[key], tag), values);
      if (own !== undefined) return own;
      return run(compile(fallbackCompiled, key, fallback[key], 'en'), values) ?? String(key);
    },
    day(iso, dayOptions = DAY_FORMAT) {
      const cacheKey = JSON.stringify(dayOptions);
      let format = dayFormats.get(cacheKey);
      if (!format) {
        // Days are calendar days, not instants: format them in UTC so no time zone moves them.
        format = new Intl.DateTimeFormat(formatTag, { ...dayOptions, timeZone: 'UTC' });
        dayFormats.set(cacheKey, format);
      }
      const date = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    },
    data: (english) => english,
    list(items, type = 'conjunction') {
      let format = lists.get(type);
      if (!format) {
        format = new Intl.ListFormat(formatTag, { style: 'long', type });
        lists.set(type, format);
      }
      return format.format(items);
    },
  };
}

/**
 * `text` with the carrier directory's texts in its language (phone labels, notes, opening hours), keyed by their
 * English words: directory data is written in English beside its sources and translated as a whole, not key by key.
 * A text missing or left empty shows in English.
 */
export function withDirectory<Key extends string>(
  text: Translator<Key>,
  directory: Readonly<Record<string, string>> | undefined,
): Translator<Key> {
  if (!directory) return text;
  return {
    ...text,
    data(english) {
      const translated = directory[english];
      return typeof translated === 'string' && translated !== '' ? translated : english;
    },
  };
}
