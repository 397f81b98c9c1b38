import type { Locale } from './locales';
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

/**
 * Each other language's catalog, imported only when asked for: a dynamic import is a chunk of its own in the build,
 * so the popup carries English and loads the user's language (and a "write in" language) on demand.
 */
const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<Partial<Catalog>>>> = {
  es: () => import('./messages/es/index').then((m) => m.CATALOG),
  pt_BR: () => import('./messages/pt_BR/index').then((m) => m.CATALOG),
  de: () => import('./messages/de/index').then((m) => m.CATALOG),
  fr: () => import('./messages/fr/index').then((m) => m.CATALOG),
  it: () => import('./messages/it/index').then((m) => m.CATALOG),
  id: () => import('./messages/id/index').then((m) => m.CATALOG),
  ms: () => import('./messages/ms/index').then((m) => m.CATALOG),
  th: () => import('./messages/th/index').then((m) => m.CATALOG),
  vi: () => import('./messages/vi/index').then((m) => m.CATALOG),
  ja: () => import('./messages/ja/index').then((m) => m.CATALOG),
  fil: () => import('./messages/fil/index').then((m) => m.CATALOG),
  zh_CN: () => import('./messages/zh_CN/index').then((m) => m.CATALOG),
};

/** The translator for `locale`: its catalog, with English for anything missing (or for a catalog that fails to load). */
export async function loadText(locale: Locale, options: TranslatorOptions = {}): Promise<Text> {
  if (locale === 'en') return createTranslator('en', EN, EN, options);
  let messages: Partial<Catalog> = {};
  try {
    messages = await LOADERS[locale]();
  } catch {
    // A missing or broken chunk: English rather than no text at all.
  }
  return createTranslator(locale, messages, EN, options);
}
