/**
 * Folding of selected text into the few character classes the lookup reads, one UTF-16 unit for one, so that every
 * offset into the folded text is an offset into the text the user selected.
 *
 * Tracking numbers reach people through emails, chats, spreadsheets and the OCR of screenshots: digits come full-width
 * from Chinese and Japanese pages, in Arabic-Indic, Thai or Devanagari forms from local-language messages, with
 * no-break, thin and ideographic spaces and typographic dashes between groups.
 */

/**
 * The zero of each decimal-digit block folded to ASCII (full-width digits are among the full-width forms): Arabic-Indic, Extended Arabic-Indic (Persian,
 * Urdu), Devanagari, Bengali, Thai, Lao, Myanmar, Khmer. https://www.unicode.org/charts/ (each block's "Digits").
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040, 0x17e0];

/** Spaces that sit between digit groups: no-break, Ogham, en/em/figure/thin/hair, narrow no-break, math, ideographic. */
function isUnicodeSpace(code: number): boolean {
  return (
    code === 0x00a0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Hyphens and dashes: hyphen, non-breaking hyphen, figure dash, en and em dash, bar, minus, small and full-width. */
function isUnicodeDash(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63;
}

/** The same text with one ASCII character for each folded one; everything else unchanged (same length). */
export function foldText(text: string): string {
  let out = '';
  let runStart = 0; // characters that need no folding are copied in slices
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const folded = foldCode(code);
    if (folded === code) continue;
    out += text.slice(runStart, i) + String.fromCharCode(folded);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

function foldCode(code: number): number {
  // Full-width ASCII forms (！ to ～), digits and letters among them.
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return 48 + code - zero;
  if (isUnicodeSpace(code)) return 0x20;
  if (isUnicodeDash(code)) return 0x2d;
  if (code === 0x2028 || code === 0x2029) return 0x0a; // line and paragraph separators
  return code;
}
