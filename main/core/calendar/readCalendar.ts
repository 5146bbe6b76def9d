// Over 300 lines on purpose: it is the one place that turns ical.js's jCal
// into our calendar model (events, overrides, time zones, attendees), so every
// RFC 5545 reading decision can be found and checked together.
import ICAL from 'ical.js';
import type {
  CalendarModel,
  EventFacts,
  EventLength,
  EventSeries,
  ExtraDate,
  FreeBusyPeriod,
  IcsTime,
  Override,
  Response,
} from './calendarModel';
import { prefilterCalendar, type PrefilterResult, type RawComponent } from './icsPrefilter';
import {
  allProperties,
  firstProperty,
  numberOf,
  param,
  parseRawComponent,
  readJcalTime,
  textOf,
  type JcalComponent,
  type JcalProperty,
} from './jcal';
import { readRule, type RecurrenceRule } from './recurrenceRule';
import { instantOfWall, DAY_MS } from './wallClock';
import { zoneFromVtimezone } from './vtimezone';
import { ianaZone, utcZone, viewerZone, type Zone } from './zones';

export { NotACalendarError } from './icsPrefilter';

export interface ReadOptions {
  /** The person's e-mail addresses, to find their own answer to invitations. */
  myAddresses: readonly string[];
  /** Time zone definitions are expanded to the end of this year. */
  untilYear: number;
  /** Events that ended before this (epoch ms) are not read: no window will need them. */
  horizon?: number;
}

const MAX_TITLE = 200;

/** "MAILTO:Ann@Example.com" -> "ann@example.com". */
export function normaliseAddress(value: string): string {
  return value
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
}

/** Resolves TZIDs for one calendar: its own VTIMEZONE first, then the IANA database. */
class ZoneResolver {
  private readonly cache = new Map<string, Zone>();
  readonly unknown = new Set<string>();
  constructor(
    private readonly definitions: Map<string, JcalComponent>,
    private readonly untilYear: number,
  ) {}

  resolve(tzid: string): Zone {
    const known = this.cache.get(tzid);
    if (known) return known;
    const definition = this.definitions.get(tzid);
    const zone =
      (definition && zoneFromVtimezone(definition, tzid, this.untilYear)) ??
      ianaZone(tzid) ??
      // "/mozilla.org/20050126_1/Europe/Berlin" and similar prefixed names.
      ianaZone(/[A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?$/.exec(tzid)?.[0] ?? '') ??
      null;
    if (zone === null) this.unknown.add(tzid.slice(0, 60));
    // An unknown zone is read as the viewer's wall clock, like a floating time.
    const resolved = zone ?? viewerZone;
    if (this.cache.size < 200) this.cache.set(tzid, resolved);
    return resolved;
  }
}

function icsTime(value: unknown, tzid: string | null, zones: ZoneResolver): IcsTime | null {
  const time = readJcalTime(value);
  if (!time) return null;
  if (time.isDate) return { wall: time.wall, zone: viewerZone, isDate: true };
  if (time.utc) return { wall: time.wall, zone: utcZone, isDate: false };
  return { wall: time.wall, zone: tzid ? zones.resolve(tzid) : viewerZone, isDate: false };
}

function propertyTime(property: JcalProperty | undefined, zones: ZoneResolver): IcsTime | null {
  if (!property) return null;
  return icsTime(property.values[0], param(property, 'tzid'), zones);
}

export const instantOf = (t: IcsTime): number => instantOfWall(t.wall, t.zone).at;

/** RFC 5545 3.3.6: weeks and days are nominal, hours, minutes and seconds exact. */
function durationLength(value: unknown): EventLength | null {
  if (typeof value !== 'string') return null;
  const d = ICAL.Duration.fromString(value);
  const sign = d.isNegative ? -1 : 1;
  return {
    kind: 'nominal',
    days: sign * (d.weeks * 7 + d.days),
    ms: sign * (d.hours * 3600 + d.minutes * 60 + d.seconds) * 1000,
  };
}

function lengthOf(event: JcalComponent, start: IcsTime, zones: ZoneResolver): EventLength {
  const end = propertyTime(firstProperty(event, 'dtend'), zones);
  if (end) {
    // All-day events end on a date: whole nominal days.
    if (start.isDate && end.isDate) {
      return { kind: 'nominal', days: Math.round((end.wall - start.wall) / DAY_MS), ms: 0 };
    }
    return { kind: 'exact', ms: instantOf(end) - instantOf(start) };
  }
  const duration = durationLength(firstProperty(event, 'duration')?.values[0]);
  if (duration) return duration;
  // RFC 5545 3.6.1: a date lasts one day; a date-time with neither ends when it starts.
  return start.isDate ? { kind: 'nominal', days: 1, ms: 0 } : { kind: 'exact', ms: 0 };
}

const RESPONSES: Record<string, Response> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
  'NEEDS-ACTION': 'needs-action',
  DELEGATED: 'delegated',
};

/**
 * The person's PARTSTAT from their own ATTENDEE lines, matched by the
 * address (the value, or Apple's EMAIL parameter).
 */
function myResponse(event: JcalComponent, me: ReadonlySet<string>): Response | null {
  if (me.size === 0) return null;
  const answers: Response[] = [];
  for (const attendee of allProperties(event, 'attendee')) {
    const value = attendee.values[0];
    const email = param(attendee, 'email');
    const mine =
      (typeof value === 'string' && me.has(normaliseAddress(value))) ||
      (email !== null && me.has(normaliseAddress(email)));
    if (!mine) continue;
    const partstat = (param(attendee, 'partstat') ?? 'NEEDS-ACTION').toUpperCase();
    answers.push(RESPONSES[partstat] ?? 'other');
  }
  if (answers.length === 0) return null;
  // Listed twice (an alias, a delegation): declined only if every listing declines.
  return answers.find((a) => a !== 'declined') ?? 'declined';
}

function factsOf(event: JcalComponent, me: ReadonlySet<string>, cancelAll: boolean): EventFacts {
  const status = textOf(event, 'status')?.toUpperCase();
  const privacy = textOf(event, 'class')?.toUpperCase();
  const summary = textOf(event, 'summary')?.trim().slice(0, MAX_TITLE) || null;
  return {
    status:
      cancelAll || status === 'CANCELLED'
        ? 'cancelled'
        : status === 'TENTATIVE'
          ? 'tentative'
          : status === 'CONFIRMED'
            ? 'confirmed'
            : null,
    transparent: textOf(event, 'transp')?.toUpperCase() === 'TRANSPARENT',
    busyStatus: textOf(event, 'x-microsoft-cdo-busystatus')?.trim().toUpperCase() ?? null,
    // PRIVATE and CONFIDENTIAL events keep their titles out of the tray.
    title: privacy === 'PRIVATE' || privacy === 'CONFIDENTIAL' ? null : summary,
    response: myResponse(event, me),
  };
}

/** Every value of every `name` property (EXDATE and RDATE may list several per line). */
function propertyTimes(
  event: JcalComponent,
  name: string,
  zones: ZoneResolver,
): { time: IcsTime; end: unknown }[] {
  const out: { time: IcsTime; end: unknown }[] = [];
  for (const property of allProperties(event, name)) {
    const tzid = param(property, 'tzid');
    for (const value of property.values) {
      // A PERIOD is [start, end-or-duration].
      const pair: readonly unknown[] | null = Array.isArray(value) ? value : null;
      const [start, end]: [unknown, unknown] = pair ? [pair[0], pair[1]] : [value, undefined];
      const time = icsTime(start, tzid, zones);
      if (time) out.push({ time, end });
    }
  }
  return out;
}

function extraDates(event: JcalComponent, zones: ZoneResolver): ExtraDate[] {
  return propertyTimes(event, 'rdate', zones).map(({ time, end }): ExtraDate => {
    const endTime = readJcalTime(end);
    if (endTime) {
      const endAt = instantOf({
        wall: endTime.wall,
        zone: endTime.utc ? utcZone : time.zone,
        isDate: false,
      });
      return { start: time, length: { kind: 'exact', ms: endAt - instantOf(time) } };
    }
    return { start: time, length: durationLength(end) };
  });
}

function readFreeBusy(component: JcalComponent): FreeBusyPeriod[] {
  const out: FreeBusyPeriod[] = [];
  for (const property of allProperties(component, 'freebusy')) {
    if ((param(property, 'fbtype') ?? 'BUSY').toUpperCase() === 'FREE') continue;
    for (const value of property.values) {
      if (!Array.isArray(value)) continue;
      // FREEBUSY periods are UTC (RFC 5545 3.8.2.6).
      const start = readJcalTime(value[0]);
      if (!start) continue;
      const end = readJcalTime(value[1])?.wall ?? start.wall + (durationLength(value[1])?.ms ?? 0);
      if (end > start.wall) out.push({ start: start.wall, end });
    }
  }
  return out;
}

/**
 * Identical RRULE lines share one parsed value (see parseRawComponent), so
 * their reading is shared too; rules are never changed once read.
 */
const rules = new WeakMap<object, { date: RecurrenceRule | null; timed: RecurrenceRule | null }>();
function ruleOf(recur: Record<string, unknown>, isDate: boolean): RecurrenceRule {
  const known = rules.get(recur) ?? { date: null, timed: null };
  const cached = isDate ? known.date : known.timed;
  if (cached) return cached;
  const rule = readRule(recur, isDate);
  rules.set(recur, isDate ? { ...known, date: rule } : { ...known, timed: rule });
  return rule;
}

interface ReadEvent {
  uid: string;
  sequence: number;
  recurrenceId: IcsTime | null;
  series: EventSeries;
}

function readEvent(
  event: JcalComponent,
  zones: ZoneResolver,
  me: ReadonlySet<string>,
  cancelAll: boolean,
): ReadEvent | null {
  const start = propertyTime(firstProperty(event, 'dtstart'), zones);
  if (!start) return null;
  const uid = textOf(event, 'uid')?.slice(0, 300) ?? `(no uid) ${start.wall}`;
  const recur = firstProperty(event, 'rrule')?.values[0];
  return {
    uid,
    sequence: numberOf(event, 'sequence') ?? 0,
    recurrenceId: propertyTime(firstProperty(event, 'recurrence-id'), zones),
    series: {
      uid,
      start,
      length: lengthOf(event, start, zones),
      rule:
        typeof recur === 'object' && recur !== null && !Array.isArray(recur)
          ? ruleOf(recur as Record<string, unknown>, start.isDate)
          : null,
      rdates: extraDates(event, zones),
      exdates: propertyTimes(event, 'exdate', zones).map((e) => e.time),
      facts: factsOf(event, me, cancelAll),
      overrides: [],
      detached: false,
    },
  };
}

export interface ReadCalendarResult {
  model: CalendarModel;
  /**
   * The calendar with only what the model was read from (the prefilter's
   * output): what is cached on disk. It reads back into the same model.
   * Built on demand: only a changed copy is written.
   */
  compactText: () => string;
}

function componentLines(raw: RawComponent): string[] {
  const name = raw.name.toUpperCase();
  return [`BEGIN:${name}`, ...raw.lines, ...raw.components.flatMap(componentLines), `END:${name}`];
}

function compactText(pre: PrefilterResult): string {
  const lines: string[] = [];
  for (const calendar of pre.calendars) {
    lines.push('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Decompress//compact copy//EN');
    if (pre.calendarName) lines.push(`X-WR-CALNAME:${pre.calendarName}`);
    if (calendar.method) lines.push(`METHOD:${calendar.method}`);
    lines.push(...calendar.components.flatMap(componentLines), 'END:VCALENDAR');
  }
  return `${lines.join('\r\n')}\r\n`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Reads an iCalendar text into a model that can be expanded for any window.
 * Each component is parsed on its own, so a bad event is skipped and counted
 * in `warnings`; a text that is not a calendar at all throws
 * NotACalendarError with a reason a person can read.
 */
export function readCalendar(raw: string, options: ReadOptions): ReadCalendarResult {
  const me = new Set(options.myAddresses.map(normaliseAddress).filter((a) => a.includes('@')));
  const needles = [...me];
  const pre = prefilterCalendar(
    raw,
    (line) => {
      if (needles.some((address) => line.includes(address))) return true;
      const lower = line.toLowerCase();
      return needles.some((address) => lower.includes(address));
    },
    options.horizon,
  );
  const series = new Map<string, EventSeries>();
  const sequences = new Map<string, number>();
  const overrides: { uid: string; override: Override }[] = [];
  const freeBusy: FreeBusyPeriod[] = [];
  const unknownZones = new Set<string>();
  let unreadable = 0;
  const seenLines = new Map<string, JcalProperty>();

  for (const calendar of pre.calendars) {
    const cancelAll = calendar.method === 'CANCEL';
    const parsed: JcalComponent[] = [];
    for (const raw of calendar.components) {
      try {
        parsed.push(parseRawComponent(raw, seenLines));
      } catch {
        if (raw.name === 'vevent') unreadable++;
      }
    }
    const definitions = new Map<string, JcalComponent>();
    for (const c of parsed) {
      const tzid = c.name === 'vtimezone' ? textOf(c, 'tzid') : null;
      if (tzid) definitions.set(tzid, c);
    }
    const zones = new ZoneResolver(definitions, options.untilYear);
    for (const component of parsed) {
      if (component.name === 'vfreebusy') freeBusy.push(...readFreeBusy(component));
      if (component.name !== 'vevent') continue;
      let read: ReadEvent | null = null;
      try {
        read = readEvent(component, zones, me, cancelAll);
      } catch {
        read = null;
      }
      if (!read) {
        unreadable++;
        continue;
      }
      const { uid, sequence, recurrenceId, series: one } = read;
      if (recurrenceId) {
        overrides.push({
          uid,
          override: { recurrenceId, start: one.start, length: one.length, facts: one.facts },
        });
        continue;
      }
      // The same UID twice: the higher SEQUENCE is the current version (RFC 5546).
      if ((sequences.get(uid) ?? -Infinity) > sequence) continue;
      sequences.set(uid, sequence);
      series.set(uid, one);
    }
    for (const zone of zones.unknown) unknownZones.add(zone);
  }

  for (const { uid, override } of overrides) {
    const master = series.get(uid);
    if (master && !master.detached) {
      master.overrides.push(override);
      continue;
    }
    // An invitation to one occurrence of someone else's series: an event of its own.
    series.set(`${uid}\u0000${instantOf(override.recurrenceId)}`, {
      uid,
      start: override.start,
      length: override.length,
      rule: null,
      rdates: [],
      exdates: [],
      facts: override.facts,
      overrides: [],
      detached: true,
    });
  }

  const warnings: string[] = [];
  if (unreadable > 0) warnings.push(`${plural(unreadable, 'event', 'events')} could not be read`);
  if (pre.droppedLines > 0) {
    warnings.push(
      `${plural(pre.droppedLines, 'malformed line was', 'malformed lines were')} skipped`,
    );
  }
  if (unknownZones.size > 0) {
    warnings.push(
      `unknown time zone ${[...unknownZones].slice(0, 3).join(', ')}: read as your local time`,
    );
  }
  return {
    model: { name: pre.calendarName, series: [...series.values()], freeBusy, warnings },
    compactText: () => compactText(pre),
  };
}
