/**
 * Which carrier label names which tracking number. Document order alone is not enough: on an order list, a row
 * without a number would hand its carrier to the next row's number and shift every later one. So a carrier goes to
 * the number of its row, the smallest element around it that holds exactly one tracking-number label; only in flat
 * layouts (label/value fields side by side, no row element) does document order decide.
 *
 * Cost: one walk up the ancestors of each label, each element marked at most twice.
 */

import type { OrderStatus } from '../order';

/** A tracking-number label: with the number its value holds, or none ("--" while awaiting shipment). */
export interface NumberSlot {
  /** Position in the page's text order. */
  at: number;
  el: Element;
  number?: string;
  /** The carrier name printed with the number ("USPS 9400 ..."). */
  carrierText?: string;
}

export interface CarrierLabel {
  at: number;
  el: Element;
  /** The carrier as the page prints it. */
  text: string;
}

export interface Found {
  number: string;
  carrierText?: string;
  /** On a list page, the order id of the table row the number sits in. */
  orderId?: string;
  /** On a list page, the status of that row's order. */
  status?: OrderStatus;
}

/** An element around labels of two different numbers. */
const SHARED = Symbol('shared');
type Owner = string | NumberSlot | typeof SHARED;

/**
 * Each number with the carrier its row names (or the one it printed itself), in document order.
 * `labelEls` are the elements of every label on the page: a branch holding just one is a field, not a row.
 */
export function pairCarriers(slots: NumberSlot[], carriers: CarrierLabel[], labelEls: Element[]): Found[] {
  const keyOf = (slot: NumberSlot): Owner => slot.number ?? slot;
  const owners = markOwners(slots, keyOf);

  const byRow = new Map<Owner, CarrierLabel[]>();
  const loose: { carrier: CarrierLabel; branch: Element }[] = [];
  for (const carrier of carriers) {
    let branch = carrier.el;
    let node: Element | null = carrier.el;
    while (node && !owners.has(node)) {
      branch = node;
      node = node.parentElement;
    }
    if (!node) continue;
    const owner = owners.get(node)!;
    if (owner !== SHARED) {
      const list = byRow.get(owner);
      if (list) list.push(carrier);
      else byRow.set(owner, [carrier]);
    } else if (node !== carrier.el) loose.push({ carrier, branch });
  }

  // A number printed with its own carrier name keeps it; any other takes the carrier of its row.
  const assigned = new Map<NumberSlot, string>();
  const done = new Set<Owner>(slots.filter((slot) => slot.carrierText).map(keyOf));
  for (const slot of slots) {
    const key = keyOf(slot);
    const row = byRow.get(key);
    if (done.has(key) || !row) continue;
    done.add(key);
    assigned.set(slot, nearest(row, slot.at).text);
  }

  // Flat layouts: fields that are not inside any row of their own pair by document order, as printed.
  const counts = labelCounts(labelEls);
  const isField = (el: Element) => (counts.get(el) ?? 0) <= 1;
  const flat: FlatEvent[] = [];
  for (const slot of slots) {
    if (!byRow.has(keyOf(slot)) && isField(rowOf(slot, keyOf(slot), owners))) flat.push({ type: 'slot', slot });
  }
  for (const { carrier, branch } of loose) if (isField(branch)) flat.push({ type: 'carrier', carrier });
  flat.sort((a, b) => atOf(a) - atOf(b));
  inOrder(flat, assigned);

  const out: Found[] = [];
  for (const slot of slots) {
    if (!slot.number) continue;
    const carrierText = slot.carrierText ?? assigned.get(slot);
    out.push(carrierText ? { number: slot.number, carrierText } : { number: slot.number });
  }
  return out;
}

/** Marks every ancestor of each slot with the number it holds, or SHARED once it holds two different ones. */
function markOwners(slots: NumberSlot[], keyOf: (slot: NumberSlot) => Owner): Map<Element, Owner> {
  const owners = new Map<Element, Owner>();
  for (const slot of slots) {
    const key = keyOf(slot);
    for (let node: Element | null = slot.el; node; node = node.parentElement) {
      const seen = owners.get(node);
      // Everything above an element already marked with this number, or already shared, is marked as it should be.
      if (seen === key || seen === SHARED) break;
      owners.set(node, seen === undefined ? key : SHARED);
    }
  }
  return owners;
}

/** The largest element around the slot that holds no other number: its row. */
function rowOf(slot: NumberSlot, key: Owner, owners: Map<Element, Owner>): Element {
  let row = slot.el;
  while (row.parentElement && owners.get(row.parentElement) === key) row = row.parentElement;
  return row;
}

/** How many labels each element holds, counting up to 2 (each element is marked at most twice). */
function labelCounts(labelEls: Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const el of labelEls) {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const count = counts.get(node) ?? 0;
      if (count >= 2) break;
      counts.set(node, count + 1);
    }
  }
  return counts;
}

/** The carrier closest to the number in text order; the one before it on a tie. */
function nearest(carriers: CarrierLabel[], at: number): CarrierLabel {
  let best = carriers[0]!;
  for (const carrier of carriers) {
    const distance = Math.abs(carrier.at - at);
    const bestDistance = Math.abs(best.at - at);
    if (distance < bestDistance || (distance === bestDistance && carrier.at < best.at)) best = carrier;
  }
  return best;
}

type FlatEvent = { type: 'slot'; slot: NumberSlot } | { type: 'carrier'; carrier: CarrierLabel };

function atOf(event: FlatEvent): number {
  return event.type === 'slot' ? event.slot.at : event.carrier.at;
}

/**
 * Document order: a number takes the carrier printed just before it, else the one printed just after it. A label
 * without a number ("--") takes its carrier too, so that carrier goes to no one else.
 */
function inOrder(events: FlatEvent[], assigned: Map<NumberSlot, string>): void {
  let pending: string | undefined;
  let open: NumberSlot | undefined;
  for (const event of events) {
    if (event.type === 'carrier') {
      if (open) {
        assigned.set(open, event.carrier.text);
        open = undefined;
      } else pending = event.carrier.text;
      continue;
    }
    const { slot } = event;
    if (slot.carrierText) {
      open = undefined;
    } else if (pending) {
      assigned.set(slot, pending);
      pending = undefined;
    } else open = slot;
  }
}
