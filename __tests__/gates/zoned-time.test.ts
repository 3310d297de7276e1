import fc from 'fast-check';
import {
  addDays,
  formatLocalTime,
  formatWallTime,
  isCalendarDate,
  isValidTimeZone,
  offsetMillisAt,
  parseWindowBound,
  relativeTime,
  weekdayOf,
  zonedParts,
  zonedToInstant,
  type LocalDateTime,
} from '../../src/gates/zoned-time.js';

const ZONES = [
  'UTC',
  'America/Denver',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
] as const;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const wall = (text: string): LocalDateTime => {
  const [date, time] = text.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute, second = 0] = time.split(':').map(Number);
  return { year, month, day, hour, minute, second };
};
const iso = (date: Date): string => date.toISOString();

describe('isValidTimeZone', () => {
  it.each(['UTC', 'America/Denver', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Chatham', 'Etc/GMT+5'])(
    'accepts %s',
    (zone) => expect(isValidTimeZone(zone)).toBe(true),
  );

  // Offsets are refused even though Node 24's Intl accepts them, so every runner agrees.
  it.each(['Mars/Olympus', 'America/Denvr', '', '  ', '+05:00', '-07:00', '+0530', 'GMT+5'])(
    'refuses %j',
    (zone) => expect(isValidTimeZone(zone)).toBe(false),
  );
});

describe('calendar helpers', () => {
  it('computes weekdays, Monday first', () => {
    expect(weekdayOf({ year: 2026, month: 11, day: 21 })).toBe('SAT');
    expect(weekdayOf({ year: 2026, month: 11, day: 23 })).toBe('MON');
    expect(weekdayOf({ year: 2026, month: 3, day: 8 })).toBe('SUN');
    expect(weekdayOf({ year: 1, month: 1, day: 1 })).toBe('MON');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 2, day: 28 }, 1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(addDays({ year: 2026, month: 3, day: 1 }, -1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addDays({ year: 50, month: 1, day: 1 }, -1)).toEqual({ year: 49, month: 12, day: 31 });
  });

  it('knows which dates exist', () => {
    expect(isCalendarDate({ year: 2028, month: 2, day: 29 })).toBe(true);
    expect(isCalendarDate({ year: 2026, month: 2, day: 29 })).toBe(false);
    expect(isCalendarDate({ year: 2026, month: 4, day: 31 })).toBe(false);
    expect(isCalendarDate({ year: 2026, month: 13, day: 1 })).toBe(false);
    expect(isCalendarDate({ year: 2026, month: 1, day: 0 })).toBe(false);
  });
});

describe('zonedParts', () => {
  it('reads the wall clock, weekday and minutes since midnight', () => {
    expect(zonedParts(new Date('2026-11-21T12:34:56.789Z'), 'America/Denver')).toEqual({
      year: 2026,
      month: 11,
      day: 21,
      hour: 5,
      minute: 34,
      second: 56,
      weekday: 'SAT',
      minutesSinceMidnight: 334,
    });
  });

  it('shows midnight as 00:00 of the new day', () => {
    const parts = zonedParts(new Date('2026-11-23T07:00:00Z'), 'America/Denver');
    expect(parts).toMatchObject({ day: 23, hour: 0, minute: 0, weekday: 'MON', minutesSinceMidnight: 0 });
    expect(zonedParts(new Date('2026-11-23T06:59:59.999Z'), 'America/Denver')).toMatchObject({
      day: 22,
      weekday: 'SUN',
      minutesSinceMidnight: 1439,
    });
  });

  it('handles half- and three-quarter-hour zones', () => {
    expect(zonedParts(new Date('2026-01-01T00:00:00Z'), 'Asia/Kolkata')).toMatchObject({
      hour: 5,
      minute: 30,
    });
    expect(zonedParts(new Date('2026-01-01T00:00:00Z'), 'Pacific/Chatham')).toMatchObject({
      hour: 13,
      minute: 45,
    });
  });
});

describe('offsetMillisAt', () => {
  it('follows daylight saving, including 30-minute shifts', () => {
    expect(offsetMillisAt(new Date('2026-01-15T00:00:00Z'), 'America/Denver')).toBe(-7 * HOUR);
    expect(offsetMillisAt(new Date('2026-07-15T00:00:00Z'), 'America/Denver')).toBe(-6 * HOUR);
    expect(offsetMillisAt(new Date('2026-07-15T00:00:00Z'), 'Australia/Lord_Howe')).toBe(10.5 * HOUR);
    expect(offsetMillisAt(new Date('2026-01-15T00:00:00Z'), 'Australia/Lord_Howe')).toBe(11 * HOUR);
    expect(offsetMillisAt(new Date('2026-07-15T00:00:00Z'), 'Pacific/Chatham')).toBe(12.75 * HOUR);
  });

  it('keeps historical offsets that are not whole minutes', () => {
    // Berlin's local mean time before 1893 was +0:53:28.
    expect(offsetMillisAt(new Date('1850-01-01T00:00:00Z'), 'Europe/Berlin')).toBe((53 * 60 + 28) * 1000);
  });
});

describe('zonedToInstant', () => {
  it('converts ordinary wall times', () => {
    expect(iso(zonedToInstant(wall('2026-11-28T00:00'), 'America/Denver'))).toBe('2026-11-28T07:00:00.000Z');
    expect(iso(zonedToInstant(wall('2026-12-24T18:00:30'), 'Europe/Berlin'))).toBe(
      '2026-12-24T17:00:30.000Z',
    );
    expect(iso(zonedToInstant(wall('2026-01-01T00:00'), 'Pacific/Chatham'))).toBe('2025-12-31T10:15:00.000Z');
  });

  describe('a skipped wall time resolves to the first instant after the gap', () => {
    it.each([
      // 2026-03-08 02:00 MST -> 03:00 MDT
      ['America/Denver', '2026-03-08T02:00', '2026-03-08T09:00:00.000Z'],
      ['America/Denver', '2026-03-08T02:30', '2026-03-08T09:00:00.000Z'],
      ['America/Denver', '2026-03-08T02:59:59', '2026-03-08T09:00:00.000Z'],
      // 2026-03-29 02:00 CET -> 03:00 CEST
      ['Europe/Berlin', '2026-03-29T02:30', '2026-03-29T01:00:00.000Z'],
      // 2026-10-04 02:00 +10:30 -> 02:30 +11:00
      ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:30:00.000Z'],
      // 2026-09-27 02:45 +12:45 -> 03:45 +13:45
      ['Pacific/Chatham', '2026-09-27T03:00', '2026-09-26T14:00:00.000Z'],
      // Samoa skipped the whole of 2011-12-30
      ['Pacific/Apia', '2011-12-30T12:00', '2011-12-30T10:00:00.000Z'],
    ])('%s %s -> %s', (zone, local, expected) => {
      expect(iso(zonedToInstant(wall(local), zone))).toBe(expected);
    });

    it('the instant just before the gap shows the wall time just before it', () => {
      expect(zonedParts(new Date('2026-03-08T08:59:59Z'), 'America/Denver')).toMatchObject({
        hour: 1,
        minute: 59,
      });
      expect(zonedParts(new Date('2026-03-08T09:00:00Z'), 'America/Denver')).toMatchObject({
        hour: 3,
        minute: 0,
      });
    });
  });

  describe('a repeated wall time resolves to its earlier occurrence', () => {
    it.each([
      // 2026-11-01 02:00 MDT -> 01:00 MST: 01:30 happens at 07:30Z and 08:30Z
      ['America/Denver', '2026-11-01T01:30', '2026-11-01T07:30:00.000Z'],
      ['America/Denver', '2026-11-01T01:00', '2026-11-01T07:00:00.000Z'],
      // 2026-10-25 03:00 CEST -> 02:00 CET: 02:30 happens at 00:30Z and 01:30Z
      ['Europe/Berlin', '2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
      // 2026-04-05 02:00 +11:00 -> 01:30 +10:30
      ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45:00.000Z'],
    ])('%s %s -> %s', (zone, local, expected) => {
      expect(iso(zonedToInstant(wall(local), zone))).toBe(expected);
    });

    it('the first wall time after the overlap is unambiguous', () => {
      expect(iso(zonedToInstant(wall('2026-11-01T02:00'), 'America/Denver'))).toBe(
        '2026-11-01T09:00:00.000Z',
      );
    });
  });
});

describe('parseWindowBound', () => {
  it('reads a bound without offset as wall time in the zone', () => {
    expect(iso(parseWindowBound('2026-12-24T00:00', 'Europe/Berlin'))).toBe('2026-12-23T23:00:00.000Z');
    expect(iso(parseWindowBound('2026-12-24T00:00:15', 'America/Denver'))).toBe('2026-12-24T07:00:15.000Z');
  });

  it('reads Z and ±HH:MM as exact instants, whatever the zone', () => {
    expect(iso(parseWindowBound('2026-12-24T00:00Z', 'Europe/Berlin'))).toBe('2026-12-24T00:00:00.000Z');
    expect(iso(parseWindowBound('2026-12-24T00:00-07:00', 'Europe/Berlin'))).toBe('2026-12-24T07:00:00.000Z');
    expect(iso(parseWindowBound('2026-12-24T05:30:10+05:30', 'America/Denver'))).toBe(
      '2026-12-24T00:00:10.000Z',
    );
  });

  it('resolves local bounds in DST gaps and overlaps like zonedToInstant', () => {
    expect(iso(parseWindowBound('2026-03-08T02:30', 'America/Denver'))).toBe('2026-03-08T09:00:00.000Z');
    expect(iso(parseWindowBound('2026-11-01T01:30', 'America/Denver'))).toBe('2026-11-01T07:30:00.000Z');
  });

  it.each([
    ['2026-12-24', /expected YYYY-MM-DDTHH:MM\[:SS\]/],
    ['2026-12-24 18:00', /expected YYYY-MM-DDTHH:MM/],
    ['2026-12-24T18', /expected YYYY-MM-DDTHH:MM/],
    ['2026-12-24T18:00:00.000Z', /expected YYYY-MM-DDTHH:MM/],
    ['2026-12-24T18:00+0700', /expected YYYY-MM-DDTHH:MM/],
    ['2026-02-29T00:00', /2026-02-29 is not a date/],
    ['2026-13-01T00:00', /2026-13-01 is not a date/],
    ['0000-01-01T00:00', /0000-01-01 is not a date/],
    ['2026-12-24T24:00', /24:00 is not a time of day/],
    ['2026-12-24T12:60', /12:60 is not a time of day/],
    ['2026-12-24T12:00:60', /12:00:60 is not a time of day/],
    ['2026-12-24T12:00+24:00', /offset \+24:00 is out of range/],
  ])('refuses %j', (text, reason) => {
    expect(() => parseWindowBound(text, 'UTC')).toThrow(RangeError);
    expect(() => parseWindowBound(text, 'UTC')).toThrow(reason);
  });

  it('accepts a leap day', () => {
    expect(iso(parseWindowBound('2028-02-29T12:00Z', 'UTC'))).toBe('2028-02-29T12:00:00.000Z');
  });
});

describe('formatWallTime', () => {
  it('writes weekday, date and time in the zone', () => {
    expect(formatWallTime(new Date('2026-11-28T07:00:00Z'), 'America/Denver')).toBe('Sat 2026-11-28 00:00');
    expect(formatWallTime(new Date('2026-11-28T07:00:09Z'), 'America/Denver')).toBe(
      'Sat 2026-11-28 00:00:09',
    );
    expect(formatWallTime(Date.parse('2026-06-01T00:00:00Z'), 'Asia/Kolkata')).toBe('Mon 2026-06-01 05:30');
  });
});

describe('properties', () => {
  const zone = fc.constantFrom(...ZONES);
  // Whole seconds from 1900 to 2100: wall times carry seconds, and the range includes
  // historical offsets as well as rule-based future ones.
  const instant = fc
    .integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 })
    .map((seconds) => seconds * 1000);
  const settings = { numRuns: 300 };

  it('wall parts of an instant convert back to the same instant, away from offset changes', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        // No offset change within a day either side, so t is in no overlap.
        const offset = offsetMillisAt(t, z);
        fc.pre(offsetMillisAt(t - DAY, z) === offset && offsetMillisAt(t + DAY, z) === offset);
        expect(zonedToInstant(zonedParts(t, z), z).getTime()).toBe(t);
      }),
      settings,
    );
  });

  it('converting back returns t, or the earlier instant showing the same wall time', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        const parts = zonedParts(t, z);
        const back = zonedToInstant(parts, z).getTime();
        expect(zonedParts(back, z)).toEqual(parts);
        expect(back).toBeLessThanOrEqual(t);
        if (back < t) expect(offsetMillisAt(back, z) - offsetMillisAt(t, z)).toBe(t - back);
      }),
      settings,
    );
  });

  it('near real DST changes, converting back returns t or the earlier instant of a repeated wall time', () => {
    // Random instants seldom land in the one repeated hour a year, so aim at known changes.
    const transitions: [string, string][] = [
      ['America/Denver', '2026-03-08T09:00:00Z'],
      ['America/Denver', '2026-11-01T08:00:00Z'],
      ['Europe/Berlin', '2026-03-29T01:00:00Z'],
      ['Europe/Berlin', '2026-10-25T01:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
      ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
      ['Pacific/Chatham', '2026-04-04T14:00:00Z'],
      ['Pacific/Chatham', '2026-09-26T14:00:00Z'],
    ];
    let repeated = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...transitions),
        fc.integer({ min: -7200, max: 7200 }),
        ([z, at], seconds) => {
          const t = Date.parse(at) + seconds * 1000;
          const parts = zonedParts(t, z);
          const back = zonedToInstant(parts, z).getTime();
          expect(zonedParts(back, z)).toEqual(parts);
          if (back !== t) {
            repeated++;
            expect(back).toBeLessThan(t);
            expect(offsetMillisAt(back, z) - offsetMillisAt(t, z)).toBe(t - back);
          }
        },
      ),
      settings,
    );
    expect(repeated).toBeGreaterThan(0);
  });

  it('offset = wall time read as UTC minus the instant', () => {
    fc.assert(
      fc.property(instant, zone, (t, z) => {
        const p = zonedParts(t, z);
        expect(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - t).toBe(
          offsetMillisAt(t, z),
        );
      }),
      settings,
    );
  });

  it('a bound with an explicit offset is the same instant in every zone', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        zone,
        (t, offsetMinutes, z) => {
          const shifted = new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 19);
          const sign = offsetMinutes < 0 ? '-' : '+';
          const abs = Math.abs(offsetMinutes);
          const suffix = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          expect(parseWindowBound(`${shifted}${suffix}`, z).getTime()).toBe(t);
        },
      ),
      settings,
    );
  });
});

describe('formatLocalTime and relativeTime (freeze messages)', () => {
  it('writes the wall time without the weekday', () => {
    expect(formatLocalTime(new Date('2027-01-04T07:00:00Z'), 'America/Denver')).toBe('2027-01-04 00:00');
    expect(formatLocalTime(new Date('2026-12-01T18:00:30Z'), 'Europe/Berlin')).toBe('2026-12-01 19:00:30');
  });

  it.each([
    [0, 'in under a minute'],
    [59_999, 'in under a minute'],
    [60_000, 'in 1 min'],
    [40 * 60_000, 'in 40 min'],
    [60 * 60_000, 'in 1 h'],
    [125 * 60_000, 'in 2 h 5 min'],
    [13 * 86_400_000, 'in 13 d'],
    [(3 * 24 + 4) * 3_600_000 + 59 * 60_000, 'in 3 d 4 h'],
  ])('%i ms → %s', (ms, text) => {
    expect(relativeTime(1_000_000, 1_000_000 + ms)).toBe(text);
  });
});
