import { describe, expect, it } from 'vitest';
import {
  type ChecksumSpec,
  expectedCheck,
  iso7064Mod37_36,
  luhn,
  mod7,
  s10,
  upsCharValue,
  weightedMod10,
  weightedMod11,
} from '../../../lib/tracking/checksums';
import { checkCharacter, seededRandom } from './generate';

// Vectors are the published examples the research re-validated (../shared/research/carriers-west.md §1-§11,
// carriers-asia.md §0) and tracking_number_data's test numbers: payload = number without its check character.

describe('weightedMod10', () => {
  it('computes USPS 20 (weights 3,1 from the left)', () => {
    expect(weightedMod10('0307179000052348374', [3, 1])).toBe(1); // 03071790000523483741
  });

  it('computes IMpb from the right (weights 3,1)', () => {
    expect(weightedMod10('940011120620640626078', [3, 1], { fromRight: true })).toBe(7); // 9400111206206406260787
  });

  it('direction matters for an even-length payload', () => {
    expect(weightedMod10('12', [3, 1])).toBe(5); // 1*3 + 2*1 = 5
    expect(weightedMod10('12', [3, 1], { fromRight: true })).toBe(3); // 2*3 + 1*1 = 7
  });

  it('computes FedEx Ground (weights 1,3)', () => {
    expect(weightedMod10('04144176022896', [1, 3])).toBe(4); // 041441760228964
  });

  it('maps UPS letters to digits and weighs 1,2', () => {
    expect(upsCharValue('A'.charCodeAt(0))).toBe(2);
    expect(upsCharValue('I'.charCodeAt(0))).toBe(0);
    expect(upsCharValue('Z'.charCodeAt(0))).toBe(7);
    expect(weightedMod10('5R8939035756712', [1, 2], { letters: 'ups' })).toBe(7); // 1Z5R89390357567127
  });

  it('rejects letters unless a mapping is given, and empty input', () => {
    expect(weightedMod10('5R89', [1, 2])).toBeUndefined();
    expect(weightedMod10('', [3, 1])).toBeUndefined();
  });
});

describe('luhn', () => {
  it('computes Purolator and the classic Luhn example', () => {
    expect(luhn('32059546393')).toBe(8); // 320595463938
    expect(luhn('7992739871')).toBe(3); // 79927398713
  });

  it('rejects non-digits', () => {
    expect(luhn('12A')).toBeUndefined();
  });
});

describe('mod7', () => {
  it('is the payload as an integer modulo 7 (DHL Express)', () => {
    expect(mod7('331881002')).toBe(5); // 3318810025
    expect(mod7('7389105114')).toBe(6); // 73891051146
  });

  it('handles payloads beyond 2^53 exactly', () => {
    expect(mod7('99999999999999999999')).toBe(Number(99999999999999999999n % 7n));
  });
});

describe('weightedMod11', () => {
  it('computes FedEx Express 12 (weights 3,1,7, mod 11 then mod 10)', () => {
    expect(weightedMod11('98657878885', [3, 1, 7])).toBe(5); // 986578788855
  });

  it('computes FedEx 34 over the last 13 digits (weights 1,7,3)', () => {
    expect(weightedMod11('0077901797269', [1, 7, 3])).toBe(7); // 1001921334250001000300779017972697: digits 21-33, check 34
  });
});

describe('s10', () => {
  it('computes the UPU check digit', () => {
    expect(s10('12345678')).toBe(5); // RB123456785GB
    expect(s10('47312482')).toBe(9); // worked example, carriers-asia.md §0
    expect(s10('34086596')).toBe(1); // EA340865961VN
  });

  it('maps 10 to 0 and 11 to 5', () => {
    expect(s10('00000000')).toBe(5); // sum 0: 11 - 0 = 11 -> 5
    expect(s10('00300000')).toBe(0); // sum 3 x 4 = 12, 12 mod 11 = 1: 11 - 1 = 10 -> 0
    expect(s10('00010000')).toBe(9); // sum 2: 11 - 2 = 9
  });

  it('needs exactly 8 digits', () => {
    expect(s10('1234567')).toBeUndefined();
    expect(s10('1234567A')).toBeUndefined();
  });
});

describe('iso7064Mod37_36', () => {
  it('computes DPD check characters', () => {
    expect(iso7064Mod37_36('09980000020033')).toBe('F');
    expect(iso7064Mod37_36('09980000020034')).toBe('D');
    expect(iso7064Mod37_36('008182709980000020033350276')).toBe('C');
  });

  it('detects every single-character substitution', () => {
    const payload = '09980000020033';
    const check = iso7064Mod37_36(payload);
    for (let i = 0; i < payload.length; i++) {
      const digit = Number(payload[i]);
      const flipped = payload.slice(0, i) + String((digit + 1) % 10) + payload.slice(i + 1);
      expect(iso7064Mod37_36(flipped)).not.toBe(check);
    }
  });
});

describe('expectedCheck', () => {
  it('dispatches on the spec and returns a string', () => {
    expect(expectedCheck({ algorithm: 'mod10', weights: [3, 1] }, '0307179000052348374')).toBe('1');
    expect(expectedCheck({ algorithm: 'luhn' }, '32059546393')).toBe('8');
    expect(expectedCheck({ algorithm: 'mod7' }, '331881002')).toBe('5');
    expect(expectedCheck({ algorithm: 'mod11', weights: [3, 1, 7], modulo1: 11, modulo2: 10 }, '98657878885')).toBe(
      '5',
    );
    expect(expectedCheck({ algorithm: 's10' }, '12345678')).toBe('5');
    expect(expectedCheck({ algorithm: 'iso7064-mod37-36' }, '09980000020033')).toBe('F');
    expect(expectedCheck({ algorithm: 'luhn' }, 'X')).toBeUndefined();
  });
});

describe('agreement with an independent implementation (tests/lib/tracking/generate.ts)', () => {
  // The test generator computes check characters with its own code (brute force over the verification rule where
  // the standard defines one); the two must agree on every payload, or the generated numbers would test nothing.
  const specs: ChecksumSpec[] = [
    { algorithm: 'mod10', weights: [3, 1] },
    { algorithm: 'mod10', weights: [3, 1], fromRight: true },
    { algorithm: 'mod10', weights: [1, 2], letters: 'ups' },
    { algorithm: 'mod10', weights: [1, 3] },
    { algorithm: 'luhn' },
    { algorithm: 'mod7' },
    { algorithm: 'mod11', weights: [3, 1, 7], modulo1: 11, modulo2: 10 },
    { algorithm: 's10' },
    { algorithm: 'iso7064-mod37-36' },
  ];
  it.each(specs.map((spec) => [JSON.stringify(spec), spec] as const))('%s', (_name, spec) => {
    const random = seededRandom(11);
    for (let run = 0; run < 500; run++) {
      const length = spec.algorithm === 's10' ? 8 : 5 + Math.floor(random() * 25);
      let payload = '';
      for (let k = 0; k < length; k++) {
        const letter = spec.algorithm === 'mod10' && spec.letters === 'ups' && random() < 0.3;
        payload += letter ? String.fromCharCode(65 + Math.floor(random() * 26)) : String(Math.floor(random() * 10));
      }
      expect({ payload, check: expectedCheck(spec, payload) }).toEqual({
        payload,
        check: checkCharacter(spec, payload),
      });
    }
  });
});
