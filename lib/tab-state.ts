import type { OrderDetection } from './order';
import { detectionSchema } from './messages';

/**
 * Each tab's latest detection lives in `browser.storage.session` (memory only, cleared when the browser closes)
 * under tabStateKey(tabId). The background writes it; the popup reads it.
 */
export interface TabState {
  detection: OrderDetection;
  /** Epoch ms when the content script reported it. */
  at: number;
}

export function tabStateKey(tabId: number): string {
  return `tab:${tabId}`;
}

/** The stored state, or undefined when it is missing or corrupted (the popup then shows its "not an order page" state). */
export function parseTabState(raw: unknown): TabState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { detection, at } = raw as Record<string, unknown>;
  const parsed = detectionSchema.safeParse(detection);
  if (!parsed.success || typeof at !== 'number' || !Number.isFinite(at)) return undefined;
  return { detection: parsed.data as OrderDetection, at };
}
