/**
 * Builds valid tracking numbers from the format table (a random fill of each pattern, with the check digit computed
 * by the format's own algorithm). Shared by the property tests and the benchmark; deterministic for a given PRNG.
 */
import { expectedCheck } from '../../../lib/tracking/checksums';
import type { FormatPattern, Segment, TrackingFormat } from '../../../lib/tracking/format-types';
import { S10_COUNTRIES } from '../../../lib/tracking/s10-countries';

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
const COUNTRIES = [...S10_COUNTRIES];

function pick<T>(random: Random, items: readonly T[] | string): T {
  return items[Math.floor(random() * items.length)] as T;
}

function fill(random: Random, segment: Segment): string {
  if ('literal' in segment) return segment.literal;
  if ('anyOf' in segment) return pick(random, segment.anyOf);
  if ('oneOf' in segment) return pick<string>(random, segment.oneOf);
  if (segment.role === 'country') return pick(random, COUNTRIES);
  const length = typeof segment.length === 'number' ? segment.length : pick(random, segment.length);
  let out = '';
  for (let k = 0; k < length; k++) {
    if (segment.chars === 'digits') out += pick(random, DIGITS);
    else if (segment.chars === 'letters') out += pick(random, LETTERS);
    else out += random() < 0.8 ? pick(random, DIGITS) : pick(random, LETTERS); // mostly digits, like real ids
  }
  return out;
}

/**
 * A number that fits `pattern` of `format`, or undefined when the drawn payload has no valid check character
 * (never happens for the algorithms in the table, but keeps the contract honest).
 */
export function generateNumber(format: TrackingFormat, pattern: FormatPattern, random: Random): string | undefined {
  // Loose formats need a minimum count of digits; draw again until the number has them.
  for (let attempt = 0; attempt < 50; attempt++) {
    const number = generateOnce(format, pattern, random);
    if (number === undefined) return undefined;
    if (format.minDigits === undefined || number.replace(/\D/g, '').length >= format.minDigits) return number;
  }
  return undefined;
}

function generateOnce(format: TrackingFormat, pattern: FormatPattern, random: Random): string | undefined {
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
  if (format.checksum !== undefined) {
    const check = expectedCheck(format.checksum, payload);
    if (check === undefined || checkIndex < 0) return undefined;
    parts[checkIndex] = check;
  }
  return parts.join('');
}

/** Every (format, pattern) pair of the table. */
export function formatPatterns(
  formats: readonly TrackingFormat[],
): { format: TrackingFormat; pattern: FormatPattern }[] {
  return formats.flatMap((format) => format.patterns.map((pattern) => ({ format, pattern })));
}
