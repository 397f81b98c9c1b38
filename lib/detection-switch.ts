/**
 * The one setting the content script reads: whether to look at order pages at all. Kept apart from ./settings.ts
 * (its zod schema and migrations) so that the content script, which runs on every TikTok Shop page, ships none of
 * that: it reads this one field of the stored settings directly.
 */

/** The settings' key in `storage.local` (WXT's item `local:settings`; ./settings.ts defines it on this key). */
export const SETTINGS_KEY = 'settings';

/**
 * Whether detection is on in stored settings, as the settings' reader decides it: on unless the field is exactly
 * `false` (missing, corrupted or unreadable settings mean the default, on).
 */
export function isDetectionOn(rawSettings: unknown): boolean {
  return !(
    typeof rawSettings === 'object' &&
    rawSettings !== null &&
    (rawSettings as { detection?: unknown }).detection === false
  );
}

/** The part of `browser.storage.local` this module needs (a parameter: lib/ has no `browser`). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  onChanged: {
    addListener(callback: (changes: Record<string, { newValue?: unknown }>) => void): void;
    removeListener(callback: (changes: Record<string, { newValue?: unknown }>) => void): void;
  };
}

/**
 * Resolves true as soon as detection is on: at once when it already is, or when the user turns it on later (so an
 * order page opened while it was off starts without a reload). Resolves false when `signal` aborts first (the
 * content script was invalidated). Until then nothing else runs: no DOM reads, no observers.
 */
export function whenDetectionOn(area: SettingsArea, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (on: boolean) => {
      if (settled) return;
      settled = true;
      area.onChanged.removeListener(onChanged);
      signal?.removeEventListener('abort', onAbort);
      resolve(on);
    };
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      const change = changes[SETTINGS_KEY];
      if (change && isDetectionOn(change.newValue)) settle(true);
    };
    const onAbort = () => settle(false);
    if (signal?.aborted) return settle(false);
    signal?.addEventListener('abort', onAbort);
    // Listen before reading, so a change made while the read is in flight is not missed.
    area.onChanged.addListener(onChanged);
    area.get(SETTINGS_KEY).then(
      (stored) => {
        if (isDetectionOn(stored[SETTINGS_KEY])) settle(true);
      },
      // Storage that cannot be read gives the default, as the settings' reader does.
      () => settle(true),
    );
  });
}
