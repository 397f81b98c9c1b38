/**
 * Contacts a page prints where a carrier's name or number goes. Scammers put fake hotlines, emails and sites there
 * (../../shared/design.md, "Rules that protect users"), so:
 * - the carrier name as the page prints it is shown to the user ('The page says "…"') only when it holds none of
 *   them; otherwise it is not quoted at all (the carrier may still be recognised from a clean name at its start);
 * - a number printed like a phone number in a carrier field is not a tracking number.
 */
import { CONTROL_AND_BIDI } from '../untrusted-text';
import { PHONE_WORDS } from './phrases';
import { fold } from './text';

/** Every invisible format character (zero-width spaces and joiners, soft hyphens too): ignored when checking. */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/** Five digits or more, with only spaces, dashes, dots or parentheses between them: a phone or account number. */
const DIGIT_RUN = /\p{Nd}(?:[\s\-‐‑‒–—.·()]*\p{Nd}){4}/u;
/** A URL scheme ("https://", "mailto:", "tel:", "whatsapp:") or "www.". */
const SCHEME = /[a-z][a-z0-9+.-]*:\/\/|(?:mailto|tel|sms|callto|whatsapp|viber|skype):|(?<![a-z0-9])www\./i;
/** A dot (also the ideographic one browsers accept in addresses) followed by a word of 2+ letters: "scam.example". */
const DOMAIN = /[.。｡]\p{L}{2,}/u;
/** Longer texts are not a carrier's name. */
const MAX_CHECKED = 160;

/**
 * Whether the text may be shown as the carrier name the page prints: no run of 5+ digits, no '@', no URL or
 * domain-like word. Invisible characters and full-width forms are folded away first, so they cannot hide one.
 */
export function isQuotableCarrierText(text: string): boolean {
  if (text.length > MAX_CHECKED) return false;
  const plain = fold(text.replace(INVISIBLE, ''));
  return !DIGIT_RUN.test(plain) && !plain.includes('@') && !SCHEME.test(plain) && !DOMAIN.test(plain);
}

/**
 * The text to quote as the page's carrier name: single-spaced, without control or bidi formatting characters, cut to
 * `max` characters; undefined when the text is empty or not quotable (checked in full, before it is cut).
 */
export function carrierQuote(text: string, max: number): string | undefined {
  const clean = text.replace(/\s+/g, ' ').replace(CONTROL_AND_BIDI, '').trim();
  if (!clean || !isQuotableCarrierText(clean)) return undefined;
  return clean.length > max ? clean.slice(0, max).trimEnd() : clean;
}

const SEP = '[\\s.\\-‐‑‒–—]';
/** 3-3-4 (with an optional country code: "1-800-555-0199") or 3-4 digit groups, as phone numbers are written. */
const PHONE_GROUPS = new RegExp(`^(?:(?:\\d{1,3}${SEP})?\\d{3}${SEP}\\d{3}|\\d{3})${SEP}\\d{4}$`);
/** A "+" country prefix, right before the number or at the end of the text before it ("WhatsApp +44 7700 900123"). */
const PLUS_BEFORE = /\+[\s\d]*$/;

function buildPhoneWords(): RegExp {
  const words = [...new Set(Object.values(PHONE_WORDS).flat())].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Latin words are whole words ("tel" is not in "hotel"); Thai and CJK do not space their words.
  const spaced = words.filter((w) => /^\p{Script=Latin}/u.test(w));
  const unspaced = words.filter((w) => !/^\p{Script=Latin}/u.test(w));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${spaced.join('|')})(?![\\p{L}\\p{N}])|${unspaced.join('|')}`, 'u');
}

const PHONE_WORD = buildPhoneWords();

/**
 * Whether `number`, printed after `before` in one text, reads as a phone number: it starts with (or follows) a "+",
 * is grouped 3-3-4 or 3-4, or follows a word such as "call", "WhatsApp" or "hotline" in any label language.
 */
export function looksLikePhone(before: string, number: string): boolean {
  const printed = fold(number).trim();
  if (printed.startsWith('+') || PHONE_GROUPS.test(printed)) return true;
  const head = fold(before).toLowerCase();
  return PLUS_BEFORE.test(head) || PHONE_WORD.test(head);
}
