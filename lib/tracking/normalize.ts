/**
 * Character classes and the canonical form of a tracking number.
 *
 * Pages show tracking numbers spaced for reading ("9400 1112 0108 ..."), with dashes, with no-break spaces, in
 * lower case when users type them, and in full-width forms on Asian pages ("ＪＸ７０５３..."). The engine works on one
 * canonical form: upper-case ASCII letters and digits only.
 */

/** A character that is neither a letter, a digit nor a separator: it ends a token. */
export const CHAR_OTHER = 0;
export const CHAR_DIGIT = 1;
export const CHAR_UPPER = 2;
export const CHAR_LOWER = 3;
/** A space or dash that may sit inside a number spaced for reading. */
export const CHAR_SEPARATOR = 4;
/**
 * An invisible character that is skipped as if absent: zero-width spaces and joiners, the word joiner, the byte order
 * mark and the soft hyphen. Text copied from web pages carries them inside numbers (line-break hints, editors).
 */
export const CHAR_IGNORABLE = 5;

export type CharClass = 0 | 1 | 2 | 3 | 4 | 5;

const ASCII_CLASS = new Uint8Array(128);
for (let code = 48; code <= 57; code++) ASCII_CLASS[code] = CHAR_DIGIT;
for (let code = 65; code <= 90; code++) ASCII_CLASS[code] = CHAR_UPPER;
for (let code = 97; code <= 122; code++) ASCII_CLASS[code] = CHAR_LOWER;
ASCII_CLASS[0x20] = CHAR_SEPARATOR; // space
ASCII_CLASS[0x2d] = CHAR_SEPARATOR; // hyphen-minus

/**
 * Classifies one UTF-16 code unit. Full-width digits and letters (U+FF10..) count as their ASCII forms; no-break,
 * thin and ideographic spaces and the Unicode hyphens and dashes used between digit groups count as separators.
 */
export function charClass(code: number): CharClass {
  if (code < 128) return ASCII_CLASS[code] as CharClass;
  if (code >= 0xff10 && code <= 0xff19) return CHAR_DIGIT;
  if (code >= 0xff21 && code <= 0xff3a) return CHAR_UPPER;
  if (code >= 0xff41 && code <= 0xff5a) return CHAR_LOWER;
  switch (code) {
    case 0x00a0: // no-break space
    case 0x2007: // figure space
    case 0x2009: // thin space
    case 0x202f: // narrow no-break space
    case 0x3000: // ideographic space
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2212: // minus sign
    case 0xff0d: // full-width hyphen-minus
      return CHAR_SEPARATOR;
    case 0x00ad: // soft hyphen
    case 0x200b: // zero-width space
    case 0x200c: // zero-width non-joiner
    case 0x200d: // zero-width joiner
    case 0x2060: // word joiner
    case 0xfeff: // zero-width no-break space (byte order mark)
      return CHAR_IGNORABLE;
    default:
      return CHAR_OTHER;
  }
}

/** The upper-case ASCII code of a letter or digit (any width); call only for CHAR_DIGIT/UPPER/LOWER. */
export function foldAlnum(code: number): number {
  if (code < 128) return code >= 97 ? code - 32 : code;
  if (code <= 0xff19) return code - 0xff10 + 48;
  if (code <= 0xff3a) return code - 0xff21 + 65;
  return code - 0xff41 + 65;
}

/** Whitespace that identify() drops besides the separators: tabs and line breaks inside a pasted number. */
function isOtherWhitespace(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c;
}

/**
 * The canonical form of a tracking number: upper-case ASCII, full-width digits and letters folded, spaces, dashes,
 * no-break spaces, line breaks and invisible characters (zero-width spaces, soft hyphens) removed. Any other character (punctuation, other scripts) is kept as it is, so a
 * caller can tell that the input was not a bare number.
 */
export function normalizeTrackingNumber(input: string): string {
  let out = '';
  let runStart = 0; // start of a run of characters that are already canonical, copied in one slice
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const cls = charClass(code);
    if ((cls === CHAR_DIGIT || cls === CHAR_UPPER) && code < 128) continue;
    if (cls === CHAR_OTHER && !isOtherWhitespace(code)) continue;
    out += input.slice(runStart, i);
    runStart = i + 1;
    if (cls === CHAR_DIGIT || cls === CHAR_UPPER || cls === CHAR_LOWER) out += String.fromCharCode(foldAlnum(code));
  }
  return runStart === 0 ? input : out + input.slice(runStart);
}

/** True when the string is non-empty and only upper-case ASCII letters and digits. */
export function isCanonical(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90))) return false;
  }
  return true;
}
