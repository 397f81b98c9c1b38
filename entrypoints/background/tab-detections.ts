import type { OrderDetection } from '../../lib/order';
import type { StorageItems } from '../../lib/stored-items';
import { showOnBadge } from './badge';

/** Keeps each tab's latest detection in session storage (memory only) and mirrors it on the badge. */
export async function saveDetection(
  items: StorageItems,
  tabId: number,
  detection: OrderDetection,
  now = Date.now(),
): Promise<void> {
  await items.tabState(tabId).set({ detection, at: now });
  await showOnBadge(tabId, detection);
}

/** Forgets a tab's detection: on navigation (the new page reports afresh) and when the tab closes. */
export async function clearDetection(items: StorageItems, tabId: number): Promise<void> {
  await items.tabState(tabId).remove();
  await showOnBadge(tabId, undefined).catch(() => undefined); // the tab may already be gone
}
