import { browser } from 'wxt/browser';
import type { OrderDetection } from '../../lib/order';
import { type TabState, tabStateKey } from '../../lib/tab-state';
import { showOnBadge } from './badge';

/** Keeps each tab's latest detection in session storage (memory only) and mirrors it on the badge. */
export async function saveDetection(tabId: number, detection: OrderDetection, now = Date.now()): Promise<void> {
  const state: TabState = { detection, at: now };
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
  await showOnBadge(tabId, detection);
}

/** Forgets a tab's detection: on navigation (the new page reports afresh) and when the tab closes. */
export async function clearDetection(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabStateKey(tabId));
  await showOnBadge(tabId, undefined).catch(() => undefined); // the tab may already be gone
}
