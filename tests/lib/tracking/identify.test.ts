import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRACKING_FORMATS, identify } from '../../../lib/tracking';
import { s10 } from '../../../lib/tracking/checksums';
import { formatPatterns, generateNumber, seededRandom } from './generate';

function s10Number(service: string, serial: string, country: string): string {
  return `${service}${serial}${s10(serial)}${country}`;
}

const carriers = (input: string, region?: string) => identify(input, { region }).map((c) => c.carrier);

describe('identify', () => {
  it('returns a ranked candidate with the canonical number, format, checksum and confidence', () => {
    expect(identify('1z 5r89 3903 5756 7127')).toEqual([
      {
        carrier: 'ups',
        number: '1Z5R89390357567127',
        format: 'ups-1z',
        checksum: true,
        confidence: 'high',
        basis: 'check-digit',
        grade: 'c',
      },
    ]);
  });

  it('returns [] for text that is not a plausible tracking number', () => {
    for (const input of ['', 'hello world', '12345', 'ORDER', '2024-11-26', '$1,299.00', 'x'.repeat(5000)]) {
      expect({ case: input.slice(0, 20), value: identify(input) }).toEqual({ case: input.slice(0, 20), value: [] });
    }
  });

  it('does not read a sentence as one number', () => {
    expect(identify('Call 800-463-3339')).toEqual([]);
    expect(identify('Order 576461413038785752')).toEqual([]);
  });

  it('returns [] for an 18-digit TikTok Shop order id (tiktok.md §2.3)', () => {
    expect(identify('576461413038785752')).toEqual([]);
    expect(identify('582362672348497014')).toEqual([]);
  });

  it('finds the number in a selection with a label around it', () => {
    expect(identify('Tracking: 1Z5R89390357567127.')[0]?.carrier).toBe('ups');
    expect(identify('#JX7053814071')[0]?.carrier).toBe('jt-express');
  });

  it('ignores zero-width characters and soft hyphens copied along with the number', () => {
    expect(identify('1Z999AA1\u200b0123456784')[0]).toMatchObject({ carrier: 'ups', number: '1Z999AA10123456784' });
    expect(identify('9400111899\u00ad223197428497')[0]).toMatchObject({
      carrier: 'usps',
      number: '9400111899223197428497',
      checksum: true,
    });
  });

  it('does not answer for a part of a mistyped spaced number', () => {
    // One digit wrong: no format verifies the whole 22 digits, and a verified part (Purolator "111899223197") is not
    // the user's number. Any candidate must be for all 22 digits.
    for (const candidate of identify('9400 1118 9922 3197 4284 90')) expect(candidate.number).toHaveLength(22);
    expect(identify('9400 1118 9922 3197 4284 90').some((c) => c.checksum)).toBe(false);
  });

  it('reads full-width numbers from Asian pages', () => {
    expect(identify('ＥＡ３４０８６５９６１ＶＮ')[0]).toMatchObject({
      carrier: 'vnpost',
      number: 'EA340865961VN',
      country: 'VN',
    });
  });

  it('ranks a verified check digit above a pattern-only match', () => {
    const [first, second] = identify('0073938000549297'); // Canada Post 16 (check digit) vs Evri 16 (no check digit)
    expect(first).toMatchObject({ carrier: 'canada-post', checksum: true, confidence: 'medium' });
    expect(second).toMatchObject({ carrier: 'evri', checksum: false, confidence: 'low' });
  });

  it('returns every carrier that fits, and the region decides the order among equals', () => {
    // 287809468872 verifies both as FedEx Express 12 and as Purolator 12 (tracking_number_data test number).
    expect(carriers('287809468872')).toEqual(['fedex', 'purolator']);
    expect(carriers('287809468872', 'CA')).toEqual(['purolator', 'fedex']);
    // Bare 14 digits with no check digit: DHL eCommerce and DPD, both low; a French user sees DPD first.
    expect(carriers('60120172242323', 'US')[0]).toBe('dhl-ecommerce');
    expect(carriers('60120172242323', 'fr')[0]).toBe('dpd');
    // `uk` means GB. The order's market comes first: Evri, the British 16-digit format, before Canada Post, whose
    // check digit a random 16-digit number passes one time in ten; in Canada the check digit and the market agree.
    expect(carriers('0073938000549297', 'uk')).toEqual(['evri', 'canada-post']);
    expect(carriers('0073938000549297', 'CA')).toEqual(['canada-post', 'evri']);
    expect(carriers('1234567890123456', 'uk')).toEqual(['evri']);
    expect(identify('60120172242323').every((c) => c.confidence === 'low')).toBe(true);
  });

  it('keeps FedEx SmartPost numbers as USPS first and FedEx second', () => {
    const candidates = identify('9261292700768711948021', { region: 'US' });
    expect(candidates.map((c) => c.carrier)).toEqual(['usps', 'fedex']);
    expect(candidates[0]!.confidence).toBe('high');
    expect(candidates[1]!.confidence).toBe('medium');
  });

  it('gives a low-confidence guess for a bare digit run the user pasted on purpose', () => {
    const [candidate] = identify('6012 0172 2423 23');
    expect(candidate).toMatchObject({ checksum: false, confidence: 'low' });
  });
});

describe('identify: UPU S10', () => {
  it('maps the country suffix to the national post', () => {
    const cases: [string, string][] = [
      ['GB', 'royal-mail'],
      ['US', 'usps'],
      ['CN', 'china-post'],
      ['DE', 'deutsche-post'],
      ['FR', 'la-poste'],
      ['ES', 'correos'],
      ['IT', 'poste-italiane'],
      ['JP', 'japan-post'],
      ['BR', 'correios'],
      ['MX', 'correos-de-mexico'],
      ['CA', 'canada-post'],
      ['IE', 'an-post'],
      ['PT', 'ctt'],
      ['TH', 'thailand-post'],
      ['VN', 'vnpost'],
      ['ID', 'pos-indonesia'],
      ['MY', 'pos-malaysia'],
      ['PH', 'phlpost'],
      ['SG', 'singpost'],
    ];
    for (const [country, carrier] of cases) {
      const [first] = identify(s10Number('RR', '47312482', country));
      expect({ case: country, value: first }).toMatchObject({
        case: country,
        value: { carrier, format: 's10', checksum: true, confidence: 'high', country },
      });
    }
  });

  it('names China EMS for E* numbers from CN, with China Post as the second candidate', () => {
    expect(carriers(s10Number('EA', '12345678', 'CN'))).toEqual(['china-ems', 'china-post']);
    expect(carriers(s10Number('RB', '12345678', 'CN'))).toEqual(['china-post']);
  });

  it('gives any other member suffix to the postal carrier with the country set', () => {
    expect(identify(s10Number('LX', '12345678', 'KR'))[0]).toMatchObject({
      carrier: 'postal',
      country: 'KR',
      checksum: true,
    });
  });

  it('does not take a suffix that is not a UPU member code, nor a wrong check digit', () => {
    expect(identify('RB123456785XX').some((c) => c.format === 's10')).toBe(false);
    expect(identify('RB123456786GB').some((c) => c.format === 's10')).toBe(false);
  });
});

describe('identify: a bare count of digits', () => {
  it('is a carrier of its own market only: Estafeta 22 digits in Mexico, nothing elsewhere', () => {
    // A USPS IMpb number with its last digit changed (the check digit fails): 22 digits, nothing more.
    const mistyped = '9400111899223197428490';
    expect(identify(mistyped)).toEqual([]);
    expect(identify(mistyped, { region: 'US' })).toEqual([]);
    expect(identify(mistyped, { region: 'MX' }).map((c) => [c.carrier, c.basis, c.confidence])).toEqual([
      ['estafeta', 'length', 'low'],
    ]);
    expect(identify('20214566452094').map((c) => c.carrier)).not.toContain('jadlog');
    expect(identify('20214566452094', { region: 'BR' }).map((c) => c.carrier)).toContain('jadlog');
  });
});

describe('identify: generated numbers (property)', () => {
  const shapes = formatPatterns(TRACKING_FORMATS);
  it('every generated number comes back with its carrier and format', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom(...shapes),
        fc.constantFrom('', ' ', '-'),
        (seed, { format, pattern }, sep) => {
          const number = generateNumber(format, pattern, seededRandom(seed))!;
          // Printed with a separator every 4 characters, as pages space numbers for reading.
          const printed = number.replace(/(.{4})(?=.)/g, `$1${sep}`);
          // A format that is a bare count of digits answers only in its own market.
          const candidates = identify(printed, format.markets ? { region: format.markets[0]! } : {});
          const mine = candidates.find((c) => c.format === format.id);
          expect({ case: `${format.id} ${printed}`, defined: mine !== undefined }).toEqual({
            case: `${format.id} ${printed}`,
            defined: true,
          });
          expect(mine!.number).toBe(number);
          // S10 carriers depend on the suffix and are checked in their own tests.
          expect(mine!.carrier).toBe(format.carrierFromS10Country ? mine!.carrier : format.carrier);
          expect(mine!.checksum).toBe(format.checksum !== undefined);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws and always returns well-formed candidates on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        const candidates = identify(input);
        for (const candidate of candidates) {
          expect(candidate.number).toMatch(/^[0-9A-Z]+$/);
          expect(['high', 'medium', 'low']).toContain(candidate.confidence);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
