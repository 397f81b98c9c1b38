/**
 * Days and times in the user's time zone. Deadlines are calendar days (`YYYY-MM-DD`); which day is "today", and when
 * 09:00 on a given day happens, depend on where the user is. `timeZone` is an IANA name; undefined means the
 * system's (what the extension's pages and background run in). Plain `Intl`, no time-zone data of our own.
 */

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const partFormats = new Map<string, Intl.DateTimeFormat>();

function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string | undefined,
  make: () => Intl.DateTimeFormat,
) {
  const key = timeZone ?? '';
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** A time zone Intl knows, else undefined (the system's): a bad name must not break a date. */
export function validTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    // The constructor throws a RangeError for a zone it does not know.
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The calendar day (`YYYY-MM-DD`) it is at `now` in `timeZone`. */
export function localDay(now: Date | number, timeZone?: string): string {
  const zone = validTimeZone(timeZone);
  // en-CA writes YYYY-MM-DD.
  const format = cached(
    dayFormats,
    zone,
    () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }),
  );
  return format.format(now);
}

/** How far the wall clock in `timeZone` is ahead of UTC at `epoch`, in ms. */
function offsetAt(epoch: number, timeZone: string | undefined): number {
  const format = cached(
    partFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(epoch)) parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - Math.floor(epoch / 1000) * 1000;
}

/**
 * The moment (epoch ms) the wall clock in `timeZone` shows `hour`:00 on `day`. Two passes find the offset in force
 * at that moment, so days when daylight saving time starts or ends come out right.
 */
export function localTime(day: string, hour: number, timeZone?: string): number {
  const zone = validTimeZone(timeZone);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour);
  const first = wall - offsetAt(wall, zone);
  return wall - offsetAt(first, zone);
}
