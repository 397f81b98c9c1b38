import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../lib/advice/dates';
import { resolveRule } from '../../../lib/advice/deadlines';
import { DEADLINE_RULES, ruleById } from '../../../lib/advice/rules';
import { ENGLISH } from '../../../lib/i18n/catalog';
import { isMarket } from '../../../lib/regions';

describe('deadline rules data', () => {
  it('gives every rule an https source with a title and a checked date', () => {
    const bad = DEADLINE_RULES.filter(
      (rule) =>
        !rule.source.url.startsWith('https://') ||
        ENGLISH.t(rule.source.title).length < 10 ||
        !isIsoDate(rule.source.checked) ||
        rule.days <= 0,
    ).map((rule) => rule.id);
    expect(bad).toEqual([]);
  });

  it('names only known markets, and explains every uncertain rule', () => {
    const bad: string[] = [];
    for (const rule of DEADLINE_RULES) {
      for (const region of [...rule.regions, ...('assumedRegions' in rule ? rule.assumedRegions : [])]) {
        if (!isMarket(region)) bad.push(`${rule.id}: ${region}`);
      }
      const uncertain = 'uncertain' in rule && rule.uncertain;
      if (uncertain && !('note' in rule && ENGLISH.t(rule.note).length > 10)) bad.push(`${rule.id}: no note`);
    }
    expect(bad).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = DEADLINE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ruleById('us-buyer-not-received-30d').days).toBe(30);
  });

  // One order, and the day each policy gives for it, worked out by hand from the policy's words (a calendar, not this
  // code): ordered Tue 3 Nov 2026, shipped Wed 4 Nov, delivered Fri 6 Nov, last logistics update Fri 20 Nov.
  const ORDER = { ordered: '2026-11-03', shipped: '2026-11-04', delivered: '2026-11-06', lastUpdate: '2026-11-20' };
  it.each([
    // "within 30 days of the Delivered update" and the like: the 30th day after it.
    ['us-buyer-not-received-30d', 'US', 'buyer', '2026-12-06'],
    ['us-buyer-money-back-90d', 'US', 'buyer', '2027-02-04'],
    ['vn-buyer-returns-15d', 'VN', 'buyer', '2026-11-21'],
    ['id-buyer-returns-6d', 'ID', 'buyer', '2026-11-12'],
    ['gb-buyer-cancel-14d', 'GB', 'buyer', '2026-11-20'],
    ['gb-buyer-returns-30d', 'GB', 'buyer', '2026-12-06'],
    ['eu-buyer-withdraw-14d', 'DE', 'buyer', '2026-11-20'],
    ['eu-buyer-returns-30d', 'IT', 'buyer', '2026-12-06'],
    // Lost after 10 calendar days, or 7 business days (Mon-Fri), without a scan.
    ['us-seller-lost-10-calendar', 'US', 'seller', '2026-11-30'],
    ['us-seller-lost-7-business', 'US', 'seller', '2026-12-01'],
    ['us-seller-insurance-claim-90d', 'US', 'seller', '2027-02-02'],
    // TikTok's own example counts the 40 days inclusively: last update 1 Feb 2024, claim by 11 Mar 2024.
    ['sea-seller-claim-40d', 'TH', 'seller', '2026-12-29'],
    ['sea-seller-stuck-2-business', 'VN', 'seller', '2026-11-24'],
    ['us-seller-tracking-edit-72h', 'US', 'seller', '2026-11-07'],
    ['us-seller-tracking-ticket-30d', 'US', 'seller', '2026-12-03'],
  ] as const)('%s in %s for a %s: %s', (id, region, role, date) => {
    expect(resolveRule(id, { region, role, dates: ORDER, today: '2026-11-06' })?.date).toBe(date);
  });

  it('counts TikTok’s own SEA example as TikTok does', () => {
    const claim = resolveRule('sea-seller-claim-40d', {
      region: 'TH',
      role: 'seller',
      dates: { lastUpdate: '2024-02-01' },
      today: '2024-02-01',
    });
    expect(claim?.date).toBe('2024-03-11');
  });

  it('applies a rule only to its markets and role, and says when it is assumed', () => {
    const context = { role: 'seller' as const, dates: ORDER, today: '2026-11-06' };
    expect(resolveRule('sea-seller-claim-40d', { ...context, region: 'US' })).toBeUndefined();
    expect(resolveRule('sea-seller-claim-40d', { ...context, role: 'buyer', region: 'TH' })).toBeUndefined();
    expect(resolveRule('sea-seller-claim-40d', { ...context, region: 'TH' })?.uncertain).toBe(false);
    expect(resolveRule('sea-seller-claim-40d', { ...context, region: 'MY' })?.uncertain).toBe(true);
  });
});
