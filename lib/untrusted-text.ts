/**
 * Control characters (Unicode Cc) and bidirectional marks, overrides and isolates. Text from a page or a selection
 * can use them to display reversed or spoofed text inside our own sentences, so they never reach the UI.
 * https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
 * Global: use it with `replace`, not `test` (a global regex keeps state between `test` calls).
 */
export const CONTROL_AND_BIDI = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
