import { describe, expect, it } from 'vitest';
import {
  carrierRecordSchema,
  channelContactSchema,
  phoneContactSchema,
  trackingTemplateSchema,
} from '../../../lib/carriers/schema';

const sourced = { source: 'https://www.example-carrier.com/contact', checked: '2026-11-26', verified: true };

const record = () => ({
  id: 'usps',
  name: 'USPS',
  aliases: ['USPS'],
  countries: ['US'],
  website: 'https://www.usps.com',
  regions: {
    US: {
      phones: [{ e164: '+18002758777', display: '1-800-275-8777', ...sourced }],
      channels: [],
      tracking: {
        template: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={number}',
        copyNumber: false,
        ...sourced,
      },
    },
  },
});

describe('carrier schema', () => {
  it('accepts a well-formed record', () => {
    expect(carrierRecordSchema.safeParse(record()).success).toBe(true);
  });

  it('rejects an id that is not an agreed carrier id', () => {
    expect(carrierRecordSchema.safeParse({ ...record(), id: 'usps-2' }).success).toBe(false);
  });

  it('rejects UK as a country code (GB is the ISO code)', () => {
    const r = record();
    expect(carrierRecordSchema.safeParse({ ...r, countries: ['UK'], regions: { UK: r.regions.US } }).success).toBe(
      false,
    );
  });

  it('rejects a region entry for a country the carrier does not list', () => {
    const r = record();
    expect(carrierRecordSchema.safeParse({ ...r, regions: { ...r.regions, FR: r.regions.US } }).success).toBe(false);
  });

  it('rejects a carrier without any phone that does not say why', () => {
    const r = record();
    const entry = { ...r.regions.US, phones: [] };
    expect(carrierRecordSchema.safeParse({ ...r, regions: { US: entry } }).success).toBe(false);
    expect(
      carrierRecordSchema.safeParse({ ...r, regions: { US: { ...entry, noPhoneNote: 'No public line.' } } }).success,
    ).toBe(true);
  });

  it.each([
    ['+18002758777', undefined, true],
    ['+4412', undefined, false], // too short
    ['+0123456789', undefined, false], // country code cannot start with 0
    ['1-800-275-8777', undefined, false], // display form, not E.164
    ['11185', undefined, false], // short code without a note saying so
    ['11185', 'Domestic short code in mainland China.', true],
  ])('phone %s (note %s) valid: %s', (e164, note, ok) => {
    expect(phoneContactSchema.safeParse({ e164, display: e164, ...sourced, note }).success).toBe(ok);
  });

  it('rejects http sources and non-dates', () => {
    const phone = { e164: '+18002758777', display: 'x' };
    expect(phoneContactSchema.safeParse({ ...phone, ...sourced, source: 'http://usps.com' }).success).toBe(false);
    expect(phoneContactSchema.safeParse({ ...phone, ...sourced, checked: '2026-02-30' }).success).toBe(false);
    expect(phoneContactSchema.safeParse({ ...phone, ...sourced, checked: '26/11/2026' }).success).toBe(false);
  });

  it('allows mailto: only for email channels', () => {
    const email = { kind: 'email', url: 'mailto:help@example-carrier.com', label: 'Email', ...sourced };
    expect(channelContactSchema.safeParse(email).success).toBe(true);
    expect(channelContactSchema.safeParse({ ...email, kind: 'contact-page' }).success).toBe(false);
    expect(channelContactSchema.safeParse({ ...email, url: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('requires {number} in a template unless copyNumber is true', () => {
    const t = { template: 'https://www.ups.com/track?tracknum={number}', copyNumber: false, ...sourced };
    expect(trackingTemplateSchema.safeParse(t).success).toBe(true);
    expect(trackingTemplateSchema.safeParse({ ...t, template: 'https://www.ups.com/track' }).success).toBe(false);
    expect(
      trackingTemplateSchema.safeParse({ ...t, template: 'https://www.ups.com/track', copyNumber: true }).success,
    ).toBe(true);
    expect(trackingTemplateSchema.safeParse({ ...t, template: 'http://www.ups.com/t?n={number}' }).success).toBe(false);
  });

  it('validates opening hours', () => {
    const phone = { e164: '+18002758777', display: 'x', ...sourced };
    const hours = { timeZone: 'America/New_York', intervals: [{ days: ['mon'], open: '08:00', close: '20:30' }] };
    expect(phoneContactSchema.safeParse({ ...phone, hours }).success).toBe(true);
    expect(phoneContactSchema.safeParse({ ...phone, hours: { ...hours, timeZone: 'Mars/Olympus' } }).success).toBe(
      false,
    );
    const backwards = { ...hours, intervals: [{ days: ['mon'], open: '20:00', close: '08:00' }] };
    expect(phoneContactSchema.safeParse({ ...phone, hours: backwards }).success).toBe(false);
  });
});
