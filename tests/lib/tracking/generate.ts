/**
 * Builds tracking numbers from the format table: a random fill of each pattern, with the check character computed by
 * this file's own check-digit code. Nothing here imports the engine's algorithms (lib/tracking/checksums.ts): a test
 * that generated its expectations with the code under test could not fail. Shared by the property tests and the
 * benchmark; deterministic for a given PRNG.
 */
import type { ChecksumSpec } from '../../../lib/tracking/checksums';
import type { FormatPattern, Segment, TrackingFormat } from '../../../lib/tracking/format-types';

export type Random = () => number;

/** mulberry32: a small seeded PRNG, so generated text is the same on every run. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALPHABET_36 = DIGITS + LETTERS;
/** Some UPU member suffixes (S10 numbers need a real member country, not any two letters). */
const S10_SUFFIXES = ['GB', 'US', 'CN', 'JP', 'TH', 'VN', 'MY', 'PH', 'SG', 'ID', 'BR', 'MX', 'DE', 'FR', 'KR', 'AU'];
/** UPS's letter values (A=2 ... I=0, J=1 ...), written out as the UPS check-digit tables give them. */
const UPS_LETTER_VALUES = '23456789012345678901234567';

// ---- Check characters, written independently of lib/tracking/checksums.ts -------------------------------------

function values(payload: string, letters?: 'ups'): number[] {
  return [...payload].map((ch) => {
    if (/\d/.test(ch)) return Number(ch);
    if (letters === 'ups' && /[A-Z]/.test(ch)) return Number(UPS_LETTER_VALUES[LETTERS.indexOf(ch)]);
    throw new Error(`cannot weigh ${ch}`);
  });
}

/** The digit that makes the weighted sum of payload and check a multiple of 10 (the check weighs 1). */
function mod10Check(payload: string, weights: readonly number[], fromRight?: boolean, letters?: 'ups'): string {
  const digits = values(payload, letters);
  const ordered = fromRight ? digits.toReversed() : digits;
  const sum = ordered.reduce((total, value, k) => total + value * weights[k % weights.length]!, 0);
  for (let check = 0; check < 10; check++) if ((sum + check) % 10 === 0) return String(check);
  throw new Error('unreachable');
}

/** Luhn: the digit that makes the whole number pass the classic doubling test. */
function luhnCheck(payload: string): string {
  for (let check = 0; check < 10; check++) {
    const digits = [...payload, String(check)].map(Number).toReversed();
    const sum = digits.reduce((total, d, k) => total + (k % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
    if (sum % 10 === 0) return String(check);
  }
  throw new Error('unreachable');
}

/** The payload as one big decimal number, modulo 7. */
function mod7Check(payload: string): string {
  return String(BigInt(payload) % 7n);
}

function mod11Check(payload: string, weights: readonly number[], modulo1: number, modulo2: number): string {
  const sum = values(payload).reduce((total, value, k) => total + value * weights[k % weights.length]!, 0);
  return String((sum % modulo1) % modulo2);
}

/** UPU S10: weights 8 6 4 2 3 5 9 7; 11 minus the remainder, with 10 written 0 and 11 written 5. */
function s10Check(serial: string): string {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = values(serial).reduce((total, value, k) => total + value * weights[k]!, 0);
  const check = 11 - (sum % 11);
  return String(check === 10 ? 0 : check === 11 ? 5 : check);
}

/** ISO/IEC 7064 MOD 37,36 (hybrid system): the last intermediate sum after reading `text`. */
function mod37_36RunningSum(text: string): number {
  let product = 36;
  let sum = 0;
  for (const ch of text) {
    sum = (product + ALPHABET_36.indexOf(ch)) % 36 || 36;
    product = (sum * 2) % 37;
  }
  return sum;
}

/** ISO/IEC 7064 MOD 37,36 by its verification rule: the character after which the running sum ends at 1. */
function mod37_36Check(payload: string): string {
  const runningSum = mod37_36RunningSum;
  for (const candidate of ALPHABET_36) if (runningSum(payload + candidate) % 36 === 1) return candidate;
  throw new Error('unreachable');
}

/** The check character `spec` gives `payload`. */
export function checkCharacter(spec: ChecksumSpec, payload: string): string {
  switch (spec.algorithm) {
    case 'mod10':
      return mod10Check(payload, spec.weights, spec.fromRight, spec.letters);
    case 'luhn':
      return luhnCheck(payload);
    case 'mod7':
      return mod7Check(payload);
    case 'mod11':
      return mod11Check(payload, spec.weights, spec.modulo1, spec.modulo2);
    case 's10':
      return s10Check(payload);
    case 'iso7064-mod37-36':
      return mod37_36Check(payload);
  }
}

// ---- Numbers ------------------------------------------------------------------------------------------------------

function pick<T>(random: Random, items: readonly T[] | string): T {
  return items[Math.floor(random() * items.length)] as T;
}

function fill(random: Random, segment: Segment): string {
  if ('literal' in segment) return segment.literal;
  if ('anyOf' in segment) return pick(random, segment.anyOf);
  if ('oneOf' in segment) return pick<string>(random, segment.oneOf);
  if (segment.role === 'country') return pick(random, S10_SUFFIXES);
  const length = typeof segment.length === 'number' ? segment.length : pick(random, segment.length);
  let out = '';
  for (let k = 0; k < length; k++) {
    if (segment.chars === 'digits') out += pick(random, DIGITS);
    else if (segment.chars === 'letters') out += pick(random, LETTERS);
    else out += random() < 0.8 ? pick(random, DIGITS) : pick(random, LETTERS); // mostly digits, like real ids
  }
  return out;
}

/** A number that fits `pattern` of `format`, with a valid check character when the format has one. */
export function generateNumber(format: TrackingFormat, pattern: FormatPattern, random: Random): string | undefined {
  return generateLaidOut(format, pattern, random)?.number;
}

/**
 * A generated number and where its freely drawn digits are (not the fixed prefix or suffix, not the check
 * character): the positions where a typo leaves the shape intact and only a check digit could catch it.
 */
export function generateLaidOut(
  format: TrackingFormat,
  pattern: FormatPattern,
  random: Random,
): { number: string; freeDigits: number[]; checkAt: number } | undefined {
  // Loose formats need a minimum count of digits; draw again until the number has them.
  for (let attempt = 0; attempt < 50; attempt++) {
    const laidOut = generateOnce(format, pattern, random);
    if (format.minDigits === undefined || laidOut.number.replace(/\D/g, '').length >= format.minDigits) return laidOut;
  }
  return undefined;
}

function generateOnce(
  format: TrackingFormat,
  pattern: FormatPattern,
  random: Random,
): { number: string; freeDigits: number[]; checkAt: number } {
  const parts: string[] = [];
  let payload = pattern.implicitPayloadPrefix ?? '';
  let checkIndex = -1;
  pattern.segments.forEach((segment, index) => {
    if (segment.role === 'check') {
      checkIndex = index;
      parts.push('');
      return;
    }
    const text = fill(random, segment);
    if (segment.role === 'payload') payload += text;
    parts.push(text);
  });
  if (format.checksum !== undefined) parts[checkIndex] = checkCharacter(format.checksum, payload);
  const freeDigits: number[] = [];
  let checkAt = -1;
  let at = 0;
  pattern.segments.forEach((segment, index) => {
    const text = parts[index]!;
    if (index === checkIndex) checkAt = at;
    else if ('chars' in segment && segment.role !== 'country') {
      for (let k = 0; k < text.length; k++) if (/\d/.test(text[k]!)) freeDigits.push(at + k);
    }
    at += text.length;
  });
  return { number: parts.join(''), freeDigits, checkAt };
}

/**
 * The number with one digit changed by +1 (9 becomes 0) at a random digit position among `positions` (all digit
 * positions when absent). A single changed digit is the mistake check digits exist to catch.
 */
export function corruptOneDigit(number: string, random: Random, positions?: readonly number[]): string {
  const digitPositions = positions ?? [...number].flatMap((ch, k) => (/\d/.test(ch) ? [k] : []));
  const at = pick(random, digitPositions);
  return number.slice(0, at) + String((Number(number[at]) + 1) % 10) + number.slice(at + 1);
}

/** Every (format, pattern) pair of the table. */
export function formatPatterns(
  formats: readonly TrackingFormat[],
): { format: TrackingFormat; pattern: FormatPattern }[] {
  return formats.flatMap((format) => format.patterns.map((pattern) => ({ format, pattern })));
}
