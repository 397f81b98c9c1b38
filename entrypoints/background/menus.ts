import { browser } from 'wxt/browser';

export const FIND_CARRIER_MENU_ID = 'find-carrier';

/**
 * Creates the context-menu items. Runs on every install and update; removing first makes it idempotent
 * (creating an existing id is an error). https://developer.chrome.com/docs/extensions/reference/api/contextMenus
 */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: FIND_CARRIER_MENU_ID,
    title: browser.i18n.getMessage('menuFindCarrier') || 'Find carrier',
    contexts: ['selection'],
  });
}
