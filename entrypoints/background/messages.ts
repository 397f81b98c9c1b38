import { parseMessage } from '../../lib/messages';
import type { StorageItems } from '../../lib/stored-items';
import { findCarrier } from './find-carrier';
import { refreshCaseFromPage } from './reminders';
import { clearDetection, saveDetection } from './tab-detections';

/**
 * What the background does with a runtime message: validated first (lib/messages.ts), anything else ignored.
 * Messages from another extension are ignored too; tab reports (`detection`, `left-order-page`) count only from a
 * content script, i.e. a sender with a tab: a popup or options page has none and cannot store a detection.
 * Returns the reply, or undefined for "no reply" (the listener's contract).
 */
export function routeMessage(
  items: StorageItems,
  raw: unknown,
  sender: { id?: string; tab?: { id?: number } },
  ownId: string,
): Promise<unknown> | undefined {
  if (sender.id !== ownId) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  if (message.type === 'find-carrier') return findCarrier(message.text);
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  if (message.type === 'left-order-page') return clearDetection(items, tabId).then(() => ({ ok: true }));
  // New page data may move a case's dates (and its reminders).
  void refreshCaseFromPage(items, message.detection).catch(() => undefined);
  return saveDetection(items, tabId, message.detection).then(() => ({ ok: true }));
}
