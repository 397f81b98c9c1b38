import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRACKING_FORMATS, normalizeTrackingNumber, scan } from '../../../lib/tracking';
import type { TrackingMatch } from '../../../lib/tracking';
import { formatPatterns, generateNumber, seededRandom } from './generate';

function found(text: string, region?: string): { text: string; carrier: string }[] {
  return scan(text, { region }).map((m) => ({ text: text.slice(m.start, m.end), carrier: m.candidates[0]!.carrier }));
}

function expectWellFormed(text: string, matches: TrackingMatch[]) {
  let previousEnd = 0;
  for (const match of matches) {
    expect(match.start).toBeGreaterThanOrEqual(previousEnd);
    expect(match.end).toBeGreaterThan(match.start);
    expect(match.end).toBeLessThanOrEqual(text.length);
    expect(match.candidates.length).toBeGreaterThan(0);
    expect(normalizeTrackingNumber(text.slice(match.start, match.end))).toBe(match.number);
    previousEnd = match.end;
  }
}

describe('scan', () => {
  it('finds every number on an order page with offsets into the original text', () => {
    const text =
      'Order ID: 576461413038785752\nShipped via UPS, tracking number 1Z5R89390357567127 (2 items).\n' +
      'USPS: 9400 1112 0108 0805 4830 16 — delivered.\nJ&T Express: JX7053814071';
    expect(found(text)).toEqual([
      { text: '1Z5R89390357567127', carrier: 'ups' },
      { text: '9400 1112 0108 0805 4830 16', carrier: 'usps' },
      { text: 'JX7053814071', carrier: 'jt-express' },
    ]);
    expectWellFormed(text, scan(text));
  });

  it('reads full-width numbers and keeps offsets on the original characters', () => {
    const text = '追跡番号：ＥＡ３４０８６５９６１ＶＮ です';
    const [match] = scan(text);
    expect(match).toMatchObject({ number: 'EA340865961VN', start: 5, end: 18 });
    expect(match!.candidates[0]).toMatchObject({ carrier: 'vnpost', country: 'VN' });
  });

  it('joins groups separated by single spaces, no-break spaces or dashes, but not by line breaks', () => {
    expect(found('parcel RB 123 456 785 GB arrived')).toEqual([{ text: 'RB 123 456 785 GB', carrier: 'royal-mail' }]);
    expect(found('1Z-5R89-3903-5756-7127')).toEqual([{ text: '1Z-5R89-3903-5756-7127', carrier: 'ups' }]);
    expect(found('9400\u00a01112\u00a00108\u00a00805\u00a04830\u00a016')[0]?.carrier).toBe('usps');
    expect(found('9400 1112 0108\n0805 4830 16')).toEqual([]);
  });

  it('finds two numbers side by side as two matches', () => {
    expect(found('1Z5R89390357567127 9400111206206406260787').map((m) => m.carrier)).toEqual(['ups', 'usps']);
  });

  it('skips zero-width characters and soft hyphens inside a number, keeping offsets on the original text', () => {
    const text = 'Tracking: 1Z999AA1\u200b0123456784\u200b.';
    const [match] = scan(text);
    // The end includes the zero-width space inside the number, not the one after it.
    expect(match).toMatchObject({ number: '1Z999AA10123456784', start: 10, end: 29 });
    expect(match!.candidates[0]!.carrier).toBe('ups');
    expect(found('USPS 9400111899\u00ad223197428497 delivered')).toEqual([
      { text: '9400111899\u00ad223197428497', carrier: 'usps' },
    ]);
    // Between groups they are neither a separator nor a break.
    for (const ignorable of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']) {
      const spaced = `9400${ignorable} 1112 0108 0805 ${ignorable}4830 16`;
      expect(found(`Tracking ${spaced}.`)).toEqual([{ text: spaced, carrier: 'usps' }]);
    }
    expect(found('9400 1112 0108 0805\u200b\n4830 16')).toEqual([]);
  });

  it('uses the region to order candidates', () => {
    const [match] = scan('Tracking 287809468872 delivered', { region: 'CA' });
    expect(match!.candidates.map((c) => c.carrier)).toEqual(['purolator', 'fedex']);
  });
});

describe('scan precision', () => {
  it('does not report a part of a mistyped spaced number', () => {
    // One digit wrong in a USPS number: "1118 9922 3197" alone verifies as Purolator 12, and "9400 ... 4284" as a
    // 20-digit prefix. Neither is the number the user has; only the whole 22 digits may be reported.
    expect(scan('9400 1118 9922 3197 4284 90')).toEqual([]);
    expect(scan('Tracking: 9400 1118 9922 3197 4284 90.')).toEqual([]);
    // The correct number is still found, next to words, punctuation or another number.
    expect(found('USPS 9400 1112 0108 0805 4830 16, 1Z 999 AA1 01 2345 6784 and JX 705 3814 071')).toEqual([
      { text: '9400 1112 0108 0805 4830 16', carrier: 'usps' },
      { text: '1Z 999 AA1 01 2345 6784', carrier: 'ups' },
      { text: 'JX 705 3814 071', carrier: 'jt-express' },
    ]);
    expect(found('9400111206206406260787 / 9400 1112 0108 0805 4830 16').map((m) => m.carrier)).toEqual([
      'usps',
      'usps',
    ]);
  });

  it('does not report phone numbers', () => {
    const phones = [
      // Both pass the FedEx Express check digit, as one random 12-digit number in ten does.
      'WhatsApp https://wa.me/601234567890',
      'Call 447700900106 from abroad',
      'Call +1 800 463 3339 for help',
      'Call (800) 463-3339 now',
      'tel 800-463-3339',
      'Phone: 8004633339',
      '+44 20 7946 0958',
      'WhatsApp +62 812-3456-7890',
      'HP 081234567890',
      'Hotline 1900 1088 or 0912 345 678',
      '+6281234567890',
    ];
    for (const text of phones) expect({ case: text, value: found(text) }).toEqual({ case: text, value: [] });
  });

  it('does not report prices, dates or quantities', () => {
    const texts = [
      'Total $1,299.00 (Rp 1.250.000) paid 2024-11-26 at 10:30',
      'Delivered 26/11/2024, ordered 2024年11月26日',
      'Qty 3 x 19.99 EUR = 59,97 €',
      'Estimated delivery: Nov 28 - Dec 2, 2024',
    ];
    for (const text of texts) expect({ case: text, value: found(text) }).toEqual({ case: text, value: [] });
  });

  it('does not report 18-digit TikTok Shop order ids or 19-digit product ids', () => {
    expect(found('Order ID: 576461413038785752, also 582362672348497014')).toEqual([]);
    expect(found('product 1729630936525936882 in shop')).toEqual([]);
    // Even when an order id happens to pass a check digit algorithm as some length-18 format.
    expect(found('5764614130387857 52')).toEqual([]);
  });

  it('does not report bare digit runs without a verified check digit', () => {
    // 14 digits (DHL eCommerce / DPD shapes) and 16 digits (Evri shape) have no check digit: identify only.
    expect(found('parcel 60120172242323 shipped')).toEqual([]);
    expect(found('barcode 1234567890123456')).toEqual([]);
    // 10/11-digit DHL Express numbers verify only mod 7, like one phone number in seven: identify only.
    expect(found('awb 3318810025')).toEqual([]);
  });

  it('does not glue words, or lower-case words, onto numbers', () => {
    expect(found('ORDER 1Z5R89390357567127 SHIPPED')).toEqual([{ text: '1Z5R89390357567127', carrier: 'ups' }]);
    expect(found('shipped1Z5R89390357567127')).toEqual([]);
    expect(found('INFORMATION12345678 and GM INFORMATION 12345678')).toEqual([]);
  });
});

/** Calling codes of the markets (ITU E.164), for numbers written without their +. */
const CALLING_CODES = [
  '1',
  '52',
  '55',
  '44',
  '353',
  '49',
  '33',
  '34',
  '39',
  '81',
  '86',
  '62',
  '60',
  '66',
  '84',
  '63',
  '65',
];

/**
 * Digit-only numbers scan() may treat as phone numbers: 11 digits or fewer, 12-13 digits with a leading 0 or a
 * market's calling code, or up to 14 digits after Indonesia's 62 (a wider net than scan.ts casts: these are skipped).
 */
function isPhoneShaped(number: string): boolean {
  if (!/^\d+$/.test(number)) return false;
  if (number.length <= 11) return true;
  if (number.length <= 13 && (number.startsWith('0') || CALLING_CODES.some((code) => number.startsWith(code))))
    return true;
  return number.length <= 14 && number.startsWith('62');
}

describe('scan: generated numbers in text (property)', () => {
  // Numbers scan() reports on its own: a check digit other than mod 7 (which one random number in seven passes), or a
  // distinctive prefix at medium or high confidence. Digit-only numbers of 11 digits or fewer, or 12-13 digits with a
  // leading 0, are treated as phone numbers (see scan.ts).
  const reportable = formatPatterns(TRACKING_FORMATS).filter(
    ({ format }) =>
      (format.checksum !== undefined && format.checksum.algorithm !== 'mod7') ||
      (format.prefixed && format.confidence !== 'low'),
  );

  it('finds each generated number inside surrounding text, with correct offsets', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom(...reportable),
        fc.constantFrom('Tracking number: ', 'Your parcel (', '单号：', 'Envío '),
        fc.constantFrom(' is on its way.', ') shipped', '。', ''),
        (seed, { format, pattern }, before, after) => {
          const number = generateNumber(format, pattern, seededRandom(seed))!;
          fc.pre(!isPhoneShaped(number));
          const text = `${before}${number}${after}`;
          const matches = scan(text);
          expectWellFormed(text, matches);
          const match = matches.find((m) => m.start === before.length);
          expect({ case: `${format.id} ${text}`, defined: match !== undefined }).toEqual({
            case: `${format.id} ${text}`,
            defined: true,
          });
          expect(match!.end).toBe(before.length + number.length);
          expect(match!.candidates.some((c) => c.format === format.id)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds digit-only numbers printed in groups of four', () => {
    const digitOnly = reportable.filter(({ pattern }) =>
      pattern.segments.every((s) =>
        'chars' in s ? s.chars === 'digits' : /^\d+$/.test('literal' in s ? s.literal : 'oneOf' in s ? s.oneOf : 'x'),
      ),
    );
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...digitOnly), (seed, { format, pattern }) => {
        const number = generateNumber(format, pattern, seededRandom(seed))!;
        fc.pre(!isPhoneShaped(number) && !((number.length === 18 || number.length === 19) && !number.startsWith('00')));
        const printed = number.replace(/(\d{4})(?=\d)/g, '$1 ');
        const text = `Tracking: ${printed}.`;
        const [match] = scan(text);
        expect({ case: `${format.id} ${printed}`, defined: match !== undefined }).toEqual({
          case: `${format.id} ${printed}`,
          defined: true,
        });
        expect(text.slice(match!.start, match!.end)).toBe(printed);
        expect(match!.candidates.some((c) => c.format === format.id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('scan: spaced digit runs (property)', () => {
  it('reports only numbers that cover the whole run of digit groups', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '9400', '9205', '00'),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 20, maxLength: 30 }),
        fc.constantFrom(['Tracking: ', '.'], ['USPS ', ' delivered'], ['', '']),
        (prefix, drawn, [before, after]) => {
          const digits = (prefix + drawn.join('')).slice(0, drawn.length);
          const printed = digits.replace(/(\d{4})(?=\d)/g, '$1 ');
          const text = `${before}${printed}${after}`;
          const matches = scan(text);
          expectWellFormed(text, matches);
          for (const match of matches)
            expect({ case: text, start: match.start, end: match.end }).toEqual({
              case: text,
              start: before.length,
              end: before.length + printed.length,
            });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('scan: fuzz', () => {
  it('never throws on random or hostile strings and returns well-formed matches', () => {
    const alphabet = [
      '1',
      'Z',
      '9',
      '0',
      ' ',
      '-',
      '\u00a0',
      'ｘ',
      '７',
      'a',
      '+',
      '(',
      '\n',
      '.',
      'RB',
      'GB',
      'JX',
      '\u200b',
      '\u00ad',
      '\ud83d',
      '\ude00',
    ];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }).map((a) => a.join('')),
        ),
        (text) => {
          expect(() => expectWellFormed(text, scan(text))).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('handles 1 MB adversarial inputs (shapes only: speed is measured by tests/bench/tracking.ts)', () => {
    const megabyte = 1_000_000;
    const inputs = [
      '7'.repeat(megabyte),
      '1 '.repeat(megabyte / 2),
      '12 '.repeat(megabyte / 3),
      'A1B2C3D4E5'.repeat(megabyte / 10),
      'RB1234 '.repeat(megabyte / 7),
      '-'.repeat(megabyte),
      '１'.repeat(megabyte),
    ];
    for (const text of inputs) {
      const matches = scan(text);
      expect(matches).toEqual([]);
    }
    // A megabyte of real numbers: every one is found.
    const many = '1Z5R89390357567127 '.repeat(50_000);
    const matches = scan(many);
    expect(matches).toHaveLength(50_000);
    expect(matches[49_999]).toMatchObject({ start: 49_999 * 19, end: 49_999 * 19 + 18 });
  });
});

describe('scan: unspaced numbers side by side', () => {
  it('reports two long numbers separated by one space: neither could be a group of a spaced number', () => {
    const text = '9400111899223197428497 9400111899223197428497';
    expect(scan(text).map((m) => [m.start, m.end, m.candidates[0]?.carrier])).toEqual([
      [0, 22, 'usps'],
      [23, 45, 'usps'],
    ]);
  });
});
