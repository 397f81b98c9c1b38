import { CASE_LOG_ITEM } from './advice/case-log';
import { CARRIER_PICKS_ITEM } from './carrier-picks';
import { CASES_ITEM } from './cases/item';
import { SETTINGS_ITEM } from './settings';
import { type StorageUtility, defineStoredItem, defineStoredItems } from './storage';
import { tabStateItem } from './tab-state';
import { WELCOME_ITEM } from './welcome';

/**
 * Everything the extension keeps in `storage.local`, one entry per item. Each spec (key, version, tolerant reader,
 * migrations) lives with the code that owns the data; adding an item is writing its spec and listing it here.
 */
export const LOCAL_ITEMS = {
  settings: SETTINGS_ITEM,
  cases: CASES_ITEM,
  /** Until issue 16: read only to move its contacts into `cases` (lib/cases/migrate.ts), then removed. */
  caseLog: CASE_LOG_ITEM,
  carrierPicks: CARRIER_PICKS_ITEM,
  welcome: WELCOME_ITEM,
};

/**
 * The extension's stored items over a storage utility: WXT's `storage` in the extension's pages and background,
 * the same utility over the fake browser in tests. Defining runs pending migrations (WXT does it on definition).
 */
export function defineStorageItems(storage: StorageUtility) {
  return {
    ...defineStoredItems(storage, LOCAL_ITEMS),
    /** One tab's latest detection, in `storage.session` (memory only). */
    tabState: (tabId: number) => defineStoredItem(storage, tabStateItem(tabId)),
  };
}

export type StorageItems = ReturnType<typeof defineStorageItems>;
