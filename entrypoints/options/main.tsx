import { render } from 'preact';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { defineStorageItems } from '../../lib/stored-items';
import { OptionsForm } from './OptionsForm';

const items = defineStorageItems(storage);

async function readSettings(): Promise<{ settings: Settings; storageError?: string }> {
  try {
    return { settings: await items.settings.get() };
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, storageError: String(error) };
  }
}

const root = document.getElementById('app')!;
void readSettings().then(({ settings, storageError }) => {
  render(
    <OptionsForm initial={settings} storageError={storageError} onSave={(next) => items.settings.set(next)} />,
    root,
  );
});
