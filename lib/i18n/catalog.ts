import { type Locale, DEFAULT_LOCALE } from './locales';
import { ADVICE_EN } from './messages/en/advice';
import { UI_EN } from './messages/en/ui';
import { type Translator, type TranslatorOptions, createTranslator } from './translator';

/**
 * The message catalogs. English is the source and is always bundled (every other language falls back to it, key by
 * key); the other languages are loaded on demand, one chunk each, so a page carries only its own language.
 */
export const EN = { ...UI_EN, ...ADVICE_EN } as const;

export type MessageKey = keyof typeof EN;
/** A translation: every key of the English catalog (the type checker holds each language to it). */
export type Catalog = Readonly<Record<MessageKey, string>>;
/** What code that shows text takes: messages, days and lists in one language. */
export type Text = Translator<MessageKey>;

/** The English translator: the default wherever no language was chosen (and in tests). */
export const ENGLISH: Text = createTranslator('en', EN, EN);

/** Each other language's catalog, imported only when asked for. Filled in as translations land. */
const LOADERS: Partial<Record<Locale, () => Promise<Partial<Catalog>>>> = {};

/** The translator for `locale`: its catalog, with English for anything missing (or for a catalog that fails to load). */
export async function loadText(locale: Locale, options: TranslatorOptions = {}): Promise<Text> {
  if (locale === DEFAULT_LOCALE) return createTranslator('en', EN, EN, options);
  const load = LOADERS[locale];
  let messages: Partial<Catalog> = {};
  try {
    if (load) messages = await load();
  } catch {
    // A missing or broken chunk: English rather than no text at all.
  }
  return createTranslator(locale, messages, EN, options);
}
