import type { FormatPattern, Segment, SegmentLength, TrackingFormat } from './format-types';

/** The parts of a canonical number a pattern picked out. */
export interface PatternMatch {
  /** Characters the check covers, with any implicit prefix. */
  payload: string;
  /** The check character(s), empty when the pattern has none. */
  check: string;
  service: string;
  country: string;
}

function lengthsOf(length: SegmentLength): readonly number[] {
  return typeof length === 'number' ? [length] : length;
}

function segmentLengths(segment: Segment): readonly number[] {
  if ('literal' in segment) return [segment.literal.length];
  if ('anyOf' in segment) return [...new Set(segment.anyOf.map((s) => s.length))];
  if ('oneOf' in segment) return [1];
  return lengthsOf(segment.length);
}

/** Every total length a pattern can match, as a sorted list. */
export function patternLengths(pattern: FormatPattern): number[] {
  let totals = new Set<number>([0]);
  for (const segment of pattern.segments) {
    const next = new Set<number>();
    for (const total of totals) for (const length of segmentLengths(segment)) next.add(total + length);
    totals = next;
  }
  return [...totals].toSorted((a, b) => a - b);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Matches the fixed-content part of a segment at `pos` for `length` characters; ranges are checked per character. */
function segmentFits(segment: Segment, s: string, pos: number, length: number): boolean {
  if ('literal' in segment) return s.startsWith(segment.literal, pos);
  if ('anyOf' in segment) return segment.anyOf.some((option) => option.length === length && s.startsWith(option, pos));
  if ('oneOf' in segment) return segment.oneOf.includes(s.charAt(pos));
  const end = pos + length;
  for (let i = pos; i < end; i++) {
    const code = s.charCodeAt(i);
    if (
      segment.chars === 'digits'
        ? !isDigit(code)
        : segment.chars === 'letters'
          ? !isLetter(code)
          : !(isDigit(code) || isLetter(code))
    )
      return false;
  }
  return true;
}

/** A pattern with its segment lengths worked out once, so matching allocates nothing until it succeeds. */
export interface CompiledPattern {
  pattern: FormatPattern;
  lengths: readonly (readonly number[])[];
  /** Every segment has a single length: matching is one left-to-right walk. */
  fixed: boolean;
}

export function compilePattern(pattern: FormatPattern): CompiledPattern {
  const lengths = pattern.segments.map(segmentLengths);
  return { pattern, lengths, fixed: lengths.every((options) => options.length === 1) };
}

function walk(compiled: CompiledPattern, s: string, index: number, pos: number, ends: number[]): boolean {
  const segments = compiled.pattern.segments;
  if (index === segments.length) return pos === s.length;
  const segment = segments[index]!;
  for (const length of compiled.lengths[index]!) {
    if (pos + length > s.length) continue;
    if (!segmentFits(segment, s, pos, length)) continue;
    ends[index] = pos + length;
    if (walk(compiled, s, index + 1, pos + length, ends)) return true;
  }
  return false;
}

/**
 * Matches a whole canonical string against a compiled pattern. Segments with several lengths are tried shortest
 * first with backtracking; patterns have at most two such segments and numbers are at most a few dozen characters,
 * so the work is bounded by a small constant per call.
 */
export function matchCompiled(compiled: CompiledPattern, s: string): PatternMatch | undefined {
  const segments = compiled.pattern.segments;
  let ends: number[];
  if (compiled.fixed) {
    let pos = 0;
    for (let k = 0; k < segments.length; k++) {
      const length = compiled.lengths[k]![0]!;
      if (pos + length > s.length || !segmentFits(segments[k]!, s, pos, length)) return undefined;
      pos += length;
    }
    if (pos !== s.length) return undefined;
    ends = [];
    pos = 0;
    for (let k = 0; k < segments.length; k++) ends.push((pos += compiled.lengths[k]![0]!));
  } else {
    ends = Array.from({ length: segments.length }, () => 0);
    if (!walk(compiled, s, 0, 0, ends)) return undefined;
  }
  let payload = compiled.pattern.implicitPayloadPrefix ?? '';
  let check = '';
  let service = '';
  let country = '';
  let start = 0;
  for (let k = 0; k < segments.length; k++) {
    const end = ends[k]!;
    const role = segments[k]!.role;
    if (role === 'payload') payload += s.slice(start, end);
    else if (role === 'check') check = s.slice(start, end);
    else if (role === 'service') service = s.slice(start, end);
    else if (role === 'country') country = s.slice(start, end);
    start = end;
  }
  return { payload, check, service, country };
}

/** Matches a whole canonical string against a pattern (compiles it first; the engine uses pre-compiled patterns). */
export function matchPattern(pattern: FormatPattern, s: string): PatternMatch | undefined {
  return matchCompiled(compilePattern(pattern), s);
}

export interface IndexedPattern {
  format: TrackingFormat;
  /** Position of the format in the table: earlier formats win ties. */
  formatIndex: number;
  pattern: FormatPattern;
  compiled: CompiledPattern;
  /** Quick reject: the first character must be one of these (undefined: any). */
  firstChars: string | undefined;
}

function firstCharsOf(pattern: FormatPattern): string | undefined {
  const first = pattern.segments[0];
  if (!first) return undefined;
  if ('literal' in first) return first.literal.charAt(0);
  if ('anyOf' in first) return [...new Set(first.anyOf.map((s) => s.charAt(0)))].join('');
  if ('oneOf' in first) return first.oneOf;
  if (first.chars === 'digits') return '0123456789';
  if (first.chars === 'letters') return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  return undefined;
}

/** Patterns indexed by the total length they can match: identify() only tries patterns of the input's length. */
export interface FormatIndex {
  byLength: readonly (readonly IndexedPattern[])[];
  /**
   * The same lists narrowed by the number's first character (ASCII code): byFirst[length][code]. scan() asks about
   * many spans that fit no format; this keeps each question to the few patterns that can start like the span.
   */
  byFirst: readonly (readonly (readonly IndexedPattern[])[])[];
  minLength: number;
  maxLength: number;
}

const NO_PATTERNS: readonly IndexedPattern[] = [];

export function buildFormatIndex(formats: readonly TrackingFormat[]): FormatIndex {
  const byLength: IndexedPattern[][] = [];
  let minLength = Infinity;
  let maxLength = 0;
  formats.forEach((format, formatIndex) => {
    for (const pattern of format.patterns) {
      const entry: IndexedPattern = {
        format,
        formatIndex,
        pattern,
        compiled: compilePattern(pattern),
        firstChars: firstCharsOf(pattern),
      };
      for (const length of patternLengths(pattern)) {
        (byLength[length] ??= []).push(entry);
        minLength = Math.min(minLength, length);
        maxLength = Math.max(maxLength, length);
      }
    }
  });
  for (let length = 0; length <= maxLength; length++) byLength[length] ??= [];
  const byFirst = byLength.map((entries) => {
    const lists: IndexedPattern[][] = Array.from({ length: 128 }, () => []);
    for (const entry of entries) {
      for (let code = 0; code < 128; code++) {
        if (entry.firstChars === undefined || entry.firstChars.includes(String.fromCharCode(code)))
          lists[code]!.push(entry);
      }
    }
    return lists.map((list) => (list.length === 0 ? NO_PATTERNS : list));
  });
  return { byLength, byFirst, minLength, maxLength };
}
