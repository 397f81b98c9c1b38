import { describe, expect, it } from 'vitest';
import { isOpenNow } from '../../../lib/carriers/index';
import type { OpeningHours } from '../../../lib/carriers/types';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

// USPS-style hours, in New York time.
const newYork: OpeningHours = {
  timeZone: 'America/New_York',
  intervals: [
    { days: [...weekdays], open: '08:00', close: '20:30' },
    { days: ['sat'], open: '08:00', close: '18:00' },
  ],
};

const london: OpeningHours = {
  timeZone: 'Europe/London',
  intervals: [{ days: [...weekdays], open: '08:00', close: '18:00' }],
};

describe('isOpenNow', () => {
  it('reads the time in the line’s own zone: Friday 01:00 UTC is still Thursday evening in New York', () => {
    expect(isOpenNow(newYork, new Date('2026-11-27T01:00:00Z'))).toEqual({ open: true });
  });

  it('is closed after closing time and opens the next morning, local time', () => {
    const result = isOpenNow(newYork, new Date('2026-11-27T01:45:00Z')); // Thu 20:45 EST
    expect(result.open).toBe(false);
    expect(result.nextOpen?.toISOString()).toBe('2026-11-27T13:00:00.000Z'); // Fri 08:00 EST
  });

  it('opens later the same day when called before opening', () => {
    const result = isOpenNow(newYork, new Date('2026-11-27T11:59:30Z')); // Fri 06:59:30 EST
    expect(result.nextOpen?.toISOString()).toBe('2026-11-27T13:00:00.000Z');
  });

  it('skips closed days: Saturday evening -> Monday morning', () => {
    const result = isOpenNow(newYork, new Date('2026-11-28T23:30:00Z')); // Sat 18:30 EST
    expect(result.open).toBe(false);
    expect(result.nextOpen?.toISOString()).toBe('2026-11-30T13:00:00.000Z');
  });

  it('stays exact across a daylight-saving change', () => {
    // Saturday 28 March 2026, London; clocks go forward on Sunday 29 March. Monday 08:00 BST is 07:00 UTC.
    const result = isOpenNow(london, new Date('2026-03-28T12:00:00Z'));
    expect(result.nextOpen?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('treats the closing minute as closed', () => {
    expect(isOpenNow(london, new Date('2026-11-26T18:00:00Z')).open).toBe(false);
    expect(isOpenNow(london, new Date('2026-11-26T17:59:00Z')).open).toBe(true);
  });

  it('handles lines open until midnight and lines never open', () => {
    const late: OpeningHours = {
      timeZone: 'Asia/Tokyo',
      intervals: [{ days: ['thu'], open: '09:00', close: '24:00' }],
    };
    expect(isOpenNow(late, new Date('2026-11-26T14:59:00Z')).open).toBe(true); // Thu 23:59 JST
    expect(isOpenNow({ timeZone: 'UTC', intervals: [] }, new Date())).toEqual({ open: false });
  });
});
