import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, type Settings, parseSettings } from '../../lib/settings';
import { OptionsForm } from './OptionsForm';

async function readSettings(): Promise<{ settings: Settings; storageError?: string }> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
    return { settings: parseSettings(stored[SETTINGS_STORAGE_KEY]) };
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, storageError: String(error) };
  }
}

async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_STORAGE_KEY]: settings });
}

const root = document.getElementById('app')!;
void readSettings().then(({ settings, storageError }) => {
  render(<OptionsForm initial={settings} storageError={storageError} onSave={saveSettings} />, root);
});
