// Recurring freeze windows written as RFC 5545 rules: `FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20`
// with a local start time and an RFC 5545 duration (`P14D`, `PT8H`, `P1DT12H`).
//
// The `rrule` package computes dates in "floating" time: a JavaScript Date whose UTC fields are
// the local calendar fields. So the rule runs on local dates only (midnight, floating), and
// each occurrence date is turned into real time here, in the window's zone, by zoned-time.ts.
// A duration's weeks and days are nominal (RFC 5545 §3.3.6): P14D from 00:00 ends at 00:00
// fourteen calendar days later whatever daylight-saving change lies between, so a window
// covers the same local wall-clock hours on both sides of a change. Hours, minutes and
// seconds are exact time added after that.
import type { RRule as RRuleType } from 'rrule';
import { library } from '../util/libraries.js';
import { addDays, wallTimeAsUtcMillis, zonedToInstant, type LocalDate } from './zoned-time.js';

/** An RFC 5545 duration, split into its nominal (calendar days) and exact parts. */
export interface NominalDuration {
  /** Weeks × 7 + days: added to the local date. */
  days: number;
  /** Hours, minutes and seconds in milliseconds: added to the instant. */
  exactMs: number;
  text: string;
}

// RFC 5545 §3.3.6 dur-value, without a sign (a freeze cannot last a negative time):
// P[n]W, or P[n]D with an optional time part, or PT with hours, minutes and/or seconds in order.
const DURATION_GRAMMAR =
  /^P(?:\d+W|\d+D(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?|T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)$/;

/** Parses a duration; null when the text is not an RFC 5545 duration or it lasts no time. */
export function parseDuration(text: string): NominalDuration | null {
  // The grammar decides what is accepted (ical.js reads `P1.5D` as a day); ical.js the values.
  if (!DURATION_GRAMMAR.test(text) || /T$/.test(text)) return null;
  const duration = library('ical').Duration.fromString(text);
  const days = duration.weeks * 7 + duration.days;
  const exactMs = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  return days === 0 && exactMs === 0 ? null : { days, exactMs, text };
}

export const DURATION_FORMAT =
  'an RFC 5545 duration such as P14D, P2W, PT8H or P1DT12H (weeks, days, hours, minutes, seconds; no months or years)';

const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
/** Parts a rule may use; the time of day comes from `start`, the first date from `from`. */
const RULE_PARTS = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYMONTH',
  'BYMONTHDAY',
  'BYYEARDAY',
  'BYWEEKNO',
  'BYDAY',
  'BYSETPOS',
  'WKST',
]);

/** Where a rule starts counting (INTERVAL, COUNT) when the window names no `from` date. */
export const DEFAULT_RULE_START: LocalDate = { year: 2000, month: 1, day: 1 };

/**
 * A rule that yields local dates. Throws a RangeError saying what is wrong: an unknown part, a
 * frequency below a day, a value out of range, or a rule that never occurs.
 */
export function parseDateRule(text: string, from: LocalDate = DEFAULT_RULE_START): DateRule {
  const RRule = library('rrule');
  const parts = text.split(';').map((part) => part.split('='));
  for (const [name, value] of parts) {
    if (!name || value === undefined || value === '')
      throw new RangeError(`'${name ?? ''}' is not NAME=VALUE`);
    if (name === 'BYHOUR' || name === 'BYMINUTE' || name === 'BYSECOND')
      throw new RangeError(`${name} is not used here: the time of day is the window's 'start'`);
    if (name === 'DTSTART') throw new RangeError(`DTSTART is not used here: write the first date as 'from'`);
    if (!RULE_PARTS.has(name)) throw new RangeError(`unknown rule part '${name}'`);
    if (
      name === 'BYDAY' &&
      !value.split(',').every((day) => /^[+-]?\d{0,2}(?:MO|TU|WE|TH|FR|SA|SU)$/.test(day))
    )
      throw new RangeError(`BYDAY=${value} is not a list of days such as MO,FR or -1FR`);
  }
  const freq = parts.find(([name]) => name === 'FREQ')?.[1];
  if (!freq || !(FREQUENCIES as readonly string[]).includes(freq))
    throw new RangeError(
      `FREQ must be one of ${FREQUENCIES.join(', ')} (got ${freq ? `'${freq}'` : 'none'})`,
    );
  let options;
  try {
    options = RRule.parseString(text);
  } catch (error) {
    throw new RangeError((error as Error).message);
  }
  checkRange(options.bymonth, 1, 12, 'BYMONTH');
  checkRange(options.bymonthday, 1, 31, 'BYMONTHDAY', true);
  checkRange(options.byyearday, 1, 366, 'BYYEARDAY', true);
  checkRange(options.byweekno, 1, 53, 'BYWEEKNO', true);
  checkRange(options.bysetpos, 1, 366, 'BYSETPOS', true);
  if (options.interval !== undefined && options.interval < 1)
    throw new RangeError('INTERVAL must be 1 or more');
  const dtstart = floating(from);
  const rule = new RRule({ ...options, dtstart, tzid: null });
  // Looked for within a century: rrule would otherwise walk to the year 9999 to say "never".
  const century = floating({ ...from, year: from.year + 100, day: Math.min(from.day, 28) });
  if (rule.between(dtstart, century, true, (_date, index) => index < 1).length === 0)
    throw new RangeError('the rule never occurs (not within 100 years of its first date)');
  return { text, from, rule, options: { ...options, tzid: null } };
}

/** A parsed rule: its first date, and the options to start it again nearer a query. */
export interface DateRule {
  text: string;
  from: LocalDate;
  rule: RRuleType;
  options: ReturnType<typeof RRuleType.parseString>;
}

const MS_PER_DAY = 86_400_000;

/**
 * The rule started again at the latest date on or before `first` that is a whole number of its
 * periods (INTERVAL × FREQ) after `from`, and one period earlier still: the same occurrences
 * from `first` on, without rrule walking every period since `from` (a daily rule since 2000
 * is thousands of steps). A rule with COUNT counts from `from` and is left as it is, and so
 * is a monthly or yearly rule from a day some months or years lack.
 */
function ruleNear(dateRule: DateRule, first: LocalDate): RRuleType {
  const RRule = library('rrule');
  const { from, options, rule } = dateRule;
  if (options.count !== undefined && options.count !== null) return rule;
  const interval = options.interval ?? 1;
  const fromMs = floating(from).getTime();
  const firstMs = floating(first).getTime();
  if (firstMs <= fromMs) return rule;
  let anchor: LocalDate;
  if (options.freq === RRule.DAILY || options.freq === RRule.WEEKLY) {
    const period = (options.freq === RRule.DAILY ? 1 : 7) * interval;
    const periods = Math.floor((firstMs - fromMs) / MS_PER_DAY / period) - 1;
    if (periods < 1) return rule;
    anchor = fromFloating(new Date(fromMs + periods * period * MS_PER_DAY));
  } else {
    if (from.day > 28) return rule;
    const months = options.freq === RRule.MONTHLY ? interval : 12 * interval;
    const elapsed = (first.year - from.year) * 12 + (first.month - from.month);
    const periods = Math.floor(elapsed / months) - 1;
    if (periods < 1) return rule;
    const total = from.month - 1 + periods * months;
    anchor = { year: from.year + Math.floor(total / 12), month: (total % 12) + 1, day: from.day };
  }
  return new RRule({ ...options, dtstart: floating(anchor) });
}

function checkRange(
  value: number | number[] | null | undefined,
  min: number,
  max: number,
  name: string,
  negativeAllowed = false,
): void {
  const values = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  for (const v of values) {
    const magnitude = negativeAllowed ? Math.abs(v) : v;
    if (!Number.isInteger(v) || magnitude < min || magnitude > max)
      throw new RangeError(
        `${name}=${v} is out of range (${negativeAllowed ? `±${min}..${max}` : `${min}..${max}`})`,
      );
  }
}

/** A local date as rrule's floating Date (its UTC fields are the local fields). */
function floating(date: LocalDate): Date {
  return new Date(wallTimeAsUtcMillis({ ...date, hour: 0, minute: 0, second: 0 }));
}

function fromFloating(date: Date): LocalDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The local dates on which the rule occurs, from `first` to `last` inclusive. */
export function ruleDatesBetween(rule: DateRule, first: LocalDate, last: LocalDate): LocalDate[] {
  return ruleNear(rule, first).between(floating(first), floating(last), true).map(fromFloating);
}

/** The first local date on or after `first` on which the rule occurs, or null. */
export function nextRuleDate(rule: DateRule, first: LocalDate): LocalDate | null {
  const next = ruleNear(rule, first).after(floating(first), true);
  return next ? fromFloating(next) : null;
}

/**
 * The real-time span of one occurrence: from `startMinute` on the local date, for the
 * duration (nominal days first, then exact time). Empty (end ≤ start) cannot happen for a
 * positive duration except in a daylight-saving gap of a few minutes; the caller drops it.
 */
export function occurrenceSpan(
  date: LocalDate,
  startMinute: number,
  duration: NominalDuration,
  zone: string,
): { startMs: number; endMs: number } {
  const at = (day: LocalDate): number =>
    zonedToInstant(
      { ...day, hour: Math.floor(startMinute / 60), minute: startMinute % 60, second: 0 },
      zone,
    ).getTime();
  const startMs = at(date);
  const endMs = at(addDays(date, duration.days)) + duration.exactMs;
  return { startMs, endMs };
}
