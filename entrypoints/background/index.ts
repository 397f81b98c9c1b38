import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { defineStorageItems } from '../../lib/stored-items';
import { applyToOpenTabs, changesTabs, clearDetection } from './tab-detections';
import { findCarrier } from './find-carrier';
import { createMenus, menuLookupText, retitleOnShown } from './menus';
import { registerOmnibox } from './omnibox';
import { routeMessage } from './messages';
import { startReminders } from './reminders';

export default defineBackground(() => {
  // Defined in main, not at the top of a module: WXT imports entrypoints at build time, where there is no storage.
  const items = defineStorageItems(storage);

  // MV3: listeners must be registered synchronously at start-up or events that wake the worker are lost.
  // https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events
  // Chrome keeps menu items across restarts: create them on install and update. Firefox forgets the items of a
  // persistent background page (the MV2 build) whenever it stops: create them at every start.
  // https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/menus/create
  if (import.meta.env.FIREFOX) void createMenus();
  else browser.runtime.onInstalled.addListener(() => void createMenus());

  browser.contextMenus.onClicked.addListener((info) => {
    const text = menuLookupText(info);
    if (text !== undefined) void findCarrier(text);
  });
  retitleOnShown();
  registerOmnibox();

  browser.runtime.onMessage.addListener((raw, sender) => routeMessage(items, raw, sender, browser.runtime.id));

  // A new document is loading in the tab: the old detection no longer describes it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearDetection(items, tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearDetection(items, tabId));

  // Cases' reminders: alarms rebuilt from storage, notifications, the "due today" badge.
  startReminders(items);

  // Detection or the badge switched in the options: open tabs follow at once.
  items.settings.watch((settings, previous) => {
    if (changesTabs(settings, previous)) void applyToOpenTabs(items, settings);
  });
});
