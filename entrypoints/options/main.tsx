import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { downloadFile } from '../../components/CaseLogSection';
import { type CaseLog, emptyCaseLog } from '../../lib/advice/case-log';
import { DEFAULT_SETTINGS, type Settings, localeCountry } from '../../lib/settings';
import { defineStorageItems } from '../../lib/stored-items';
import { OptionsForm, type OptionsFormProps } from './OptionsForm';

const items = defineStorageItems(storage);
const root = document.getElementById('app')!;

type Shown = Pick<OptionsFormProps, 'settings' | 'caseLog' | 'settingsNewer' | 'caseLogNewer' | 'storageError'>;

async function load(): Promise<Shown> {
  try {
    const [settings, caseLog] = await Promise.all([items.settings.load(), items.caseLog.load()]);
    return {
      settings: settings.value,
      settingsNewer: settings.newer,
      caseLog: caseLog.value,
      caseLogNewer: caseLog.newer,
    };
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, caseLog: emptyCaseLog(), storageError: String(error) };
  }
}

const actions: Pick<OptionsFormProps, 'browserCountry' | 'onSave' | 'onUpdateCaseLog' | 'onDownload'> = {
  browserCountry: localeCountry(browser.i18n.getUILanguage()),
  onSave: (settings: Settings) => items.settings.set(settings),
  onUpdateCaseLog: (change: (log: CaseLog) => CaseLog) => items.caseLog.update(change),
  onDownload: downloadFile,
};

void load().then((initial) => {
  let shown = initial;
  const paint = (patch: Partial<Shown>) => {
    shown = { ...shown, ...patch };
    render(<OptionsForm {...shown} {...actions} />, root);
  };
  paint({});
  // Changes made anywhere else (another options page, a popup's case log) show here at once.
  items.settings.watch((settings) => paint({ settings }));
  items.caseLog.watch((caseLog) => paint({ caseLog }));
});
