import { browser } from 'wxt/browser';
import type { OrderDetection } from '../../lib/order';
import type { Settings } from '../../lib/settings';
import type { StorageItems } from '../../lib/stored-items';
import { showOnBadge } from './badge';

/**
 * Keeps each tab's latest detection in session storage (memory only) and mirrors it on the badge, as the settings
 * say: nothing is kept while detection is off (a content script started before it was turned off may still
 * report), and the count stays off the icon while the badge is off.
 */
export async function saveDetection(
  items: StorageItems,
  tabId: number,
  detection: OrderDetection,
  now = Date.now(),
): Promise<void> {
  const settings = await items.settings.get();
  if (!settings.detection) return clearDetection(items, tabId);
  await items.tabState(tabId).set({ detection, at: now });
  await showOnBadge(tabId, detection, settings.badge);
}

/** Forgets a tab's detection: on navigation (the new page reports afresh) and when the tab closes. */
export async function clearDetection(items: StorageItems, tabId: number): Promise<void> {
  await items.tabState(tabId).remove();
  await showOnBadge(tabId, undefined).catch(() => undefined); // the tab may already be gone
}

/** Whether a settings change concerns the tabs: detection or the badge was switched. */
export function changesTabs(settings: Settings, previous: Settings): boolean {
  return settings.detection !== previous.detection || settings.badge !== previous.badge;
}

/**
 * Brings every open tab in line with the settings, without a reload: detection turned off forgets every tab's
 * detection and clears its badge; the badge switch shows or hides the counts already found.
 */
export async function applyToOpenTabs(items: StorageItems, settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      if (!settings.detection) return clearDetection(items, id);
      const state = await items.tabState(id).get();
      if (state) await showOnBadge(id, state.detection, settings.badge).catch(() => undefined);
    }),
  );
}
