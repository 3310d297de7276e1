// Holiday calendars for freeze_window: an iCalendar file (RFC 5545), each VEVENT a freeze
// window named by its SUMMARY, with its recurrence (RRULE, RDATE, EXDATE, moved occurrences)
// expanded by ical.js. A calendar that cannot be understood is CALENDAR_INVALID, never
// "not frozen".
//
// Times: a DATE (all-day) event runs from local midnight of its first day to local midnight
// after its last, in the gate's zone; a DATE-TIME with TZID is wall time in that zone (an IANA
// name, or a VTIMEZONE the file defines); with `Z` it is that instant; a floating DATE-TIME is
// wall time in the gate's zone. Durations follow RFC 5545 §3.3.6: days nominal, hours and
// less exact, so a recurring event keeps its local hours across a daylight-saving change.
import type ICAL from 'ical.js';
import { GateError } from '../model/types.js';
import { library } from '../util/libraries.js';
import {
  addDays,
  isValidTimeZone,
  wallTimeAsUtcMillis,
  zonedToInstant,
  type LocalDateTime,
} from './zoned-time.js';

/** Occurrences expanded per event at most; a rule past it cannot be judged. */
const MAX_OCCURRENCES = 20_000;

/** A freeze window from the calendar: its name and its spans of real time. */
export interface CalendarEvent {
  name: string;
  uid: string | null;
  /** Spans that overlap [fromMs, toMs), in order; `zone` places floating and all-day times. */
  spansBetween(fromMs: number, toMs: number, zone: string): { startMs: number; endMs: number }[];
}

/** Parses an iCalendar text into freeze windows; throws CALENDAR_INVALID naming what is wrong. */
export function parseCalendar(text: string, where: string): CalendarEvent[] {
  const ical = library('ical');
  const invalid = (reason: string): GateError =>
    new GateError('CALENDAR_INVALID', `Calendar ${where} is not a usable iCalendar file: ${reason}.`, {
      calendar: where,
    });
  let root: ICAL.Component;
  try {
    root = new ical.Component(ical.parse(text) as unknown[]);
  } catch (error) {
    throw invalid((error as Error).message);
  }
  if (root.name !== 'vcalendar') throw invalid(`it starts with ${root.name.toUpperCase()}, not VCALENDAR`);
  // Zones the file defines itself (Outlook writes "W. Europe Standard Time" with its rules).
  const ownZones = new Map<string, ICAL.Timezone>();
  for (const component of root.getAllSubcomponents('vtimezone')) {
    const zone = new ical.Timezone(component);
    ownZones.set(zone.tzid, zone);
  }
  const vevents = root.getAllSubcomponents('vevent');
  if (vevents.length === 0) throw invalid('it has no VEVENT');
  // Moved or changed occurrences (RECURRENCE-ID) belong to their series, not alone.
  const exceptions = vevents.filter((component) => component.hasProperty('recurrence-id'));
  return vevents
    .filter((component) => !component.hasProperty('recurrence-id'))
    .map((component, index) => {
      const event = new ical.Event(component, { exceptions: sameUid(exceptions, component) });
      const name = event.summary?.trim() || `event ${index + 1}`;
      const label = `event '${name}'`;
      if (!component.hasProperty('dtstart')) throw invalid(`${label} has no DTSTART`);
      const zoneOf = (property: string): ZoneRef => zoneRef(component, property, ownZones, invalid, label);
      const startZone = zoneOf('dtstart');
      const endZone = component.hasProperty('dtend') ? zoneOf('dtend') : startZone;
      const toInstant = (time: ICAL.Time, zone: ZoneRef, gateZone: string): number =>
        instantOf(time, zone, gateZone);
      const duration = event.duration;
      if (duration.isNegative || duration.toSeconds() < 0) throw invalid(`${label} ends before it starts`);
      return {
        name,
        uid: event.uid ?? null,
        spansBetween(fromMs: number, toMs: number, zone: string) {
          const spans: { startMs: number; endMs: number }[] = [];
          if (!event.isRecurring()) {
            const startMs = toInstant(event.startDate, startZone, zone);
            const endMs = component.hasProperty('dtend')
              ? toInstant(event.endDate, endZone, zone)
              : endAfter(event.startDate, duration, startZone, zone);
            if (endMs > fromMs && startMs < toMs && endMs > startMs) spans.push({ startMs, endMs });
            return spans;
          }
          const iterator = event.iterator();
          for (let count = 0; ; count++) {
            if (count >= MAX_OCCURRENCES)
              throw invalid(`${label} repeats more than ${MAX_OCCURRENCES} times before the evaluation time`);
            const next = iterator.next();
            if (!next) break;
            const details = event.getOccurrenceDetails(next);
            const startMs = toInstant(details.startDate, startZone, zone);
            if (startMs >= toMs) break;
            const length = details.item.duration;
            const endMs = endAfter(details.startDate, length, startZone, zone);
            if (endMs > fromMs && endMs > startMs) spans.push({ startMs, endMs });
          }
          return spans;
        },
      };
    });
}

function sameUid(exceptions: ICAL.Component[], master: ICAL.Component): ICAL.Component[] {
  const uid = master.getFirstPropertyValue('uid');
  return exceptions.filter((exception) => exception.getFirstPropertyValue('uid') === uid);
}

/** How a time of the calendar is placed on the timeline. */
type ZoneRef =
  | { kind: 'floating' } // all-day, or a wall time without zone: the gate's zone
  | { kind: 'utc' }
  | { kind: 'iana'; zone: string }
  | { kind: 'own'; zone: ICAL.Timezone };

function zoneRef(
  component: ICAL.Component,
  property: string,
  ownZones: Map<string, ICAL.Timezone>,
  invalid: (reason: string) => GateError,
  label: string,
): ZoneRef {
  const prop = component.getFirstProperty(property)!;
  const value = prop.getFirstValue() as ICAL.Time | null;
  if (!value || typeof value !== 'object' || !('isDate' in value))
    throw invalid(`${label} has an unreadable ${property.toUpperCase()}`);
  if (value.isDate) return { kind: 'floating' };
  const tzid = prop.getParameter('tzid') as string | undefined;
  if (tzid) {
    const own = ownZones.get(tzid);
    if (own) return { kind: 'own', zone: own };
    if (isValidTimeZone(tzid)) return { kind: 'iana', zone: tzid };
    throw invalid(`${label} uses TZID '${tzid}', which is neither an IANA zone nor defined in the file`);
  }
  return value.zone === library('ical').Timezone.utcTimezone ? { kind: 'utc' } : { kind: 'floating' };
}

function localOf(time: ICAL.Time): LocalDateTime {
  return {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.isDate ? 0 : time.hour,
    minute: time.isDate ? 0 : time.minute,
    second: time.isDate ? 0 : time.second,
  };
}

function instantOf(time: ICAL.Time, ref: ZoneRef, gateZone: string): number {
  const local = localOf(time);
  switch (ref.kind) {
    case 'utc':
      return wallTimeAsUtcMillis(local);
    case 'iana':
      return zonedToInstant(local, ref.zone).getTime();
    case 'own': {
      const placed = library('ical').Time.fromData({ ...local, isDate: false }, ref.zone);
      return placed.toUnixTime() * 1000;
    }
    case 'floating':
      return zonedToInstant(local, gateZone).getTime();
  }
}

/** The end of an occurrence: nominal days on the local date, then exact time (RFC 5545 §3.3.6). */
function endAfter(start: ICAL.Time, duration: ICAL.Duration, ref: ZoneRef, gateZone: string): number {
  const days = duration.weeks * 7 + duration.days;
  const exactMs = ((duration.hours * 60 + duration.minutes) * 60 + duration.seconds) * 1000;
  const local = localOf(start);
  const shifted = { ...local, ...addDays(local, days) };
  const time = library('ical').Time.fromData({ ...shifted, isDate: start.isDate });
  return instantOf(time, ref, gateZone) + exactMs;
}
