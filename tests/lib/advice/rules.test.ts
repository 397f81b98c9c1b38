import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../lib/advice/dates';
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

  it('holds the rules the research gives, with their anchors', () => {
    const summary = DEADLINE_RULES.map((r) => [r.id, r.regions.join('/'), r.anchor, r.days, r.unit]);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['us-buyer-not-received-30d', 'US', 'delivered', 30, 'calendar'],
        ['us-buyer-money-back-90d', 'US', 'delivered', 90, 'calendar'],
        ['vn-buyer-returns-15d', 'VN', 'delivered', 15, 'calendar'],
        ['id-buyer-returns-6d', 'ID', 'delivered', 6, 'calendar'],
        ['gb-buyer-cancel-14d', 'GB', 'delivered', 14, 'calendar'],
        ['gb-buyer-returns-30d', 'GB', 'delivered', 30, 'calendar'],
        ['eu-buyer-withdraw-14d', 'IE/ES/DE/FR/IT', 'delivered', 14, 'calendar'],
        ['eu-buyer-returns-30d', 'IE/ES/DE/FR/IT', 'delivered', 30, 'calendar'],
        ['us-seller-lost-10-calendar', 'US', 'lastUpdate', 10, 'calendar'],
        ['us-seller-lost-7-business', 'US', 'lastUpdate', 7, 'business'],
        ['us-seller-insurance-claim-90d', 'US', 'shipped', 90, 'calendar'],
        ['sea-seller-claim-40d', 'TH/VN', 'lastUpdate', 40, 'calendar'],
        ['us-seller-tracking-edit-72h', 'US', 'shipped', 3, 'calendar'],
        ['us-seller-tracking-ticket-30d', 'US', 'ordered', 30, 'calendar'],
      ]),
    );
  });
});
