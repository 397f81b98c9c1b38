import { browser } from 'wxt/browser';
import { carrierById } from '../../lib/carriers';
import { currentText, t } from '../../components/strings';
import type { OrderDetection } from '../../lib/order';

/** Badge text: the number of packages found ("" when none, so an order awaiting shipment shows no count). */
export function badgeText(detection: OrderDetection | undefined): string {
  const count = detection?.packages.length ?? 0;
  if (count === 0) return '';
  return count > 9 ? '9+' : String(count);
}

/** Tooltip naming what was found, in the user's language, e.g. "Carrier Finder: 1 package, USPS". */
export function badgeTitle(detection: OrderDetection | undefined): string {
  if (!detection) return t('appTitle');
  const { packages } = detection;
  if (packages.length === 0) return t('badgeOrderNoNumber');
  const names = [
    ...new Set(
      packages.map((p) => (p.carrier ? (carrierById(p.carrier)?.name ?? p.carrier) : t('badgeCarrierUnknown'))),
    ),
  ];
  return t('badgePackages', { count: packages.length, carriers: currentText().list(names) });
}

/**
 * Shows a tab's detection on the toolbar icon: the count (unless the user turned it off) and the tooltip. A tab with
 * no count to show clears its own text (`null`), so the icon shows the global text there: the number of cases due
 * today when reminders cannot notify (entrypoints/background/reminders.ts).
 * https://developer.chrome.com/docs/extensions/reference/api/action#method-setBadgeText
 */
export async function showOnBadge(
  tabId: number,
  detection: OrderDetection | undefined,
  showCount = true,
): Promise<void> {
  // Firefox builds are MV2, where the toolbar button is `browserAction`, not `action`.
  // https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/browserAction
  const action = browser.action ?? browser.browserAction;
  const count = showCount ? badgeText(detection) : '';
  await Promise.all([
    // Both browsers document `null` here (Firefox: "string or null"); Chrome's typings only say optional string.
    action.setBadgeText({ tabId, text: (count === '' ? null : count) as string }),
    action.setTitle({ tabId, title: badgeTitle(detection) }),
  ]);
}
