/**
 * The notification permission is optional: asked for the first time a reminder is set, and reminders fall back to
 * the toolbar badge without it. The browser's `permissions` API is passed in (lib/ has no `browser`).
 */

export const NOTIFICATIONS_PERMISSION = { permissions: ['notifications' as const] };

export interface PermissionsApi {
  contains(permissions: typeof NOTIFICATIONS_PERMISSION): Promise<boolean>;
}

/** Whether notifications are allowed; false when the browser cannot say (an API missing or failing). */
export async function notificationsAllowed(permissions: PermissionsApi | undefined): Promise<boolean> {
  try {
    return (await permissions?.contains(NOTIFICATIONS_PERMISSION)) === true;
  } catch {
    return false;
  }
}

interface PermissionEvent {
  addListener(listener: () => void): void;
  removeListener(listener: () => void): void;
}

/**
 * Calls `listener` whenever a permission is granted or revoked (in another window, or in the browser's extension
 * settings). Returns the function that stops. A browser without these events (or a test fake) is simply not followed.
 */
export function onPermissionChange(
  permissions: { onAdded?: PermissionEvent; onRemoved?: PermissionEvent } | undefined,
  listener: () => void,
): () => void {
  const events = [permissions?.onAdded, permissions?.onRemoved].filter((e): e is PermissionEvent => !!e);
  const added: PermissionEvent[] = [];
  for (const event of events) {
    try {
      event.addListener(listener);
      added.push(event);
    } catch {
      // Not supported here: nothing to follow.
    }
  }
  return () => added.forEach((event) => event.removeListener(listener));
}
