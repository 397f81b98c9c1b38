/**
 * The popup's only contact with extension APIs: read everything before the first paint, follow every change while
 * it is open, write the cases. Components never touch `browser`, so they render the same in tests.
 */
import { browser } from 'wxt/browser';
import { withPick } from '../../lib/carrier-picks';
import { moveCaseLogIntoCases } from '../../lib/cases/migrate';
import { NOTIFICATIONS_PERMISSION, notificationsAllowed, onPermissionChange } from '../../lib/cases/permission';
import type { CaseBook } from '../../lib/cases/types';
import type { Market } from '../../lib/regions';
import { DEFAULT_SETTINGS, type Settings, localeCountry } from '../../lib/settings';
import type { Loaded } from '../../lib/storage';
import type { StorageItems } from '../../lib/stored-items';
import type { PopupActions } from './App';
import { type PopupData, parsePopupParams } from './model';
import type { AskNotifications, CaseStore } from './use-case';

/**
 * Asks for the notification permission. Must be called synchronously inside a click handler: browsers show the prompt
 * only during a user gesture (https://developer.chrome.com/docs/extensions/reference/api/permissions#method-request).
 */
export const askNotifications: AskNotifications = () => browser.permissions.request(NOTIFICATIONS_PERMISSION);

/**
 * The cases, read after the case log (of versions before issue 16) has moved into them, in case the background has
 * not done it yet. A move that fails leaves the case log where it is, for the next try.
 */
export async function readCases(items: StorageItems): Promise<Loaded<CaseBook>> {
  await moveCaseLogIntoCases(items).catch(() => undefined);
  return items.cases.load();
}

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

  const [local, tab, notifications] = await Promise.all([
    Promise.all([items.settings.get(), readCases(items), items.carrierPicks.get(), items.welcome.get()]).catch(
      () => undefined,
    ),
    query === undefined ? findTab(tabId) : Promise.resolve(undefined),
    notificationsAllowed(browser.permissions),
  ]);
  if (local) {
    const [settings, cases, carrierPicks, welcome] = local;
    Object.assign(data, { settings, cases: cases.value, carrierPicks, welcomeDismissed: welcome.dismissed });
    if (cases.newer) data.casesNewer = true;
  } else data.storageOk = false;
  data.notifications = notifications;
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
 * Follows what the popup shows while it is open: the settings (country, role, preferred carriers), the cases, the
 * notification permission and the tab's detection. Each change anywhere in the extension calls `onChange` with the updated data, in the
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
    items.cases.watch((cases) => apply({ cases })),
    items.carrierPicks.watch((carrierPicks) => apply({ carrierPicks })),
    items.welcome.watch((welcome) => apply({ welcomeDismissed: welcome.dismissed })),
  ];
  // The permission granted or revoked elsewhere (another popup, the browser's extension settings).
  stops.push(
    onPermissionChange(browser.permissions, () => {
      void notificationsAllowed(browser.permissions).then((notifications) => apply({ notifications }));
    }),
  );
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

/** The case store the popup passes down: each change applies to a fresh read of the cases (one local item). */
export function browserCaseStore(items: StorageItems): CaseStore {
  return { update: (change) => items.cases.update(change), writeAtOnce: (book) => items.cases.setAtOnce(book) };
}

/** Opens the cases page in a tab, at one case when a key is given. */
export function openCasesPage(key?: string): void {
  const query = key ? `?case=${encodeURIComponent(key)}` : '';
  void browser.tabs.create({ url: browser.runtime.getURL(`/cases.html${query}`) });
}

/** Settings with `region` chosen, or without one (follow the browser's country). */
function withRegion(settings: Settings, region: Market | undefined): Settings {
  if (settings.region === region) return settings;
  const { region: _old, ...rest } = settings;
  return region ? { ...rest, region } : rest;
}

/** Resolves when the write settles, whether or not it succeeded. */
function settle(write: Promise<unknown>): Promise<void> {
  return write.then(
    () => undefined,
    () => undefined,
  );
}

/**
 * What the popup writes besides the cases, each through the storage layer. A failed write is dropped: the popup
 * has already shown the change, and the options page says when storage cannot be written.
 */
export function browserPopupActions(items: StorageItems, now: () => number = Date.now): PopupActions {
  return {
    rememberCarrier: (key, carrier) =>
      settle(items.carrierPicks.update((picks) => withPick(picks, key, carrier, now()))),
    dismissWelcome: () => settle(items.welcome.set({ dismissed: true })),
    chooseCountry: (region) => settle(items.settings.update((settings) => withRegion(settings, region))),
  };
}
