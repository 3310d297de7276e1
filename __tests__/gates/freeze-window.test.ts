import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { GateError, type EvalContext, type Verdict } from '../../src/model/types.js';
import type { FactStore } from '../../src/facts/store.js';
import {
  freezeWindowGate,
  validateFreezeParams,
  type FreezeWindowParams,
  type Weekday,
  type WeeklyWindowParams,
} from '../../src/gates/freeze-window.js';
import { offsetMillisAt, WEEKDAYS, zonedParts } from '../../src/gates/zoned-time.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DENVER = 'America/Denver';
const BERLIN = 'Europe/Berlin';

const WEEKEND: WeeklyWindowParams = {
  name: 'Weekend',
  weekly: { days: ['SAT', 'SUN'], start: '00:00', end: '24:00' },
};

function weekly(name: string, days: Weekday[], start: string, end: string): WeeklyWindowParams {
  return { name, weekly: { days, start, end } };
}

function judgeAt(params: FreezeWindowParams, now: string | Date): Verdict {
  const instant = typeof now === 'string' ? new Date(now) : now;
  return freezeWindowGate.judge(params, { now: instant }, context(instant));
}

const frozenAt = (params: FreezeWindowParams, now: string | Date): boolean => {
  const verdict = judgeAt(params, now);
  expect(verdict.status).not.toBe('error');
  return verdict.code === 'FROZEN';
};

function context(now: Date): EvalContext {
  return {
    repository: { owner: 'octo', repo: 'widget' },
    ref: 'refs/tags/v1.2.0',
    refName: 'v1.2.0',
    tag: 'v1.2.0',
    version: '1.2.0',
    sha: 'a'.repeat(40),
    buildRunId: null,
    baseTag: null,
    runId: null,
    eventPullRequest: null,
    serverUrl: 'https://github.com',
    now,
    rehearsal: false,
    expand: (template) => template,
  };
}

describe('freezeWindowGate shape', () => {
  it('is a freeze_window gate that never blocks a rehearsal', () => {
    expect(freezeWindowGate.type).toBe('freeze_window');
    expect(freezeWindowGate.blocksInRehearsal).toBe(false);
  });

  it('collects only the evaluation instant', async () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const facts = await freezeWindowGate.collect(
      { timezone: DENVER, windows: [WEEKEND] },
      context(now),
      {} as FactStore, // never touched: the gate reads nothing
    );
    expect(facts).toEqual({ now });
  });

  it('runs its checks at policy validation through checkParams', () => {
    expect(() => freezeWindowGate.checkParams?.({ timezone: 'Nowhere/Land', windows: [WEEKEND] })).toThrow(
      GateError,
    );
    expect(() => freezeWindowGate.checkParams?.({ timezone: DENVER, windows: [WEEKEND] })).not.toThrow();
  });

  describe('paramsSchema (JSON Schema 2020-12, strict Ajv)', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(freezeWindowGate.paramsSchema);

    it.each<[string, unknown]>([
      ['a weekly window', { timezone: DENVER, windows: [WEEKEND] }],
      ['a 24:00 end', { timezone: DENVER, windows: [weekly('Fri', ['FRI'], '22:00', '24:00')] }],
      [
        'one-time windows, local and with offsets',
        {
          timezone: BERLIN,
          windows: [
            { name: 'Holidays', start: '2026-12-24T00:00', end: '2027-01-04T00:00:30' },
            { name: 'Launch', start: '2026-12-01T10:00Z', end: '2026-12-01T12:00+01:00' },
          ],
        },
      ],
    ])('accepts %s', (_label, params) => {
      expect(validate(params)).toBe(true);
    });

    it.each<[string, unknown]>([
      ['a missing timezone', { windows: [WEEKEND] }],
      ['no windows', { timezone: DENVER, windows: [] }],
      ['an unknown key', { timezone: DENVER, windows: [WEEKEND], extra: 1 }],
      ['an unknown day', { timezone: DENVER, windows: [weekly('W', ['FUN' as Weekday], '00:00', '01:00')] }],
      ['a repeated day', { timezone: DENVER, windows: [weekly('W', ['MON', 'MON'], '00:00', '01:00')] }],
      ['no days', { timezone: DENVER, windows: [weekly('W', [], '00:00', '01:00')] }],
      ['24:00 as a start', { timezone: DENVER, windows: [weekly('W', ['MON'], '24:00', '24:00')] }],
      ['H:MM', { timezone: DENVER, windows: [weekly('W', ['MON'], '7:00', '08:00')] }],
      ['24:30', { timezone: DENVER, windows: [weekly('W', ['MON'], '07:00', '24:30')] }],
      [
        'a date-only bound',
        { timezone: DENVER, windows: [{ name: 'X', start: '2026-12-24', end: '2026-12-25T00:00' }] },
      ],
      ['a window with no bounds', { timezone: DENVER, windows: [{ name: 'X' }] }],
      [
        'a window both weekly and one-time',
        { timezone: DENVER, windows: [{ ...WEEKEND, start: '2026-12-24T00:00', end: '2026-12-25T00:00' }] },
      ],
    ])('refuses %s', (_label, params) => {
      expect(validate(params)).toBe(false);
    });
  });
});

describe('verdicts', () => {
  const weekend: FreezeWindowParams = { timezone: DENVER, windows: [WEEKEND] };

  it('FROZEN names the window and when it ends in local time', () => {
    // Saturday 2026-11-21 05:00 in Denver (MST, -07:00)
    expect(judgeAt(weekend, '2026-11-21T12:00:00Z')).toEqual({
      status: 'fail',
      code: 'FROZEN',
      message: "Frozen: 'Weekend' until 2026-11-23 00:00 America/Denver (in 1 d 19 h)",
      details: {
        window: 'Weekend',
        kind: 'weekly',
        start: '2026-11-21T07:00:00.000Z',
        end: '2026-11-23T07:00:00.000Z',
        timezone: DENVER,
        now: '2026-11-21T12:00:00.000Z',
        frozen_until: '2026-11-23T07:00:00.000Z',
        continued_by: [],
      },
    });
  });

  it('NOT_FROZEN says when the next window starts', () => {
    expect(judgeAt(weekend, '2026-11-24T12:00:00Z')).toEqual({
      status: 'pass',
      code: 'NOT_FROZEN',
      message: "Not frozen: next 'Weekend' starts 2026-11-28 00:00 America/Denver (in 3 d 19 h)",
      details: {
        timezone: DENVER,
        now: '2026-11-24T12:00:00.000Z',
        next: {
          window: 'Weekend',
          kind: 'weekly',
          start: '2026-11-28T07:00:00.000Z',
          end: '2026-11-30T07:00:00.000Z',
        },
      },
    });
  });

  it('NOT_FROZEN names the next window up to a year ahead, and says so when there is none', () => {
    const params: FreezeWindowParams = {
      timezone: DENVER,
      windows: [
        { name: 'Past', start: '2026-01-01T00:00', end: '2026-01-02T00:00' },
        { name: 'Far', start: '2026-12-24T00:00', end: '2026-12-26T00:00' },
        { name: 'Beyond a year', start: '2028-06-01T00:00', end: '2028-06-02T00:00' },
      ],
    };
    expect(judgeAt(params, '2026-11-24T12:00:00Z')).toMatchObject({
      status: 'pass',
      code: 'NOT_FROZEN',
      message: "Not frozen: next 'Far' starts 2026-12-24 00:00 America/Denver (in 29 d 19 h)",
      details: { next: { window: 'Far', start: '2026-12-24T07:00:00.000Z' } },
    });
    expect(judgeAt(params, '2026-12-27T12:00:00Z')).toMatchObject({
      status: 'pass',
      code: 'NOT_FROZEN',
      message: 'Not frozen: no freeze window starts within 366 days',
      details: { next: null },
    });
  });

  it('FROZEN follows windows that continue the freeze, to say when releases resume', () => {
    const params: FreezeWindowParams = {
      timezone: DENVER,
      windows: [weekly('Friday night', ['FRI'], '18:00', '24:00'), WEEKEND],
    };
    const verdict = judgeAt(params, '2026-11-21T03:00:00Z'); // Fri 20:00 local
    expect(verdict.message).toBe(
      "Frozen: 'Friday night' until 2026-11-21 00:00, then 'Weekend' until 2026-11-23 00:00 America/Denver (in 2 d 4 h)",
    );
    expect(verdict.details).toMatchObject({
      window: 'Friday night',
      end: '2026-11-21T07:00:00.000Z',
      frozen_until: '2026-11-23T07:00:00.000Z',
      continued_by: ['Weekend'],
    });
  });

  it('a window covering the whole week is always frozen, with no end', () => {
    const always = weekly('Always', [...WEEKDAYS], '00:00', '24:00');
    const verdict = judgeAt({ timezone: BERLIN, windows: [always] }, '2026-06-01T12:00:00Z');
    expect(verdict).toMatchObject({
      status: 'fail',
      code: 'FROZEN',
      message: "Frozen: 'Always', with no end (the window covers the whole week)",
      details: { start: null, end: null, frozen_until: null },
    });
  });

  it('a chain of windows with no break within 14 days says so', () => {
    const params: FreezeWindowParams = {
      timezone: 'UTC',
      windows: [
        weekly('Early week', ['MON', 'TUE', 'WED'], '00:00', '24:00'),
        weekly('Rest', ['THU', 'FRI', 'SAT', 'SUN'], '00:00', '24:00'),
      ],
    };
    expect(judgeAt(params, '2026-11-24T12:00:00Z')).toMatchObject({
      message:
        "Frozen: 'Early week' until 2026-11-26 00:00 UTC, then 'Rest', 'Early week', with no break within 14 days",
      details: { window: 'Early week', end: '2026-11-26T00:00:00.000Z', frozen_until: null },
    });
  });

  it('among overlapping windows, names the one that lasts longest', () => {
    const params: FreezeWindowParams = {
      timezone: 'UTC',
      windows: [weekly('Lunch', ['MON'], '12:00', '13:00'), weekly('Monday', ['MON'], '00:00', '24:00')],
    };
    expect(judgeAt(params, '2026-11-23T12:30:00Z').message).toBe(
      "Frozen: 'Monday' until 2026-11-24 00:00 UTC (in 11 h 30 min)",
    );
  });

  it('an invalid evaluation time is an error, not a pass', () => {
    expect(judgeAt(weekend, new Date(Number.NaN))).toMatchObject({ status: 'error', code: 'INVALID_NOW' });
  });
});

describe('weekly windows', () => {
  const officeHours: FreezeWindowParams = {
    timezone: 'UTC',
    windows: [weekly('Office', ['WED'], '09:00', '17:30')],
  };

  it('start is inclusive and end exclusive', () => {
    expect(frozenAt(officeHours, '2026-11-25T08:59:59.999Z')).toBe(false);
    expect(frozenAt(officeHours, '2026-11-25T09:00:00.000Z')).toBe(true);
    expect(frozenAt(officeHours, '2026-11-25T17:29:59.999Z')).toBe(true);
    expect(frozenAt(officeHours, '2026-11-25T17:30:00.000Z')).toBe(false);
  });

  it('only on the listed days', () => {
    expect(frozenAt(officeHours, '2026-11-24T12:00:00Z')).toBe(false);
    expect(frozenAt(officeHours, '2026-12-02T12:00:00Z')).toBe(true);
  });

  it('24:00 ends the window at the next midnight', () => {
    const params: FreezeWindowParams = {
      timezone: DENVER,
      windows: [weekly('Late Friday', ['FRI'], '22:00', '24:00')],
    };
    expect(frozenAt(params, '2026-11-21T04:59:59.999Z')).toBe(false); // Fri 21:59:59.999
    expect(frozenAt(params, '2026-11-21T05:00:00Z')).toBe(true); // Fri 22:00
    expect(frozenAt(params, '2026-11-21T06:59:59.999Z')).toBe(true); // Fri 23:59:59.999
    expect(frozenAt(params, '2026-11-21T07:00:00Z')).toBe(false); // Sat 00:00
    expect(judgeAt(params, '2026-11-21T05:00:00Z').message).toBe(
      "Frozen: 'Late Friday' until 2026-11-21 00:00 America/Denver (in 2 h)",
    );
  });

  describe('midnight edges of a weekend window', () => {
    const params: FreezeWindowParams = { timezone: DENVER, windows: [WEEKEND] };
    it.each([
      ['Fri 23:59:59.999', '2026-11-21T06:59:59.999Z', false],
      ['Sat 00:00', '2026-11-21T07:00:00Z', true],
      ['Sat 23:59:59', '2026-11-22T06:59:59Z', true],
      ['Sun 00:00', '2026-11-22T07:00:00Z', true],
      ['Sun 23:59:59.999', '2026-11-23T06:59:59.999Z', true],
      ['Mon 00:00', '2026-11-23T07:00:00Z', false],
    ])('%s local -> frozen %s', (_label, now, expected) => {
      expect(frozenAt(params, now)).toBe(expected);
    });
  });

  it('days that wrap the week join up (SUN and MON)', () => {
    const params: FreezeWindowParams = {
      timezone: 'UTC',
      windows: [weekly('Turn of week', ['SUN', 'MON'], '00:00', '24:00')],
    };
    expect(judgeAt(params, '2026-11-22T10:00:00Z').message).toBe(
      "Frozen: 'Turn of week' until 2026-11-24 00:00 UTC (in 1 d 14 h)",
    );
  });

  it('is evaluated on local wall time in the zone, not UTC', () => {
    const params: FreezeWindowParams = {
      timezone: 'Asia/Kolkata',
      windows: [weekly('Morning', ['MON'], '00:00', '06:00')],
    };
    expect(frozenAt(params, '2026-11-22T18:30:00Z')).toBe(true); // Mon 00:00 IST, still Sunday in UTC
    expect(frozenAt(params, '2026-11-23T00:30:00Z')).toBe(false); // Mon 06:00 IST
  });

  describe('across DST changes', () => {
    const night = (zone: string): FreezeWindowParams => ({
      timezone: zone,
      windows: [weekly('Night', ['SUN'], '01:00', '03:00')],
    });

    it('America/Denver spring forward: 01:00-03:00 lasts one real hour', () => {
      // 2026-03-08: 02:00 MST jumps to 03:00 MDT at 09:00Z.
      const verdict = judgeAt(night(DENVER), '2026-03-08T08:30:00Z');
      expect(verdict.details).toMatchObject({
        start: '2026-03-08T08:00:00.000Z',
        end: '2026-03-08T09:00:00.000Z',
      });
      expect(frozenAt(night(DENVER), '2026-03-08T07:59:59Z')).toBe(false);
      expect(frozenAt(night(DENVER), '2026-03-08T08:59:59Z')).toBe(true);
      expect(frozenAt(night(DENVER), '2026-03-08T09:00:00Z')).toBe(false);
      expect(verdict.message).toBe("Frozen: 'Night' until 2026-03-08 03:00 America/Denver (in 30 min)");
    });

    it('America/Denver fall back: 01:00-03:00 lasts three real hours, the repeated hour included', () => {
      // 2026-11-01: 02:00 MDT falls back to 01:00 MST at 08:00Z.
      const verdict = judgeAt(night(DENVER), '2026-11-01T07:00:00Z');
      const { start, end } = verdict.details as { start: string; end: string };
      expect([start, end]).toEqual(['2026-11-01T07:00:00.000Z', '2026-11-01T10:00:00.000Z']);
      expect(Date.parse(end) - Date.parse(start)).toBe(3 * HOUR);
      expect(frozenAt(night(DENVER), '2026-11-01T06:59:59Z')).toBe(false);
      expect(frozenAt(night(DENVER), '2026-11-01T08:30:00Z')).toBe(true); // 01:30 MST, the second 01:30
      expect(frozenAt(night(DENVER), '2026-11-01T09:59:59Z')).toBe(true); // 02:59:59 MST
      expect(frozenAt(night(DENVER), '2026-11-01T10:00:00Z')).toBe(false); // 03:00 MST
    });

    it('Europe/Berlin spring forward and fall back', () => {
      // 2026-03-29: 02:00 CET -> 03:00 CEST at 01:00Z; 2026-10-25: 03:00 CEST -> 02:00 CET at 01:00Z.
      expect(judgeAt(night(BERLIN), '2026-03-29T00:30:00Z').details).toMatchObject({
        start: '2026-03-29T00:00:00.000Z',
        end: '2026-03-29T01:00:00.000Z',
      });
      const fall = judgeAt(night(BERLIN), '2026-10-25T01:30:00Z').details as { start: string; end: string };
      expect([fall.start, fall.end]).toEqual(['2026-10-24T23:00:00.000Z', '2026-10-25T02:00:00.000Z']);
      expect(Date.parse(fall.end) - Date.parse(fall.start)).toBe(3 * HOUR);
    });

    it('a window wholly inside the skipped hour does not occur that day, but does the next week', () => {
      const params: FreezeWindowParams = {
        timezone: DENVER,
        windows: [weekly('Gap', ['SUN'], '02:00', '02:30')],
      };
      expect(frozenAt(params, '2026-03-08T09:00:00Z')).toBe(false);
      expect(judgeAt(params, '2026-03-08T09:00:00Z').message).toBe(
        "Not frozen: next 'Gap' starts 2026-03-15 02:00 America/Denver (in 6 d 23 h)",
      );
      expect(frozenAt(params, '2026-03-15T08:15:00Z')).toBe(true); // 02:15 MDT
    });

    it('a window starting in the skipped hour starts when the clock jumps', () => {
      const params: FreezeWindowParams = {
        timezone: DENVER,
        windows: [weekly('Late', ['SUN'], '02:30', '04:00')],
      };
      expect(frozenAt(params, '2026-03-08T08:59:59Z')).toBe(false);
      expect(frozenAt(params, '2026-03-08T09:00:00Z')).toBe(true); // 03:00 MDT
    });

    it('a window ending at a repeated time ends at its first occurrence', () => {
      const params: FreezeWindowParams = {
        timezone: DENVER,
        windows: [weekly('Early', ['SUN'], '00:00', '01:30')],
      };
      expect(frozenAt(params, '2026-11-01T07:29:59Z')).toBe(true); // 01:29:59 MDT
      expect(frozenAt(params, '2026-11-01T07:30:00Z')).toBe(false); // first 01:30
      expect(frozenAt(params, '2026-11-01T08:15:00Z')).toBe(false); // 01:15 MST: the freeze does not resume
    });
  });
});

describe('one-time windows', () => {
  it('local bounds are wall times in the zone; start inclusive, end exclusive', () => {
    const params: FreezeWindowParams = {
      timezone: BERLIN,
      windows: [{ name: 'Holidays', start: '2026-12-24T00:00', end: '2027-01-04T00:00' }],
    };
    expect(frozenAt(params, '2026-12-23T22:59:59.999Z')).toBe(false);
    expect(frozenAt(params, '2026-12-23T23:00:00Z')).toBe(true);
    expect(frozenAt(params, '2027-01-03T22:59:59.999Z')).toBe(true);
    expect(frozenAt(params, '2027-01-03T23:00:00Z')).toBe(false);
    expect(judgeAt(params, '2026-12-25T12:00:00Z')).toMatchObject({
      message: "Frozen: 'Holidays' until 2027-01-04 00:00 Europe/Berlin (in 9 d 11 h)",
      details: { kind: 'one_time', start: '2026-12-23T23:00:00.000Z', end: '2027-01-03T23:00:00.000Z' },
    });
  });

  it('bounds with an explicit offset or Z are exact instants', () => {
    const params: FreezeWindowParams = {
      timezone: BERLIN,
      windows: [{ name: 'Launch', start: '2026-12-01T10:00-07:00', end: '2026-12-01T18:00:30Z' }],
    };
    expect(frozenAt(params, '2026-12-01T16:59:59Z')).toBe(false);
    expect(frozenAt(params, '2026-12-01T17:00:00Z')).toBe(true);
    expect(frozenAt(params, '2026-12-01T18:00:29.999Z')).toBe(true);
    expect(frozenAt(params, '2026-12-01T18:00:30Z')).toBe(false);
    // The message still speaks the policy's zone.
    expect(judgeAt(params, '2026-12-01T17:00:00Z').message).toBe(
      "Frozen: 'Launch' until 2026-12-01 19:00:30 Europe/Berlin (in 1 h)",
    );
  });

  it('a local bound in a DST gap or overlap resolves like the weekly times', () => {
    const params: FreezeWindowParams = {
      timezone: DENVER,
      windows: [
        { name: 'Spring', start: '2026-03-08T02:30', end: '2026-03-08T04:00' },
        { name: 'Fall', start: '2026-11-01T01:30', end: '2026-11-01T02:00' },
      ],
    };
    expect(frozenAt(params, '2026-03-08T08:59:59Z')).toBe(false);
    expect(frozenAt(params, '2026-03-08T09:00:00Z')).toBe(true);
    expect(judgeAt(params, '2026-11-01T08:00:00Z').details).toMatchObject({
      start: '2026-11-01T07:30:00.000Z',
      end: '2026-11-01T09:00:00.000Z',
    });
  });

  it('a long window reports its real end, beyond the look-ahead', () => {
    const params: FreezeWindowParams = {
      timezone: 'UTC',
      windows: [{ name: 'Migration', start: '2026-11-01T00:00', end: '2027-02-01T00:00' }],
    };
    expect(judgeAt(params, '2026-11-02T00:00:00Z').message).toBe(
      "Frozen: 'Migration' until 2027-02-01 00:00 UTC (in 91 d)",
    );
  });
});

describe('validation: INVALID_PARAMS', () => {
  const base: FreezeWindowParams = { timezone: DENVER, windows: [WEEKEND] };

  function expectInvalid(params: unknown, message: string | RegExp, path?: string): void {
    let thrown: unknown;
    try {
      validateFreezeParams(params);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GateError);
    const error = thrown as GateError;
    expect(error.code).toBe('INVALID_PARAMS');
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    if (path) expect(error.details.path).toBe(path);
    // The judge reports the same problem as an error: bad parameters never pass.
    const verdict = freezeWindowGate.judge(
      params as FreezeWindowParams,
      { now: new Date('2026-11-24T12:00:00Z') },
      context(new Date()),
    );
    expect(verdict).toMatchObject({ status: 'error', code: 'INVALID_PARAMS', message: error.message });
  }

  it('accepts good parameters and parses them', () => {
    expect(validateFreezeParams(base)).toEqual({
      timezone: DENVER,
      windows: [
        { kind: 'weekly', name: 'Weekend', days: new Set(['SAT', 'SUN']), startMinute: 0, endMinute: 1440 },
      ],
    });
  });

  it('an unknown time zone', () => {
    expectInvalid(
      { ...base, timezone: 'America/Denvr' },
      "Invalid timezone 'America/Denvr'. Expected an IANA time zone name, e.g. America/Denver, Europe/Berlin or UTC.",
      '/timezone',
    );
  });

  it('an offset instead of a zone', () => {
    expectInvalid(
      { ...base, timezone: '-07:00' },
      /^Invalid timezone '-07:00'\. Expected an IANA time zone name/,
    );
  });

  it('a missing time zone', () => {
    expectInvalid({ windows: [WEEKEND] }, /^Invalid timezone \(missing\)\./);
  });

  it.each([
    ['7:00', 'start'],
    ['07:60', 'start'],
    ['24:00', 'start'],
    ['0700', 'start'],
  ])('a bad start %j', (value) => {
    expectInvalid(
      { ...base, windows: [weekly('Night', ['MON'], value, '23:00')] },
      `Invalid start '${value}' in freeze window 'Night'. Expected HH:MM from 00:00 to 23:59.`,
      '/windows/0/weekly/start',
    );
  });

  it.each(['24:30', '25:00', '9:00', 'noon'])('a bad end %j', (value) => {
    expectInvalid(
      { ...base, windows: [weekly('Night', ['MON'], '08:00', value)] },
      `Invalid end '${value}' in freeze window 'Night'. Expected HH:MM from 00:01 to 24:00.`,
      '/windows/0/weekly/end',
    );
  });

  it('a weekly end before its start: refused, never wrapped past midnight', () => {
    expectInvalid(
      { ...base, windows: [weekly('Friday night', ['FRI', 'SUN'], '22:00', '02:00')] },
      "Invalid freeze window 'Friday night': end '02:00' is not after start '22:00'. A weekly window cannot cross midnight; " +
        'write it as two windows: days [FRI, SUN] 22:00-24:00 and days [SAT, MON] 00:00-02:00.',
      '/windows/0/weekly/end',
    );
  });

  it('a weekly end of 00:00 points to 24:00', () => {
    expectInvalid(
      { ...base, windows: [weekly('Late', ['FRI'], '22:00', '00:00')] },
      "Invalid freeze window 'Late': end '00:00' is not after start '22:00'. Write the end of the day as '24:00'.",
    );
  });

  it('a weekly end equal to its start', () => {
    expectInvalid(
      { ...base, windows: [weekly('Empty', ['FRI'], '10:00', '10:00')] },
      "Invalid freeze window 'Empty': end '10:00' is not after start '10:00'. Expected an end later than the start.",
    );
  });

  it('an unknown day', () => {
    expectInvalid(
      { ...base, windows: [weekly('Weekend', ['Sat' as Weekday], '00:00', '24:00')] },
      "Invalid day 'Sat' in freeze window 'Weekend'. Expected one of: MON, TUE, WED, THU, FRI, SAT, SUN.",
      '/windows/0/weekly/days/0',
    );
  });

  it('a repeated day', () => {
    expectInvalid(
      { ...base, windows: [weekly('Weekend', ['SAT', 'SUN', 'SAT'], '00:00', '24:00')] },
      "Duplicate day 'SAT' in freeze window 'Weekend'. Expected each day at most once.",
      '/windows/0/weekly/days/2',
    );
  });

  it('no days', () => {
    expectInvalid(
      { ...base, windows: [weekly('Weekend', [], '00:00', '24:00')] },
      "Invalid days [] in freeze window 'Weekend'. Expected a non-empty list of: MON, TUE, WED, THU, FRI, SAT, SUN.",
    );
  });

  it('no windows', () => {
    expectInvalid(
      { ...base, windows: [] },
      "Invalid windows []. Expected a non-empty list of windows, or a 'calendar'.",
      '/windows',
    );
  });

  it('a window without a name', () => {
    expectInvalid(
      { ...base, windows: [{ weekly: WEEKEND.weekly }] },
      'Invalid name (missing) of window 1. Expected a non-empty string.',
      '/windows/0/name',
    );
  });

  it('a one-time end not after its start', () => {
    expectInvalid(
      { ...base, windows: [{ name: 'Launch', start: '2026-12-02T00:00', end: '2026-12-01T23:00' }] },
      "Invalid freeze window 'Launch': end '2026-12-01T23:00' is not after start '2026-12-02T00:00' (in America/Denver). Expected an end later than the start.",
      '/windows/0/end',
    );
  });

  it('a one-time window compares instants, offsets included', () => {
    // 10:00-07:00 is 17:00Z, after 16:00Z, although "10:00" < "16:00" would look fine too;
    // 18:00+02:00 is 16:00Z, before 17:00Z although it reads later.
    expect(() =>
      validateFreezeParams({
        ...base,
        windows: [{ name: 'A', start: '2026-12-01T16:00Z', end: '2026-12-01T10:00-07:00' }],
      }),
    ).not.toThrow();
    expectInvalid(
      { ...base, windows: [{ name: 'B', start: '2026-12-01T10:00-07:00', end: '2026-12-01T18:00+02:00' }] },
      /^Invalid freeze window 'B': end '2026-12-01T18:00\+02:00' is not after start/,
    );
  });

  it('a one-time bound that is not a date', () => {
    expectInvalid(
      { ...base, windows: [{ name: 'Launch', start: '2026-02-30T00:00', end: '2026-03-02T00:00' }] },
      "Invalid start '2026-02-30T00:00' in freeze window 'Launch': 2026-02-30 is not a date. Expected YYYY-MM-DDTHH:MM[:SS] (wall time in the policy time zone), optionally followed by Z or an offset ±HH:MM.",
      '/windows/0/start',
    );
  });

  it('a one-time bound in another format', () => {
    expectInvalid(
      { ...base, windows: [{ name: 'Launch', start: '2026-12-01', end: '2026-12-02T00:00' }] },
      /^Invalid start '2026-12-01' in freeze window 'Launch': expected YYYY-MM-DDTHH:MM\[:SS\]/,
    );
  });

  it('a window that is both weekly and one-time', () => {
    expectInvalid(
      { ...base, windows: [{ ...WEEKEND, start: '2026-12-01T00:00', end: '2026-12-02T00:00' }] },
      /^Invalid freeze window 'Weekend': it has both 'weekly' and 'start'\/'end'\./,
    );
  });

  it('unknown keys', () => {
    expectInvalid(
      { ...base, windows: [{ ...WEEKEND, weekley: {} }] },
      "Unknown key 'weekley' in window 1. Expected only: name, start, end, weekly, rrule, duration, from.",
    );
    expectInvalid({ ...base, zone: 'UTC' }, /^Unknown key 'zone' in the freeze_window parameters\./);
  });

  it('parameters that are not a mapping', () => {
    expectInvalid(null, /^Invalid the freeze_window parameters null\. Expected a mapping/);
  });
});

describe('properties', () => {
  const ZONES = ['UTC', DENVER, BERLIN, 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham'] as const;
  const zone = fc.constantFrom(...ZONES);
  const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) });
  const settings = { numRuns: 200 };

  it('a weekly window of all 7 days 00:00-24:00 is always frozen', () => {
    const always = weekly('Always', [...WEEKDAYS], '00:00', '24:00');
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        expect(judgeAt({ timezone: z, windows: [always] }, new Date(t)).code).toBe('FROZEN');
      }),
      settings,
    );
  });

  it('every day 00:00-24:00 split in two windows is always frozen too', () => {
    const windows = [
      weekly('Early week', ['MON', 'TUE', 'WED'], '00:00', '24:00'),
      weekly('Rest', ['THU', 'FRI', 'SAT', 'SUN'], '00:00', '24:00'),
    ];
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        expect(judgeAt({ timezone: z, windows }, new Date(t)).code).toBe('FROZEN');
      }),
      settings,
    );
  });

  it('a one-time window [a, b) contains t iff a <= t < b', () => {
    const seconds = fc.integer({ min: Date.UTC(1971, 0, 1) / 1000, max: Date.UTC(2099, 0, 1) / 1000 });
    const offset = fc.integer({ min: -(14 * 60), max: 14 * 60 });
    fc.assert(
      fc.property(
        seconds,
        fc.integer({ min: 1, max: 40 * 86_400 }),
        zone,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: -10 * DAY, max: 10 * DAY }),
        fc.integer({ min: -2000, max: 2000 }),
        offset,
        offset,
        (startSeconds, lengthSeconds, z, where, far, delta, startOffset, endOffset) => {
          const a = startSeconds * 1000;
          const b = a + lengthSeconds * 1000;
          // t lands within 2 s of a bound half of the time, so both edges are exercised.
          const t = [a + delta, b + delta, a + far, Math.floor((a + b) / 2)][where];
          const params: FreezeWindowParams = {
            timezone: z,
            windows: [{ name: 'Once', start: withOffset(a, startOffset), end: withOffset(b, endOffset) }],
          };
          expect(frozenAt(params, new Date(t))).toBe(a <= t && t < b);
        },
      ),
      settings,
    );
  });

  it('away from DST changes, a weekly window is frozen iff the local weekday and time are inside it', () => {
    const window = fc.record({
      days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
      start: fc.integer({ min: 0, max: 1439 }),
      length: fc.integer({ min: 1, max: 1440 }),
    });
    fc.assert(
      fc.property(instant, zone, window, (t, z, w) => {
        const offset = offsetMillisAt(t, z);
        fc.pre(offsetMillisAt(t - 2 * DAY, z) === offset && offsetMillisAt(t + 2 * DAY, z) === offset);
        const end = Math.min(1440, w.start + w.length);
        const params: FreezeWindowParams = {
          timezone: z,
          windows: [weekly('W', w.days, clock(w.start), clock(end))],
        };
        const local = zonedParts(t, z);
        const inside =
          w.days.includes(local.weekday) &&
          w.start <= local.minutesSinceMidnight &&
          local.minutesSinceMidnight < end;
        expect(frozenAt(params, new Date(t))).toBe(inside);
      }),
      settings,
    );
  });
});

/** `ms` written as wall time at a fixed UTC offset: `2026-12-01T10:00:00-07:00`, or `...Z` for 0. */
function withOffset(ms: number, offsetMinutes: number): string {
  const wall = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${wall}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${wall}${offsetMinutes < 0 ? '-' : '+'}${clock(abs)}`;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
