import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { downloadFile } from '../../components/CaseLogSection';
import { pageLanguage } from '../../components/languages';
import { emptyCaseBook } from '../../lib/cases/cases';
import { moveCaseLogIntoCases } from '../../lib/cases/migrate';
import type { CaseBook } from '../../lib/cases/types';
import { uiLocale } from '../../lib/i18n/locales';
import { DEFAULT_SETTINGS, type Settings, localeCountry } from '../../lib/settings';
import { defineStorageItems } from '../../lib/stored-items';
import { OptionsForm, type OptionsFormProps } from './OptionsForm';

const items = defineStorageItems(storage);
const root = document.getElementById('app')!;

type Shown = Pick<OptionsFormProps, 'settings' | 'cases' | 'settingsNewer' | 'casesNewer' | 'storageError'>;

async function load(): Promise<Shown> {
  try {
    // The case log of versions before issue 16 moves into cases first, in case the background has not done it yet.
    await moveCaseLogIntoCases(items).catch(() => undefined);
    const [settings, cases] = await Promise.all([items.settings.load(), items.cases.load()]);
    return {
      settings: settings.value,
      settingsNewer: settings.newer,
      cases: cases.value,
      casesNewer: cases.newer,
    };
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, cases: emptyCaseBook(), storageError: String(error) };
  }
}

const browserLanguage = browser.i18n.getUILanguage();
const language = pageLanguage(document, browserLanguage, 'optionsTitle');

const actions: Pick<OptionsFormProps, 'browserCountry' | 'browserLocale' | 'onSave' | 'onUpdateCases' | 'onDownload'> =
  {
    browserCountry: localeCountry(browserLanguage),
    browserLocale: uiLocale(undefined, browserLanguage),
    onSave: (settings: Settings) => items.settings.set(settings),
    onUpdateCases: (change: (book: CaseBook) => CaseBook) => items.cases.update(change),
    onDownload: downloadFile,
  };

void load().then((initial) => {
  let shown = initial;
  const paint = (patch: Partial<Shown>) => {
    shown = { ...shown, ...patch };
    // In the language the settings ask for: choosing another one here re-renders the page in it.
    language(shown.settings.language, () => render(<OptionsForm {...shown} {...actions} />, root));
  };
  paint({});
  // Changes made anywhere else (another options page, a popup, the cases page) show here at once.
  items.settings.watch((settings) => paint({ settings }));
  items.cases.watch((cases) => paint({ cases }));
});
