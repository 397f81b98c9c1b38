/**
 * The advice speaks the reader's language: rendered with a made-up catalog in which every message is its key in
 * brackets, no English sentence, word or fragment is left in anything a user reads, the messages to copy come from
 * the "write in" language, and every date, list and plural goes through that language's formatting.
 */
import { describe, expect, it } from 'vitest';
import {
  type AdviceStep,
  type AdviseInput,
  PROBLEMS,
  adviceContext,
  advise,
  isStepTitleKey,
} from '../../../lib/advice';
import { composeMessage } from '../../../lib/advice/templates';
import { tiktokChannels } from '../../../lib/carriers/tiktok';
import type { TikTokChannels } from '../../../lib/carriers/types';
import { EN, ENGLISH } from '../../../lib/i18n/catalog';
import { createTranslator } from '../../../lib/i18n/translator';
import type { ShippingMode } from '../../../lib/order';
import { MARKET_CODES } from '../../../lib/regions';
import { pseudoCatalog } from '../../fixtures/pseudo-catalog';

// Japanese formatting writes dates and lists without Latin letters ("12月29日", "TH、VN"), so any Latin letter left
// after the catalog's tokens and the order's own values are taken out is English that escaped the catalog.
const READ = createTranslator('ja', pseudoCatalog('⟦', '⟧'), EN);
const WRITE = createTranslator('ja', pseudoCatalog('⟪', '⟫'), EN);

const ORDER_ID = '577318820461937205';
const TRACKING = '9400111202555842332669';
// A carrier name with no Latin letter, so that it cannot hide English next to it.
const CARRIER_NAME = '佐川急便';
const DATED = {
  ordered: '2026-11-10',
  shipped: '2026-11-12',
  estimatedDelivery: '2026-11-20',
  delivered: '2026-11-29',
  lastUpdate: '2026-11-28',
};
const MODES: (ShippingMode | undefined)[] = ['platform', 'seller', 'fulfilled-by-tiktok', undefined];
const CODES = new RegExp(`\\b(${[...MARKET_CODES, 'AU', 'CN'].join('|')})\\b`, 'g');

/** What is left of a shown text once the catalog's tokens and the values the order itself gave are taken out. */
function leftover(text: string): string {
  return text
    .replace(/⟦[^⟧]*⟧|⟪[^⟫]*⟫/g, '')
    .replace(/‹[A-Za-z]+:|›/g, ' ')
    .replaceAll(ORDER_ID, '')
    .replaceAll(TRACKING, '')
    .replaceAll(CARRIER_NAME, '')
    .replace(CODES, '');
}

/** Every text of a step a user reads, with where it is. */
function stepTexts(step: AdviceStep): [string, string][] {
  const texts: [string, string][] = [
    ['title', step.title],
    ['detail', step.detail],
  ];
  if (step.when) texts.push(['when', step.when]);
  if (step.note) texts.push(['note', step.note]);
  if (step.appliesIf) texts.push(['appliesIf', step.appliesIf]);
  texts.push('reason' in step.source ? ['reason', step.source.reason] : ['source', step.source.title]);
  for (const action of step.actions) {
    if (action.kind === 'in-app') for (const place of action.path) texts.push(['in-app', place]);
    if (action.kind === 'open' || action.kind === 'copy-message') texts.push([`${action.kind} label`, action.label]);
  }
  return texts;
}

function channelTexts(channels: TikTokChannels): string[] {
  const texts = [...(channels.inAppPath ?? [])];
  if (channels.inAppSource?.note) texts.push(channels.inAppSource.note);
  for (const page of [channels.help, channels.ticket, channels.policy, ...channels.more]) {
    if (!page) continue;
    texts.push(page.label);
    if (page.note) texts.push(page.note);
  }
  return texts;
}

function everyInput(): AdviseInput[] {
  const inputs: AdviseInput[] = [];
  for (const role of ['buyer', 'seller'] as const)
    for (const problem of PROBLEMS)
      for (const region of [...MARKET_CODES, 'AU', 'CN', undefined])
        for (const shippingMode of MODES)
          for (const [dates, today] of [
            [{}, '2026-12-01'],
            [DATED, '2026-12-01'],
            [DATED, '2027-02-10'],
            [{ delivered: '2026-11-29', lastUpdate: '2026-11-29' }, '2026-12-30'],
          ] as const) {
            inputs.push({
              problem,
              role,
              region,
              shippingMode,
              dates,
              today,
              ...(region === 'AU' ? {} : { carrier: 'usps' }),
              ...(Object.keys(dates).length > 0
                ? { orderId: ORDER_ID, trackingNumber: TRACKING, carrierName: CARRIER_NAME }
                : {}),
              text: READ,
              messageText: WRITE,
            });
          }
  return inputs;
}

describe('advice in another language', () => {
  const inputs = everyInput();

  it('leaves no English in any step, condition, link, path or note, for every problem, role, market and mode', () => {
    const leaks = new Set<string>();
    for (const input of inputs) {
      const at = `${input.role}/${input.problem}/${input.region}/${input.shippingMode}`;
      for (const step of advise(input))
        for (const [field, text] of stepTexts(step)) {
          if (/[A-Za-z]/.test(leftover(text))) leaks.add(`${at} ${step.id} ${field}: ${text}`);
          // Labels and advice are in the reader's language, never in the one the messages are written in.
          if (text.includes('⟪')) leaks.add(`${at} ${step.id} ${field} in the writing language: ${text}`);
        }
    }
    expect([...leaks]).toEqual([]);
  });

  it('writes the messages to copy wholly in the "write in" language', () => {
    const leaks = new Set<string>();
    let messages = 0;
    for (const input of inputs)
      for (const step of advise(input))
        for (const action of step.actions) {
          if (action.kind !== 'copy-message') continue;
          messages += 1;
          if (/[A-Za-z]/.test(leftover(action.text)) || action.text.includes('⟦')) leaks.add(action.text);
        }
    expect(messages).toBeGreaterThan(1000);
    expect([...leaks]).toEqual([]);
  });

  it('says what is unknown, and names the policy page, in the reader’s language', () => {
    const leaks = new Set<string>();
    for (const input of inputs) {
      const context = adviceContext(input);
      for (const text of [...context.unknowns, context.policy?.title ?? ''])
        if (/[A-Za-z]/.test(leftover(text))) leaks.add(text);
    }
    expect([...leaks]).toEqual([]);
    expect(adviceContext({ ...inputs[0]!, problem: 'stolen' as never }).unknowns).toEqual(['⟦advice.unknown.problem⟧']);
  });

  it('gives TikTok’s own channels (paths, pages, notes) in the reader’s language, for every market', () => {
    const leaks: string[] = [];
    for (const region of [...MARKET_CODES, 'CN', 'ZZ', undefined])
      for (const role of ['buyer', 'seller'] as const)
        for (const text of channelTexts(tiktokChannels(region, role, READ)))
          if (/[A-Za-z]/.test(leftover(text))) leaks.push(`${region} ${role}: ${text}`);
    expect(leaks).toEqual([]);
  });

  it('fills dates, counts and lists in through the language’s own formatting', () => {
    const steps = advise({
      problem: 'lost',
      role: 'seller',
      region: 'MY',
      shippingMode: 'platform',
      dates: { lastUpdate: '2026-11-28' },
      today: '2026-12-01',
      text: READ,
    });
    const claim = steps.find((step) => step.id === 'sea-claim')!;
    expect(claim.detail).toContain(
      '⟦advice.deadline.submitClaim.by⟧‹date:2027年1月6日›‹span:⟦advice.span.calendar⟧‹count:40››‹anchor:⟦advice.anchor.lastLogisticsUpdate⟧›‹anchorDate:11月28日›',
    );
    // The markets a rule is stated for, joined as Japanese joins a list.
    expect(claim.note).toContain('⟦advice.rule.assumed⟧‹regions:TH、VN›‹region:MY›');
    // A message to copy carries its dates with their year, in the writing language.
    const message = composeMessage('carrier-email', { problem: 'lost', role: 'seller', dates: DATED }, WRITE);
    expect(message).toContain('⟪advice.msg.line.ordered⟫‹date:2026年11月10日›');
  });

  it('keeps the message of each step’s title, which gives the same title in English', () => {
    const wrong = new Set<string>();
    // Titles do not depend on the dates: the inputs with full dates, of each problem, role, market and mode.
    for (const input of inputs.filter((_, index) => index % 4 === 1)) {
      const english = advise({ ...input, text: ENGLISH, messageText: ENGLISH });
      for (const [index, step] of advise(input).entries()) {
        if (!isStepTitleKey(step.titleKey)) wrong.add(`${step.id}: ${step.titleKey}`);
        if (step.title !== `⟦${step.titleKey}⟧`) wrong.add(`${step.id}: ${step.title}`);
        if (english[index]?.title !== ENGLISH.t(step.titleKey)) wrong.add(`${step.id} in English`);
      }
    }
    expect([...wrong]).toEqual([]);
  });
});
