/**
 * Advice reads right for the person reading it: a seller is never told to ask the seller, nothing speaks of how the
 * rules were found, and an order that has not shipped is never asked for its tracking number.
 */
import { describe, expect, it } from 'vitest';
import { type AdviceStep, PROBLEMS, adviceContext, advise } from '../../../lib/advice';
import type { ShippingMode } from '../../../lib/order';
import { MARKET_CODES } from '../../../lib/regions';

const MODES: (ShippingMode | undefined)[] = ['platform', 'seller', 'fulfilled-by-tiktok', undefined];
const DATED = {
  ordered: '2026-11-10',
  shipped: '2026-11-12',
  estimatedDelivery: '2026-11-20',
  delivered: '2026-11-29',
  lastUpdate: '2026-11-20',
};
const ASK_THE_SELLER = /\b(ask|message|contact|write to|call) the seller\b|\bthe seller (has not|cannot)\b/i;
const GATHERING = /research|public code|seen in|\bgrade\b/i;

/** The words a step shows (its source's title is provenance, behind the info control, and not advice). */
function shown(step: AdviceStep): string[] {
  const texts = [step.title, step.detail, step.when ?? '', step.note ?? '', step.appliesIf ?? ''];
  if ('reason' in step.source) texts.push(step.source.reason);
  for (const action of step.actions) {
    if (action.kind === 'open' || action.kind === 'copy-message') texts.push(action.label);
    if (action.kind === 'copy-message') texts.push(action.text);
  }
  return texts;
}

function everyAdvice(role: 'buyer' | 'seller') {
  const out: { at: string; steps: AdviceStep[]; unknowns: string[] }[] = [];
  for (const problem of PROBLEMS)
    for (const region of [...MARKET_CODES, undefined])
      for (const shippingMode of MODES)
        for (const dates of [{}, DATED]) {
          const input = { problem, role, region, shippingMode, dates, today: '2026-12-01', carrier: 'usps' };
          const steps = advise(input);
          out.push({
            at: `${problem}/${region}/${shippingMode}`,
            steps,
            unknowns: adviceContext(input, steps).unknowns,
          });
        }
  return out;
}

describe('advice wording', () => {
  it('never tells a seller to ask, message or wait for the seller', () => {
    const found: string[] = [];
    for (const { at, steps } of everyAdvice('seller'))
      for (const step of steps)
        for (const text of shown(step)) if (ASK_THE_SELLER.test(text)) found.push(`${at} ${step.id}: ${text}`);
    expect(found).toEqual([]);
  });

  it('never speaks of research or evidence grades', () => {
    const found: string[] = [];
    for (const role of ['buyer', 'seller'] as const)
      for (const { at, steps, unknowns } of everyAdvice(role))
        for (const text of [...steps.flatMap(shown), ...unknowns])
          if (GATHERING.test(text)) found.push(`${at}: ${text}`);
    expect(found).toEqual([]);
  });

  it('asks nobody to have a tracking number ready for an order that has not shipped', () => {
    const found: string[] = [];
    for (const role of ['buyer', 'seller'] as const)
      for (const { at, steps } of everyAdvice(role).filter((a) => a.at.startsWith('awaiting-shipment/'))) {
        for (const step of steps) {
          if (step.have.includes('tracking-number')) found.push(`${role} ${at} ${step.id}: have`);
          for (const action of step.actions)
            if (action.kind === 'copy-message' && action.text.includes('Tracking number'))
              found.push(`${role} ${at} ${step.id}: message`);
        }
      }
    expect(found).toEqual([]);
  });

  it('a buyer waiting for shipment: ask when it ships; the number comes with the shipment', () => {
    const steps = advise({
      problem: 'awaiting-shipment',
      role: 'buyer',
      region: 'US',
      dates: { ordered: '2026-11-25' },
      today: '2026-11-30',
      orderId: '577318820461937205',
    });
    const seller = steps.find((step) => step.id === 'message-seller')!;
    expect(seller.detail).toBe(
      'Ask the seller when the order will ship. Once it does, the tracking number appears on the order and Carrier Finder can show the carrier.',
    );
    const message = seller.actions.find((action) => action.kind === 'copy-message');
    expect(message?.kind === 'copy-message' && message.text).toBe(
      [
        'Hello,',
        '',
        'My order placed on Nov 25, 2026 has not shipped yet and has no tracking number.',
        '',
        'Order number: 577318820461937205',
        'Ordered: Nov 25, 2026',
        '',
        'Could you please tell me when it will ship, or cancel and refund it if it cannot ship soon?',
        '',
        'Thank you.',
      ].join('\n'),
    );
  });

  it('a US seller with Seller Shipping uploads the number that comes with the label', () => {
    const steps = advise({
      problem: 'awaiting-shipment',
      role: 'seller',
      region: 'US',
      shippingMode: 'seller',
      dates: {},
      today: '2026-11-30',
    });
    const upload = steps.find((step) => step.id === 'upload-tracking')!;
    expect(upload.have).toEqual(['order-id', 'label']);
    expect(upload.detail).toMatch(
      /^Once the label is bought, add its tracking number: Manage Orders > Awaiting shipment > Add tracking info/,
    );
  });
});
