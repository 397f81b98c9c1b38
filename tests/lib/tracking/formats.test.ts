import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARRIER_IDS } from '../../../lib/carriers/ids';
import { ENGINE_CARRIER_IDS, TRACKING_FORMATS, identify } from '../../../lib/tracking';
import { expectedCheck } from '../../../lib/tracking/checksums';
import type { FormatPattern, TrackingFormat } from '../../../lib/tracking/format-types';
import { matchPattern, patternLengths } from '../../../lib/tracking/match';
import { S10_COUNTRIES, S10_NATIONAL_POSTS } from '../../../lib/tracking/s10-countries';
import { formatPatterns, generateNumber, seededRandom } from './generate';

const ALL = formatPatterns(TRACKING_FORMATS);
const WITH_CHECK = ALL.filter(({ format }) => format.checksum !== undefined);

/** Valid numbers per format from the sources (tracking_number_data test numbers and research examples). */
const EXAMPLES: Record<string, string[]> = {
  s10: ['RB123456785GB', 'EA340865961VN', 'CO999428106VN'],
  'usps-impb': ['9400111206206406260787', '420787459400111206206406260787', '4201002334249200190132607600833457'],
  'usps-legacy': ['9101123456789000000013', '420221539101026837331000039521'],
  'usps-legacy-20': ['71969010756003077385'],
  'usps-20': ['03071790000523483741'],
  'ups-1z': ['1Z5R89390357567127', '1Z5915806855587736'],
  'ups-waybill': ['K1506235620'],
  'fedex-12': ['986578788855'],
  'fedex-15': ['041441760228964'],
  'fedex-96': ['9611020987654312345672'],
  'fedex-sscc-18': ['000123450000000027'],
  'fedex-34': ['1001921334250001000300779017972697'],
  'fedex-gsn-34': ['9622001900000000000000776632517510'],
  'fedex-astra-32': ['32971514560102447849175802862014'],
  'fedex-smartpost': ['9261292700768711948021', '42011213926129098349792366623 8'.replace(' ', '')],
  'dhl-express': ['3318810025', '73891051146'],
  'dhl-express-piece': ['JJD0099999999', 'JVGL0999999990'],
  'dhl-ecommerce-gm': ['GM2951173225174494'],
  'amazon-tba': ['TBA000000000000'],
  'ontrac-c': ['C11031500001879'],
  'ontrac-d': ['D10011354453707'],
  'lasership-l': ['LX17635036'],
  'gofo-us': ['GFUS01011884214464'],
  'spee-dee-20': ['SP029692510000920746'],
  'landmark-ltn': ['LTN74207623N1'],
  'canada-post-16': ['0073938000549297'],
  'canpar-22': ['D576002440000001718010'],
  'purolator-12': ['320595463938'],
  'dpd-28': ['008182709980000020033350276C'],
  'dpd-15': ['09980000020033F'],
  yodel: ['JJD0002257639032011', 'JD0002242617644732'],
  'jt-express-jx': ['JX7053814071'],
  'yunexpress-yt': ['YT2229521272164446'],
};

/** Characters after the check character, where it is not last. */
const CHECK_FROM_END: Record<string, number> = { s10: 2, 'fedex-astra-32': 4 };

function verifiesWith(format: TrackingFormat, pattern: FormatPattern, number: string): boolean {
  const match = matchPattern(pattern, number);
  return match !== undefined && expectedCheck(format.checksum!, match.payload) === match.check;
}

function verifiesAs(number: string, formatId: string): boolean {
  return identify(number).some((candidate) => candidate.format === formatId && candidate.checksum);
}

describe('format table', () => {
  it('uses only directory carrier ids, and has a source and a checked date for every format', () => {
    const ids = new Set<string>(CARRIER_IDS);
    const seen = new Set<string>();
    for (const format of TRACKING_FORMATS) {
      expect({ case: format.id, value: ids.has(format.carrier) }).toEqual({ case: format.id, value: true });
      expect({ case: `duplicate ${format.id}`, value: seen.has(format.id) }).toEqual({
        case: `duplicate ${format.id}`,
        value: false,
      });
      seen.add(format.id);
      expect(format.source).toMatch(/^(https:\/\/|\.\.\/shared\/research\/)/);
      expect(format.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(format.patterns.length).toBeGreaterThan(0);
    }
  });

  it('declares exactly one check segment and at least one payload segment when a check digit is declared', () => {
    for (const { format, pattern } of WITH_CHECK) {
      expect({
        case: format.id,
        length: pattern.segments.filter((segment) => segment.role === 'check').length,
      }).toEqual({ case: format.id, length: 1 });
      expect({ case: format.id, value: pattern.segments.some((segment) => segment.role === 'payload') }).toEqual({
        case: format.id,
        value: true,
      });
    }
  });

  it('ENGINE_CARRIER_IDS lists every carrier the engine can emit, all from the directory ids', () => {
    const ids = new Set<string>(CARRIER_IDS);
    for (const id of ENGINE_CARRIER_IDS) expect(ids.has(id)).toBe(true);
    for (const format of TRACKING_FORMATS.filter((f) => !f.carrierFromS10Country))
      expect(ENGINE_CARRIER_IDS).toContain(format.carrier);
    for (const carrier of Object.values(S10_NATIONAL_POSTS)) expect(ENGINE_CARRIER_IDS).toContain(carrier);
    expect(ENGINE_CARRIER_IDS).toContain('postal');
    expect(ENGINE_CARRIER_IDS).toContain('china-ems');
  });

  it('maps every national S10 suffix to a UPU member code', () => {
    for (const country of Object.keys(S10_NATIONAL_POSTS)) expect(S10_COUNTRIES.has(country)).toBe(true);
  });
});

describe('per-format examples', () => {
  for (const [formatId, numbers] of Object.entries(EXAMPLES)) {
    const format = TRACKING_FORMATS.find((candidate) => candidate.id === formatId);
    it(`${formatId}: its published examples come back as ${format?.carrier ?? '?'}`, () => {
      expect(format).toBeDefined();
      for (const number of numbers) {
        const candidate = identify(number).find((c) => c.format === formatId);
        expect({ case: number, defined: candidate !== undefined }).toEqual({ case: number, defined: true });
        expect({ case: number, value: candidate!.checksum }).toEqual({
          case: number,
          value: format!.checksum !== undefined,
        });
      }
    });
  }
});

describe('per-format examples: a changed check character fails', () => {
  const checked = Object.entries(EXAMPLES).filter(
    ([formatId]) => TRACKING_FORMATS.find((format) => format.id === formatId)?.checksum !== undefined,
  );
  for (const [formatId, numbers] of checked) {
    it(`${formatId}: changing the check character of an example makes it fail`, () => {
      for (const number of numbers) {
        // The check is the last character except for S10 (country suffix) and ASTRA (4 trailing digits).
        const at = number.length - 1 - (CHECK_FROM_END[formatId] ?? 0);
        const original = number.charAt(at);
        const flipped =
          number.slice(0, at) +
          (original === '9' ? '0' : /\d/.test(original) ? String(Number(original) + 1) : 'A') +
          number.slice(at + 1);
        expect({ case: flipped, value: verifiesAs(flipped, formatId) }).toEqual({ case: flipped, value: false });
      }
    });
  }
});

describe('generated numbers (property)', () => {
  it('every pattern generates numbers of the lengths it declares, which match the pattern', () => {
    const random = seededRandom(1);
    for (const { format, pattern } of ALL) {
      const number = generateNumber(format, pattern, random)!;
      expect(patternLengths(pattern)).toContain(number.length);
      expect({ case: format.id, defined: matchPattern(pattern, number) !== undefined }).toEqual({
        case: format.id,
        defined: true,
      });
    }
  });

  it('a valid number from any check-digit format verifies, and changing its check character breaks it', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...WITH_CHECK), (seed, { format, pattern }) => {
        const number = generateNumber(format, pattern, seededRandom(seed))!;
        expect({ case: `${format.id} ${number}`, value: verifiesAs(number, format.id) }).toEqual({
          case: `${format.id} ${number}`,
          value: true,
        });
        const match = matchPattern(pattern, number)!;
        const checkAt = number.length - 1 - (CHECK_FROM_END[format.id] ?? 0);
        expect(number.charAt(checkAt)).toBe(match.check);
        const replacement = match.check === '0' ? '1' : '0';
        const broken = number.slice(0, checkAt) + replacement + number.slice(checkAt + 1);
        // Same pattern, same payload: the changed check character must not verify. (Another parse of the same digits
        // can be valid: a 34-digit IMpb with a ZIP5 prefix can also read as a ZIP9 prefix + a 22-digit core.)
        expect({ case: `${format.id} ${broken}`, value: verifiesWith(format, pattern, broken) }).toEqual({
          case: `${format.id} ${broken}`,
          value: false,
        });
      }),
      { numRuns: 400 },
    );
  });

  it('changing one payload digit by one breaks the check (algorithms that catch every single-digit error)', () => {
    // Left out: mod 11 then mod 10 (FedEx Express) maps remainders 0 and 10 to one digit, and S10 maps remainders 0
    // and 6 to 5, so neither catches every single-digit change.
    const strong = WITH_CHECK.filter(({ format }) => !['mod11', 's10'].includes(format.checksum!.algorithm));
    fc.assert(
      fc.property(fc.integer(), fc.nat(), fc.constantFrom(...strong), (seed, position, { format, pattern }) => {
        const number = generateNumber(format, pattern, seededRandom(seed))!;
        const match = matchPattern(pattern, number)!;
        const payload = match.payload.slice((pattern.implicitPayloadPrefix ?? '').length);
        const digitPositions = [...payload].flatMap((ch, k) => (/\d/.test(ch) ? [k] : []));
        fc.pre(digitPositions.length > 0);
        const k = digitPositions[position % digitPositions.length]!;
        const changed = payload.slice(0, k) + String((Number(payload[k]) + 1) % 10) + payload.slice(k + 1);
        const implicit = pattern.implicitPayloadPrefix ?? '';
        expect({ case: format.id, same: expectedCheck(format.checksum!, implicit + changed) === match.check }).toEqual({
          case: format.id,
          same: false,
        });
      }),
      { numRuns: 400 },
    );
  });
});
