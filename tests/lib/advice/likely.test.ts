import { describe, expect, it } from 'vitest';
import { commonProblems, likelyProblem } from '../../../lib/advice';

const TODAY = '2026-11-30';

describe('likelyProblem: the problem the order page points at', () => {
  it('an order waiting to ship: "not shipped yet"', () => {
    for (const status of ['awaiting-payment', 'awaiting-shipment', 'awaiting-collection'] as const) {
      expect(likelyProblem({ status, dates: {}, role: 'buyer', today: TODAY })?.problem).toBe('awaiting-shipment');
    }
  });

  it('an in-transit order whose estimated delivery has passed: delayed, with that date', () => {
    expect(
      likelyProblem({ status: 'in-transit', dates: { estimatedDelivery: '2026-11-20' }, role: 'buyer', today: TODAY }),
    ).toEqual({ problem: 'delayed', reason: 'overdue', date: '2026-11-20' });
    // The same for a seller, and for a page that shows no status.
    expect(likelyProblem({ dates: { estimatedDelivery: '2026-11-29' }, role: 'seller', today: TODAY })?.problem).toBe(
      'delayed',
    );
  });

  it('is no sign while the estimated delivery is today or later', () => {
    for (const estimatedDelivery of ['2026-11-30', '2026-12-04']) {
      expect(
        likelyProblem({ status: 'in-transit', dates: { estimatedDelivery }, role: 'buyer', today: TODAY }),
      ).toBeUndefined();
    }
  });

  it('no tracking update for 10 days or more: lost, even when the estimated date has also passed', () => {
    expect(
      likelyProblem({
        status: 'in-transit',
        dates: { lastUpdate: '2026-11-18', estimatedDelivery: '2026-11-25' },
        role: 'seller',
        today: TODAY,
      }),
    ).toEqual({ problem: 'lost', reason: 'no-scan', since: '2026-11-18', days: 12 });
    expect(
      likelyProblem({ status: 'in-transit', dates: { lastUpdate: '2026-11-21' }, role: 'seller', today: TODAY }),
    ).toBeUndefined();
  });

  it('"Delivered": not received, for a buyer only', () => {
    expect(likelyProblem({ status: 'delivered', dates: {}, role: 'buyer', today: TODAY })).toEqual({
      problem: 'not-received',
      reason: 'delivered',
    });
    expect(likelyProblem({ status: 'delivered', dates: {}, role: 'seller', today: TODAY })).toBeUndefined();
    // A delivered parcel is neither late nor lost, whatever its old dates say.
    expect(
      likelyProblem({
        status: 'delivered',
        dates: { estimatedDelivery: '2026-11-01', lastUpdate: '2026-11-02' },
        role: 'seller',
        today: TODAY,
      }),
    ).toBeUndefined();
  });

  it('a parcel going back to the sender: returned', () => {
    for (const status of ['returned', 'delivery-failed'] as const) {
      expect(likelyProblem({ status, dates: {}, role: 'buyer', today: TODAY })?.problem).toBe('returned');
    }
  });

  it('gives no sign for a completed or cancelled order, a page without dates, or a malformed today', () => {
    expect(likelyProblem({ status: 'completed', dates: {}, role: 'buyer', today: TODAY })).toBeUndefined();
    expect(likelyProblem({ status: 'cancelled', dates: {}, role: 'buyer', today: TODAY })).toBeUndefined();
    expect(likelyProblem({ status: 'in-transit', dates: {}, role: 'buyer', today: TODAY })).toBeUndefined();
    expect(
      likelyProblem({ status: 'in-transit', dates: { estimatedDelivery: '2026-11-01' }, role: 'buyer', today: 'x' }),
    ).toBeUndefined();
  });
});

describe('commonProblems', () => {
  it('late parcels first; then not received for buyers, lost for sellers', () => {
    expect(commonProblems('buyer')).toEqual(['delayed', 'not-received']);
    expect(commonProblems('seller')).toEqual(['delayed', 'lost']);
  });
});
