/**
 * The popup's only contact with extension APIs: read everything before the first paint, write the case log.
 * Components never touch `browser`, so they render the same in tests.
 */
import { browser } from 'wxt/browser';
import { CASE_LOG_STORAGE_KEY } from '../../lib/advice/case-log';
import { type Market, toMarket } from '../../lib/regions';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, parseSettings } from '../../lib/settings';
import { parseTabState, tabStateKey } from '../../lib/tab-state';
import { type PopupData, parsePopupParams } from './model';

async function findTab(tabId: number | undefined): Promise<PopupData['tab']> {
  try {
    const tab =
      tabId !== undefined
        ? await browser.tabs.get(tabId)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return undefined;
    return { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
  } catch {
    // A closed tab, or a tab id from an old link: there is simply no tab to show.
    return undefined;
  }
}

/** en-US -> US, de-DE -> DE; undefined when the language names no market we know. */
function localeRegion(): Market | undefined {
  try {
    return toMarket(new Intl.Locale(navigator.language).maximize().region);
  } catch {
    return undefined;
  }
}

function userTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export async function loadPopupData(search: string): Promise<PopupData> {
  const { tabId, query } = parsePopupParams(search);
  const data: PopupData = {
    settings: DEFAULT_SETTINGS,
    storageOk: true,
    now: new Date(),
    ...(query !== undefined ? { query } : {}),
  };
  const timeZone = userTimeZone();
  if (timeZone) data.timeZone = timeZone;
  const region = localeRegion();
  if (region) data.localeRegion = region;

  const [local, tab] = await Promise.all([
    browser.storage.local.get([SETTINGS_STORAGE_KEY, CASE_LOG_STORAGE_KEY]).catch(() => undefined),
    query === undefined ? findTab(tabId) : Promise.resolve(undefined),
  ]);
  if (local) {
    data.settings = parseSettings(local[SETTINGS_STORAGE_KEY]);
    data.caseLogRaw = local[CASE_LOG_STORAGE_KEY];
  } else {
    data.storageOk = false;
  }
  if (tab) {
    data.tab = tab;
    const key = tabStateKey(tab.id);
    try {
      // storage.session is missing in some browsers: the TypeError lands here and reads as "storage unavailable".
      const stored = await browser.storage.session.get(key);
      data.tabState = parseTabState(stored[key]);
    } catch {
      data.storageOk = false;
    }
  }
  return data;
}

/** The case-log store the popup passes down: reads fresh, writes the whole log (one key in local storage). */
export const browserCaseLogStore = {
  async read(): Promise<unknown> {
    return (await browser.storage.local.get(CASE_LOG_STORAGE_KEY))[CASE_LOG_STORAGE_KEY];
  },
  async write(log: unknown): Promise<void> {
    await browser.storage.local.set({ [CASE_LOG_STORAGE_KEY]: log });
  },
};
