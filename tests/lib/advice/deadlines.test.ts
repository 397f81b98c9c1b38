import { describe, expect, it } from 'vitest';
import { deadlineSentence, resolveRule, ruleDate, ruleScope } from '../../../lib/advice/deadlines';
import { ruleById } from '../../../lib/advice/rules';

describe('ruleDate', () => {
  it('counts 30 days after Delivered for US non-receipt', () => {
    expect(ruleDate(ruleById('us-buyer-not-received-30d'), { delivered: '2026-11-29' })).toBe('2026-12-29');
  });

  it("reproduces TikTok's own SEA example: last update 1 Feb 2024, claim by 11 Mar 2024", () => {
    expect(ruleDate(ruleById('sea-seller-claim-40d'), { lastUpdate: '2024-02-01' })).toBe('2024-03-11');
  });

  it('counts business days for the US 7-business-day lost rule', () => {
    // Friday 20 Nov 2026 + 7 business days = Tuesday 1 Dec 2026.
    expect(ruleDate(ruleById('us-seller-lost-7-business'), { lastUpdate: '2026-11-20' })).toBe('2026-12-01');
    expect(ruleDate(ruleById('us-seller-lost-10-calendar'), { lastUpdate: '2026-11-20' })).toBe('2026-11-30');
  });

  it('counts the insurance window from the ship date', () => {
    expect(ruleDate(ruleById('us-seller-insurance-claim-90d'), { shipped: '2026-11-01' })).toBe('2027-01-30');
  });

  it('gives no date without the anchor date', () => {
    expect(ruleDate(ruleById('us-buyer-not-received-30d'), { shipped: '2026-11-01' })).toBeUndefined();
  });
});

describe('resolveRule', () => {
  it('applies a rule only to its markets and role', () => {
    const rule = ruleById('vn-buyer-returns-15d');
    expect(ruleScope(rule, 'VN', 'buyer')).toBe('stated');
    expect(ruleScope(rule, 'US', 'buyer')).toBeUndefined();
    expect(ruleScope(rule, 'VN', 'seller')).toBeUndefined();
    expect(ruleScope(rule, undefined, 'buyer')).toBeUndefined();
  });

  it('flags a rule extended to a market its source does not name', () => {
    const my = resolveRule('sea-seller-claim-40d', { region: 'MY', role: 'seller', dates: {}, today: '2026-12-01' });
    expect(my?.uncertain).toBe(true);
    expect(my?.note).toBe(
      "The source states this for TH and VN; we assume it holds in MY. Counted as TikTok's example does: last update 1 Feb 2024, claim by 11 Mar 2024.",
    );
    const th = resolveRule('sea-seller-claim-40d', { region: 'TH', role: 'seller', dates: {}, today: '2026-12-01' });
    expect(th?.uncertain).toBe(false);
  });

  it('says plainly when a window has passed or is close', () => {
    const context = { region: 'US', role: 'buyer' as const, dates: { delivered: '2026-11-29' } };
    const open = resolveRule('us-buyer-not-received-30d', { ...context, today: '2026-12-01' })!;
    expect(open.status).toBe('open');
    expect(deadlineSentence(open, '2026-12-01', 'request')).toBe(
      'Request it by Dec 29 (30 calendar days after the Delivered status on Nov 29).',
    );
    const soon = resolveRule('us-buyer-not-received-30d', { ...context, today: '2026-12-27' })!;
    expect(soon.status).toBe('due-soon');
    expect(deadlineSentence(soon, '2026-12-27', 'request')).toBe(
      'Request it by Dec 29 (30 calendar days after the Delivered status on Nov 29). That is very soon: do it now.',
    );
    const passed = resolveRule('us-buyer-not-received-30d', { ...context, today: '2027-01-05' })!;
    expect(passed.status).toBe('passed');
    expect(deadlineSentence(passed, '2027-01-05', 'request')).toBe(
      'The window to request it ended on Dec 29, 2026 (30 calendar days after the Delivered status on Nov 29, 2026). Ask anyway: explain the delay and keep a record.',
    );
  });
});
