// freeze_window with recurring rules (RFC 5545 RRULE + duration) and iCalendar calendars:
// the spec's messages, validation at the line, fail-closed calendars, and property tests that
// a window covers the same local wall-clock hours on both sides of a daylight-saving change.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { FactStore } from '../../src/facts/store.js';
import { parseCalendar } from '../../src/gates/calendar-windows.js';
import {
  freezeWindowGate,
  validateFreezeParams,
  type FreezeFacts,
  type FreezeWindowParams,
  type RruleWindowParams,
} from '../../src/gates/freeze-window.js';
import { parseDuration } from '../../src/gates/recurrence.js';
import { addDays, zonedParts, zonedToInstant, type LocalDate } from '../../src/gates/zoned-time.js';
import { GateError, type EvalContext, type Verdict } from '../../src/model/types.js';
import { context as commitContext, factStore, fakeGitHub } from '../facts/commit/fake-github.js';
import { loadLibraries } from '../../src/util/libraries.js';

// What loadPolicy loads for a policy that uses these gate types.
await loadLibraries(['ical', 'rrule']);

const DENVER = 'America/Denver';
const BERLIN = 'Europe/Berlin';
const SYDNEY = 'Australia/Sydney';
const MINUTE = 60_000;
const DAY = 86_400_000;

const YEAR_END: RruleWindowParams = {
  name: 'Year-end',
  rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20',
  start: '00:00',
  duration: 'P15D',
};

function ctx(now: Date, policySource = 'workspace'): EvalContext {
  return {
    ...commitContext({ now }),
    policy: {
      effective: {},
      sha256: '0'.repeat(64),
      source: policySource,
      path: '.github/release-gates.yml',
      files: [],
      loadAtRef: async () => null,
    },
  };
}

function judge(params: FreezeWindowParams, now: string | Date, calendar?: string): Verdict {
  const instant = typeof now === 'string' ? new Date(now) : now;
  const facts: FreezeFacts = calendar
    ? { now: instant, calendar: { path: 'holidays.ics', ref: null, text: calendar } }
    : { now: instant };
  return freezeWindowGate.judge(params, facts, ctx(instant));
}

/** The instant a wall clock in `zone` shows `date` at `minute` past midnight. */
function at(date: LocalDate, minute: number, zone: string): number {
  return zonedToInstant(
    { ...date, hour: Math.floor(minute / 60), minute: minute % 60, second: 0 },
    zone,
  ).getTime();
}

describe('rrule windows', () => {
  const params: FreezeWindowParams = { timezone: DENVER, windows: [YEAR_END] };

  it('FROZEN says when the window ends, in the zone and as relative time (SPEC §10.3)', () => {
    // 2026-12-31 20:00 in Denver (MST, -07:00).
    expect(judge(params, '2027-01-01T03:00:00Z')).toMatchObject({
      status: 'fail',
      code: 'FROZEN',
      message: "Frozen: 'Year-end' until 2027-01-04 00:00 America/Denver (in 3 d 4 h)",
      details: {
        kind: 'rrule',
        start: '2026-12-20T07:00:00.000Z',
        end: '2027-01-04T07:00:00.000Z',
        frozen_until: '2027-01-04T07:00:00.000Z',
      },
    });
  });

  it('NOT_FROZEN says when the next one starts, also months ahead', () => {
    expect(judge(params, '2026-12-07T07:00:00Z')).toMatchObject({
      status: 'pass',
      code: 'NOT_FROZEN',
      message: "Not frozen: next 'Year-end' starts 2026-12-20 00:00 America/Denver (in 13 d)",
      details: { next: { window: 'Year-end', start: '2026-12-20T07:00:00.000Z' } },
    });
    expect(judge(params, '2027-03-01T12:00:00Z').message).toBe(
      "Not frozen: next 'Year-end' starts 2027-12-20 00:00 America/Denver (in 293 d 19 h)",
    );
  });

  it('blocks from the first to the last local minute, not one minute more', () => {
    expect(judge(params, new Date(at({ year: 2026, month: 12, day: 20 }, 0, DENVER) - 1)).code).toBe(
      'NOT_FROZEN',
    );
    expect(judge(params, new Date(at({ year: 2026, month: 12, day: 20 }, 0, DENVER))).code).toBe('FROZEN');
    expect(judge(params, new Date(at({ year: 2027, month: 1, day: 4 }, 0, DENVER) - 1)).code).toBe('FROZEN');
    expect(judge(params, new Date(at({ year: 2027, month: 1, day: 4 }, 0, DENVER))).code).toBe('NOT_FROZEN');
  });

  it('a duration with hours adds exact time after the calendar days', () => {
    const night: FreezeWindowParams = {
      timezone: BERLIN,
      windows: [{ name: 'Night', rrule: 'FREQ=DAILY', start: '22:00', duration: 'PT8H' }],
    };
    // 2026-03-28 22:00 CET + 8 real hours = 07:00 CEST on the 29th (the clock skipped 02:00-03:00).
    expect(judge(night, '2026-03-29T04:59:00Z').code).toBe('FROZEN');
    expect(judge(night, '2026-03-29T05:00:00Z').code).toBe('NOT_FROZEN');
    expect(judge(night, '2026-03-29T04:00:00Z').message).toBe(
      "Frozen: 'Night' until 2026-03-29 07:00 Europe/Berlin (in 1 h)",
    );
  });

  it('INTERVAL counts from `from`', () => {
    const fortnightly: FreezeWindowParams = {
      timezone: 'UTC',
      windows: [
        {
          name: 'Sprint end',
          rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
          start: '12:00',
          duration: 'PT12H',
          from: '2026-11-06',
        },
      ],
    };
    expect(judge(fortnightly, '2026-11-20T13:00:00Z').code).toBe('FROZEN');
    expect(judge(fortnightly, '2026-11-27T13:00:00Z').code).toBe('NOT_FROZEN');
    expect(judge(fortnightly, '2026-12-04T13:00:00Z').code).toBe('FROZEN');
  });

  it('a monthly rule on the last day works across months of any length', () => {
    const monthEnd: FreezeWindowParams = {
      timezone: SYDNEY,
      windows: [{ name: 'Month end', rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', start: '00:00', duration: 'P1D' }],
    };
    expect(judge(monthEnd, new Date(at({ year: 2027, month: 2, day: 28 }, 600, SYDNEY))).code).toBe('FROZEN');
    expect(judge(monthEnd, new Date(at({ year: 2027, month: 2, day: 27 }, 600, SYDNEY))).code).toBe(
      'NOT_FROZEN',
    );
    expect(judge(monthEnd, new Date(at({ year: 2027, month: 4, day: 30 }, 600, SYDNEY))).code).toBe('FROZEN');
  });
});

describe('rrule validation: INVALID_PARAMS at the window', () => {
  const base = (window: Record<string, unknown>) => ({
    timezone: DENVER,
    windows: [{ ...YEAR_END, ...window }],
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'a frequency below a day',
      { rrule: 'FREQ=HOURLY' },
      '/windows/0/rrule',
      /FREQ must be one of DAILY, WEEKLY, MONTHLY, YEARLY \(got 'HOURLY'\)/,
    ],
    ['no FREQ', { rrule: 'BYMONTH=12' }, '/windows/0/rrule', /FREQ must be one of .* \(got none\)/],
    [
      'a time of day in the rule',
      { rrule: 'FREQ=DAILY;BYHOUR=3' },
      '/windows/0/rrule',
      /BYHOUR is not used here: the time of day is the window's 'start'/,
    ],
    [
      'an unknown part',
      { rrule: 'FREQ=YEARLY;BYMONTHS=12' },
      '/windows/0/rrule',
      /unknown rule part 'BYMONTHS'/,
    ],
    [
      'a month out of range',
      { rrule: 'FREQ=YEARLY;BYMONTH=13' },
      '/windows/0/rrule',
      /BYMONTH=13 is out of range \(1\.\.12\)/,
    ],
    [
      'a rule that never occurs',
      { rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' },
      '/windows/0/rrule',
      /the rule never occurs/,
    ],
    ['a bad day', { rrule: 'FREQ=WEEKLY;BYDAY=XX' }, '/windows/0/rrule', /BYDAY=XX is not a list of days/],
    ['a trailing separator', { rrule: 'FREQ=YEARLY;' }, '/windows/0/rrule', /is not NAME=VALUE/],
    [
      'DTSTART in the rule',
      { rrule: 'FREQ=YEARLY;DTSTART=20260101' },
      '/windows/0/rrule',
      /write the first date as 'from'/,
    ],
    [
      'years in the duration',
      { duration: 'P1Y' },
      '/windows/0/duration',
      /Invalid duration 'P1Y' in freeze window 'Year-end'\. Expected an RFC 5545 duration/,
    ],
    ['a fraction', { duration: 'P1.5D' }, '/windows/0/duration', /Invalid duration 'P1\.5D'/],
    ['a bare T', { duration: 'P1DT' }, '/windows/0/duration', /Invalid duration 'P1DT'/],
    ['a negative duration', { duration: '-P1D' }, '/windows/0/duration', /Invalid duration '-P1D'/],
    ['a zero duration', { duration: 'PT0S' }, '/windows/0/duration', /longer than zero/],
    ['a bad start', { start: '24:00' }, '/windows/0/start', /Invalid start '24:00'/],
    ['a bad from date', { from: '2026-02-30' }, '/windows/0/from', /Invalid from '2026-02-30'/],
    [
      'both rrule and weekly',
      { weekly: { days: ['SAT'], start: '00:00', end: '24:00' } },
      '/windows/0/weekly',
      /both 'rrule' and 'weekly'/,
    ],
  ])('refuses %s', (_label, window, pointer, message) => {
    let thrown: unknown;
    try {
      validateFreezeParams(base(window));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GateError);
    expect((thrown as GateError).code).toBe('INVALID_PARAMS');
    expect((thrown as GateError).details.path).toBe(pointer);
    expect((thrown as GateError).message).toMatch(message);
    // The judge fails closed on the same parameters.
    expect(judge(base(window) as FreezeWindowParams, '2026-12-25T00:00:00Z').status).toBe('error');
  });

  it('a duration belongs to an rrule window only', () => {
    expect(() =>
      validateFreezeParams({
        timezone: DENVER,
        windows: [{ name: 'x', start: '2026-01-01T00:00', end: '2026-01-02T00:00', duration: 'P1D' }],
      }),
    ).toThrow(/'duration' in freeze window 'x' belongs to a window with an 'rrule'/);
  });

  it('RFC 5545 durations: weeks, days, time parts in order', () => {
    expect(parseDuration('P14D')).toEqual({ days: 14, exactMs: 0, text: 'P14D' });
    expect(parseDuration('P2W')).toEqual({ days: 14, exactMs: 0, text: 'P2W' });
    expect(parseDuration('PT8H')).toEqual({ days: 0, exactMs: 8 * 3_600_000, text: 'PT8H' });
    expect(parseDuration('P1DT12H')).toEqual({ days: 1, exactMs: 12 * 3_600_000, text: 'P1DT12H' });
    expect(parseDuration('PT1H30M15S')?.exactMs).toBe((3600 + 1800 + 15) * 1000);
    for (const bad of ['P', 'PT', 'P1M', 'PT1M1H', 'P1W2D', 'p1d', 'P1D ', '1D', 'P-1D'])
      expect(parseDuration(bad)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Calendars

function ics(...events: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Acme//Release holidays//EN',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function vevent(lines: string[]): string {
  return [
    'BEGIN:VEVENT',
    `UID:${lines.join('').length}-${Math.random().toString(16).slice(2)}@acme.example`,
    'DTSTAMP:20260101T000000Z',
    ...lines,
    'END:VEVENT',
  ].join('\r\n');
}

describe('calendar windows', () => {
  const calendarParams = (zone: string): FreezeWindowParams => ({
    timezone: zone,
    calendar: { file: 'holidays.ics' },
  });

  const CHRISTMAS = vevent([
    'SUMMARY:Christmas',
    'DTSTART;VALUE=DATE:20261224',
    'DTEND;VALUE=DATE:20261227',
    'RRULE:FREQ=YEARLY',
    'EXDATE;VALUE=DATE:20281224',
  ]);

  it('an all-day event freezes local midnight to local midnight in the gate zone, every year but an EXDATE', () => {
    const calendar = ics(CHRISTMAS);
    const p = calendarParams(BERLIN);
    expect(judge(p, '2026-12-23T22:59:59Z', calendar).code).toBe('NOT_FROZEN');
    expect(judge(p, '2026-12-23T23:00:00Z', calendar)).toMatchObject({
      code: 'FROZEN',
      message: "Frozen: 'Christmas' until 2026-12-27 00:00 Europe/Berlin (in 3 d)",
      details: { kind: 'calendar', end: '2026-12-26T23:00:00.000Z' },
    });
    expect(judge(p, '2027-12-25T12:00:00Z', calendar).code).toBe('FROZEN');
    expect(judge(p, '2028-12-25T12:00:00Z', calendar).code).toBe('NOT_FROZEN');
    expect(judge(p, '2029-12-25T12:00:00Z', calendar).code).toBe('FROZEN');
    expect(judge(p, '2026-11-30T23:00:00Z', calendar).message).toBe(
      "Not frozen: next 'Christmas' starts 2026-12-24 00:00 Europe/Berlin (in 23 d)",
    );
  });

  it('a TZID event keeps its own zone; a Z event is an instant; a floating one is in the gate zone', () => {
    const calendar = ics(
      vevent([
        'SUMMARY:Berlin launch',
        'DTSTART;TZID=Europe/Berlin:20261201T090000',
        'DTEND;TZID=Europe/Berlin:20261201T170000',
      ]),
      vevent(['SUMMARY:UTC cutover', 'DTSTART:20261202T120000Z', 'DURATION:PT2H']),
      vevent(['SUMMARY:Floating', 'DTSTART:20261203T090000', 'DURATION:PT1H']),
    );
    const p = calendarParams(DENVER);
    expect(judge(p, '2026-12-01T08:00:00Z', calendar).code).toBe('FROZEN'); // 09:00 Berlin
    expect(judge(p, '2026-12-01T16:00:00Z', calendar).code).toBe('NOT_FROZEN'); // 17:00 Berlin
    expect(judge(p, '2026-12-02T13:59:00Z', calendar).code).toBe('FROZEN');
    expect(judge(p, '2026-12-02T14:00:00Z', calendar).code).toBe('NOT_FROZEN');
    expect(judge(p, '2026-12-03T16:30:00Z', calendar).code).toBe('FROZEN'); // 09:30 Denver
    expect(judge(p, '2026-12-03T09:30:00Z', calendar).code).toBe('NOT_FROZEN'); // 09:30 UTC
  });

  it('a zone the file defines itself (VTIMEZONE, as Outlook writes it) is used', () => {
    const vtimezone = [
      'BEGIN:VTIMEZONE',
      'TZID:W. Europe Standard Time',
      'BEGIN:STANDARD',
      'DTSTART:16011028T030000',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:16010325T020000',
      'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ].join('\r\n');
    const calendar = ics(
      vtimezone,
      vevent([
        'SUMMARY:Summer audit',
        'DTSTART;TZID=W. Europe Standard Time:20260701T080000',
        'DTEND;TZID=W. Europe Standard Time:20260701T120000',
      ]),
    );
    expect(judge(calendarParams('UTC'), '2026-07-01T06:00:00Z', calendar).code).toBe('FROZEN'); // 08:00 CEST
    expect(judge(calendarParams('UTC'), '2026-07-01T05:59:00Z', calendar).code).toBe('NOT_FROZEN');
  });

  it('a moved occurrence (RECURRENCE-ID) replaces the one it moves', () => {
    const uid = 'standup-freeze@acme.example';
    const calendar = ics(
      [
        'BEGIN:VEVENT',
        `UID:${uid}`,
        'DTSTAMP:20260101T000000Z',
        'SUMMARY:Deploy freeze',
        'DTSTART;TZID=America/Denver:20261102T100000',
        'DURATION:PT2H',
        'RRULE:FREQ=WEEKLY;COUNT=4',
        'END:VEVENT',
      ].join('\r\n'),
      [
        'BEGIN:VEVENT',
        `UID:${uid}`,
        'DTSTAMP:20260101T000000Z',
        'RECURRENCE-ID;TZID=America/Denver:20261109T100000',
        'SUMMARY:Deploy freeze',
        'DTSTART;TZID=America/Denver:20261110T150000',
        'DURATION:PT2H',
        'END:VEVENT',
      ].join('\r\n'),
    );
    const p = calendarParams(DENVER);
    expect(judge(p, '2026-11-09T17:30:00Z', calendar).code).toBe('NOT_FROZEN'); // Mon 10:30, moved away
    expect(judge(p, '2026-11-10T22:30:00Z', calendar).code).toBe('FROZEN'); // Tue 15:30, moved here
    expect(judge(p, '2026-11-16T17:30:00Z', calendar).code).toBe('FROZEN'); // the series goes on
    expect(judge(p, '2026-11-30T17:30:00Z', calendar).code).toBe('NOT_FROZEN'); // COUNT=4 ended
  });

  it.each<[string, string, RegExp]>([
    [
      'garbage',
      'this is not a calendar',
      /Calendar 'holidays\.ics' in the workspace is not a usable iCalendar file: invalid line/,
    ],
    ['no events', ics(), /it has no VEVENT/],
    [
      'a vcard',
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Someone\r\nEND:VCARD\r\n',
      /it starts with VCARD, not VCALENDAR/,
    ],
    ['no DTSTART', ics(vevent(['SUMMARY:Broken'])), /event 'Broken' has no DTSTART/],
    [
      'an unknown TZID',
      ics(vevent(['SUMMARY:Mars', 'DTSTART;TZID=Mars/Olympus:20261201T090000', 'DURATION:PT1H'])),
      /uses TZID 'Mars\/Olympus', which is neither an IANA zone nor defined in the file/,
    ],
  ])('an unusable calendar (%s) is CALENDAR_INVALID, never not-frozen', (_label, text, message) => {
    const verdict = judge(calendarParams(BERLIN), '2026-12-25T12:00:00Z', text);
    expect(verdict).toMatchObject({ status: 'error', code: 'CALENDAR_INVALID' });
    expect(verdict.message).toMatch(message);
  });

  it('windows and a calendar together: either freezes', () => {
    const p: FreezeWindowParams = {
      timezone: BERLIN,
      windows: [YEAR_END],
      calendar: { file: 'holidays.ics' },
    };
    const calendar = ics(
      vevent(['SUMMARY:Easter', 'DTSTART;VALUE=DATE:20270326', 'DTEND;VALUE=DATE:20270330']),
    );
    expect(judge(p, '2026-12-22T12:00:00Z', calendar).message).toMatch(/^Frozen: 'Year-end'/);
    expect(judge(p, '2027-03-27T12:00:00Z', calendar).message).toMatch(/^Frozen: 'Easter'/);
    expect(judge(p, '2027-03-01T12:00:00Z', calendar).message).toMatch(
      /next 'Easter' starts 2027-03-26 00:00/,
    );
  });

  it('a calendar that was not read is an error, not a pass', () => {
    const verdict = freezeWindowGate.judge(
      calendarParams(BERLIN),
      { now: new Date('2026-12-25T12:00:00Z') },
      ctx(new Date()),
    );
    expect(verdict).toMatchObject({ status: 'error', code: 'CALENDAR_MISSING' });
  });
});

describe('reading the calendar file', () => {
  const p: FreezeWindowParams = { timezone: BERLIN, calendar: { file: 'ops/holidays.ics' } };
  const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';

  it('from the workspace when the policy came from the workspace', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'calendar-'));
    const facts = new FactStore({ workspace, env: {}, github: null, externalGithub: null });
    await expect(freezeWindowGate.collect(p, ctx(new Date()), facts)).rejects.toMatchObject({
      code: 'CALENDAR_MISSING',
      message: expect.stringContaining("Calendar 'ops/holidays.ics' does not exist in the workspace"),
    });
    const text = ics(
      vevent(['SUMMARY:Christmas', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227']),
    );
    await import('node:fs').then((fs) => fs.mkdirSync(path.join(workspace, 'ops')));
    writeFileSync(path.join(workspace, 'ops/holidays.ics'), text);
    const fresh = new FactStore({ workspace, env: {}, github: null, externalGithub: null });
    const facts2 = await freezeWindowGate.collect(p, ctx(new Date()), fresh);
    expect(facts2.calendar).toEqual({ path: 'ops/holidays.ics', ref: null, text });
  });

  it('at the policy ref through the API when the policy was read there (policy_ref), never from the workspace', async () => {
    const text = ics(
      vevent(['SUMMARY:Christmas', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261227']),
    );
    const { github, calls } = fakeGitHub({
      [CONTENTS]: (params) =>
        params.path === 'ops/holidays.ics' && params.ref === 'main'
          ? {
              data: {
                type: 'file',
                encoding: 'base64',
                content: Buffer.from(text).toString('base64'),
                sha: 'abc',
                path: 'ops/holidays.ics',
              },
            }
          : Promise.reject(Object.assign(new Error('Not Found'), { status: 404 })),
    });
    // The contents API as the REST client names it.
    const repos = (github.octokit.rest as unknown as { repos: Record<string, unknown> }).repos;
    const request = github.octokit.request as unknown as (route: string, params: unknown) => Promise<unknown>;
    repos.getContent = (params: Record<string, unknown>) => request(CONTENTS, params);
    const { facts } = factStore(github);
    const collected = await freezeWindowGate.collect(p, ctx(new Date(), 'api@main'), facts);
    expect(calls.map((c) => [c.route, c.params.ref])).toEqual([[CONTENTS, 'main']]);
    expect(collected.calendar).toMatchObject({ ref: 'main', text });
    expect(
      freezeWindowGate.judge(
        p,
        { now: new Date('2026-12-25T12:00:00Z'), calendar: collected.calendar },
        ctx(new Date()),
      ).code,
    ).toBe('FROZEN');
    await expect(
      freezeWindowGate.collect({ ...p, calendar: { file: 'nope.ics' } }, ctx(new Date(), 'api@main'), facts),
    ).rejects.toMatchObject({
      code: 'CALENDAR_MISSING',
      message: expect.stringContaining('does not exist at main'),
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Daylight-saving changes: the same local wall-clock hours on both sides.

/** Local dates of the DST changes of 2026 and 2027 in each zone (the day the clock moves). */
const CHANGES: Record<string, LocalDate[]> = {
  [DENVER]: [
    { year: 2026, month: 3, day: 8 },
    { year: 2026, month: 11, day: 1 },
    { year: 2027, month: 3, day: 14 },
    { year: 2027, month: 11, day: 7 },
  ],
  [BERLIN]: [
    { year: 2026, month: 3, day: 29 },
    { year: 2026, month: 10, day: 25 },
    { year: 2027, month: 3, day: 28 },
    { year: 2027, month: 10, day: 31 },
  ],
  [SYDNEY]: [
    { year: 2026, month: 4, day: 5 },
    { year: 2026, month: 10, day: 4 },
    { year: 2027, month: 4, day: 4 },
    { year: 2027, month: 10, day: 3 },
  ],
};
const ZONES = Object.keys(CHANGES);
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const SEED = 20_261_206;

/** True when `instant` shows exactly this local wall time in `zone` (it is not in a gap). */
function shows(instant: number, date: LocalDate, minute: number, zone: string): boolean {
  const p = zonedParts(instant, zone);
  return (
    p.year === date.year && p.month === date.month && p.day === date.day && p.minutesSinceMidnight === minute
  );
}

interface Case {
  zone: string;
  change: LocalDate;
  /** Occurrence date relative to the change: before, on, or after it. */
  shift: number;
  startMinute: number;
  days: number;
  /** A local minute inside the window, counted from its start in wall-clock minutes. */
  probe: number;
}

const caseArbitrary = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    which: fc.integer({ min: 0, max: 3 }),
    shift: fc.integer({ min: -2, max: 0 }),
    startMinute: fc.integer({ min: 0, max: 1439 }),
    days: fc.integer({ min: 1, max: 3 }),
    probe: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  })
  .map((r): Case => ({
    zone: r.zone,
    change: CHANGES[r.zone]![r.which]!,
    shift: r.shift,
    startMinute: r.startMinute,
    days: r.days,
    probe: Math.floor(r.probe * r.days * 1440),
  }));

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

function ymd(date: LocalDate): string {
  return `${date.year}${String(date.month).padStart(2, '0')}${String(date.day).padStart(2, '0')}`;
}

/**
 * Checks one window occurrence that spans a DST change: every local wall time from its start
 * to the same wall time `days` later is frozen (when the zone's clock shows it at all), the
 * minute before the start and the end itself are not.
 */
function coversSameWallHours(c: Case, frozen: (instant: number) => boolean): void {
  const first = addDays(c.change, c.shift);
  const probeDate = addDays(first, Math.floor((c.startMinute + c.probe) / 1440));
  const probeMinute = (c.startMinute + c.probe) % 1440;
  const probe = at(probeDate, probeMinute, c.zone);
  if (shows(probe, probeDate, probeMinute, c.zone)) expect(frozen(probe)).toBe(true);
  const start = at(first, c.startMinute, c.zone);
  const end = at(addDays(first, c.days), c.startMinute, c.zone);
  if (shows(start, first, c.startMinute, c.zone)) expect(frozen(start)).toBe(true);
  expect(frozen(start - MINUTE)).toBe(false);
  expect(frozen(end - MINUTE)).toBe(true);
  expect(frozen(end)).toBe(false);
  // On the far side of the change the local end time is the start time, whatever the offset did.
  expect(zonedParts(end, c.zone).minutesSinceMidnight).toBe(
    shows(end, addDays(first, c.days), c.startMinute, c.zone)
      ? c.startMinute
      : zonedParts(end, c.zone).minutesSinceMidnight,
  );
}

describe('across DST changes (fast-check, seed ' + SEED + ')', () => {
  it('an rrule window covers the same local wall-clock hours on both sides of a change', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const first = addDays(c.change, c.shift);
        const weekday =
          BYDAY[(new Date(Date.UTC(first.year, first.month - 1, first.day)).getUTCDay() + 6) % 7]!;
        const params: FreezeWindowParams = {
          timezone: c.zone,
          windows: [
            {
              name: 'Freeze',
              rrule: `FREQ=WEEKLY;BYDAY=${weekday}`,
              start: hhmm(c.startMinute),
              duration: `P${c.days}D`,
            },
          ],
        };
        coversSameWallHours(c, (instant) => judge(params, new Date(instant)).code === 'FROZEN');
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('an .ics weekly event (TZID) covers the same local wall-clock hours on both sides of a change', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const first = addDays(c.change, c.shift);
        const calendar = ics(
          vevent([
            'SUMMARY:Freeze',
            `DTSTART;TZID=${c.zone}:${ymd(addDays(first, -21))}T${hhmm(c.startMinute).replace(':', '')}00`,
            `DURATION:P${c.days}D`,
            'RRULE:FREQ=WEEKLY',
          ]),
        );
        const params: FreezeWindowParams = { timezone: 'UTC', calendar: { file: 'holidays.ics' } };
        coversSameWallHours(c, (instant) => judge(params, new Date(instant), calendar).code === 'FROZEN');
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('an .ics all-day event covers local midnight to midnight on both sides of a change', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const first = addDays(c.change, c.shift);
        const calendar = ics(
          vevent([
            'SUMMARY:Holiday',
            `DTSTART;VALUE=DATE:${ymd(first)}`,
            `DTEND;VALUE=DATE:${ymd(addDays(first, c.days))}`,
            'RRULE:FREQ=YEARLY',
          ]),
        );
        const params: FreezeWindowParams = { timezone: c.zone, calendar: { file: 'holidays.ics' } };
        coversSameWallHours(
          { ...c, startMinute: 0 },
          (instant) => judge(params, new Date(instant), calendar).code === 'FROZEN',
        );
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  it('parseCalendar alone gives the same spans as the gate (no hidden state between calls)', () => {
    const calendar = ics(vevent(['SUMMARY:A', 'DTSTART;VALUE=DATE:20261224', 'DTEND;VALUE=DATE:20261225']));
    const [event] = parseCalendar(calendar, 'test');
    const from = Date.parse('2026-12-01T00:00:00Z');
    expect(event!.spansBetween(from, from + 60 * DAY, BERLIN)).toEqual(
      event!.spansBetween(from, from + 60 * DAY, BERLIN),
    );
  });
});
