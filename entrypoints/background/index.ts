import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { defineStorageItems } from '../../lib/stored-items';
import { applyToOpenTabs, changesTabs, clearDetection } from './tab-detections';
import { findCarrier } from './find-carrier';
import { followLanguage, languageReady } from './language';
import { createMenus, menuLookupText, retitleMenus, retitleOnShown } from './menus';
import { routeMessage } from './messages';
import { registerOmnibox, showOmniboxPrompt } from './omnibox';
import { showDueCount, startReminders } from './reminders';

export default defineBackground(() => {
  // Defined in main, not at the top of a module: WXT imports entrypoints at build time, where there is no storage.
  const items = defineStorageItems(storage);

  // MV3: listeners must be registered synchronously at start-up or events that wake the worker are lost.
  // https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/events
  // Chrome keeps menu items across restarts: create them on install and update. Firefox forgets the items of a
  // persistent background page (the MV2 build) whenever it stops: create them at every start. Either way once the
  // user's language is loaded, so the titles are in it.
  // https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/menus/create
  if (!import.meta.env.FIREFOX) browser.runtime.onInstalled.addListener(() => void languageReady().then(createMenus));

  // The user's language: loaded now, and again when it is changed in the options. What the browser already shows
  // is said again in it: the address-bar prompt, the menus, and on a change the toolbar tooltips.
  let started = false;
  void followLanguage(items, async () => {
    showOmniboxPrompt();
    if (!started) {
      started = true;
      await (import.meta.env.FIREFOX ? createMenus() : retitleMenus());
      return;
    }
    await createMenus();
    const settings = await items.settings.get();
    await Promise.all([applyToOpenTabs(items, settings), showDueCount(items)]);
  });

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
