/**
 * Text normalization shared by the dictionary and the page reader, so that a label written in the data and the
 * same label printed by a page (full-width, odd spacing, a trailing colon) meet on one key.
 */

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** NFKC folds full-width digits and letters (１２３ → 123, ＪＸ → JX) and composes accents; skipped for plain ASCII. */
export function fold(text: string): string {
  return isAscii(text) ? text : text.normalize('NFKC');
}

/** Curly quotes, bullets and label punctuation that vary between UIs without changing the meaning. */
const QUOTES = /[‘’]/g;
const SPACES = /\s+/g;
const EDGES = /^[\s*•·]+|[\s:*•·]+$/g;

/** The lookup key of a short text: folded, lower case, single spaces, without a leading bullet or trailing colon. */
export function textKey(text: string): string {
  return fold(text).toLowerCase().replace(QUOTES, "'").replace(SPACES, ' ').replace(EDGES, '');
}

/** Characters people put inside a number to make it readable: spaces (also non-breaking), dashes, dots. */
const READING_SEPARATORS = /[\s\-‐‑‒–—.·]/g;

/** A number as the user would type it: folded, upper case, without reading separators. */
export function compactToken(text: string): string {
  return fold(text).replace(READING_SEPARATORS, '').toUpperCase();
}

/** Tokens that can be (part of) a tracking number as printed: letters, digits and reading separators only. */
const TOKEN_LIKE = /^[A-Za-z0-9][A-Za-z0-9\s\-‐‑‒–—.·]*$/;

/** An ellipsis (or the "..." NFKC makes of it) means the UI cut the number short: that text is not the number. */
const TRUNCATED = /\.\.|…/;

export function isTokenLike(text: string): boolean {
  return TOKEN_LIKE.test(text) && !TRUNCATED.test(text);
}

export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Untrusted page text shown to the user: single-spaced and length-bounded. */
export function bounded(text: string, max = 80): string {
  const single = text.replace(SPACES, ' ').trim();
  return single.length > max ? single.slice(0, max).trimEnd() : single;
}
