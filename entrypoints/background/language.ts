import { browser } from 'wxt/browser';
import { setText } from '../../components/strings';
import { type Text, loadText } from '../../lib/i18n/catalog';
import { type Locale, uiLocale } from '../../lib/i18n/locales';
import type { StorageItems } from '../../lib/stored-items';

/**
 * The background's language (menus, address-bar suggestions, toolbar tooltips, reminders): the one chosen in the
 * options, else the browser's interface language. English until it is loaded, then whenever the choice changes.
 */

/** The browser's interface language; undefined where the API fails (it never should). */
export function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** The translator for the user's language (`chosen`, else the browser's). English when a language fails to load. */
export function loadUserText(chosen: Locale | undefined): Promise<Text> {
  const language = browserLanguage();
  return loadText(uiLocale(chosen, language), { browserLanguage: language });
}

let ready: Promise<void> = Promise.resolve();

/** Settles once the language being loaded is in place: what shows text at start-up (a reminder) waits for it. */
export function languageReady(): Promise<void> {
  return ready;
}

/**
 * Loads the user's language now and again whenever the language setting changes, and calls `onChange` after each
 * load, so what the browser already shows (menu titles, tooltips) is said again in it. A load that a newer change
 * overtook is dropped. Returns the first load.
 */
export function followLanguage(items: StorageItems, onChange: () => void | Promise<void>): Promise<void> {
  let latest = 0;
  const use = (chosen: Locale | undefined): Promise<void> => {
    const mine = ++latest;
    return loadUserText(chosen)
      .then(async (text) => {
        if (mine !== latest) return;
        setText(text);
        await onChange();
      })
      .catch(() => undefined);
  };
  items.settings.watch((settings, previous) => {
    if (settings.language !== previous?.language) ready = use(settings.language);
  });
  ready = items.settings
    .get()
    .then(
      (settings) => settings.language,
      () => undefined, // unreadable settings: the browser's language
    )
    .then(use);
  return ready;
}
