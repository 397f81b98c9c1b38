import { assert, property, string } from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, composeMessage, MAX_MESSAGE_LENGTH, type MessageKind } from '../../../lib/advice/templates';
import { PROBLEMS } from '../../../lib/advice/types';

const KINDS: MessageKind[] = [
  'tiktok-chat',
  'tiktok-ticket',
  'seller-message',
  'buyer-message',
  'carrier-email',
  'carrier-call-notes',
];
/** Control and invisible format characters, other than the line breaks the template itself writes. */
function hasControl(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n') continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
    if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e)) return true;
    if ((code >= 0x2066 && code <= 0x2069) || code === 0xfeff) return true;
  }
  return false;
}

describe('composeMessage', () => {
  it('fills order, tracking, carrier, dates and the problem', () => {
    const text = composeMessage('tiktok-ticket', {
      problem: 'not-received',
      role: 'buyer',
      orderId: '577123456789012345',
      trackingNumber: '1Z999AA10123456784',
      carrierName: 'UPS',
      dates: { shipped: '2026-11-20', delivered: '2026-11-29' },
    });
    expect(text).toContain('Subject: Marked delivered but not received (order 577123456789012345)');
    expect(text).toContain('Tracking number: 1Z999AA10123456784 (UPS)');
    expect(text).toContain('Shipped: Nov 20, 2026 · Delivered: Nov 29, 2026');
    expect(text).toContain('as delivered on Nov 29, 2026');
    expect(text).toMatch(/^Subject:.*\n\nHello,/);
  });

  it('uses neutral placeholders for what is missing', () => {
    const text = composeMessage('seller-message', { problem: 'delayed', role: 'buyer' });
    expect(text).toContain('Order number: [order number]');
    expect(text).toContain('Tracking number: [tracking number] ([carrier])');
    expect(text).not.toMatch(/undefined|null|NaN/);
  });

  it('ignores dates that are not real dates', () => {
    const text = composeMessage('carrier-email', {
      problem: 'lost',
      role: 'seller',
      dates: { lastUpdate: '2026-02-30', shipped: '<b>' },
    });
    expect(text).not.toContain('2026-02-30');
    expect(text).not.toContain('<b>');
    expect(text).not.toContain('Shipped:');
  });

  it('writes call notes with what to write down', () => {
    const text = composeMessage('carrier-call-notes', {
      problem: 'lost',
      role: 'buyer',
      carrierName: 'Evri',
      trackingNumber: 'H01234567890123',
    });
    expect(text.split('\n')[0]).toBe('Call notes: Evri');
    expect(text).toContain('reference or case number');
  });

  it('has a text for every kind, problem and role', () => {
    for (const kind of KINDS) {
      for (const problem of PROBLEMS) {
        for (const role of ['buyer', 'seller'] as const) {
          const text = composeMessage(kind, { problem, role, orderId: '1' });
          expect(text.length).toBeGreaterThan(40);
          expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
        }
      }
    }
  });
});

describe('hostile input stays bounded plain text', () => {
  it('keeps markup as inert text, bounded', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const text = composeMessage('tiktok-chat', {
      problem: 'lost',
      role: 'buyer',
      orderId: payload,
      carrierName: payload,
    });
    // The message is plain text: the markup survives only as characters, shortened to the field bound.
    expect(text).toContain('Order number: <img src=x onerror=alert(1)>');
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });

  it('bounds 10,000-character fields', () => {
    const huge = 'A'.repeat(10_000);
    const text = composeMessage('carrier-email', {
      problem: 'damaged',
      role: 'seller',
      orderId: huge,
      trackingNumber: huge,
      carrierName: huge,
    });
    expect(text.length).toBeLessThan(600);
    expect(text).toContain(`Order number: ${'A'.repeat(39)}…`);
  });

  it('strips control characters and cannot inject lines', () => {
    const text = composeMessage('tiktok-ticket', {
      problem: 'delayed',
      role: 'buyer',
      orderId: '123\u0000\u0007\u001b[31m456',
      carrierName: 'DHL\r\nOrder number: 999\u202egnp.exe',
      trackingNumber: '\u200bJD014600006281230704\ufeff',
    });
    expect(hasControl(text)).toBe(false);
    expect(text).toContain('Order number: 123[31m456');
    expect(text).toContain('(DHL Order number: 999gnp.exe)');
    expect(text.match(/^Order number:/gm)).toHaveLength(1);
    expect(text).toContain('Tracking number: JD014600006281230704');
  });

  it('never lets arbitrary input out of bounds or leak control characters', () => {
    assert(
      property(string({ maxLength: 3000, unit: 'binary' }), string({ unit: 'grapheme' }), (a, b) => {
        for (const kind of KINDS) {
          const text = composeMessage(kind, {
            problem: 'lost',
            role: 'buyer',
            orderId: a,
            trackingNumber: b,
            carrierName: a + b,
          });
          expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
          expect(hasControl(text)).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('cleanText', () => {
  it('returns undefined for empty or non-string values', () => {
    expect(cleanText('  \u0000 \n ', 10)).toBeUndefined();
    expect(cleanText(42, 10)).toBeUndefined();
    expect(cleanText({ toString: () => 'x' }, 10)).toBeUndefined();
  });

  it('counts code points, not UTF-16 units, so emoji are not split', () => {
    const out = cleanText('📦'.repeat(50), 10)!;
    expect(Array.from(out)).toHaveLength(10);
    expect(out.isWellFormed()).toBe(true);
  });
});
