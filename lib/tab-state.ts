import * as z from 'zod/mini';
import type { OrderDetection } from './order';
import { detectionSchema } from './messages';
import type { ItemSpec } from './storage';

/**
 * Each tab's latest detection lives in `storage.session` (memory only, cleared when the browser closes) under
 * `tab:<tabId>`, one item per tab so that tabs never overwrite each other. The background writes it; the popup
 * reads and watches it.
 */
export interface TabState {
  detection: OrderDetection;
  /** Epoch ms when the content script reported it. */
  at: number;
}

export function tabStateKey(tabId: number): string {
  return `tab:${tabId}`;
}

const tabStateSchema = z.object({ detection: detectionSchema, at: z.number() /* zod 4 refuses Infinity and NaN */ });

/** The stored state, or undefined when it is missing or corrupted (the popup then shows its "not an order page" state). */
export function parseTabState(raw: unknown): TabState | undefined {
  const parsed = tabStateSchema.safeParse(raw);
  return parsed.success ? (parsed.data as TabState) : undefined;
}

/**
 * Version 1, with no migrations. The value lives in memory only (Chrome also empties session storage when the
 * extension updates: https://developer.chrome.com/docs/extensions/reference/api/storage#property-session), and one
 * the reader cannot use reads as "nothing detected" until the page reports again, so a new shape can simply bump the
 * version.
 */
export function tabStateItem(tabId: number): ItemSpec<TabState | undefined> {
  return { key: `session:${tabStateKey(tabId)}`, version: 1, read: parseTabState };
}
