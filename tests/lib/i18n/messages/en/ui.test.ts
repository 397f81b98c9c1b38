import { describe, expect, it } from 'vitest';
import { CONTACT_CHANNELS } from '../../../../../lib/advice/case-log';
import type { ProblemSignal } from '../../../../../lib/advice/likely';
import { type Evidence, PROBLEMS, type Party } from '../../../../../lib/advice/types';
import { contactCaveatSchema, officialAnswerSchema, trackingAskSchema } from '../../../../../lib/carriers/schema';
import { CASE_STATES } from '../../../../../lib/cases/types';
import type { OrderStatus } from '../../../../../lib/order';
import type { Settings } from '../../../../../lib/settings';
import type { Basis, Confidence, EvidenceGrade } from '../../../../../lib/tracking/types';
import { STATE_FILTERS } from '../../../../../entrypoints/cases/CasesPage';
import { createTranslator } from '../../../../../lib/i18n/translator';
import { UI_EN } from '../../../../../lib/i18n/messages/en/ui';
import { unreadableArguments } from '../../../../fixtures/pseudo-catalog';

describe('the English UI catalog', () => {
  it('holds ICU messages whose arguments all have names a translator can read', () => {
    expect(unreadableArguments(UI_EN)).toEqual([]);
    // The check can fail: positional arguments, as the pages had before, and broken ICU are caught.
    expect(unreadableArguments({ packageN: 'Package {0}', broken: 'Call {carrier' })).toHaveLength(2);
  });

  it('has no `_one`/`_other` pairs left: counts are ICU plurals inside one message', () => {
    // `contact_other` is the channel "Other", not a plural form: a pair is a base with `_one` and `_other`.
    const keys = new Set(Object.keys(UI_EN));
    const bases = [...keys].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length));
    expect(
      bases.filter((base) => ['zero', 'one', 'two', 'few', 'many'].some((form) => keys.has(`${base}_${form}`))),
    ).toEqual([]);
  });

  it('says counts in the plural form English needs', () => {
    const text = createTranslator('en', UI_EN, UI_EN);
    expect(text.t('casesShown', { shown: 1, total: 4 })).toBe('1 case shown, 4 in all.');
    expect(text.t('casesShown', { shown: 2, total: 4 })).toBe('2 cases shown, 4 in all.');
    expect(text.t('badgeCasesDue', { count: 1 })).toBe('Carrier Finder: 1 case due today');
    expect(text.t('badgeCasesDue', { count: 3 })).toBe('Carrier Finder: 3 cases due today');
  });
});

/*
 * Keys the pages build from data (`t(`status_${status}`)`, `tMaybe(`contact_${channel}`)`): each family must hold a
 * message for every value the data can take. The lists are typed against the data's own types, so a new value that
 * is not listed here fails the type check, and one without its message fails below.
 */
const STATUSES = Object.keys({
  'awaiting-payment': 1,
  'awaiting-shipment': 1,
  'awaiting-collection': 1,
  'in-transit': 1,
  delivered: 1,
  completed: 1,
  cancelled: 1,
  returned: 1,
  'delivery-failed': 1,
} satisfies Record<OrderStatus, 1>);
const PARTIES = Object.keys({
  seller: 1,
  buyer: 1,
  tiktok: 1,
  carrier: 1,
  'card-issuer': 1,
  self: 1,
} satisfies Record<Party, 1>);
const EVIDENCE = Object.keys({
  'order-id': 1,
  'tracking-number': 1,
  photos: 1,
  'unboxing-video': 1,
  label: 1,
  'proof-of-address': 1,
  'delivery-photo': 1,
  receipt: 1,
  'customs-documents': 1,
} satisfies Record<Evidence, 1>);
const BASES = Object.keys({ 'check-digit': 1, prefix: 1, length: 1 } satisfies Record<Basis, 1>);
const GRADES = Object.keys({ a: 1, b: 1, c: 1, d: 1 } satisfies Record<EvidenceGrade, 1>);
const CONFIDENCES = Object.keys({ high: 1, medium: 1, low: 1 } satisfies Record<Confidence, 1>);
const SIGNALS = Object.keys({
  unshipped: 1,
  returned: 1,
  delivered: 1,
  'no-scan': 1,
  overdue: 1,
} satisfies Record<ProblemSignal['reason'], 1>);
const ROLES = Object.keys({ auto: 1, buyer: 1, seller: 1 } satisfies Record<Settings['role'], 1>);
const ACTIONS = officialAnswerSchema.shape.action.options;

describe('message families the pages build from data', () => {
  it.each([
    ['status_', STATUSES],
    ['problem_', PROBLEMS],
    ['who_', PARTIES],
    ['have_', EVIDENCE],
    ['contact_', CONTACT_CHANNELS],
    ['state_', CASE_STATES],
    ['casesFilter_', STATE_FILTERS],
    ['role_', ROLES],
    ['roleHint_', ROLES],
    ['reason_', BASES],
    ['basis_', BASES],
    ['grade_', GRADES],
    ['confidence_', CONFIDENCES],
    ['signal_', SIGNALS],
    ['ask_', trackingAskSchema.options],
    ['caveat_', contactCaveatSchema.options],
    ['answer_', ACTIONS],
    ['answerGo_', ACTIONS],
    ['notOrderNext_', ['buyer', 'seller']],
    ['noPhoneNext_', ['buyer', 'seller']],
  ])('%s has a message for each value', (prefix, values) => {
    expect(values.length).toBeGreaterThan(1);
    expect(values.filter((value) => !Object.hasOwn(UI_EN, `${prefix}${value}`))).toEqual([]);
  });

  it('has a seller’s version only of the carrier answers that send the user to the sender or the shop', () => {
    const sellers = Object.keys(UI_EN).filter((key) => /^answer_.*_seller$/.test(key));
    expect(sellers.toSorted()).toEqual(['answer_contact-retailer_seller', 'answer_contact-sender_seller']);
  });
});
