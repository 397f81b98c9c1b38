/**
 * The lookup: every plausible tracking number in text a person selected, pasted, linked or typed, each identified as
 * on an order page (lib/order.ts `DetectedPackage`). One path for the context menu, the popup's lookup box,
 * `popup.html?q=`, the `find-carrier` message and the address bar.
 *
 * In order: the text is folded (./fold.ts: full-width and Arabic-Indic digits, Unicode spaces and dashes) and cut
 * into groups (./groups.ts); the engine's `scan()` and a regrouping pass (./spans.ts) find the numbers it knows,
 * however they are spaced; carrier names in the text (./names.ts) name the number right after them, which also
 * gives a carrier to numbers the engine does not know ("J&T Express 630127384950"); when nothing is found, a lone
 * number-shaped token is identified as if selected alone. Every step is linear in the text, and nothing here throws.
 */
import type { DetectedPackage } from '../order';
import { TRACKING_FORMATS, type TrackingCandidate, identifyCanonicalNumber, preferCarriers, scan } from '../tracking';
import { foldText } from './fold';
import { type Group, cutGroups } from './groups';
import { type NameMention, findCarrierNames, nameSpeaksFor, saysNotTracking } from './names';
import { type Found, digitNumberAllowed, findInGroups, rankOf } from './spans';

export interface LookupOptions {
  /** ISO 3166-1 alpha-2: carriers serving it rank first, and regional meanings of names apply. */
  region?: string;
  /** The user's preferred carriers (options page), for numbers that fit several. */
  preferred?: readonly string[];
}

/** Most numbers one lookup offers: a pasted column of a spreadsheet, not a whole page. */
export const MAX_LOOKUP_RESULTS = 50;

/** A package and where the text says it: from the carrier name that named it, when one did, to the number's end. */
export interface LocatedPackage {
  pkg: DetectedPackage;
  start: number;
  end: number;
}

/** A candidate list as a package: the best carrier, the rest as alternatives. */
export function packageFromCandidates(number: string, candidates: readonly TrackingCandidate[]): DetectedPackage {
  const [best] = candidates;
  const alternatives = [...new Set(candidates.slice(1).map((c) => c.carrier))].filter((id) => id !== best?.carrier);
  return {
    trackingNumber: number,
    ...(best
      ? {
          carrier: best.carrier,
          carrierSource: 'number' as const,
          confidence: best.confidence,
          // A candidate's `checksum: false` also means "no check digit", so only a verified one is reported.
          ...(best.checksum ? { checksum: true } : {}),
        }
      : {}),
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
}

/** Every tracking number in `text`, in order, each once. Empty for text with none (garbage, prose, phone numbers). */
export function lookup(text: string, options: LookupOptions = {}): DetectedPackage[] {
  return locatePackages(text, options).map((located) => located.pkg);
}

/** Formats whose first characters are distinctive (1Z, 94..., S10 letters): their reading beats a name in the text. */
const PREFIXED_FORMATS: ReadonlySet<string> = new Set(TRACKING_FORMATS.filter((f) => f.prefixed).map((f) => f.id));

/** Like `lookup`, with where each package is in the text. */
export function locatePackages(text: string, options: LookupOptions = {}): LocatedPackage[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const { region } = options;
  const folded = foldText(text);
  const groups = cutGroups(folded);
  const found = merge(scan(folded, region ? { region } : {}), findInGroups(groups, region));
  const mentions = findCarrierNames(folded, region);
  const located: LocatedPackage[] = [];

  // Numbers the engine knows, with the name before them when there is one.
  const names = new NameCursor(folded, mentions);
  for (const item of found) {
    const name = names.before(item.start);
    const pkg = decide(item.number, item.candidates, name?.carrier, options);
    if (pkg) located.push({ pkg, start: name?.start ?? item.start, end: item.end });
  }
  // Numbers the engine does not know, right after a carrier's name; a mistyped one is refused for good.
  const refused: { start: number; end: number }[] = [];
  located.push(...namedUnknownNumbers(folded, groups, mentions, found, options, refused));
  if (located.length === 0) located.push(...loneTokens(folded, groups, options, refused));

  const seen = new Set<string>();
  return located
    .toSorted((a, b) => a.start - b.start)
    .filter(({ pkg }) => !seen.has(pkg.trackingNumber) && !!seen.add(pkg.trackingNumber))
    .slice(0, MAX_LOOKUP_RESULTS);
}

/**
 * The lookup text for a selection too long to carry whole in a URL: the parts of it the lookup reads (each name and
 * number), which the lookup reads the same way again; the start of the text when it holds no number, so "nothing
 * found" quotes what was selected.
 */
export function condensedLookupText(text: string, maxLength: number, options: LookupOptions = {}): string {
  if (text.length <= maxLength) return text;
  let condensed = '';
  for (const { start, end } of locatePackages(text, options)) {
    const part = text.slice(start, end);
    if (condensed.length + part.length + 1 > maxLength) break; // as many whole parts as fit
    condensed = condensed ? `${condensed}\n${part}` : part;
  }
  return condensed || text.slice(0, maxLength);
}

/**
 * TikTok Shop order ids are 18 digits (product and package ids about 19), and people paste them into the lookup by
 * mistake: the popup says so instead of only "no tracking number found". ../shared/research/tiktok.md §2.3
 */
export function looksLikeOrderId(text: string): boolean {
  if (typeof text !== 'string') return false;
  return tokensOf(cutGroups(foldText(text)), 17, 19, 17).some(({ readings }) =>
    readings.some(({ number }) => /^\d+$/.test(number)),
  );
}

/**
 * scan() and the regrouping pass overlap. A reading that contains another wins: the shorter one is a piece of the
 * same number ("9400 1352 6018" of a USPS number wrapped over two lines; the 16-digit tail of a Canpar number).
 * Readings that cross each other: the stronger wins (a verified check digit, then confidence), then the longer.
 */
function merge(...lists: Found[][]): Found[] {
  // By start, the longest first at each start: a reading then contains the ones after it that end within it.
  const all = lists.flat().toSorted((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const item of all) {
    const last = kept.at(-1);
    if (last === undefined || last.end <= item.start) kept.push(item);
    else if (item.end > last.end && stronger(item, last) > 0) kept[kept.length - 1] = item;
  }
  return kept;
}

function stronger(a: Found, b: Found): number {
  return rankOf(a.candidates) - rankOf(b.candidates) || a.end - a.start - (b.end - b.start);
}

/** Walks the name mentions in step with numbers found left to right. */
class NameCursor {
  private next = 0;
  constructor(
    private readonly text: string,
    private readonly mentions: readonly NameMention[],
  ) {}

  /** The name right before `start` that speaks for the number there, if any. Calls must come in order of `start`. */
  before(start: number): NameMention | undefined {
    while (this.next < this.mentions.length && this.mentions[this.next]!.end <= start) this.next++;
    const mention = this.mentions[this.next - 1];
    return mention && nameSpeaksFor(this.text, mention.end, start) ? mention : undefined;
  }
}

/**
 * The package for a number: the engine's reading, unless the text names a carrier. A named carrier the number fits
 * comes first; a name beats a reading with nothing distinctive (a bare digit run that verifies by chance one time in
 * ten), and gives a carrier to a number the engine does not know, marked as named by the text. Undefined for a
 * mistyped number: one a single digit away from verifying for the named carrier or a distinctive format
 * ("UPS 1Z999AA10123456785"); the lookup then finds nothing, and the popup says to check the number for typos.
 */
function decide(
  number: string,
  candidates: readonly TrackingCandidate[],
  named: string | undefined,
  options: LookupOptions,
): DetectedPackage | undefined {
  if (named === undefined) return packageFromCandidates(number, preferCarriers(candidates, options.preferred ?? []));
  const fits = candidates.find((c) => c.carrier === named);
  if (fits) {
    const pkg = packageFromCandidates(number, [fits, ...candidates.filter((c) => c !== fits)]);
    // Two independent signals, the name and the format, agree.
    return pkg.confidence === 'low' ? { ...pkg, confidence: 'medium' } : pkg;
  }
  const top = candidates[0];
  if (top && PREFIXED_FORMATS.has(top.format) && (top.checksum || top.confidence !== 'low'))
    return packageFromCandidates(number, preferCarriers(candidates, options.preferred ?? []));
  if (failsCheckDigit(number, (c) => c.carrier === named || PREFIXED_FORMATS.has(c.format))) return undefined;
  const alternatives = [...new Set(candidates.map((c) => c.carrier))];
  return {
    trackingNumber: number,
    carrier: named,
    carrierSource: 'text',
    confidence: 'medium',
    ...(alternatives.length > 0 ? { alternatives } : {}),
  };
}

/**
 * Whether the number has the shape of a check-digit format with a wrong check digit: another digit at a check
 * position (the last character, or the third from last before an S10 country code) would verify, for a candidate
 * `counts` accepts. The engine only returns numbers that pass, so it is asked about those variants.
 */
function failsCheckDigit(number: string, counts: (candidate: TrackingCandidate) => boolean): boolean {
  for (const position of new Set([number.length - 1, number.length - 3])) {
    const printed = number.charCodeAt(position);
    if (!(printed >= 48 && printed <= 57)) continue;
    for (let digit = 48; digit <= 57; digit++) {
      if (digit === printed) continue;
      const variant = number.slice(0, position) + String.fromCharCode(digit) + number.slice(position + 1);
      if (identifyCanonicalNumber(variant).some((c) => c.checksum && counts(c))) return true;
    }
  }
  return false;
}

/** A distinctive format ("1Z...", "9400...", S10) whose check digit fails: a mistyped number, not an unknown one. */
function mistyped(number: string): boolean {
  return failsCheckDigit(number, (c) => PREFIXED_FORMATS.has(c.format));
}

/** Letters and digits a number the engine does not know must have to be offered at all. */
const MIN_UNKNOWN_LENGTH = 8;
const MAX_UNKNOWN_LENGTH = 40;

/**
 * Whether a number the engine does not know is shaped like a tracking number rather than a phone number, a date, a
 * price, a postcode or an order id: 8-40 characters with at least 4 digits; digit-only numbers under the engine's
 * free-text rules (12+ digits...), not grouped like a phone number, not a TikTok order id (18 digits from 57/58).
 */
function plausibleUnknown(number: string, parts: readonly Group[]): boolean {
  if (number.length < MIN_UNKNOWN_LENGTH || number.length > MAX_UNKNOWN_LENGTH) return false;
  const digits = parts.reduce((sum, group) => sum + group.digits, 0);
  if (digits < 4 || parts[0]!.plus) return false;
  if (digits < number.length) return true;
  return digitNumberAllowed(number, parts[0]!) && !/^5[78]\d{15,17}$/.test(number) && !phoneShaped(parts);
}

/**
 * Whether a number the engine does know could still be a phone number or an order id: after a '+', with the 0 of a
 * trunk prefix (12-13 digits or fewer), grouped like a phone number, or 17-19 digits (TikTok ids).
 */
function phoneOrOrderId(number: string, parts: readonly Group[]): boolean {
  return parts[0]!.plus || /^0\d{0,12}$/.test(number) || /^\d{17,19}$/.test(number) || phoneShaped(parts);
}

/**
 * Digit groups printed like a phone number ("1-800-275-8777", "0912 345 678", "03-1234-5678") or a date: three or
 * more short groups, 13 digits at most, not the even fours of a number printed for reading ("1234-5678-9012").
 */
function phoneShaped(parts: readonly Group[]): boolean {
  if (parts.length < 3 || parts.some((g) => g.digits !== g.text.length || g.digits > 4)) return false;
  const digits = parts.reduce((sum, group) => sum + group.digits, 0);
  return digits <= 13 && !parts.slice(0, -1).every((g) => g.digits === 4);
}

/** A run of groups read as one token (joined, on one line), as written and with a leading label left off. */
interface Token {
  /** The whole run first; then, when it starts with letter-only groups ("AWB", "RESI"), the run without them. */
  readings: { number: string; parts: Group[] }[];
  start: number;
  end: number;
}

/**
 * Groups joined on one line, as tokens. A line break inside a chunk splits it unless a piece cannot stand alone (a
 * wrapped number: "2" + line break + "021456645209476"). Only tokens with a reading of `minLength` to `maxLength`
 * characters with at least `minDigits` digits.
 */
function tokensOf(groups: readonly Group[], minLength: number, maxLength: number, minDigits: number): Token[] {
  const pieces: Group[][] = [];
  let piece: Group[] = [];
  for (let k = 0; k <= groups.length; k++) {
    const group = groups[k];
    if (group === undefined || !group.joined || group.lineBreak) {
      const previous = pieces.at(-1);
      // This piece continues the previous line's (joined across one line break), and one of them is a fragment.
      if (
        previous !== undefined &&
        piece.length > 0 &&
        piece[0]!.joined &&
        (!standsAlone(previous) || !standsAlone(piece)) &&
        length(previous) + length(piece) <= MAX_UNKNOWN_LENGTH
      )
        previous.push(...piece);
      else if (piece.length > 0) pieces.push(piece);
      piece = [];
    }
    if (group !== undefined) piece.push(group);
  }
  const tokens: Token[] = [];
  for (const whole of pieces) {
    let label = 0;
    while (label < whole.length - 1 && whole[label]!.digits === 0) label++;
    const readings = (label > 0 ? [whole, whole.slice(label)] : [whole])
      .filter((parts) => {
        const n = length(parts);
        return n >= minLength && n <= maxLength && parts.reduce((sum, g) => sum + g.digits, 0) >= minDigits;
      })
      .map((parts) => ({ number: parts.map((g) => g.text).join(''), parts }));
    if (readings.length > 0) tokens.push({ readings, start: whole[0]!.start, end: whole.at(-1)!.end });
  }
  return tokens;
}

function length(parts: readonly Group[]): number {
  return parts.reduce((sum, g) => sum + g.text.length, 0);
}

/** A piece of a line that could be a number on its own: 8+ characters, 12+ if only digits. */
function standsAlone(parts: readonly Group[]): boolean {
  const n = length(parts);
  return n >= MIN_UNKNOWN_LENGTH && (n >= 12 || parts.some((g) => g.digits < g.text.length));
}

/** Numbers right after a carrier's name that no engine reading covers, with the named carrier. */
function namedUnknownNumbers(
  text: string,
  groups: readonly Group[],
  mentions: readonly NameMention[],
  found: readonly Found[],
  options: LookupOptions,
  refused: { start: number; end: number }[],
): LocatedPackage[] {
  const out: LocatedPackage[] = [];
  const overlapsFound = overlapTest(found);
  let g = 0;
  for (const mention of mentions) {
    while (g < groups.length && (groups[g]!.start < mention.end || groups[g]!.digits === 0)) g++;
    const first = groups[g];
    if (!first || !nameSpeaksFor(text, mention.end, first.start)) continue;
    // The groups that follow on the same line, up to a number the engine read or the longest number.
    const parts = [first];
    let number = first.text;
    for (let k = g + 1; k < groups.length; k++) {
      const group = groups[k]!;
      if (!group.joined || group.lineBreak || number.length + group.text.length > MAX_UNKNOWN_LENGTH) break;
      parts.push(group);
      number += group.text;
    }
    while (parts.length > 1 && overlapsFound(parts)) number = number.slice(0, -parts.pop()!.text.length);
    if (overlapsFound(parts)) continue;
    const candidates = identifyCanonicalNumber(number, { region: options.region, joined: parts.length > 1 });
    // A format of the named carrier fits ("DHL Express 3318810025", which free text leaves out as phone-length):
    // the name and the format agree, unless the number is shaped like a phone number. Else the number must look
    // like a tracking number on its own.
    const fits = candidates.some((c) => c.carrier === mention.carrier);
    if (fits ? phoneOrOrderId(number, parts) : !plausibleUnknown(number, parts)) continue;
    const pkg = decide(number, candidates, mention.carrier, options);
    if (pkg) out.push({ pkg, start: mention.start, end: parts.at(-1)!.end });
    else refused.push({ start: first.start, end: parts.at(-1)!.end });
  }
  return out;
}

/**
 * Whether the span of some groups overlaps a number the engine read, in O(log n): a text repeating a carrier's name
 * before numbers has as many mentions as numbers, and scanning every number for each mention made lookups
 * quadratic (npm run bench, "carrier names before unknown numbers").
 */
function overlapTest(found: readonly Found[]): (parts: readonly Group[]) => boolean {
  const spans = found.toSorted((a, b) => a.start - b.start);
  // furthest[i]: the furthest end among the first i + 1 spans.
  const furthest: number[] = [];
  for (const span of spans) furthest.push(Math.max(span.end, furthest.at(-1) ?? -Infinity));
  return (parts) => {
    const start = parts[0]!.start;
    const end = parts.at(-1)!.end;
    // The last span that starts before `end`: some span up to it overlaps when the furthest end passes `start`.
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (spans[middle]!.start < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthest[low - 1]! > start;
  };
}

/** Most number-shaped tokens a text may hold for each to be read as if selected alone. */
const MAX_LONE_TOKENS = 3;
/** Text before a token that is read for "order", "call"...: the label in front of it. */
const LABEL_BEFORE = 30;

/**
 * When the engine finds nothing in free text: the few number-shaped tokens, each identified as if the user had
 * selected it alone ("Tracking #: 3318810025", a DHL air waybill the free-text rules leave out), or shown with an
 * unknown carrier ("QQ12345678XYZ"). Not after "order", "call"... (./names.ts), not phone- or date-shaped, not a
 * known format with a wrong check digit.
 */
function loneTokens(
  text: string,
  groups: readonly Group[],
  options: LookupOptions,
  refused: readonly { start: number; end: number }[],
): LocatedPackage[] {
  const tokens = tokensOf(groups, MIN_UNKNOWN_LENGTH, MAX_UNKNOWN_LENGTH, 6);
  if (tokens.length > MAX_LONE_TOKENS) return [];
  const out: LocatedPackage[] = [];
  for (const token of tokens) {
    if (saysNotTracking(text.slice(Math.max(0, token.start - LABEL_BEFORE), token.start))) continue;
    if (refused.some((r) => r.start < token.end && token.start < r.end)) continue;
    const pkg = loneReading(token.readings, options);
    if (pkg) out.push({ pkg, start: token.start, end: token.end });
  }
  return out;
}

/**
 * A token read as if selected alone: the first reading the engine knows, loose formats included ("GM 2951 1732 2517
 * 4494", "A 0214566452"); else the label-less reading with an unknown carrier when it looks like a tracking number.
 * A distinctive number with a wrong check digit ("LX000000006GB", an S10 typo) is neither passed off as a loose
 * format's nor offered as unknown: "nothing found" then says to check it for typos.
 */
function loneReading(readings: Token['readings'], options: LookupOptions): DetectedPackage | undefined {
  for (const { number, parts } of readings) {
    if (phoneOrOrderId(number, parts)) continue;
    const candidates = preferCarriers(
      identifyCanonicalNumber(number, { region: options.region }),
      options.preferred ?? [],
    );
    if (candidates.length === 0) continue;
    // Only a loose format's reading gives way (the strict formats are those read across separators).
    const looseOnly = identifyCanonicalNumber(number, { joined: true }).length === 0;
    if (looseOnly && !candidates[0]!.checksum && mistyped(number)) return undefined;
    return packageFromCandidates(number, candidates);
  }
  const { number, parts } = readings.at(-1)!;
  return plausibleUnknown(number, parts) && !phoneOrOrderId(number, parts) && !mistyped(number)
    ? { trackingNumber: number }
    : undefined;
}
