import { useEffect, useState } from 'preact/hooks';
import { type Text, loadText } from '../lib/i18n/catalog';
import { loadDirectory } from '../lib/i18n/directory';
import { type Locale, uiLocale } from '../lib/i18n/locales';
import { withDirectory } from '../lib/i18n/translator';
import { currentText, setText, t } from './strings';

/** Messages with no argument: what a page's window title can be. */
type TitleKey = 'appTitle' | 'optionsTitle' | 'casesPageTitle';

/**
 * A page's language, for its main: `use(chosen, paint)` makes the user's language (`chosen` in the settings, else the
 * browser's) the one `t()` speaks, sets `<html lang>` and the window title in it, then calls `paint`: at once when it
 * already is the language, else once its messages are loaded. Only the latest call paints, so a quick change of mind
 * never ends on the language chosen first. A page that shows carrier contacts (`showsDirectory`: the popup) loads the
 * carrier directory's texts with the messages; the other pages do not wait for them.
 */
export function pageLanguage(
  doc: Document,
  browserLanguage: string | undefined,
  title: TitleKey,
  { showsDirectory = false }: { showsDirectory?: boolean } = {},
): (chosen: Locale | undefined, paint: () => void) => void {
  let shown: Locale | undefined;
  let latest = 0;
  return (chosen, paint) => {
    const locale = uiLocale(chosen, browserLanguage);
    const mine = ++latest;
    if (locale === shown) {
      paint();
      return;
    }
    const loading = Promise.all([
      loadText(locale, { browserLanguage }),
      showsDirectory ? loadDirectory(locale) : undefined,
    ]).then(([text, directory]) => withDirectory(text, directory));
    void loading.then((text) => {
      if (mine !== latest) return;
      shown = locale;
      setText(text);
      doc.documentElement.lang = text.tag;
      doc.title = t(title);
      paint();
    });
  };
}

/** Languages loaded for "write in", kept while the page is open (a few kilobytes each). */
const loaded = new Map<Locale, Promise<Text>>();

/**
 * The translator for `locale`, for a message written in it: the pages' own when it is their language (with the
 * user's regional style), else loaded on first use. Undefined while it loads; the component renders again then.
 */
export function useTextIn(locale: Locale): Text | undefined {
  const own = currentText();
  const [found, setFound] = useState<Text | undefined>(undefined);
  useEffect(() => {
    if (own.locale === locale) return undefined;
    let live = true;
    let load = loaded.get(locale);
    if (!load) {
      load = loadText(locale);
      loaded.set(locale, load);
    }
    void load.then((text) => {
      if (live) setFound(text);
    });
    return () => {
      live = false;
    };
  }, [locale, own]);
  if (own.locale === locale) return own;
  return found?.locale === locale ? found : undefined;
}
