/**
 * The one setting the content script will read: whether to look at order pages at all. Kept apart from
 * ./settings.ts (its zod schema and migrations) so that the content script, which runs on every TikTok Shop page,
 * ships none of that: it reads this one field of the stored settings directly.
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
