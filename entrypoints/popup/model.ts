/**
 * What the popup shows, decided from the data it read. Pure: no `browser`, no DOM, so every state is testable.
 */
import { type ProblemSignal, isUnshipped, likelyProblem } from '../../lib/advice/likely';
import type { Problem } from '../../lib/advice/types';
import type { CarrierPicks } from '../../lib/carrier-picks';
import type { CaseBook } from '../../lib/cases/types';
import { MAX_LOOKUP_TEXT } from '../../lib/messages';
import type { DetectedPackage, OrderDetection, OrderStatus, Role } from '../../lib/order';
import type { Market } from '../../lib/regions';
import { type Settings, effectiveRegion } from '../../lib/settings';
import type { TabState } from '../../lib/tab-state';
import { packageFromCandidates } from '../../lib/lookup';
import { identify, preferCarriers } from '../../lib/tracking';

/** Everything the popup reads before its first paint. */
export interface PopupData {
  settings: Settings;
  /** False when extension storage could not be read (the popup says so; the lookup still works). */
  storageOk: boolean;
  /** The tab the popup is about, when there is one. `url` only when the browser lets us see it. */
  tab?: { id: number; url?: string };
  /** That tab's stored detection. */
  tabState?: TabState;
  /** `?q=` text: the lookup view. */
  query?: string;
  /** The stored cases (read tolerantly by the storage layer). */
  cases?: CaseBook;
  /** The cases were saved by a newer version of the extension: shown, never changed. */
  casesNewer?: boolean;
  /** Whether the optional notification permission is granted (undefined: not known). */
  notifications?: boolean;
  /** The carriers the user chose for parcels whose number fits several. */
  carrierPicks?: CarrierPicks;
  /** False until the user dismisses the first-run welcome (undefined: not read, no welcome). */
  welcomeDismissed?: boolean;
  now: Date;
  /** The user's IANA time zone; the system's when undefined. */
  timeZone?: string;
  /** The market of the browser's language (en-US -> US): the last fallback when neither settings nor page say. */
  localeRegion?: Market;
}

export type PopupView =
  | { kind: 'lookup'; query: string }
  | { kind: 'order'; detection: OrderDetection; stale: boolean }
  | { kind: 'awaiting'; detection: OrderDetection; stale: boolean }
  /** An order page without a tracking number whose status does not say it is waiting to ship: say only that. */
  | { kind: 'no-number'; detection: OrderDetection; stale: boolean }
  /** An order list that shows no tracking numbers (the buyer's order list): say to open the order. */
  | { kind: 'list-no-numbers'; detection: OrderDetection; stale: boolean }
  | { kind: 'not-order' }
  | { kind: 'storage-unavailable' };

/** Reads `?tab=<id>` and `?q=<text>`; anything else is ignored. */
export function parsePopupParams(search: string): { tabId?: number; query?: string } {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const query = params.get('q');
  const tabId = tab !== null && /^\d{1,10}$/.test(tab) ? Number(tab) : undefined;
  return {
    ...(tabId !== undefined ? { tabId } : {}),
    ...(query !== null ? { query: query.slice(0, MAX_LOOKUP_TEXT) } : {}),
  };
}

function withoutHash(url: string): string {
  const index = url.indexOf('#');
  return index === -1 ? url : url.slice(0, index);
}

/**
 * A detection is stale when the tab now shows another URL (a client-side navigation the page has not re-rendered
 * for yet). Full page loads need no check: the background forgets a tab's detection when a new document loads.
 */
export function isStale(state: TabState, tab?: PopupData['tab']): boolean {
  return tab?.url !== undefined && withoutHash(tab.url) !== withoutHash(state.detection.url);
}

export function initialView(data: PopupData): PopupView {
  if (data.query !== undefined && data.query.trim()) return { kind: 'lookup', query: data.query };
  const state = data.tabState;
  if (state) {
    const stale = isStale(state, data.tab);
    if (state.detection.packages.length > 0) return { kind: 'order', detection: state.detection, stale };
    if (state.detection.page === 'order-detail') {
      // "Not shipped yet" only when the page says so: a missing number alone proves nothing (it may be shipped).
      const kind = isUnshipped(state.detection.status) ? 'awaiting' : 'no-number';
      return { kind, detection: state.detection, stale };
    }
    return { kind: 'list-no-numbers', detection: state.detection, stale };
  }
  if (!data.storageOk) return { kind: 'storage-unavailable' };
  return { kind: 'not-order' };
}

const SHIPPED: ReadonlySet<OrderStatus> = new Set([
  'in-transit',
  'delivered',
  'completed',
  'returned',
  'delivery-failed',
]);

/** Whether the page's status says the order is with a carrier or past that. */
export function isShipped(status: OrderStatus | undefined): boolean {
  return status !== undefined && SHIPPED.has(status);
}

/** The region whose hotline and rules apply: the order page's, else the user's country, else the browser's language. */
export function regionFor(data: PopupData, detection?: OrderDetection): Market | undefined {
  return effectiveRegion(data.settings, detection?.region) ?? data.localeRegion;
}

/** The role whose rules apply: the user's choice, else the page's (buyer pages vs Seller Center), else buyer. */
export function roleFor(settings: Settings, detection?: OrderDetection): Role {
  if (settings.role !== 'auto') return settings.role;
  return detection?.role ?? 'buyer';
}

/**
 * What the page says is wrong with this parcel (its row's status on a list, else the order's), when it says
 * anything; undefined in a lookup, where there is no page.
 */
export function problemSignal(
  view: PopupView,
  pkg: DetectedPackage | undefined,
  role: Role,
  today: string,
): ProblemSignal | undefined {
  if (view.kind !== 'order' && view.kind !== 'awaiting' && view.kind !== 'no-number') return undefined;
  const { detection } = view;
  return likelyProblem({ status: pkg?.status ?? detection.status, dates: detection.dates, role, today });
}

/** The problems to offer: "not shipped yet" only where nothing has shipped. */
export function problemsFor(view: PopupView): Problem[] {
  if (view.kind === 'awaiting') return ['awaiting-shipment', 'wrong-address'];
  const shipped: Problem[] = ['delayed', 'lost', 'not-received', 'wrong-address', 'customs', 'damaged', 'returned'];
  if (view.kind === 'order' && view.detection.status === 'awaiting-collection')
    return ['awaiting-shipment', ...shipped];
  return shipped;
}

/**
 * A detected package with the user's preferred carriers applied. Only when the carrier was inferred from the
 * number: a carrier the page names is a fact about this order, and no preference overrides it.
 */
export function withPreferredCarrier(
  pkg: DetectedPackage,
  region: string | undefined,
  preferred: readonly string[],
): DetectedPackage {
  if (pkg.carrierSource !== 'number' || !pkg.alternatives?.length || preferred.length === 0) return pkg;
  const candidates = identify(pkg.trackingNumber, region ? { region } : {});
  if (candidates.length === 0) return pkg;
  const preferredPackage = packageFromCandidates(pkg.trackingNumber, preferCarriers(candidates, preferred));
  return pkg.carrierText ? { ...preferredPackage, carrierText: pkg.carrierText } : preferredPackage;
}
