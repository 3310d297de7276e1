export const id = 1777;
export const ids = [1777];
export const modules = {

/***/ 21777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  freezeWindowGate: () => (/* binding */ freezeWindowGate),
  spansNear: () => (/* binding */ spansNear),
  validateFreezeParams: () => (/* binding */ validateFreezeParams)
});

// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(40440);
// EXTERNAL MODULE: ./src/facts/contents.ts
var contents = __webpack_require__(51585);
// EXTERNAL MODULE: ./src/facts/workspace.ts
var workspace = __webpack_require__(39522);
;// CONCATENATED MODULE: ./src/facts/calendar.ts
// The text of a holiday calendar for freeze_window (an iCalendar file; gates/calendar-windows.ts
// reads it). The file is read where the policy was read: at the policy's ref through the API when the
// policy came from there (`policy_ref`), so whoever pushes a tag cannot lift a freeze by
// editing a workspace copy; else from the workspace. A calendar that cannot be read or
// understood is an error (CALENDAR_INVALID, CALENDAR_MISSING), never "not frozen".



/** Calendars larger than this are refused: a holiday list is a few kilobytes. */
const CALENDAR_MAX_BYTES = 1024 * 1024;
/** Reads the calendar at the policy's ref (policy_ref), or in the workspace. */
async function readCalendarFile(facts, ctx, path) {
    const policyRef = ctx.policy?.source.startsWith('api@') ? ctx.policy.source.slice('api@'.length) : null;
    if (policyRef) {
        const file = await facts.memo(`calendar:${policyRef}:${path}`, () => (0,contents/* readRepoFile */.v)(facts.github, ctx.repository, path, policyRef));
        if (!file)
            throw new types/* GateError */.ue('CALENDAR_MISSING', `Calendar '${path}' does not exist at ${policyRef}, where the policy was read from (policy_ref); commit it there or fix the path.`, { calendar: path, ref: policyRef });
        if (file.text.length > CALENDAR_MAX_BYTES)
            throw tooLarge(path, file.text.length);
        return { path, ref: policyRef, text: file.text };
    }
    const file = await (0,workspace/* readWorkspaceFile */.s)(facts, path, CALENDAR_MAX_BYTES);
    if (file.kind === 'missing')
        throw new types/* GateError */.ue('CALENDAR_MISSING', `Calendar '${path}' does not exist in the workspace; check it out (actions/checkout) or fix the path.`, { calendar: path });
    if (file.kind === 'too_large')
        throw tooLarge(path, file.size);
    return { path, ref: null, text: file.text };
}
function tooLarge(path, size) {
    return new types/* GateError */.ue('CALENDAR_INVALID', `Calendar '${path}' is ${size} bytes, over the ${CALENDAR_MAX_BYTES}-byte limit.`, { calendar: path });
}

// EXTERNAL MODULE: ./src/util/libraries.ts
var libraries = __webpack_require__(70751);
;// CONCATENATED MODULE: ./src/gates/zoned-time.ts
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
/** ISO order: Monday first. */
const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
// Building a DateTimeFormat is far more expensive than using one; evaluations reuse a few zones.
const formatters = new Map();
function formatterFor(zone) {
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
function isValidTimeZone(zone) {
    if (zone.trim() === '' || /^[+\-\u2212]/.test(zone))
        return false;
    try {
        formatterFor(zone);
        return true;
    }
    catch {
        return false;
    }
}
/** Epoch milliseconds of a wall time read as if it were UTC; valid for years 0..99 too. */
function wallTimeAsUtcMillis(local) {
    const date = new Date(0);
    date.setUTCFullYear(local.year, local.month - 1, local.day);
    date.setUTCHours(local.hour, local.minute, local.second, 0);
    return date.getTime();
}
/** Day of the week of a calendar date (proleptic Gregorian, like `Date`). */
function weekdayOf(date) {
    const sundayFirst = new Date(wallTimeAsUtcMillis({ ...date, hour: 0, minute: 0, second: 0 })).getUTCDay();
    return WEEKDAYS[(sundayFirst + 6) % 7];
}
/** The calendar date `days` days after (or before, when negative) `date`. */
function addDays(date, days) {
    const shifted = new Date(wallTimeAsUtcMillis({ ...date, hour: 0, minute: 0, second: 0 }) + days * MS_PER_DAY);
    return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}
/** True when year/month/day name a real calendar date (no 2026-02-30). */
function isCalendarDate(date) {
    if (date.month < 1 || date.month > 12 || date.day < 1)
        return false;
    return addDays({ ...date, day: 1 }, date.day - 1).month === date.month;
}
/** What the clock in `zone` shows at `instant` (to the second; milliseconds are dropped). */
function zonedParts(instant, zone) {
    const parts = formatterFor(zone).formatToParts(instant);
    const field = (type) => {
        const part = parts.find((p) => p.type === type);
        if (!part)
            throw new Error(`Intl gave no ${type} for ${new Date(instant).toISOString()} in ${zone}`);
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
function offsetMillisAt(instant, zone) {
    const millis = typeof instant === 'number' ? instant : instant.getTime();
    const wholeSecond = millis - (((millis % 1000) + 1000) % 1000);
    return wallTimeAsUtcMillis(zonedParts(wholeSecond, zone)) - wholeSecond;
}
/**
 * The instant at which the clock in `zone` shows `local` \u2014 for a skipped wall time the first
 * instant after the gap, for a repeated one the earlier occurrence (see the top of this file).
 */
function zonedToInstant(local, zone) {
    const wall = wallTimeAsUtcMillis(local);
    const known = new Map();
    const offsetAt = (t) => {
        if (!known.has(t))
            known.set(t, offsetMillisAt(t, zone));
        return known.get(t);
    };
    // The answer is `wall - offset` for an offset in force at the answer. Offsets are at most
    // about 15 hours, so the offsets a day either side of the wall time, and those at the
    // instants they point to, include the right one even with two transitions close together.
    const nearby = new Set([offsetAt(wall - MS_PER_DAY), offsetAt(wall + MS_PER_DAY)]);
    const pointedTo = [...nearby].map((offset) => offsetAt(wall - offset));
    const candidates = [...new Set([...nearby, ...pointedTo])].map((offset) => wall - offset);
    const exact = candidates.filter((t) => offsetAt(t) === wall - t);
    if (exact.length > 0)
        return new Date(Math.min(...exact));
    return new Date(firstInstantShowingAtLeast(wall, Math.min(...candidates), Math.max(...candidates), zone));
}
/**
 * In a spring-forward gap the clock only moves forward between the two candidate instants,
 * so a binary search finds the first millisecond whose wall time is at or after `wall`.
 */
function firstInstantShowingAtLeast(wall, before, after, zone) {
    let low = before; // shows an earlier wall time
    let high = after; // shows `wall` or later
    while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (middle + offsetMillisAt(middle, zone) >= wall)
            high = middle;
        else
            low = middle;
    }
    return high;
}
const BOUND_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;
/** What a one-time window bound may look like, for error messages. */
const BOUND_FORMAT = 'YYYY-MM-DDTHH:MM[:SS] (wall time in the policy time zone), optionally followed by Z or an offset \u00b1HH:MM';
/**
 * Parses a one-time window bound. Without an offset it is a wall time in `zone` (resolved as
 * described at the top of this file); with `Z` or `\u00b1HH:MM` it is that exact instant.
 * Throws a RangeError saying what is wrong with the text.
 */
function parseWindowBound(text, zone) {
    const match = BOUND_PATTERN.exec(text);
    if (!match)
        throw new RangeError(`expected ${BOUND_FORMAT}`);
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map((n) => Number(n ?? 0));
    const local = { year, month, day, hour, minute, second };
    if (year < 1 || !isCalendarDate(local))
        throw new RangeError(`${match[1]}-${match[2]}-${match[3]} is not a date`);
    if (hour > 23 || minute > 59 || second > 59) {
        throw new RangeError(`${match[4]}:${match[5]}${match[6] ? `:${match[6]}` : ''} is not a time of day`);
    }
    const offset = match[7];
    if (offset === undefined)
        return zonedToInstant(local, zone);
    return new Date(wallTimeAsUtcMillis(local) - parseOffsetMillis(offset));
}
function parseOffsetMillis(offset) {
    if (offset === 'Z')
        return 0;
    const hours = Number(offset.slice(1, 3));
    const minutes = Number(offset.slice(4, 6));
    if (hours > 23 || minutes > 59)
        throw new RangeError(`offset ${offset} is out of range (-23:59 to +23:59)`);
    const sign = offset.startsWith('-') ? -1 : 1;
    return sign * (hours * 60 + minutes) * MS_PER_MINUTE;
}
const WEEKDAY_LABELS = {
    MON: 'Mon',
    TUE: 'Tue',
    WED: 'Wed',
    THU: 'Thu',
    FRI: 'Fri',
    SAT: 'Sat',
    SUN: 'Sun',
};
const pad = (n, width = 2) => String(n).padStart(width, '0');
/** A wall time for people: `Sat 2026-11-28 00:00` (seconds only when not zero). */
function formatWallTime(instant, zone) {
    const p = zonedParts(instant, zone);
    const seconds = p.second === 0 ? '' : `:${pad(p.second)}`;
    return `${WEEKDAY_LABELS[p.weekday]} ${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}${seconds}`;
}
/** A wall time as the freeze messages write it: `2027-01-04 00:00` (seconds only when not zero). */
function formatLocalTime(instant, zone) {
    return formatWallTime(instant, zone).slice(4);
}
/** How far ahead an instant is, for people: `in 3 d 4 h`, `in 13 d`, `in 2 h 5 min`, `in 40 min`. */
function relativeTime(fromMs, toMs) {
    const minutes = Math.floor((toMs - fromMs) / MS_PER_MINUTE);
    if (minutes < 1)
        return 'in under a minute';
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    const rest = minutes % 60;
    if (days > 0)
        return `in ${days} d${hours ? ` ${hours} h` : ''}`;
    if (hours > 0)
        return `in ${hours} h${rest ? ` ${rest} min` : ''}`;
    return `in ${rest} min`;
}

;// CONCATENATED MODULE: ./src/gates/calendar-windows.ts



/** Occurrences expanded per event at most; a rule past it cannot be judged. */
const MAX_OCCURRENCES = 20_000;
/** Parses an iCalendar text into freeze windows; throws CALENDAR_INVALID naming what is wrong. */
function parseCalendar(text, where) {
    const ical = (0,libraries/* library */.Y)('ical');
    const invalid = (reason) => new types/* GateError */.ue('CALENDAR_INVALID', `Calendar ${where} is not a usable iCalendar file: ${reason}.`, {
        calendar: where,
    });
    let root;
    try {
        root = new ical.Component(ical.parse(text));
    }
    catch (error) {
        throw invalid(error.message);
    }
    if (root.name !== 'vcalendar')
        throw invalid(`it starts with ${root.name.toUpperCase()}, not VCALENDAR`);
    // Zones the file defines itself (Outlook writes "W. Europe Standard Time" with its rules).
    const ownZones = new Map();
    for (const component of root.getAllSubcomponents('vtimezone')) {
        const zone = new ical.Timezone(component);
        ownZones.set(zone.tzid, zone);
    }
    const vevents = root.getAllSubcomponents('vevent');
    if (vevents.length === 0)
        throw invalid('it has no VEVENT');
    // Moved or changed occurrences (RECURRENCE-ID) belong to their series, not alone.
    const exceptions = vevents.filter((component) => component.hasProperty('recurrence-id'));
    return vevents
        .filter((component) => !component.hasProperty('recurrence-id'))
        .map((component, index) => {
        const event = new ical.Event(component, { exceptions: sameUid(exceptions, component) });
        const name = event.summary?.trim() || `event ${index + 1}`;
        const label = `event '${name}'`;
        if (!component.hasProperty('dtstart'))
            throw invalid(`${label} has no DTSTART`);
        const zoneOf = (property) => zoneRef(component, property, ownZones, invalid, label);
        const startZone = zoneOf('dtstart');
        const endZone = component.hasProperty('dtend') ? zoneOf('dtend') : startZone;
        const toInstant = (time, zone, gateZone) => instantOf(time, zone, gateZone);
        const duration = event.duration;
        if (duration.isNegative || duration.toSeconds() < 0)
            throw invalid(`${label} ends before it starts`);
        return {
            name,
            uid: event.uid ?? null,
            spansBetween(fromMs, toMs, zone) {
                const spans = [];
                if (!event.isRecurring()) {
                    const startMs = toInstant(event.startDate, startZone, zone);
                    const endMs = component.hasProperty('dtend')
                        ? toInstant(event.endDate, endZone, zone)
                        : endAfter(event.startDate, duration, startZone, zone);
                    if (endMs > fromMs && startMs < toMs && endMs > startMs)
                        spans.push({ startMs, endMs });
                    return spans;
                }
                const iterator = event.iterator();
                for (let count = 0;; count++) {
                    if (count >= MAX_OCCURRENCES)
                        throw invalid(`${label} repeats more than ${MAX_OCCURRENCES} times before the evaluation time`);
                    const next = iterator.next();
                    if (!next)
                        break;
                    const details = event.getOccurrenceDetails(next);
                    const startMs = toInstant(details.startDate, startZone, zone);
                    if (startMs >= toMs)
                        break;
                    const length = details.item.duration;
                    const endMs = endAfter(details.startDate, length, startZone, zone);
                    if (endMs > fromMs && endMs > startMs)
                        spans.push({ startMs, endMs });
                }
                return spans;
            },
        };
    });
}
function sameUid(exceptions, master) {
    const uid = master.getFirstPropertyValue('uid');
    return exceptions.filter((exception) => exception.getFirstPropertyValue('uid') === uid);
}
function zoneRef(component, property, ownZones, invalid, label) {
    const prop = component.getFirstProperty(property);
    const value = prop.getFirstValue();
    if (!value || typeof value !== 'object' || !('isDate' in value))
        throw invalid(`${label} has an unreadable ${property.toUpperCase()}`);
    if (value.isDate)
        return { kind: 'floating' };
    const tzid = prop.getParameter('tzid');
    if (tzid) {
        const own = ownZones.get(tzid);
        if (own)
            return { kind: 'own', zone: own };
        if (isValidTimeZone(tzid))
            return { kind: 'iana', zone: tzid };
        throw invalid(`${label} uses TZID '${tzid}', which is neither an IANA zone nor defined in the file`);
    }
    return value.zone === (0,libraries/* library */.Y)('ical').Timezone.utcTimezone ? { kind: 'utc' } : { kind: 'floating' };
}
function localOf(time) {
    return {
        year: time.year,
        month: time.month,
        day: time.day,
        hour: time.isDate ? 0 : time.hour,
        minute: time.isDate ? 0 : time.minute,
        second: time.isDate ? 0 : time.second,
    };
}
function instantOf(time, ref, gateZone) {
    const local = localOf(time);
    switch (ref.kind) {
        case 'utc':
            return wallTimeAsUtcMillis(local);
        case 'iana':
            return zonedToInstant(local, ref.zone).getTime();
        case 'own': {
            const placed = (0,libraries/* library */.Y)('ical').Time.fromData({ ...local, isDate: false }, ref.zone);
            return placed.toUnixTime() * 1000;
        }
        case 'floating':
            return zonedToInstant(local, gateZone).getTime();
    }
}
/** The end of an occurrence: nominal days on the local date, then exact time (RFC 5545 \u00a73.3.6). */
function endAfter(start, duration, ref, gateZone) {
    const days = duration.weeks * 7 + duration.days;
    const exactMs = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
    const local = localOf(start);
    const shifted = { ...local, ...addDays(local, days) };
    const time = (0,libraries/* library */.Y)('ical').Time.fromData({ ...shifted, isDate: start.isDate });
    return instantOf(time, ref, gateZone) + exactMs;
}

;// CONCATENATED MODULE: ./src/gates/recurrence.ts


// RFC 5545 \u00a73.3.6 dur-value, without a sign (a freeze cannot last a negative time):
// P[n]W, or P[n]D with an optional time part, or PT with hours, minutes and/or seconds in order.
const DURATION_GRAMMAR = /^P(?:\d+W|\d+D(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?|T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)$/;
/** Parses a duration; null when the text is not an RFC 5545 duration or it lasts no time. */
function parseDuration(text) {
    // The grammar decides what is accepted (ical.js reads `P1.5D` as a day); ical.js the values.
    if (!DURATION_GRAMMAR.test(text) || /T$/.test(text))
        return null;
    const duration = (0,libraries/* library */.Y)('ical').Duration.fromString(text);
    const days = duration.weeks * 7 + duration.days;
    const exactMs = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
    return days === 0 && exactMs === 0 ? null : { days, exactMs, text };
}
const DURATION_FORMAT = 'an RFC 5545 duration such as P14D, P2W, PT8H or P1DT12H (weeks, days, hours, minutes, seconds; no months or years)';
const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
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
const DEFAULT_RULE_START = { year: 2000, month: 1, day: 1 };
/**
 * A rule that yields local dates. Throws a RangeError saying what is wrong: an unknown part, a
 * frequency below a day, a value out of range, or a rule that never occurs.
 */
function parseDateRule(text, from = DEFAULT_RULE_START) {
    const RRule = (0,libraries/* library */.Y)('rrule');
    const parts = text.split(';').map((part) => part.split('='));
    for (const [name, value] of parts) {
        if (!name || value === undefined || value === '')
            throw new RangeError(`'${name ?? ''}' is not NAME=VALUE`);
        if (name === 'BYHOUR' || name === 'BYMINUTE' || name === 'BYSECOND')
            throw new RangeError(`${name} is not used here: the time of day is the window's 'start'`);
        if (name === 'DTSTART')
            throw new RangeError(`DTSTART is not used here: write the first date as 'from'`);
        if (!RULE_PARTS.has(name))
            throw new RangeError(`unknown rule part '${name}'`);
        if (name === 'BYDAY' &&
            !value.split(',').every((day) => /^[+-]?\d{0,2}(?:MO|TU|WE|TH|FR|SA|SU)$/.test(day)))
            throw new RangeError(`BYDAY=${value} is not a list of days such as MO,FR or -1FR`);
    }
    const freq = parts.find(([name]) => name === 'FREQ')?.[1];
    if (!freq || !FREQUENCIES.includes(freq))
        throw new RangeError(`FREQ must be one of ${FREQUENCIES.join(', ')} (got ${freq ? `'${freq}'` : 'none'})`);
    let options;
    try {
        options = RRule.parseString(text);
    }
    catch (error) {
        throw new RangeError(error.message);
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
const recurrence_MS_PER_DAY = 86_400_000;
/**
 * The rule started again at the latest date on or before `first` that is a whole number of its
 * periods (INTERVAL \u00d7 FREQ) after `from`, and one period earlier still: the same occurrences
 * from `first` on, without rrule walking every period since `from` (a daily rule since 2000
 * is thousands of steps). A rule with COUNT counts from `from` and is left as it is, and so
 * is a monthly or yearly rule from a day some months or years lack.
 */
function ruleNear(dateRule, first) {
    const RRule = (0,libraries/* library */.Y)('rrule');
    const { from, options, rule } = dateRule;
    if (options.count !== undefined && options.count !== null)
        return rule;
    const interval = options.interval ?? 1;
    const fromMs = floating(from).getTime();
    const firstMs = floating(first).getTime();
    if (firstMs <= fromMs)
        return rule;
    let anchor;
    if (options.freq === RRule.DAILY || options.freq === RRule.WEEKLY) {
        const period = (options.freq === RRule.DAILY ? 1 : 7) * interval;
        const periods = Math.floor((firstMs - fromMs) / recurrence_MS_PER_DAY / period) - 1;
        if (periods < 1)
            return rule;
        anchor = fromFloating(new Date(fromMs + periods * period * recurrence_MS_PER_DAY));
    }
    else {
        if (from.day > 28)
            return rule;
        const months = options.freq === RRule.MONTHLY ? interval : 12 * interval;
        const elapsed = (first.year - from.year) * 12 + (first.month - from.month);
        const periods = Math.floor(elapsed / months) - 1;
        if (periods < 1)
            return rule;
        const total = from.month - 1 + periods * months;
        anchor = { year: from.year + Math.floor(total / 12), month: (total % 12) + 1, day: from.day };
    }
    return new RRule({ ...options, dtstart: floating(anchor) });
}
function checkRange(value, min, max, name, negativeAllowed = false) {
    const values = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
    for (const v of values) {
        const magnitude = negativeAllowed ? Math.abs(v) : v;
        if (!Number.isInteger(v) || magnitude < min || magnitude > max)
            throw new RangeError(`${name}=${v} is out of range (${negativeAllowed ? `\u00b1${min}..${max}` : `${min}..${max}`})`);
    }
}
/** A local date as rrule's floating Date (its UTC fields are the local fields). */
function floating(date) {
    return new Date(wallTimeAsUtcMillis({ ...date, hour: 0, minute: 0, second: 0 }));
}
function fromFloating(date) {
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
/** The local dates on which the rule occurs, from `first` to `last` inclusive. */
function ruleDatesBetween(rule, first, last) {
    return ruleNear(rule, first).between(floating(first), floating(last), true).map(fromFloating);
}
/** The first local date on or after `first` on which the rule occurs, or null. */
function nextRuleDate(rule, first) {
    const next = ruleNear(rule, first).after(floating(first), true);
    return next ? fromFloating(next) : null;
}
/**
 * The real-time span of one occurrence: from `startMinute` on the local date, for the
 * duration (nominal days first, then exact time). Empty (end \u2264 start) cannot happen for a
 * positive duration except in a daylight-saving gap of a few minutes; the caller drops it.
 */
function occurrenceSpan(date, startMinute, duration, zone) {
    const at = (day) => zonedToInstant({ ...day, hour: Math.floor(startMinute / 60), minute: startMinute % 60, second: 0 }, zone).getTime();
    const startMs = at(date);
    const endMs = at(addDays(date, duration.days)) + duration.exactMs;
    return { startMs, endMs };
}

;// CONCATENATED MODULE: ./src/gates/freeze-window.ts
// freeze_window: blocks while the evaluation time falls inside a declared freeze window.
//
// Every window is turned into spans of real time, [start, end) in epoch milliseconds, near
// the evaluation time. A weekly window has one span per listed day, from the first moment the
// zone's clock shows `start` on that day to the first moment it shows `end` (see zoned-time.ts
// for how skipped and repeated wall times resolve). So an occurrence is always one contiguous
// piece of real time: on a fall-back day 01:00\u201303:00 lasts three hours, on a spring-forward
// day one hour, and a window that lies wholly inside the skipped hour does not occur that day.
// Back-to-back days of one window form one span (SAT+SUN 00:00\u201324:00 runs Saturday 00:00 to
// Monday 00:00), which is what "until" reports.
//
// Recurring windows by RFC 5545 rule (recurrence.ts) and the events of an iCalendar file
// (calendar-windows.ts) become spans the same way, so every kind is judged alike.





const CODE_INVALID = 'INVALID_PARAMS';
/** How far ahead the gate looks for windows that continue a freeze. */
const LOOKAHEAD_DAYS = 14;
/** How far ahead the gate looks for the next window (a yearly freeze is up to a year away). */
const NEXT_HORIZON_DAYS = 366;
const freeze_window_MS_PER_DAY = 86_400_000;
const MINUTES_PER_DAY = 1440;
const START_PATTERN = '^(?:[01][0-9]|2[0-3]):[0-5][0-9]$';
const END_PATTERN = '^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$';
const freeze_window_BOUND_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2})?$';
const ONE_TIME_WINDOW_SCHEMA = {
    type: 'object',
    description: 'A one-time window [start, end).',
    additionalProperties: false,
    required: ['name', 'start', 'end'],
    properties: {
        name: { type: 'string', minLength: 1 },
        start: { type: 'string', pattern: freeze_window_BOUND_PATTERN, description: `Inclusive. ${BOUND_FORMAT}.` },
        end: { type: 'string', pattern: freeze_window_BOUND_PATTERN, description: `Exclusive, after start. ${BOUND_FORMAT}.` },
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
    description: 'A window that recurs by an RFC 5545 rule on local dates, from a local start time for a duration.',
    additionalProperties: false,
    required: ['name', 'rrule', 'start', 'duration'],
    properties: {
        name: { type: 'string', minLength: 1 },
        rrule: {
            type: 'string',
            minLength: 1,
            description: 'RRULE parts, e.g. FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20. FREQ is DAILY, WEEKLY, MONTHLY or YEARLY; the time of day comes from start.',
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
            description: 'First date the rule counts from (matters for INTERVAL and COUNT), YYYY-MM-DD [2000-01-01].',
        },
    },
};
// Subschemas are inlined (no $defs/$ref) so the policy schema can embed this one anywhere.
// if/then/else rather than oneOf: a mistake in a weekly window is then reported against the
// weekly shape only, not also as "does not match the one-time shape".
const paramsSchema = {
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
            description: "An iCalendar (.ics) file whose events are freeze windows (SUMMARY as the name, recurrence included), read at the policy's ref when the policy is read through the API (policy_ref), else from the workspace.",
            additionalProperties: false,
            required: ['file'],
            properties: { file: { type: 'string', minLength: 1, description: 'Path of the .ics file.' } },
        },
    },
};
const freezeWindowGate = {
    type: 'freeze_window',
    // RFC 5545 rules and durations, and iCalendar files; one-time and weekly windows need neither.
    libraries(params) {
        const record = (params ?? {});
        const windows = Array.isArray(record.windows) ? record.windows : [];
        const rules = windows.some((w) => typeof w === 'object' && w !== null && 'rrule' in w);
        return [
            ...(rules || record.calendar !== undefined ? ['ical'] : []),
            ...(rules ? ['rrule'] : []),
        ];
    },
    paramsSchema,
    blocksInRehearsal: false,
    checkParams(params) {
        validateFreezeParams(params);
    },
    async collect(params, ctx, facts) {
        if (!params.calendar)
            return { now: ctx.now };
        return { now: ctx.now, calendar: await readCalendarFile(facts, ctx, params.calendar.file) };
    },
    judge(params, facts) {
        let valid;
        try {
            valid = validateFreezeParams(params);
        }
        catch (error) {
            // Fail closed: parameters that never went through the policy validator must not pass.
            if (!(error instanceof types/* GateError */.ue))
                throw error;
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
            }
            catch (error) {
                if (!(error instanceof types/* GateError */.ue))
                    throw error;
                return { status: 'error', code: error.code, message: error.message, details: error.details };
            }
        }
        return judgeFreeze(valid, facts.now);
    },
};
function calendarWindows(file) {
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
function validateFreezeParams(params) {
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
    if (record.calendar !== undefined)
        validateCalendarParam(record.calendar);
    if (!Array.isArray(windows) || windows.length === 0) {
        throw invalid('/windows', windows, `Invalid windows ${quote(windows)}. Expected a non-empty list of windows, or a 'calendar'.`);
    }
    return { timezone, windows: windows.map((window, index) => validateWindow(window, index, timezone)) };
}
function validateCalendarParam(calendar) {
    const record = expectRecord(calendar, '/calendar', "'calendar'", ['file']);
    if (typeof record.file !== 'string' || record.file.trim() === '')
        throw invalid('/calendar/file', record.file, `Invalid calendar file ${quote(record.file)}. Expected the path of an .ics file.`);
}
function validateTimezone(zone) {
    if (typeof zone !== 'string' || !isValidTimeZone(zone)) {
        throw invalid('/timezone', zone, `Invalid timezone ${quote(zone)}. Expected an IANA time zone name, e.g. America/Denver, Europe/Berlin or UTC.`);
    }
    return zone;
}
function validateWindow(window, index, timezone) {
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
        throw invalid(`${path}/name`, name, `Invalid name ${quote(name)} of window ${index + 1}. Expected a non-empty string.`);
    }
    const label = `freeze window '${name}'`;
    if ('rrule' in record)
        return validateRrule(record, name, path, label);
    if ('duration' in record || 'from' in record) {
        const key = 'duration' in record ? 'duration' : 'from';
        throw invalid(`${path}/${key}`, record[key], `'${key}' in ${label} belongs to a window with an 'rrule'.`);
    }
    if ('weekly' in record) {
        if ('start' in record || 'end' in record) {
            throw invalid(path, window, `Invalid ${label}: it has both 'weekly' and 'start'/'end'. Expected either a one-time window {name, start, end} or a weekly one {name, weekly: {days, start, end}}.`);
        }
        return validateWeekly(record.weekly, name, `${path}/weekly`, label);
    }
    return validateOneTime(record, name, path, label, timezone);
}
function validateOneTime(record, name, path, label, timezone) {
    const parse = (key) => {
        const text = record[key];
        if (typeof text !== 'string') {
            throw invalid(`${path}/${key}`, text, `Invalid ${key} ${quote(text)} in ${label}. Expected ${BOUND_FORMAT}, or a 'weekly' window.`);
        }
        try {
            return parseWindowBound(text, timezone).getTime();
        }
        catch (error) {
            const reason = error instanceof RangeError
                ? `${error.message}. Expected ${BOUND_FORMAT}.`
                : `Expected ${BOUND_FORMAT}.`;
            throw invalid(`${path}/${key}`, text, `Invalid ${key} '${text}' in ${label}: ${reason}`);
        }
    };
    const startMs = parse('start');
    const endMs = parse('end');
    if (endMs <= startMs) {
        throw invalid(`${path}/end`, record.end, `Invalid ${label}: end '${String(record.end)}' is not after start '${String(record.start)}' (in ${timezone}). Expected an end later than the start.`);
    }
    return { kind: 'one_time', name, startMs, endMs };
}
function validateRrule(record, name, path, label) {
    for (const key of ['weekly', 'end']) {
        if (key in record)
            throw invalid(`${path}/${key}`, record[key], `Invalid ${label}: it has both 'rrule' and '${key}'. Expected {name, rrule, start, duration}.`);
    }
    const startMinute = parseClockTime(record.start, false);
    if (startMinute === null)
        throw invalid(`${path}/start`, record.start, `Invalid start ${quote(record.start)} in ${label}. Expected HH:MM from 00:00 to 23:59.`);
    const duration = typeof record.duration === 'string' ? parseDuration(record.duration) : null;
    if (!duration)
        throw invalid(`${path}/duration`, record.duration, `Invalid duration ${quote(record.duration)} in ${label}. Expected ${DURATION_FORMAT}, longer than zero.`);
    let from;
    if (record.from !== undefined) {
        const match = typeof record.from === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(record.from) : null;
        from = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
        if (!from || from.year < 1 || !isCalendarDate(from))
            throw invalid(`${path}/from`, record.from, `Invalid from ${quote(record.from)} in ${label}. Expected a date YYYY-MM-DD.`);
    }
    if (typeof record.rrule !== 'string')
        throw invalid(`${path}/rrule`, record.rrule, `Invalid rrule ${quote(record.rrule)} in ${label}. Expected RRULE parts such as FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20.`);
    let rule;
    try {
        rule = parseDateRule(record.rrule, from);
    }
    catch (error) {
        const reason = error instanceof RangeError ? error.message : String(error);
        throw invalid(`${path}/rrule`, record.rrule, `Invalid rrule '${record.rrule}' in ${label}: ${reason}. Expected RRULE parts such as FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20.`);
    }
    return { kind: 'rrule', name, rule, startMinute, duration };
}
function validateWeekly(weekly, name, path, label) {
    const record = expectRecord(weekly, path, `'weekly' of ${label}`, ['days', 'start', 'end']);
    const days = validateDays(record.days, `${path}/days`, label);
    const startMinute = parseClockTime(record.start, false);
    if (startMinute === null) {
        throw invalid(`${path}/start`, record.start, `Invalid start ${quote(record.start)} in ${label}. Expected HH:MM from 00:00 to 23:59.`);
    }
    const endMinute = parseClockTime(record.end, true);
    if (endMinute === null) {
        throw invalid(`${path}/end`, record.end, `Invalid end ${quote(record.end)} in ${label}. Expected HH:MM from 00:01 to 24:00.`);
    }
    if (endMinute <= startMinute) {
        const start = String(record.start);
        const end = String(record.end);
        throw invalid(`${path}/end`, record.end, `Invalid ${label}: end '${end}' is not after start '${start}'. ${adviceForEndNotAfterStart(days, start, end, endMinute)}`);
    }
    return { kind: 'weekly', name, days: new Set(days), startMinute, endMinute };
}
// Windows are never wrapped past midnight silently: the user says what they mean instead.
function adviceForEndNotAfterStart(days, start, end, endMinute) {
    if (endMinute === 0)
        return `Write the end of the day as '24:00'.`;
    if (start === end)
        return 'Expected an end later than the start.';
    const nextDays = days.map((day) => WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7]);
    return ('A weekly window cannot cross midnight; write it as two windows: ' +
        `days [${days.join(', ')}] ${start}-24:00 and days [${nextDays.join(', ')}] 00:00-${end}.`);
}
function validateDays(days, path, label) {
    if (!Array.isArray(days) || days.length === 0) {
        throw invalid(path, days, `Invalid days ${quote(days)} in ${label}. Expected a non-empty list of: ${WEEKDAYS.join(', ')}.`);
    }
    const seen = new Set();
    days.forEach((day, index) => {
        if (!WEEKDAYS.includes(day)) {
            throw invalid(`${path}/${index}`, day, `Invalid day ${quote(day)} in ${label}. Expected one of: ${WEEKDAYS.join(', ')}.`);
        }
        if (seen.has(day)) {
            throw invalid(`${path}/${index}`, day, `Duplicate day '${String(day)}' in ${label}. Expected each day at most once.`);
        }
        seen.add(day);
    });
    return [...seen];
}
/** Minutes since midnight of a strict `HH:MM`, or null; `24:00` only when `allowEndOfDay`. */
function parseClockTime(text, allowEndOfDay) {
    if (typeof text !== 'string')
        return null;
    if (text === '24:00')
        return allowEndOfDay ? MINUTES_PER_DAY : null;
    const match = /^(\d{2}):(\d{2})$/.exec(text);
    if (!match)
        return null;
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : null;
}
function expectRecord(value, path, what, allowedKeys) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw invalid(path, value, `Invalid ${what} ${quote(value)}. Expected a mapping with keys: ${allowedKeys.join(', ')}.`);
    }
    const unknownKey = Object.keys(value).find((key) => !allowedKeys.includes(key));
    if (unknownKey !== undefined) {
        throw invalid(`${path}/${unknownKey}`, unknownKey, `Unknown key '${unknownKey}' in ${what}. Expected only: ${allowedKeys.join(', ')}.`);
    }
    return value;
}
function invalid(path, value, message) {
    return new types/* GateError */.ue(CODE_INVALID, message, { path, value });
}
function quote(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    return value === undefined ? '(missing)' : JSON.stringify(value);
}
function judgeFreeze(params, now) {
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
function frozenVerdict(current, spans, nowMs, zone) {
    const horizonMs = nowMs + LOOKAHEAD_DAYS * freeze_window_MS_PER_DAY;
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
function frozenMessage(current, continuation, resumesMs, nowMs, zone) {
    const name = `'${current.window.name}'`;
    if (current.endMs === Infinity)
        return `Frozen: ${name}, with no end (the window covers the whole week)`;
    const head = `Frozen: ${name} until ${formatLocalTime(current.endMs, zone)}`;
    if (continuation.length === 0)
        return `${head} ${zone} (${relativeTime(nowMs, current.endMs)})`;
    if (resumesMs !== null) {
        const then = continuation.map((s) => `'${s.window.name}' until ${formatLocalTime(s.endMs, zone)}`);
        return `${head}, then ${then.join(', then ')} ${zone} (${relativeTime(nowMs, resumesMs)})`;
    }
    const others = [...new Set(continuation.map((s) => `'${s.window.name}'`))].join(', ');
    return `${head} ${zone}, then ${others}, with no break within ${LOOKAHEAD_DAYS} days`;
}
function notFrozenVerdict(spans, nowMs, zone) {
    const horizon = nowMs + NEXT_HORIZON_DAYS * freeze_window_MS_PER_DAY;
    const upcoming = spans.filter((span) => span.startMs > nowMs && span.startMs <= horizon);
    // reduce keeps the first declared window among those starting at the same instant.
    const next = upcoming.reduce((soonest, s) => (!soonest || s.startMs < soonest.startMs ? s : soonest), null);
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
function continuationOf(current, spans, horizonMs) {
    const steps = [];
    let endMs = current.endMs;
    while (endMs <= horizonMs) {
        const reach = endMs;
        const extending = spans.filter((span) => span.startMs <= reach && span.endMs > reach);
        if (extending.length === 0)
            break;
        const furthest = extending.reduce((best, span) => (span.endMs > best.endMs ? span : best));
        steps.push(furthest);
        endMs = furthest.endMs;
    }
    return steps;
}
function describeSpan(span) {
    return {
        window: span.window.name,
        kind: span.window.kind,
        start: isoOrNull(span.startMs),
        end: isoOrNull(span.endMs),
    };
}
function isoOrNull(ms) {
    return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}
/**
 * The spans of a window that matter at `nowMs`: a one-time window's single span; for a weekly
 * window, every occurrence from well before now (a span containing now began less than a week
 * ago) to well after the look-ahead (so a span starting within it is never cut short); for a
 * rule or a calendar event, every occurrence that has not ended by now and starts within the
 * horizon for the next window.
 */
function spansNear(window, nowMs, zone) {
    if (window.kind === 'one_time')
        return [{ window, startMs: window.startMs, endMs: window.endMs }];
    if (window.kind === 'rrule')
        return mergeTouching(ruleSpans(window, nowMs, zone));
    if (window.kind === 'calendar') {
        const spans = window.event.spansBetween(nowMs, nowMs + (NEXT_HORIZON_DAYS + 1) * freeze_window_MS_PER_DAY, zone);
        return mergeTouching(spans.map((span) => ({ window, ...span })).sort((a, b) => a.startMs - b.startMs));
    }
    if (coversWholeWeek(window))
        return [{ window, startMs: -Infinity, endMs: Infinity }];
    const today = zonedParts(nowMs, zone);
    const occurrences = [];
    for (let offset = -9; offset <= LOOKAHEAD_DAYS + 9; offset++) {
        const date = addDays(today, offset);
        const occurrence = weeklyOccurrence(window, date, zone);
        if (occurrence)
            occurrences.push(occurrence);
    }
    return mergeTouching(occurrences);
}
/**
 * A rule's occurrences near now: those on dates from as far back as one could still last
 * (its duration plus a day for zone offsets) to the end of the look-ahead, and then the first
 * one after that, so the next window up to a year away is known without expanding a daily
 * rule over a year.
 */
function ruleSpans(window, nowMs, zone) {
    const today = zonedParts(nowMs, zone);
    const reachDays = window.duration.days + Math.ceil(window.duration.exactMs / freeze_window_MS_PER_DAY) + 2;
    const last = addDays(today, LOOKAHEAD_DAYS + 9);
    const dates = ruleDatesBetween(window.rule, addDays(today, -reachDays), last);
    const later = nextRuleDate(window.rule, addDays(last, 1));
    if (later)
        dates.push(later);
    return dates
        .map((date) => ({ window, ...occurrenceSpan(date, window.startMinute, window.duration, zone) }))
        .filter((span) => span.endMs > span.startMs && span.endMs > nowMs - freeze_window_MS_PER_DAY);
}
function coversWholeWeek(window) {
    return window.days.size === 7 && window.startMinute === 0 && window.endMinute === MINUTES_PER_DAY;
}
/** The window's span on a local date, or null when it does not occur (wrong day, DST gap). */
function weeklyOccurrence(window, date, zone) {
    if (!window.days.has(weekdayOf(date)))
        return null;
    const startMs = instantAtMinute(date, window.startMinute, zone);
    const endMs = window.endMinute === MINUTES_PER_DAY
        ? instantAtMinute(addDays(date, 1), 0, zone)
        : instantAtMinute(date, window.endMinute, zone);
    return endMs > startMs ? { window, startMs, endMs } : null;
}
function instantAtMinute(date, minute, zone) {
    return zonedToInstant({ ...date, hour: Math.floor(minute / 60), minute: minute % 60, second: 0 }, zone).getTime();
}
/** Joins a window's consecutive occurrences (input sorted by start) into single spans. */
function mergeTouching(spans) {
    const merged = [];
    for (const span of spans) {
        const previous = merged[merged.length - 1];
        if (previous && span.startMs <= previous.endMs)
            previous.endMs = Math.max(previous.endMs, span.endMs);
        else
            merged.push({ ...span });
    }
    return merged;
}


/***/ })

};
