import type { Locale } from './locales';

/** The carrier directory's texts in one language, keyed by their English words (see `Translator.data`). */
export type DirectoryTexts = Readonly<Record<string, string>>;

/**
 * Each language's directory texts, imported only when asked for (a chunk each). Apart from the messages on purpose:
 * only the pages show the directory, and the background, which cannot load code on demand (a service worker bundles
 * every dynamic import), would otherwise carry all twelve.
 */
const LOADERS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<{ default: DirectoryTexts }>>> = {
  es: () => import('./messages/es/directory.json'),
  pt_BR: () => import('./messages/pt_BR/directory.json'),
  de: () => import('./messages/de/directory.json'),
  fr: () => import('./messages/fr/directory.json'),
  it: () => import('./messages/it/directory.json'),
  id: () => import('./messages/id/directory.json'),
  ms: () => import('./messages/ms/directory.json'),
  th: () => import('./messages/th/directory.json'),
  vi: () => import('./messages/vi/directory.json'),
  ja: () => import('./messages/ja/directory.json'),
  fil: () => import('./messages/fil/directory.json'),
  zh_CN: () => import('./messages/zh_CN/directory.json'),
};

/** The directory's texts in `locale`; none for English (the directory's own language) or when the chunk fails. */
export async function loadDirectory(locale: Locale): Promise<DirectoryTexts | undefined> {
  if (locale === 'en') return undefined;
  try {
    return (await LOADERS[locale]()).default;
  } catch {
    return undefined;
  }
}
