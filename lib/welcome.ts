import type { ItemSpec } from './storage';

/**
 * Whether the user has dismissed the popup's first-run welcome (what Carrier Finder does, where it works, the
 * country to choose). One small item in `storage.local` (`local:welcome`), apart from the settings: resetting the
 * settings is no reason to greet the user again.
 */
export interface Welcome {
  dismissed: boolean;
}

/** Anything but an explicit `dismissed: true` (nothing stored, a corrupted value) shows the welcome. */
export function readWelcome(raw: unknown): Welcome {
  return { dismissed: (raw as { dismissed?: unknown } | null)?.dismissed === true };
}

/** Version 1: `{ dismissed: boolean }`. */
export const WELCOME_ITEM: ItemSpec<Welcome> = { key: 'local:welcome', version: 1, read: readWelcome };
