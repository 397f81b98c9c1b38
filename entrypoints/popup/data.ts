/**
 * The popup's only contact with extension APIs: read everything before the first paint, follow every change while
 * it is open, write the case log. Components never touch `browser`, so they render the same in tests.
 */
import { browser } from 'wxt/browser';
import type { CaseLog } from '../../lib/advice/case-log';
import { DEFAULT_SETTINGS, localeCountry } from '../../lib/settings';
import type { StorageItems } from '../../lib/stored-items';
import type { CaseLogStore } from './App';
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

function userTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export async function loadPopupData(items: StorageItems, search: string): Promise<PopupData> {
  const { tabId, query } = parsePopupParams(search);
  const data: PopupData = {
    settings: DEFAULT_SETTINGS,
    storageOk: true,
    now: new Date(),
    ...(query !== undefined ? { query } : {}),
  };
  const timeZone = userTimeZone();
  if (timeZone) data.timeZone = timeZone;
  // The country of the browser's interface language: the default when the user has not chosen one.
  const region = localeCountry(browser.i18n.getUILanguage());
  if (region) data.localeRegion = region;

  const [local, tab] = await Promise.all([
    Promise.all([items.settings.get(), items.caseLog.get()]).catch(() => undefined),
    query === undefined ? findTab(tabId) : Promise.resolve(undefined),
  ]);
  if (local) [data.settings, data.caseLog] = local;
  else data.storageOk = false;
  if (tab) {
    data.tab = tab;
    try {
      // storage.session is missing in some browsers: the error lands here and reads as "storage unavailable".
      const state = await items.tabState(tab.id).get();
      if (state) data.tabState = state;
    } catch {
      data.storageOk = false;
    }
  }
  return data;
}

/**
 * Follows what the popup shows while it is open: the settings (country, role, preferred carriers), the case log
 * and the tab's detection. Each change anywhere in the extension calls `onChange` with the updated data, in the
 * same task as the browser's storage event, so the next frame shows it. Returns the function that stops.
 */
export function watchPopupData(
  items: StorageItems,
  initial: PopupData,
  onChange: (data: PopupData) => void,
): () => void {
  let data = initial;
  const apply = (patch: Partial<PopupData>) => {
    data = { ...data, ...patch };
    onChange(data);
  };
  const stops = [
    items.settings.watch((settings) => apply({ settings })),
    items.caseLog.watch((caseLog) => apply({ caseLog })),
  ];
  const tabId = initial.tab?.id;
  if (tabId !== undefined) {
    try {
      stops.push(
        items.tabState(tabId).watch((tabState) => {
          const { tabState: _old, ...rest } = data;
          data = tabState ? { ...rest, tabState } : rest;
          onChange(data);
        }),
      );
    } catch {
      // No session storage: the popup already says so, and has nothing to follow.
    }
  }
  return () => stops.forEach((stop) => stop());
}

/** The case-log store the popup passes down: reads fresh, writes the whole log (one item in local storage). */
export function browserCaseLogStore(items: StorageItems): CaseLogStore {
  return {
    read: () => items.caseLog.get(),
    write: (log: CaseLog) => items.caseLog.set(log),
  };
}
