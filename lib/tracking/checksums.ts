/**
 * Check-digit algorithms used by carriers, each a pure function from the payload (the characters the check covers,
 * as canonical upper-case ASCII) to the expected check character. They return undefined when the payload has a
 * character the algorithm cannot weigh, so a malformed number never verifies.
 *
 * Definitions follow https://github.com/jkeen/tracking_number_data/blob/b79ce4bfc04519ef4bc85bf7c6f321795aadf3d3/CHECKSUM_ALGORITHMS.md
 * (MIT), the reference the research cites; the code here is our own.
 */

/** Value of a digit character, or -1. */
function digitValue(code: number): number {
  return code >= 48 && code <= 57 ? code - 48 : -1;
}

/**
 * UPS maps letters to digits before its mod 10 check: (ASCII code - 3) mod 10, so A=2, B=3 ... I=0, J=1.
 * Digits keep their value.
 */
export function upsCharValue(code: number): number {
  const digit = digitValue(code);
  if (digit >= 0) return digit;
  if (code >= 65 && code <= 90) return (code - 3) % 10;
  return -1;
}

export interface Mod10Options {
  /** Apply the weights starting from the rightmost payload character instead of the leftmost. */
  fromRight?: boolean;
  /** Map letters to digits the UPS way; without it a letter makes the payload invalid. */
  letters?: 'ups';
}

/**
 * Weighted mod 10: multiply each character's value by the weights (repeated), sum, and return (10 - sum mod 10) mod 10.
 * Weights [3, 1] from the left is USPS 20 / SSCC; [1, 2] is UPS and OnTrac; [1, 3] is FedEx Ground.
 * The products are summed as they are (no digit sum: that is Luhn).
 */
export function weightedMod10(
  payload: string,
  weights: readonly number[],
  options: Mod10Options = {},
): number | undefined {
  if (payload.length === 0 || weights.length === 0) return undefined;
  const n = payload.length;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const index = options.fromRight ? n - 1 - k : k;
    const code = payload.charCodeAt(index);
    const value = options.letters === 'ups' ? upsCharValue(code) : digitValue(code);
    if (value < 0) return undefined;
    total += value * (weights[k % weights.length] as number);
  }
  return (10 - (total % 10)) % 10;
}

/** Luhn (ISO/IEC 7812-1): double every second digit from the right of the payload, summing the digits of products. */
export function luhn(payload: string): number | undefined {
  if (payload.length === 0) return undefined;
  let total = 0;
  let double = true; // the payload digit next to the check digit is doubled
  for (let i = payload.length - 1; i >= 0; i--) {
    let value = digitValue(payload.charCodeAt(i));
    if (value < 0) return undefined;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    total += value;
    double = !double;
  }
  return (10 - (total % 10)) % 10;
}

/** Mod 7: the payload read as a decimal integer, modulo 7 (DHL Express air waybills). */
export function mod7(payload: string): number | undefined {
  if (payload.length === 0) return undefined;
  let remainder = 0;
  for (let i = 0; i < payload.length; i++) {
    const value = digitValue(payload.charCodeAt(i));
    if (value < 0) return undefined;
    remainder = (remainder * 10 + value) % 7;
  }
  return remainder;
}

/**
 * Weighted sum, then two moduli: (sum of digit x weight) mod modulo1 mod modulo2. FedEx Express uses weights
 * 3,1,7 repeating with 11 then 10. Weights repeat when the payload is longer than the list.
 */
export function weightedMod11(
  payload: string,
  weights: readonly number[],
  modulo1 = 11,
  modulo2 = 10,
): number | undefined {
  if (payload.length === 0 || weights.length === 0) return undefined;
  let total = 0;
  for (let i = 0; i < payload.length; i++) {
    const value = digitValue(payload.charCodeAt(i));
    if (value < 0) return undefined;
    total += value * (weights[i % weights.length] as number);
  }
  return (total % modulo1) % modulo2;
}

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7] as const;

/**
 * UPU S10: weights 8,6,4,2,3,5,9,7 over the 8 serial digits; c = 11 - (sum mod 11); 10 becomes 0 and 11 becomes 5.
 * Source: https://github.com/jkeen/tracking_number_data/blob/b79ce4bfc04519ef4bc85bf7c6f321795aadf3d3/couriers/s10.json
 * and https://en.wikipedia.org/wiki/?oldid=969882277&title=S10_%28UPU_standard%29
 */
export function s10(serial: string): number | undefined {
  if (serial.length !== S10_WEIGHTS.length) return undefined;
  let total = 0;
  for (let i = 0; i < serial.length; i++) {
    const value = digitValue(serial.charCodeAt(i));
    if (value < 0) return undefined;
    total += value * S10_WEIGHTS[i]!;
  }
  const check = 11 - (total % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

const ALPHABET_36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * ISO/IEC 7064 MOD 37,36 (hybrid system) over digits and upper-case letters, giving one check character 0-9 or A-Z.
 * DPD uses it on its parcel numbers (DPD Parcel Label Specification 2.4.1, as cited by tracking_number_data).
 */
export function iso7064Mod37_36(payload: string): string | undefined {
  if (payload.length === 0) return undefined;
  const modulus = 36;
  let product = modulus;
  for (let i = 0; i < payload.length; i++) {
    const code = payload.charCodeAt(i);
    const digit = digitValue(code);
    const value = digit >= 0 ? digit : code >= 65 && code <= 90 ? code - 55 : -1;
    if (value < 0) return undefined;
    let sum = (product + value) % modulus;
    if (sum === 0) sum = modulus;
    product = (sum * 2) % (modulus + 1);
  }
  return ALPHABET_36[(modulus + 1 - product) % modulus];
}

/** A check-digit rule as data, as the format table declares it. */
export type ChecksumSpec =
  | { algorithm: 'mod10'; weights: readonly number[]; fromRight?: boolean; letters?: 'ups' }
  | { algorithm: 'luhn' }
  | { algorithm: 'mod7' }
  | { algorithm: 'mod11'; weights: readonly number[]; modulo1: number; modulo2: number }
  | { algorithm: 's10' }
  | { algorithm: 'iso7064-mod37-36' };

/**
 * A check a wrong number passes too often to stand on its own: mod 7 leaves seven possible check digits, so one
 * random number in seven passes (DHL Express air waybills, the Japanese 12-digit numbers). Every other rule here
 * leaves ten or more, and catches every single wrong digit except where noted in the tests.
 */
export function isWeakCheck(spec: ChecksumSpec): boolean {
  return spec.algorithm === 'mod7';
}

/** The check character the rule expects for this payload, or undefined when the payload cannot be weighed. */
export function expectedCheck(spec: ChecksumSpec, payload: string): string | undefined {
  let digit: number | undefined;
  switch (spec.algorithm) {
    case 'mod10':
      digit = weightedMod10(payload, spec.weights, { fromRight: spec.fromRight, letters: spec.letters });
      break;
    case 'luhn':
      digit = luhn(payload);
      break;
    case 'mod7':
      digit = mod7(payload);
      break;
    case 'mod11':
      digit = weightedMod11(payload, spec.weights, spec.modulo1, spec.modulo2);
      break;
    case 's10':
      digit = s10(payload);
      break;
    case 'iso7064-mod37-36':
      return iso7064Mod37_36(payload);
  }
  return digit === undefined ? undefined : String(digit);
}
