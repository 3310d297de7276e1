// Wall-clock arithmetic in IANA time zones with the built-in `Intl` only.
//
// An instant is a point on the real timeline (a `Date`, or epoch milliseconds); a wall time
// is what a clock in a zone shows. Going from an instant to a wall time is a lookup; going
// back is not always one-to-one: around a daylight-saving change a wall time can be skipped
// (spring forward: it never happens) or repeated (fall back: it happens twice). The single
// rule used here for both cases is "the first instant at which the zone's clock shows that
// wall time or later":
//   - a skipped wall time (02:30 on a spring-forward day) resolves to the first instant
//     after the gap, the moment the clock jumps (03:00 local);
//   - a repeated wall time (01:30 on a fall-back day) resolves to its earlier occurrence.
// So a freeze that starts at a skipped time starts as soon as the clock passes it, and a
// span between two wall times is always one contiguous piece of real time.
//
// Supported range: instants and wall times in years 1..9999 (what `YYYY` can write).

export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';
/** ISO order: Monday first. */
export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** A calendar date; `month` is 1-12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock date and time, as a clock in some zone shows it. */
export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading of an instant in a zone. */
export interface ZonedParts extends LocalDateTime {
  weekday: Weekday;
  /** Whole minutes since local midnight, 0..1439. */
  minutesSinceMidnight: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

// Building a DateTimeFormat is far more expensive than using one; evaluations reuse a few zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/**
 * True for a time-zone name `Intl` knows (America/Denver, Europe/Berlin, UTC, Etc/GMT+5).
 * Offset strings such as `+05:00` are refused even where the runtime accepts them (Node 24
 * does, Node 20 does not), so a policy means the same thing on every runner.
 */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '' || /^[+\-\u2212]/.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Epoch milliseconds of a wall time read as if it were UTC; valid for years 0..99 too. */
export function wallTimeAsUtcMillis(local: LocalDateTime): number {
  const date = new Date(0);
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  date.setUTCHours(local.hour, local.minute, local.second, 0);
  return date.getTime();
}

/** Day of the week of a calendar date (proleptic Gregorian, like `Date`). */
export function weekdayOf(date: LocalDate): Weekday {
  const sundayFirst = new Date(wallTimeAsUtcMillis({ ...date, hour: 0, minute: 0, second: 0 })).getUTCDay();
  return WEEKDAYS[(sundayFirst + 6) % 7];
}

/** The calendar date `days` days after (or before, when negative) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(
    wallTimeAsUtcMillis({ ...date, hour: 0, minute: 0, second: 0 }) + days * MS_PER_DAY,
  );
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** True when year/month/day name a real calendar date (no 2026-02-30). */
export function isCalendarDate(date: LocalDate): boolean {
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  return addDays({ ...date, day: 1 }, date.day - 1).month === date.month;
}

/** What the clock in `zone` shows at `instant` (to the second; milliseconds are dropped). */
export function zonedParts(instant: Date | number, zone: string): ZonedParts {
  const parts = formatterFor(zone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    if (!part) throw new Error(`Intl gave no ${type} for ${new Date(instant).toISOString()} in ${zone}`);
    return Number(part.value);
  };
  // Some ICU versions print midnight as 24 even with h23; it is the same day's 00.
  const hour = field('hour') % 24;
  const local = {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour,
    minute: field('minute'),
  };
  return {
    ...local,
    second: field('second'),
    weekday: weekdayOf(local),
    minutesSinceMidnight: hour * 60 + local.minute,
  };
}

/**
 * How far the zone's clock is ahead of UTC at `instant`, in milliseconds. Milliseconds, not
 * minutes: historical local mean times have odd offsets such as Berlin's +0:53:28.
 */
export function offsetMillisAt(instant: Date | number, zone: string): number {
  const millis = typeof instant === 'number' ? instant : instant.getTime();
  const wholeSecond = millis - (((millis % 1000) + 1000) % 1000);
  return wallTimeAsUtcMillis(zonedParts(wholeSecond, zone)) - wholeSecond;
}

/**
 * The instant at which the clock in `zone` shows `local` — for a skipped wall time the first
 * instant after the gap, for a repeated one the earlier occurrence (see the top of this file).
 */
export function zonedToInstant(local: LocalDateTime, zone: string): Date {
  const wall = wallTimeAsUtcMillis(local);
  const known = new Map<number, number>();
  const offsetAt = (t: number): number => {
    if (!known.has(t)) known.set(t, offsetMillisAt(t, zone));
    return known.get(t)!;
  };
  // The answer is `wall - offset` for an offset in force at the answer. Offsets are at most
  // about 15 hours, so the offsets a day either side of the wall time, and those at the
  // instants they point to, include the right one even with two transitions close together.
  const nearby = new Set([offsetAt(wall - MS_PER_DAY), offsetAt(wall + MS_PER_DAY)]);
  const pointedTo = [...nearby].map((offset) => offsetAt(wall - offset));
  const candidates = [...new Set([...nearby, ...pointedTo])].map((offset) => wall - offset);
  const exact = candidates.filter((t) => offsetAt(t) === wall - t);
  if (exact.length > 0) return new Date(Math.min(...exact));
  return new Date(firstInstantShowingAtLeast(wall, Math.min(...candidates), Math.max(...candidates), zone));
}

/**
 * In a spring-forward gap the clock only moves forward between the two candidate instants,
 * so a binary search finds the first millisecond whose wall time is at or after `wall`.
 */
function firstInstantShowingAtLeast(wall: number, before: number, after: number, zone: string): number {
  let low = before; // shows an earlier wall time
  let high = after; // shows `wall` or later
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (middle + offsetMillisAt(middle, zone) >= wall) high = middle;
    else low = middle;
  }
  return high;
}

const BOUND_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/** What a one-time window bound may look like, for error messages. */
export const BOUND_FORMAT =
  'YYYY-MM-DDTHH:MM[:SS] (wall time in the policy time zone), optionally followed by Z or an offset ±HH:MM';

/**
 * Parses a one-time window bound. Without an offset it is a wall time in `zone` (resolved as
 * described at the top of this file); with `Z` or `±HH:MM` it is that exact instant.
 * Throws a RangeError saying what is wrong with the text.
 */
export function parseWindowBound(text: string, zone: string): Date {
  const match = BOUND_PATTERN.exec(text);
  if (!match) throw new RangeError(`expected ${BOUND_FORMAT}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((n) => Number(n ?? 0));
  const local = { year, month, day, hour, minute, second };
  if (year < 1 || !isCalendarDate(local))
    throw new RangeError(`${match[1]}-${match[2]}-${match[3]} is not a date`);
  if (hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`${match[4]}:${match[5]}${match[6] ? `:${match[6]}` : ''} is not a time of day`);
  }
  const offset = match[7];
  if (offset === undefined) return zonedToInstant(local, zone);
  return new Date(wallTimeAsUtcMillis(local) - parseOffsetMillis(offset));
}

function parseOffsetMillis(offset: string): number {
  if (offset === 'Z') return 0;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  if (hours > 23 || minutes > 59) throw new RangeError(`offset ${offset} is out of range (-23:59 to +23:59)`);
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes) * MS_PER_MINUTE;
}

const WEEKDAY_LABELS: Record<Weekday, string> = {
  MON: 'Mon',
  TUE: 'Tue',
  WED: 'Wed',
  THU: 'Thu',
  FRI: 'Fri',
  SAT: 'Sat',
  SUN: 'Sun',
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A wall time for people: `Sat 2026-11-28 00:00` (seconds only when not zero). */
export function formatWallTime(instant: Date | number, zone: string): string {
  const p = zonedParts(instant, zone);
  const seconds = p.second === 0 ? '' : `:${pad(p.second)}`;
  return `${WEEKDAY_LABELS[p.weekday]} ${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}${seconds}`;
}

/** A wall time as the freeze messages write it: `2027-01-04 00:00` (seconds only when not zero). */
export function formatLocalTime(instant: Date | number, zone: string): string {
  return formatWallTime(instant, zone).slice(4);
}

/** How far ahead an instant is, for people: `in 3 d 4 h`, `in 13 d`, `in 2 h 5 min`, `in 40 min`. */
export function relativeTime(fromMs: number, toMs: number): string {
  const minutes = Math.floor((toMs - fromMs) / MS_PER_MINUTE);
  if (minutes < 1) return 'in under a minute';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return `in ${days} d${hours ? ` ${hours} h` : ''}`;
  if (hours > 0) return `in ${hours} h${rest ? ` ${rest} min` : ''}`;
  return `in ${rest} min`;
}
