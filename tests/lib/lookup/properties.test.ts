/**
 * Properties of the lookup over generated input (fast-check): a valid number survives whatever separators a person's
 * copy-paste puts inside it, and random text never yields a number whose check digit fails.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookup } from '../../../lib/lookup';
import { TRACKING_FORMATS } from '../../../lib/tracking/formats';
import { LOOSE_FORMAT_IDS } from '../../../lib/tracking/identify';
import { formatPatterns, generateNumber, seededRandom } from '../tracking/generate';

/**
 * Digit-only numbers the lookup refuses by design, whatever their spacing: phone lengths (11 digits or fewer), a
 * trunk 0 on 12-13 digits, an international 00 on up to 15, and 17-19 digits (TikTok order, product and package ids).
 */
function refusedByDesign(number: string): boolean {
  if (!/^\d+$/.test(number)) return false;
  const n = number.length;
  return n <= 11 || (n <= 13 && number.startsWith('0')) || (n <= 15 && number.startsWith('00')) || (n >= 17 && n <= 19);
}

/** True when position `p` of `number` falls between two letters of a run of five or more letters. */
function insideWord(number: string, p: number): boolean {
  if (!/[A-Z]/.test(number[p - 1] ?? '') || !/[A-Z]/.test(number[p] ?? '')) return false;
  let start = p - 1;
  while (start > 0 && /[A-Z]/.test(number[start - 1]!)) start--;
  let end = p;
  while (end < number.length && /[A-Z]/.test(number[end]!)) end++;
  return end - start >= 5;
}

/** What people's copy-paste puts between characters: spaces, dashes, line breaks, invisible characters. */
const SEPARATORS = [' ', '-', '\n', '\r\n', '\u200b', '\u00ad', '\u00a0', '\u2060', '–'];

/**
 * The formats this property covers: those the lookup reads in free text, as scan() does (a check digit, or a
 * distinctive prefix at medium or high confidence), except those with a body of any length (DHL eCommerce GM),
 * whose end is a guess once separators are inside them. Low-confidence formats (bare 14 or 16 digits, "ABC" + 9
 * digits...) are guesses the lookup makes only for a selection that holds nothing else, and a piece of such a
 * number spaced apart can be a verified number of its own ("TTQ K1093778701": a word, then a UPS waybill); they are
 * tested alone in ./selections.test.ts.
 */
const READ_IN_FREE_TEXT = formatPatterns(TRACKING_FORMATS).filter(
  ({ format }) =>
    (format.checksum !== undefined || (format.prefixed && format.confidence !== 'low')) &&
    !['dhl-ecommerce-gm', 'dhl-ecommerce', 'dhl-parcel'].includes(format.id) &&
    // Loose bodies of any length (Ninja Van's shipper reference) end where the text says, not where the number does.
    !LOOSE_FORMAT_IDS.has(format.id) &&
    // GHTK's dots are part of its number (S1.A1.17373471): read with its dots intact, tested in ./selections.test.ts.
    format.id !== 'ghtk-label',
);

describe('lookup: separators inside a valid number (property)', () => {
  it('never loses the number, and identifies it', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom(...READ_IN_FREE_TEXT),
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(
          ['Tracking: ', '.'],
          ['Mã vận đơn: ', ''],
          ['追跡番号：', '。'],
          ['Resi ', ' ya kak'],
          ['“', '”'],
        ),
        (seed, { format, pattern }, positions, separators, [before, after]) => {
          const number = generateNumber(format, pattern, seededRandom(seed))!;
          fc.pre(!refusedByDesign(number));
          // Copy-paste and labels split numbers between characters, not inside a word: no cut inside a run of five or
          // more letters ("SHOPEEVTPVN" stays whole; "1Z", "EE" and "CN" split from digits as printed).
          const cuts = positions.filter((p) => p < number.length && !insideWord(number, p)).toSorted((a, b) => a - b);
          let printed = '';
          let from = 0;
          cuts.forEach((cut, k) => {
            printed += number.slice(from, cut) + separators[k];
            from = cut;
          });
          printed += number.slice(from);
          const text = `${before}${printed}${after}`;
          const pkg = lookup(text).find((p) => p.trackingNumber === number);
          expect({ text, found: pkg !== undefined, identified: pkg?.carrier !== undefined }).toEqual({
            text,
            found: true,
            identified: true,
          });
          // S10 carriers come from the country code; the others must be among the carriers offered.
          const offered = [pkg!.carrier, ...(pkg!.alternatives ?? [])];
          expect(offered, `${format.id} ${JSON.stringify(text)}`).toContain(
            format.carrierFromS10Country ? pkg!.carrier : format.carrier,
          );
        },
      ),
      { numRuns: 1500 },
    );
  }, 30_000);
});

// ---- Independent check-digit rules (written here from the carriers' specifications, not taken from lib/) --------

/** UPS 1Z: letters as (ord - 63) % 10 digits, odd positions x1, even x2, check = (10 - sum % 10) % 10. */
function upsCheck(body: string): number {
  let sum = 0;
  [...body].forEach((char, k) => {
    const value = /\d/.test(char) ? Number(char) : (char.charCodeAt(0) - 63) % 10;
    sum += k % 2 === 1 ? value * 2 : value;
  });
  return (10 - (sum % 10)) % 10;
}
/** USPS IMpb: weights 3 and 1 from the right of the payload, check = (10 - sum % 10) % 10. */
function uspsCheck(payload: string): number {
  let sum = 0;
  [...payload].toReversed().forEach((digit, k) => (sum += Number(digit) * (k % 2 === 0 ? 3 : 1)));
  return (10 - (sum % 10)) % 10;
}
/** UPU S10: weights 8 6 4 2 3 5 9 7, check = 11 - sum % 11, with 10 -> 0 and 11 -> 5. */
function s10Check(serial: string): number {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const check = 11 - ([...serial].reduce((sum, digit, k) => sum + Number(digit) * weights[k]!, 0) % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/** The check digit of a number of one of these shapes verifies; undefined for other shapes. */
function verifies(number: string): boolean | undefined {
  if (/^1Z[0-9A-Z]{15}\d$/.test(number)) return upsCheck(number.slice(2, 17)) === Number(number.slice(17));
  if (/^9[2345]\d{20}$/.test(number)) return uspsCheck(number.slice(0, 21)) === Number(number.slice(21));
  if (/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(number)) return s10Check(number.slice(2, 10)) === Number(number.charAt(10));
  return undefined;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

const digitsArb = (min: number, max: number) =>
  fc.array(fc.constantFrom(...DIGITS), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** A valid number of one of the three shapes above, or the same with its check digit changed. */
const numberArb = fc
  .tuple(
    fc.constantFrom('ups', 'usps', 's10'),
    fc.array(fc.constantFrom(...ALNUM), { minLength: 15, maxLength: 15 }).map((c) => c.join('')),
    digitsArb(20, 20),
    digitsArb(8, 8),
    fc.constantFrom('GB', 'CN', 'US', 'TH', 'VN', 'MY', 'JP', 'DE', 'FR', 'BR', 'MX', 'SG'),
    fc.constantFrom('RB', 'EE', 'LX', 'CP', 'RR', 'EA'),
    fc.integer({ min: 0, max: 9 }),
  )
  .map(([kind, body, impb, serial, country, service, wrong]) => {
    let valid: string;
    if (kind === 'ups') valid = `1Z${body}${upsCheck(body)}`;
    else if (kind === 'usps') valid = `94${impb.slice(1)}${uspsCheck(`94${impb.slice(1)}`)}`;
    else valid = `${service}${serial}${s10Check(serial)}${country}`;
    if (wrong === 0) return valid;
    // The same number with its check digit changed: a typo.
    const at = kind === 's10' ? valid.length - 3 : valid.length - 1;
    return valid.slice(0, at) + String((Number(valid.charAt(at)) + wrong) % 10) + valid.slice(at + 1);
  });

/** Words with no carrier name in them, in a few languages. */
const WORDS = [
  'Tracking',
  'number',
  'Resi',
  'Mã vận đơn',
  '追跡番号',
  'Bestellung',
  'thanks',
  'pedido',
  'AWB',
  'REF',
  '#',
  'no.',
];

describe('lookup: random text (property)', () => {
  it('never yields a number whose check digit fails', () => {
    const fragment = fc.oneof(
      numberArb,
      // A number split anywhere by a separator.
      fc
        .tuple(numberArb, fc.integer({ min: 1, max: 20 }), fc.constantFrom(...SEPARATORS))
        .map(([n, cut, sep]) => n.slice(0, cut) + sep + n.slice(cut)),
      digitsArb(1, 12),
      fc.array(fc.constantFrom(...ALNUM), { minLength: 1, maxLength: 6 }).map((c) => c.join('')),
      fc.constantFrom(...WORDS),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fragment, fc.constantFrom(' ', '  ', '-', '.', '\n', '\n\n', ', ', ': ', '\t', '')), {
          minLength: 1,
          maxLength: 25,
        }),
        (parts) => {
          const text = parts.map(([f, sep]) => f + sep).join('');
          for (const pkg of lookup(text)) {
            expect({ text, number: pkg.trackingNumber, checksum: pkg.checksum }).not.toMatchObject({ checksum: false });
            expect({ text, number: pkg.trackingNumber, verifies: verifies(pkg.trackingNumber) }).not.toMatchObject({
              verifies: false,
            });
          }
        },
      ),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('never throws, and every number it offers is canonical and bounded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        for (const pkg of lookup(text)) {
          expect(pkg.trackingNumber).toMatch(/^[0-9A-Z]{8,42}$/);
          // How the carrier is known is said only when there is a carrier.
          expect(pkg.carrier === undefined && pkg.carrierSource !== undefined).toBe(false);
        }
      }),
      { numRuns: 1500 },
    );
  }, 30_000);
});
