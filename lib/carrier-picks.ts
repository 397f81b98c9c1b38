import type { ItemSpec } from './storage';

/**
 * The carrier a user chose for a parcel whose number fits several carriers ("it is FedEx SmartPost, not USPS"), so
 * the popup shows that carrier again the next time it shows the parcel. One small item in `storage.local`
 * (`local:carrierPicks`), never synced; the most recent picks are kept, and choosing the carrier the popup offered
 * first again forgets the pick.
 */

export interface CarrierPick {
  /** Carrier id from the directory. */
  carrier: string;
  /** Epoch ms of the choice: the oldest picks go first when the item is full. */
  at: number;
}

export interface CarrierPicks {
  /** Keyed by `pickKey()`: the order id and the tracking number, or the tracking number alone for lookups. */
  picks: Record<string, CarrierPick>;
}

/** Picks kept at most: a user who corrects this many carriers has moved on from the oldest parcels. */
export const MAX_CARRIER_PICKS = 200;

const CARRIER_ID = /^[a-z0-9-]{1,40}$/;
const KEY = /^(?:[0-9A-Z]{1,64}\|)?[0-9A-Z]{1,64}$/;

/** The key of one parcel: `<order id>|<tracking number>` on an order page, the tracking number alone in a lookup. */
export function pickKey(trackingNumber: string, orderId?: string): string | undefined {
  const number = trackingNumber.toUpperCase();
  const key = orderId ? `${orderId.toUpperCase()}|${number}` : number;
  return KEY.test(key) ? key : undefined;
}

export function emptyCarrierPicks(): CarrierPicks {
  return { picks: {} };
}

/** The newest `MAX_CARRIER_PICKS` of the picks, in a fresh object. */
function newest(entries: [string, CarrierPick][]): CarrierPicks {
  entries.sort((a, b) => b[1].at - a[1].at);
  return { picks: Object.fromEntries(entries.slice(0, MAX_CARRIER_PICKS)) };
}

/** Whatever storage holds, as picks: never throws; a malformed entry is dropped, the others survive. */
export function readCarrierPicks(raw: unknown): CarrierPicks {
  const picks = (raw as { picks?: unknown } | null)?.picks;
  if (typeof picks !== 'object' || picks === null || Array.isArray(picks)) return emptyCarrierPicks();
  const entries: [string, CarrierPick][] = [];
  for (const [key, value] of Object.entries(picks)) {
    const { carrier, at } = (value ?? {}) as { carrier?: unknown; at?: unknown };
    if (!KEY.test(key) || typeof carrier !== 'string' || !CARRIER_ID.test(carrier)) continue;
    entries.push([key, { carrier, at: typeof at === 'number' && Number.isFinite(at) ? at : 0 }]);
  }
  return newest(entries);
}

/** The carrier picked for the parcel, if any. */
export function pickFor(picks: CarrierPicks, key: string | undefined): string | undefined {
  return key !== undefined && Object.hasOwn(picks.picks, key) ? picks.picks[key]!.carrier : undefined;
}

/**
 * Remembers `carrier` for the parcel, or forgets the pick when `carrier` is undefined. Returns the same object when
 * nothing changes (the storage layer then writes nothing).
 */
export function withPick(
  picks: CarrierPicks,
  key: string | undefined,
  carrier: string | undefined,
  at: number,
): CarrierPicks {
  if (key === undefined || !KEY.test(key)) return picks;
  if (carrier === undefined) {
    if (!Object.hasOwn(picks.picks, key)) return picks;
    const { [key]: _gone, ...rest } = picks.picks;
    return { picks: rest };
  }
  if (!CARRIER_ID.test(carrier) || pickFor(picks, key) === carrier) return picks;
  return newest([...Object.entries(picks.picks).filter(([other]) => other !== key), [key, { carrier, at }]]);
}

/** Version 1: `{ picks: { [key]: { carrier, at } } }`. */
export const CARRIER_PICKS_ITEM: ItemSpec<CarrierPicks> = {
  key: 'local:carrierPicks',
  version: 1,
  read: readCarrierPicks,
};
