// freeze_window: blocks while the evaluation time falls inside a declared freeze window.
//
// Every window is turned into spans of real time, [start, end) in epoch milliseconds, near
// the evaluation time. A weekly window has one span per listed day, from the first moment the
// zone's clock shows `start` on that day to the first moment it shows `end` (see zoned-time.ts
// for how skipped and repeated wall times resolve). So an occurrence is always one contiguous
// piece of real time: on a fall-back day 01:00–03:00 lasts three hours, on a spring-forward
// day one hour, and a window that lies wholly inside the skipped hour does not occur that day.
// Back-to-back days of one window form one span (SAT+SUN 00:00–24:00 runs Saturday 00:00 to
// Monday 00:00), which is what "until" reports.
//
// Recurring windows by RFC 5545 rule (recurrence.ts) and the events of an iCalendar file
// (calendar-windows.ts) become spans the same way, so every kind is judged alike.

import { readCalendarFile, type CalendarFile } from '../facts/calendar.js';
import { GateError, type Verdict } from '../model/types.js';
import { parseCalendar, type CalendarEvent } from './calendar-windows.js';
import {
  DURATION_FORMAT,
  nextRuleDate,
  occurrenceSpan,
  parseDateRule,
  parseDuration,
  ruleDatesBetween,
  type NominalDuration,
} from './recurrence.js';
import type { GateType } from './types.js';
import {
  addDays,
  BOUND_FORMAT,
  formatLocalTime,
  relativeTime,
  isValidTimeZone,
  isCalendarDate,
  parseWindowBound,
  WEEKDAYS,
  weekdayOf,
  zonedParts,
  zonedToInstant,
  type LocalDate,
  type Weekday,
} from './zoned-time.js';

export type { Weekday } from './zoned-time.js';

export interface OneTimeWindowParams {
  name: string;
  /** `YYYY-MM-DDTHH:MM[:SS]` wall time in the policy zone, or with `Z`/`±HH:MM`. */
  start: string;
  end: string;
}

export interface WeeklyWindowParams {
  name: string;
  weekly: { days: Weekday[]; start: string; end: string };
}

export interface RruleWindowParams {
  name: string;
  /** RFC 5545 RRULE parts on dates, e.g. `FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20`. */
  rrule: string;
  /** Local start time on each date, `HH:MM`. */
  start: string;
  /** RFC 5545 duration, e.g. `P14D`. */
  duration: string;
  /** First date the rule counts from (INTERVAL, COUNT), `YYYY-MM-DD`. */
  from?: string;
}

export interface FreezeWindowParams {
  timezone: string;
  windows?: (OneTimeWindowParams | WeeklyWindowParams | RruleWindowParams)[];
  /** An iCalendar file whose events are freeze windows. */
  calendar?: { file: string };
}

/** When the evaluation happens, and the calendar file when the policy names one. */
export interface FreezeFacts {
  now: Date;
  calendar?: CalendarFile;
}

export type FreezeWindowKind = 'one_time' | 'weekly' | 'rrule' | 'calendar';

export interface ValidOneTimeWindow {
  kind: 'one_time';
  name: string;
  startMs: number;
  endMs: number;
}

export interface ValidWeeklyWindow {
  kind: 'weekly';
  name: string;
  days: ReadonlySet<Weekday>;
  /** Minutes since local midnight; `endMinute` may be 1440 (24:00). */
  startMinute: number;
  endMinute: number;
}

export interface ValidRruleWindow {
  kind: 'rrule';
  name: string;
  rule: ReturnType<typeof parseDateRule>;
  startMinute: number;
  duration: NominalDuration;
}

export interface ValidCalendarWindow {
  kind: 'calendar';
  name: string;
  event: CalendarEvent;
}

export type ValidFreezeWindow =
  ValidOneTimeWindow | ValidWeeklyWindow | ValidRruleWindow | ValidCalendarWindow;

/** Parameters that passed validation, with every bound parsed. */
export interface ValidFreezeParams {
  timezone: string;
  windows: ValidFreezeWindow[];
}

const CODE_INVALID = 'INVALID_PARAMS';
/** How far ahead the gate looks for windows that continue a freeze. */
const LOOKAHEAD_DAYS = 14;
/** How far ahead the gate looks for the next window (a yearly freeze is up to a year away). */
const NEXT_HORIZON_DAYS = 366;
const MS_PER_DAY = 86_400_000;
const MINUTES_PER_DAY = 1440;

const START_PATTERN = '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$';
const END_PATTERN = '^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';
const BOUND_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2})?$';

const ONE_TIME_WINDOW_SCHEMA = {
  type: 'object',
  description: 'A one-time window [start, end).',
  additionalProperties: false,
  required: ['name', 'start', 'end'],
  properties: {
    name: { type: 'string', minLength: 1 },
    start: { type: 'string', pattern: BOUND_PATTERN, description: `Inclusive. ${BOUND_FORMAT}.` },
    end: { type: 'string', pattern: BOUND_PATTERN, description: `Exclusive, after start. ${BOUND_FORMAT}.` },
  },
};

const WEEKLY_WINDOW_SCHEMA = {
  type: 'object',
  description: 'A window that repeats every week, on local wall time in the zone.',
  additionalProperties: false,
  required: ['name', 'weekly'],
  properties: {
    name: { type: 'string', minLength: 1 },
    weekly: {
      type: 'object',
      additionalProperties: false,
      required: ['days', 'start', 'end'],
      properties: {
        days: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...WEEKDAYS] } },
        start: { type: 'string', pattern: START_PATTERN, description: 'Inclusive, HH:MM (00:00-23:59).' },
        end: {
          type: 'string',
          pattern: END_PATTERN,
          description: 'Exclusive, HH:MM (00:01-24:00), after start: a window cannot cross midnight.',
        },
      },
    },
  },
};

const RRULE_WINDOW_SCHEMA = {
  type: 'object',
  description:
    'A window that recurs by an RFC 5545 rule on local dates, from a local start time for a duration.',
  additionalProperties: false,
  required: ['name', 'rrule', 'start', 'duration'],
  properties: {
    name: { type: 'string', minLength: 1 },
    rrule: {
      type: 'string',
      minLength: 1,
      description:
        'RRULE parts, e.g. FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20. FREQ is DAILY, WEEKLY, MONTHLY or YEARLY; the time of day comes from start.',
    },
    start: { type: 'string', pattern: START_PATTERN, description: 'Local start time on each date, HH:MM.' },
    duration: {
      type: 'string',
      minLength: 2,
      description: `How long each occurrence lasts: ${DURATION_FORMAT}. Days are calendar days in the zone.`,
    },
    from: {
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      description:
        'First date the rule counts from (matters for INTERVAL and COUNT), YYYY-MM-DD [2000-01-01].',
    },
  },
};

// Subschemas are inlined (no $defs/$ref) so the policy schema can embed this one anywhere.
// if/then/else rather than oneOf: a mistake in a weekly window is then reported against the
// weekly shape only, not also as "does not match the one-time shape".
const paramsSchema: Record<string, unknown> = {
  type: 'object',
  additionalProperties: false,
  required: ['timezone'],
  anyOf: [
    { properties: { windows: true }, required: ['windows'] },
    { properties: { calendar: true }, required: ['calendar'] },
  ],
  properties: {
    timezone: {
      type: 'string',
      minLength: 1,
      description: 'IANA time zone the windows are written in, e.g. America/Denver, Europe/Berlin, UTC.',
    },
    windows: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        if: { properties: { weekly: true }, required: ['weekly'] },
        then: WEEKLY_WINDOW_SCHEMA,
        else: {
          if: { properties: { rrule: true }, required: ['rrule'] },
          then: RRULE_WINDOW_SCHEMA,
          else: ONE_TIME_WINDOW_SCHEMA,
        },
      },
    },
    calendar: {
      type: 'object',
      description:
        "An iCalendar (.ics) file whose events are freeze windows (SUMMARY as the name, recurrence included), read at the policy's ref when the policy is read through the API (policy_ref), else from the workspace.",
      additionalProperties: false,
      required: ['file'],
      properties: { file: { type: 'string', minLength: 1, description: 'Path of the .ics file.' } },
    },
  },
};

export const freezeWindowGate: GateType<FreezeWindowParams, FreezeFacts> = {
  type: 'freeze_window',
  // RFC 5545 rules and durations, and iCalendar files; one-time and weekly windows need neither.
  libraries(params) {
    const record = (params ?? {}) as { windows?: unknown; calendar?: unknown };
    const windows = Array.isArray(record.windows) ? record.windows : [];
    const rules = windows.some((w) => typeof w === 'object' && w !== null && 'rrule' in w);
    return [
      ...(rules || record.calendar !== undefined ? (['ical'] as const) : []),
      ...(rules ? (['rrule'] as const) : []),
    ];
  },
  paramsSchema,
  blocksInRehearsal: false,
  checkParams(params) {
    validateFreezeParams(params);
  },
  async collect(params, ctx, facts) {
    if (!params.calendar) return { now: ctx.now };
    return { now: ctx.now, calendar: await readCalendarFile(facts, ctx, params.calendar.file) };
  },
  judge(params, facts) {
    let valid: ValidFreezeParams;
    try {
      valid = validateFreezeParams(params);
    } catch (error) {
      // Fail closed: parameters that never went through the policy validator must not pass.
      if (!(error instanceof GateError)) throw error;
      return { status: 'error', code: error.code, message: error.message, details: error.details };
    }
    if (!(facts.now instanceof Date) || Number.isNaN(facts.now.getTime())) {
      return {
        status: 'error',
        code: 'INVALID_NOW',
        message: `Invalid evaluation time '${String(facts.now)}'.`,
      };
    }
    if (params.calendar) {
      if (!facts.calendar)
        return {
          status: 'error',
          code: 'CALENDAR_MISSING',
          message: `The calendar '${params.calendar.file}' was not read.`,
        };
      try {
        valid.windows.push(...calendarWindows(facts.calendar));
      } catch (error) {
        if (!(error instanceof GateError)) throw error;
        return { status: 'error', code: error.code, message: error.message, details: error.details };
      }
    }
    return judgeFreeze(valid, facts.now);
  },
};

function calendarWindows(file: CalendarFile): ValidCalendarWindow[] {
  const where = file.ref ? `'${file.path}' at ${file.ref}` : `'${file.path}' in the workspace`;
  return parseCalendar(file.text, where).map((event) => ({ kind: 'calendar', name: event.name, event }));
}

// ---------------------------------------------------------------------------------------------
// Validation

/**
 * Checks freeze_window parameters beyond what the JSON schema can say (real time zone, real
 * dates, end after start) and parses them. Throws GateError INVALID_PARAMS with a message that
 * quotes the bad value and names what is accepted; `details.path` points at it (JSON Pointer
 * into `with:`). The policy validator calls it too, so a bad window fails validation early.
 */
export function validateFreezeParams(params: unknown): ValidFreezeParams {
  const record = expectRecord(params, '', 'the freeze_window parameters', [
    'timezone',
    'windows',
    'calendar',
  ]);
  const timezone = validateTimezone(record.timezone);
  const windows = record.windows;
  if (windows === undefined && record.calendar !== undefined) {
    validateCalendarParam(record.calendar);
    return { timezone, windows: [] };
  }
  if (record.calendar !== undefined) validateCalendarParam(record.calendar);
  if (!Array.isArray(windows) || windows.length === 0) {
    throw invalid(
      '/windows',
      windows,
      `Invalid windows ${quote(windows)}. Expected a non-empty list of windows, or a 'calendar'.`,
    );
  }
  return { timezone, windows: windows.map((window, index) => validateWindow(window, index, timezone)) };
}

function validateCalendarParam(calendar: unknown): void {
  const record = expectRecord(calendar, '/calendar', "'calendar'", ['file']);
  if (typeof record.file !== 'string' || record.file.trim() === '')
    throw invalid(
      '/calendar/file',
      record.file,
      `Invalid calendar file ${quote(record.file)}. Expected the path of an .ics file.`,
    );
}

function validateTimezone(zone: unknown): string {
  if (typeof zone !== 'string' || !isValidTimeZone(zone)) {
    throw invalid(
      '/timezone',
      zone,
      `Invalid timezone ${quote(zone)}. Expected an IANA time zone name, e.g. America/Denver, Europe/Berlin or UTC.`,
    );
  }
  return zone;
}

function validateWindow(window: unknown, index: number, timezone: string): ValidFreezeWindow {
  const path = `/windows/${index}`;
  const record = expectRecord(window, path, `window ${index + 1}`, [
    'name',
    'start',
    'end',
    'weekly',
    'rrule',
    'duration',
    'from',
  ]);
  const name = record.name;
  if (typeof name !== 'string' || name.trim() === '') {
    throw invalid(
      `${path}/name`,
      name,
      `Invalid name ${quote(name)} of window ${index + 1}. Expected a non-empty string.`,
    );
  }
  const label = `freeze window '${name}'`;
  if ('rrule' in record) return validateRrule(record, name, path, label);
  if ('duration' in record || 'from' in record) {
    const key = 'duration' in record ? 'duration' : 'from';
    throw invalid(`${path}/${key}`, record[key], `'${key}' in ${label} belongs to a window with an 'rrule'.`);
  }
  if ('weekly' in record) {
    if ('start' in record || 'end' in record) {
      throw invalid(
        path,
        window,
        `Invalid ${label}: it has both 'weekly' and 'start'/'end'. Expected either a one-time window {name, start, end} or a weekly one {name, weekly: {days, start, end}}.`,
      );
    }
    return validateWeekly(record.weekly, name, `${path}/weekly`, label);
  }
  return validateOneTime(record, name, path, label, timezone);
}

function validateOneTime(
  record: Record<string, unknown>,
  name: string,
  path: string,
  label: string,
  timezone: string,
): ValidOneTimeWindow {
  const parse = (key: 'start' | 'end'): number => {
    const text = record[key];
    if (typeof text !== 'string') {
      throw invalid(
        `${path}/${key}`,
        text,
        `Invalid ${key} ${quote(text)} in ${label}. Expected ${BOUND_FORMAT}, or a 'weekly' window.`,
      );
    }
    try {
      return parseWindowBound(text, timezone).getTime();
    } catch (error) {
      const reason =
        error instanceof RangeError
          ? `${error.message}. Expected ${BOUND_FORMAT}.`
          : `Expected ${BOUND_FORMAT}.`;
      throw invalid(`${path}/${key}`, text, `Invalid ${key} '${text}' in ${label}: ${reason}`);
    }
  };
  const startMs = parse('start');
  const endMs = parse('end');
  if (endMs <= startMs) {
    throw invalid(
      `${path}/end`,
      record.end,
      `Invalid ${label}: end '${String(record.end)}' is not after start '${String(record.start)}' (in ${timezone}). Expected an end later than the start.`,
    );
  }
  return { kind: 'one_time', name, startMs, endMs };
}

function validateRrule(
  record: Record<string, unknown>,
  name: string,
  path: string,
  label: string,
): ValidRruleWindow {
  for (const key of ['weekly', 'end'] as const) {
    if (key in record)
      throw invalid(
        `${path}/${key}`,
        record[key],
        `Invalid ${label}: it has both 'rrule' and '${key}'. Expected {name, rrule, start, duration}.`,
      );
  }
  const startMinute = parseClockTime(record.start, false);
  if (startMinute === null)
    throw invalid(
      `${path}/start`,
      record.start,
      `Invalid start ${quote(record.start)} in ${label}. Expected HH:MM from 00:00 to 23:59.`,
    );
  const duration = typeof record.duration === 'string' ? parseDuration(record.duration) : null;
  if (!duration)
    throw invalid(
      `${path}/duration`,
      record.duration,
      `Invalid duration ${quote(record.duration)} in ${label}. Expected ${DURATION_FORMAT}, longer than zero.`,
    );
  let from: LocalDate | undefined;
  if (record.from !== undefined) {
    const match = typeof record.from === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(record.from) : null;
    from = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
    if (!from || from.year < 1 || !isCalendarDate(from))
      throw invalid(
        `${path}/from`,
        record.from,
        `Invalid from ${quote(record.from)} in ${label}. Expected a date YYYY-MM-DD.`,
      );
  }
  if (typeof record.rrule !== 'string')
    throw invalid(
      `${path}/rrule`,
      record.rrule,
      `Invalid rrule ${quote(record.rrule)} in ${label}. Expected RRULE parts such as FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20.`,
    );
  let rule;
  try {
    rule = parseDateRule(record.rrule, from);
  } catch (error) {
    const reason = error instanceof RangeError ? error.message : String(error);
    throw invalid(
      `${path}/rrule`,
      record.rrule,
      `Invalid rrule '${record.rrule}' in ${label}: ${reason}. Expected RRULE parts such as FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20.`,
    );
  }
  return { kind: 'rrule', name, rule, startMinute, duration };
}

function validateWeekly(weekly: unknown, name: string, path: string, label: string): ValidWeeklyWindow {
  const record = expectRecord(weekly, path, `'weekly' of ${label}`, ['days', 'start', 'end']);
  const days = validateDays(record.days, `${path}/days`, label);
  const startMinute = parseClockTime(record.start, false);
  if (startMinute === null) {
    throw invalid(
      `${path}/start`,
      record.start,
      `Invalid start ${quote(record.start)} in ${label}. Expected HH:MM from 00:00 to 23:59.`,
    );
  }
  const endMinute = parseClockTime(record.end, true);
  if (endMinute === null) {
    throw invalid(
      `${path}/end`,
      record.end,
      `Invalid end ${quote(record.end)} in ${label}. Expected HH:MM from 00:01 to 24:00.`,
    );
  }
  if (endMinute <= startMinute) {
    const start = String(record.start);
    const end = String(record.end);
    throw invalid(
      `${path}/end`,
      record.end,
      `Invalid ${label}: end '${end}' is not after start '${start}'. ${adviceForEndNotAfterStart(days, start, end, endMinute)}`,
    );
  }
  return { kind: 'weekly', name, days: new Set(days), startMinute, endMinute };
}

// Windows are never wrapped past midnight silently: the user says what they mean instead.
function adviceForEndNotAfterStart(days: Weekday[], start: string, end: string, endMinute: number): string {
  if (endMinute === 0) return `Write the end of the day as '24:00'.`;
  if (start === end) return 'Expected an end later than the start.';
  const nextDays = days.map((day) => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7]);
  return (
    'A weekly window cannot cross midnight; write it as two windows: ' +
    `days [${days.join(', ')}] ${start}-24:00 and days [${nextDays.join(', ')}] 00:00-${end}.`
  );
}

function validateDays(days: unknown, path: string, label: string): Weekday[] {
  if (!Array.isArray(days) || days.length === 0) {
    throw invalid(
      path,
      days,
      `Invalid days ${quote(days)} in ${label}. Expected a non-empty list of: ${WEEKDAYS.join(', ')}.`,
    );
  }
  const seen = new Set<Weekday>();
  days.forEach((day: unknown, index) => {
    if (!WEEKDAYS.includes(day as Weekday)) {
      throw invalid(
        `${path}/${index}`,
        day,
        `Invalid day ${quote(day)} in ${label}. Expected one of: ${WEEKDAYS.join(', ')}.`,
      );
    }
    if (seen.has(day as Weekday)) {
      throw invalid(
        `${path}/${index}`,
        day,
        `Duplicate day '${String(day)}' in ${label}. Expected each day at most once.`,
      );
    }
    seen.add(day as Weekday);
  });
  return [...seen];
}

/** Minutes since midnight of a strict `HH:MM`, or null; `24:00` only when `allowEndOfDay`. */
function parseClockTime(text: unknown, allowEndOfDay: boolean): number | null {
  if (typeof text !== 'string') return null;
  if (text === '24:00') return allowEndOfDay ? MINUTES_PER_DAY : null;
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
}

function expectRecord(
  value: unknown,
  path: string,
  what: string,
  allowedKeys: string[],
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(
      path,
      value,
      `Invalid ${what} ${quote(value)}. Expected a mapping with keys: ${allowedKeys.join(', ')}.`,
    );
  }
  const unknownKey = Object.keys(value).find((key) => !allowedKeys.includes(key));
  if (unknownKey !== undefined) {
    throw invalid(
      `${path}/${unknownKey}`,
      unknownKey,
      `Unknown key '${unknownKey}' in ${what}. Expected only: ${allowedKeys.join(', ')}.`,
    );
  }
  return value as Record<string, unknown>;
}

function invalid(path: string, value: unknown, message: string): GateError {
  return new GateError(CODE_INVALID, message, { path, value });
}

function quote(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  return value === undefined ? '(missing)' : JSON.stringify(value);
}

// ---------------------------------------------------------------------------------------------
// Judging

/** A piece of real time during which one window freezes; ±Infinity for a window with no edge. */
export interface FreezeSpan {
  window: ValidFreezeWindow;
  startMs: number;
  endMs: number;
}

function judgeFreeze(params: ValidFreezeParams, now: Date): Verdict {
  const nowMs = now.getTime();
  const spans = params.windows.flatMap((window) => spansNear(window, nowMs, params.timezone));
  const active = spans.filter((span) => span.startMs <= nowMs && nowMs < span.endMs);
  if (active.length > 0) {
    // The containing span that lasts longest is the one that decides when releases resume.
    const current = active.reduce((longest, span) => (span.endMs > longest.endMs ? span : longest));
    return frozenVerdict(current, spans, nowMs, params.timezone);
  }
  return notFrozenVerdict(spans, nowMs, params.timezone);
}

function frozenVerdict(current: FreezeSpan, spans: FreezeSpan[], nowMs: number, zone: string): Verdict {
  const horizonMs = nowMs + LOOKAHEAD_DAYS * MS_PER_DAY;
  const continuation = continuationOf(current, spans, horizonMs);
  const last = continuation.at(-1) ?? current;
  // A chain of windows that outlasts the look-ahead has no end we can name.
  const resumesMs = continuation.length > 0 && last.endMs > horizonMs ? null : last.endMs;
  return {
    status: 'fail',
    code: 'FROZEN',
    message: frozenMessage(current, continuation, resumesMs, nowMs, zone),
    details: {
      ...describeSpan(current),
      timezone: zone,
      now: new Date(nowMs).toISOString(),
      frozen_until: resumesMs === null ? null : isoOrNull(resumesMs),
      continued_by: continuation.map((s) => s.window.name),
    },
  };
}

function frozenMessage(
  current: FreezeSpan,
  continuation: FreezeSpan[],
  resumesMs: number | null,
  nowMs: number,
  zone: string,
): string {
  const name = `'${current.window.name}'`;
  if (current.endMs === Infinity) return `Frozen: ${name}, with no end (the window covers the whole week)`;
  const head = `Frozen: ${name} until ${formatLocalTime(current.endMs, zone)}`;
  if (continuation.length === 0) return `${head} ${zone} (${relativeTime(nowMs, current.endMs)})`;
  if (resumesMs !== null) {
    const then = continuation.map((s) => `'${s.window.name}' until ${formatLocalTime(s.endMs, zone)}`);
    return `${head}, then ${then.join(', then ')} ${zone} (${relativeTime(nowMs, resumesMs)})`;
  }
  const others = [...new Set(continuation.map((s) => `'${s.window.name}'`))].join(', ');
  return `${head} ${zone}, then ${others}, with no break within ${LOOKAHEAD_DAYS} days`;
}

function notFrozenVerdict(spans: FreezeSpan[], nowMs: number, zone: string): Verdict {
  const horizon = nowMs + NEXT_HORIZON_DAYS * MS_PER_DAY;
  const upcoming = spans.filter((span) => span.startMs > nowMs && span.startMs <= horizon);
  // reduce keeps the first declared window among those starting at the same instant.
  const next = upcoming.reduce<FreezeSpan | null>(
    (soonest, s) => (!soonest || s.startMs < soonest.startMs ? s : soonest),
    null,
  );
  const message = next
    ? `Not frozen: next '${next.window.name}' starts ${formatLocalTime(next.startMs, zone)} ${zone} (${relativeTime(nowMs, next.startMs)})`
    : `Not frozen: no freeze window starts within ${NEXT_HORIZON_DAYS} days`;
  return {
    status: 'pass',
    code: 'NOT_FROZEN',
    message,
    details: { timezone: zone, now: new Date(nowMs).toISOString(), next: next ? describeSpan(next) : null },
  };
}

/**
 * Windows that take over exactly where (or before) the current one ends, so the message can
 * say when releases really resume. Followed only within the look-ahead: beyond it the spans
 * of weekly windows are not computed.
 */
function continuationOf(current: FreezeSpan, spans: FreezeSpan[], horizonMs: number): FreezeSpan[] {
  const steps: FreezeSpan[] = [];
  let endMs = current.endMs;
  while (endMs <= horizonMs) {
    const reach = endMs;
    const extending = spans.filter((span) => span.startMs <= reach && span.endMs > reach);
    if (extending.length === 0) break;
    const furthest = extending.reduce((best, span) => (span.endMs > best.endMs ? span : best));
    steps.push(furthest);
    endMs = furthest.endMs;
  }
  return steps;
}

function describeSpan(span: FreezeSpan): Record<string, unknown> {
  return {
    window: span.window.name,
    kind: span.window.kind,
    start: isoOrNull(span.startMs),
    end: isoOrNull(span.endMs),
  };
}

function isoOrNull(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/**
 * The spans of a window that matter at `nowMs`: a one-time window's single span; for a weekly
 * window, every occurrence from well before now (a span containing now began less than a week
 * ago) to well after the look-ahead (so a span starting within it is never cut short); for a
 * rule or a calendar event, every occurrence that has not ended by now and starts within the
 * horizon for the next window.
 */
export function spansNear(window: ValidFreezeWindow, nowMs: number, zone: string): FreezeSpan[] {
  if (window.kind === 'one_time') return [{ window, startMs: window.startMs, endMs: window.endMs }];
  if (window.kind === 'rrule') return mergeTouching(ruleSpans(window, nowMs, zone));
  if (window.kind === 'calendar') {
    const spans = window.event.spansBetween(nowMs, nowMs + (NEXT_HORIZON_DAYS + 1) * MS_PER_DAY, zone);
    return mergeTouching(spans.map((span) => ({ window, ...span })).sort((a, b) => a.startMs - b.startMs));
  }
  if (coversWholeWeek(window)) return [{ window, startMs: -Infinity, endMs: Infinity }];
  const today = zonedParts(nowMs, zone);
  const occurrences: FreezeSpan[] = [];
  for (let offset = -9; offset <= LOOKAHEAD_DAYS + 9; offset++) {
    const date = addDays(today, offset);
    const occurrence = weeklyOccurrence(window, date, zone);
    if (occurrence) occurrences.push(occurrence);
  }
  return mergeTouching(occurrences);
}

/**
 * A rule's occurrences near now: those on dates from as far back as one could still last
 * (its duration plus a day for zone offsets) to the end of the look-ahead, and then the first
 * one after that, so the next window up to a year away is known without expanding a daily
 * rule over a year.
 */
function ruleSpans(window: ValidRruleWindow, nowMs: number, zone: string): FreezeSpan[] {
  const today = zonedParts(nowMs, zone);
  const reachDays = window.duration.days + Math.ceil(window.duration.exactMs / MS_PER_DAY) + 2;
  const last = addDays(today, LOOKAHEAD_DAYS + 9);
  const dates = ruleDatesBetween(window.rule, addDays(today, -reachDays), last);
  const later = nextRuleDate(window.rule, addDays(last, 1));
  if (later) dates.push(later);
  return dates
    .map((date) => ({ window, ...occurrenceSpan(date, window.startMinute, window.duration, zone) }))
    .filter((span) => span.endMs > span.startMs && span.endMs > nowMs - MS_PER_DAY);
}

function coversWholeWeek(window: ValidWeeklyWindow): boolean {
  return window.days.size === 7 && window.startMinute === 0 && window.endMinute === MINUTES_PER_DAY;
}

/** The window's span on a local date, or null when it does not occur (wrong day, DST gap). */
function weeklyOccurrence(window: ValidWeeklyWindow, date: LocalDate, zone: string): FreezeSpan | null {
  if (!window.days.has(weekdayOf(date))) return null;
  const startMs = instantAtMinute(date, window.startMinute, zone);
  const endMs =
    window.endMinute === MINUTES_PER_DAY
      ? instantAtMinute(addDays(date, 1), 0, zone)
      : instantAtMinute(date, window.endMinute, zone);
  return endMs > startMs ? { window, startMs, endMs } : null;
}

function instantAtMinute(date: LocalDate, minute: number, zone: string): number {
  return zonedToInstant(
    { ...date, hour: Math.floor(minute / 60), minute: minute % 60, second: 0 },
    zone,
  ).getTime();
}

/** Joins a window's consecutive occurrences (input sorted by start) into single spans. */
function mergeTouching(spans: FreezeSpan[]): FreezeSpan[] {
  const merged: FreezeSpan[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    if (previous && span.startMs <= previous.endMs) previous.endMs = Math.max(previous.endMs, span.endMs);
    else merged.push({ ...span });
  }
  return merged;
}
