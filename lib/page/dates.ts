/**
 * Dates as order pages print them, in every market's format, to ISO `YYYY-MM-DD`:
 * "Nov 3, 2026", "3 nov 2026", "3 de noviembre de 2026", "3. November 2026", "03/11/2026" (day first outside the
 * US), "11/03/2026" (US), "2026-11-03 14:22", "2026/11/03", "2026年11月3日", "3 Thg 11, 2026", "3 พ.ย. 2569"
 * (Thai Buddhist year), and ranges such as "Nov 5 - Nov 8, 2026" or "Nov 5-8, 2026".
 */
import { MONTH_NAMES } from './phrases';
import { fold } from './text';

export interface DateOptions {
  /** Numeric dates are month first (US). Otherwise day first, unless only one reading is a valid date. */
  monthFirst?: boolean;
  /**
   * The order date (ISO), for dates printed without a year ("Jan 3" on an order placed Dec 28, 2026): they take its
   * year, or the next one when that would put them before the order.
   */
  orderDate?: string;
}

/** Values are read from label rows; anything longer is not a date field. */
const MAX_DATE_TEXT = 200;
const MONTH_TOKEN = (month: number) => ` \u00a7m${month}\u00a7 `;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildMonthWords(): { regex: RegExp; months: Map<string, number> } {
  const months = new Map<string, number>();
  for (const language of MONTH_NAMES) {
    language.months.forEach((names, index) => {
      for (const name of names) months.set(fold(name).toLowerCase(), index + 1);
    });
  }
  const alternation = [...months.keys()]
    .toSorted((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // A month word is a whole word: not inside "mayor" or "marzipan". Thai has no spaces but its month names
  // are long or dotted abbreviations, so the same rule holds for the characters around them.
  return { regex: new RegExp(`(?<!\\p{L})(?:${alternation})\\.?(?!\\p{L})`, 'gu'), months };
}

const MONTH_WORDS = buildMonthWords();
/** Vietnamese writes the month as "tháng 11" or "Thg 11". */
const VI_MONTH = /(?<!\p{L})(?:tháng|thg)\s*(\d{1,2})(?!\d)/gu;

const CJK_FULL = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/g;
const CJK_NO_YEAR = /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const ISO_LIKE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g;
const WORD_MONTH =
  /(?:(?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?\.?\s*(?:de\s+|di\s+)?)?\u00a7m(\d{1,2})\u00a7\.?\s*(?:(?<!\d)(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:\s*[-–~]\s*(\d{1,2})(?!\d))?)?[\s,]*(?:de\s+|del\s+)?(?:(\d{4})(?!\d))?/g;
const NUMERIC = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/g;

interface RawDate {
  year?: number;
  month: number;
  day: number;
}

function fullYear(year: number): number {
  if (year < 100) return 2000 + year;
  // Thai pages count years in the Buddhist era (2569 BE = 2026 CE).
  if (year > 2400) return year - 543;
  return year;
}

function isValid(year: number, month: number, day: number): boolean {
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date in the text, in the order printed, as ISO strings. */
export function parseDates(text: string, options: DateOptions = {}): string[] {
  if (!text) return [];
  let s = fold(text.length > MAX_DATE_TEXT ? text.slice(0, MAX_DATE_TEXT) : text).toLowerCase();
  s = s.replace(VI_MONTH, (_, month: string) => MONTH_TOKEN(Number(month)));
  s = s.replace(MONTH_WORDS.regex, (word) =>
    MONTH_TOKEN(MONTH_WORDS.months.get(word) ?? MONTH_WORDS.months.get(word.replace(/\.$/, '')) ?? 0),
  );

  const found: { at: number; end: number; date: RawDate }[] = [];
  const overlaps = (at: number, end: number) => found.some((f) => at < f.end && end > f.at);
  const collect = (regex: RegExp, read: (m: RegExpExecArray) => RawDate[]) => {
    regex.lastIndex = 0;
    for (let m = regex.exec(s); m; m = regex.exec(s)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const end = m.index + m[0].length;
      if (overlaps(m.index, end)) continue;
      for (const date of read(m)) found.push({ at: m.index, end, date });
    }
  };

  collect(CJK_FULL, (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }]);
  collect(CJK_NO_YEAR, (m) => [{ month: Number(m[1]), day: Number(m[2]) }]);
  collect(ISO_LIKE, (m) => [{ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }]);
  collect(WORD_MONTH, (m) => {
    const month = Number(m[2]);
    const year = m[5] ? Number(m[5]) : undefined;
    if (m[1]) return [{ year, month, day: Number(m[1]) }];
    if (!m[3]) return [];
    const dates: RawDate[] = [{ year, month, day: Number(m[3]) }];
    if (m[4]) dates.push({ year, month, day: Number(m[4]) });
    return dates;
  });
  collect(NUMERIC, (m) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    // Day first everywhere but the US, unless that reading is impossible ("11/25/2026").
    const dayFirst = options.monthFirst ? a > 12 && b <= 12 : !(b > 12 && a <= 12);
    return [dayFirst ? { year, month: b, day: a } : { year, month: a, day: b }];
  });

  found.sort((x, y) => x.at - y.at);
  return withYears(
    found.map((f) => f.date),
    options.orderDate,
  );
}

/**
 * ISO dates for what the text printed, in order. A date printed without a year takes the year of the next date that
 * has one ("Dec 30 - Jan 3, 2027": the year before when it would come after it), else of the previous one, else of
 * the order; and it never comes before the date printed just before it (the start of its range) nor before the
 * order: "Dec 30 - Jan 3" next to an order of Dec 28, 2026 ends on 2027-01-03.
 */
function withYears(dates: RawDate[], orderDate: string | undefined): string[] {
  const out: string[] = [];
  let previous: string | undefined;
  let previousYear: number | undefined;
  dates.forEach((date, index) => {
    let value: string | undefined;
    if (date.year !== undefined) {
      value = validIso(fullYear(date.year), date.month, date.day);
    } else {
      const next = dates.slice(index + 1).find((d) => d.year !== undefined);
      if (next) {
        const nextYear = fullYear(next.year!);
        const nextIso = iso(nextYear, next.month, next.day);
        value = validIso(nextYear, date.month, date.day);
        if (value && value > nextIso) value = validIso(nextYear - 1, date.month, date.day);
      } else {
        const year = previousYear ?? (orderDate ? Number(orderDate.slice(0, 4)) : undefined);
        const floor = previous ?? orderDate;
        if (year !== undefined) {
          value = validIso(year, date.month, date.day);
          if (value && floor && value < floor) value = validIso(year + 1, date.month, date.day);
        }
      }
    }
    if (!value) return;
    out.push(value);
    previous = value;
    previousYear = Number(value.slice(0, 4));
  });
  return out;
}

function validIso(year: number, month: number, day: number): string | undefined {
  return isValid(year, month, day) ? iso(year, month, day) : undefined;
}

/** The latest date in the text: the end of an estimated-delivery range. */
export function latestDate(text: string, options?: DateOptions): string | undefined {
  const dates = parseDates(text, options);
  return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : undefined;
}

/** The first date in the text: when a field prints a date and a time or a second date, the date it names. */
export function firstDate(text: string, options?: DateOptions): string | undefined {
  return parseDates(text, options)[0];
}
