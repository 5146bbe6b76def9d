/**
 * A first pass over an iCalendar text, line by line, before ical.js sees it:
 * - tells a web page, a truncated download or nested garbage from a calendar,
 *   with a reason a person can read;
 * - keeps only what decides when someone is busy (times, rules, status,
 *   transparency, the title, the person's own ATTENDEE line) and drops the
 *   rest (descriptions, alarms, attachments, other attendees), which is most
 *   of a real feed and most of ical.js's parsing time;
 * - reads the component structure (BEGIN/END) itself and hands ical.js one
 *   content line at a time: ical.js rejects a whole text for one bad value
 *   (an RRULE with BYHOUR=25), and one bad event must not hide the others;
 * - drops events that ended before a horizon (a few days ago): years of
 *   past meetings are most of a long-used calendar and can never matter again;
 * - bounds the work: no component deeper than MAX_DEPTH, no kept line with
 *   more than MAX_PARAMETERS parameters.
 * Content lines are unfolded per RFC 5545 3.1 (a line break followed by one
 * space or tab continues the line). Only kept lines are ever copied.
 */

export const MAX_DEPTH = 6;
const MAX_PARAMETERS = 40;

export class NotACalendarError extends Error {}

/** A kept component: its content lines (unfolded, unparsed) and its kept subcomponents. */
export interface RawComponent {
  /** Lower case, as jCal names components: "vevent", "vtimezone", "standard". */
  name: string;
  lines: string[];
  components: RawComponent[];
}

/** One VCALENDAR and its kept top-level components. */
export interface PrefilteredCalendar {
  /** METHOD (upper case): "CANCEL" cancels every event in it. */
  method: string | null;
  /** Kept VTIMEZONE, VEVENT and VFREEBUSY components. */
  components: RawComponent[];
}

export interface PrefilterResult {
  calendars: PrefilteredCalendar[];
  /** VEVENT components seen. */
  events: number;
  /** Kept lines dropped for being malformed (too many parameters, no colon). */
  droppedLines: number;
  /** X-WR-CALNAME, the name most providers give the calendar. */
  calendarName: string | null;
}

const KEEP_IN_EVENT = new Set([
  'UID',
  'DTSTART',
  'DTEND',
  'DURATION',
  'RRULE',
  'RDATE',
  'EXDATE',
  'RECURRENCE-ID',
  'STATUS',
  'TRANSP',
  'SUMMARY',
  'CLASS',
  'SEQUENCE',
  'X-MICROSOFT-CDO-BUSYSTATUS',
]);
const KEEP_IN_FREEBUSY = new Set(['UID', 'DTSTART', 'DTEND', 'FREEBUSY']);
const KEPT_COMPONENTS = new Set(['VEVENT', 'VTIMEZONE', 'STANDARD', 'DAYLIGHT', 'VFREEBUSY']);

/** The property name of the content line starting at `pos`, upper case. */
function propertyNameAt(text: string, pos: number, end: number): string {
  const limit = Math.min(end, pos + 64);
  for (let i = pos; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 59) return text.slice(pos, i).toUpperCase();
  }
  return text.slice(pos, limit).toUpperCase();
}

function parameterCount(line: string): number {
  // Parameters end at the first colon outside double quotes.
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 58) return count;
    else if (!quoted && c === 59 && ++count > MAX_PARAMETERS) return count;
  }
  return count;
}

function describeStart(text: string): string {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<')) return 'not an iCalendar file (it looks like a web page)';
  if (head.startsWith('{') || head.startsWith('[')) {
    return 'not an iCalendar file (it looks like JSON)';
  }
  if (head.startsWith('begin:vcard')) return 'not an iCalendar file (it is a contact card)';
  return 'not an iCalendar file';
}

/** "20260302T093000" -> 20260302; NaN when the text does not start with eight digits. */
function dateNumber(text: string): number {
  return /^\d{8}/.test(text) ? Number(text.slice(0, 8)) : Number.NaN;
}

function valueDate(lines: readonly string[], name: string): number {
  const line = lines.find(
    (l) =>
      l.length > name.length &&
      l.toUpperCase().startsWith(name) &&
      ':;'.includes(l.charAt(name.length)),
  );
  return line ? dateNumber(line.slice(line.lastIndexOf(':') + 1)) : Number.NaN;
}

/**
 * An event that can no longer touch any window from `horizonDate` on: no
 * RRULE (or one whose UNTIL is past), no RDATE, and an end (DTEND, or
 * DTSTART without DURATION) before it. Anything unclear is kept.
 */
function endedBefore(event: RawComponent, horizonDate: number): boolean {
  if (horizonDate === 0) return false;
  const upper = (l: string) => l.slice(0, 12).toUpperCase();
  if (event.lines.some((l) => upper(l).startsWith('RDATE'))) return false;
  const rule = event.lines.find((l) => upper(l).startsWith('RRULE'));
  if (rule) {
    const until = /UNTIL=(\d{8})/i.exec(rule)?.[1];
    return until !== undefined && Number(until) < horizonDate;
  }
  if (event.lines.some((l) => upper(l).startsWith('DURATION'))) return false;
  const end = valueDate(event.lines, 'DTEND');
  const start = valueDate(event.lines, 'DTSTART');
  const last = Number.isNaN(end) ? start : end;
  return !Number.isNaN(last) && last < horizonDate;
}

/**
 * Checks and trims a calendar text. `keepAttendee` says whether an ATTENDEE
 * line (unfolded) may be the person's own; the others are dropped. Events
 * that ended before `horizon` (epoch ms) are dropped.
 * Throws NotACalendarError with a readable reason.
 */
export function prefilterCalendar(
  raw: string,
  keepAttendee: (line: string) => boolean,
  horizon?: number,
): PrefilterResult {
  const horizonDate =
    horizon === undefined ? 0 : dateNumber(new Date(horizon).toISOString().replace(/-/g, ''));
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // Old Mac line ends (CR alone) are rare enough to pay for a copy.
  const text = withoutBom.includes('\n') ? withoutBom : withoutBom.replace(/\r/g, '\n');
  const calendars: PrefilteredCalendar[] = [];
  const stack: string[] = [];
  /** The kept components being collected, outermost first (empty between components). */
  const open: RawComponent[] = [];
  /** Depth at which an unkept component began (its content is skipped), or -1. */
  let skipFrom = -1;
  let events = 0;
  let droppedLines = 0;
  let calendarName: string | null = null;
  let sawContent = false;

  /** Whether a content line called `name` is worth copying where the parser stands. */
  const wanted = (name: string): boolean => {
    if (name === 'BEGIN' || name === 'END') return true;
    if (skipFrom >= 0) return false;
    const within = stack.at(-1);
    if (within === 'VCALENDAR') return name === 'METHOD' || name === 'X-WR-CALNAME';
    if (within === 'VEVENT') return KEEP_IN_EVENT.has(name) || name === 'ATTENDEE';
    if (within === 'VFREEBUSY') return KEEP_IN_FREEBUSY.has(name);
    return within === 'VTIMEZONE' || within === 'STANDARD' || within === 'DAYLIGHT';
  };

  const begin = (component: string) => {
    if (stack.length === 0 && component !== 'VCALENDAR') {
      throw new NotACalendarError(
        `not an iCalendar file (${component.slice(0, 40)} outside a calendar)`,
      );
    }
    stack.push(component);
    if (stack.length > MAX_DEPTH) {
      throw new NotACalendarError(
        `a damaged calendar (components nested more than ${MAX_DEPTH} deep)`,
      );
    }
    if (component === 'VEVENT') events++;
    if (stack.length === 1) {
      calendars.push({ method: null, components: [] });
      return;
    }
    if (skipFrom >= 0) return;
    if (!KEPT_COMPONENTS.has(component)) {
      skipFrom = stack.length;
      return;
    }
    const raw: RawComponent = { name: component.toLowerCase(), lines: [], components: [] };
    const parent = open.at(-1);
    if (parent) parent.components.push(raw);
    else if (stack.length === 2) calendars.at(-1)?.components.push(raw);
    else return;
    open.push(raw);
  };

  const end = (component: string) => {
    const top = stack.pop();
    if (top !== component) {
      throw new NotACalendarError(
        `a damaged calendar (END:${component.slice(0, 40)} where END:${top ?? 'nothing'} was expected)`,
      );
    }
    if (skipFrom >= 0) {
      if (stack.length + 1 === skipFrom) skipFrom = -1;
      return;
    }
    const closing = open.at(-1);
    if (closing?.name !== component.toLowerCase()) return;
    open.pop();
    if (closing.name === 'vevent' && open.length === 0 && endedBefore(closing, horizonDate)) {
      calendars.at(-1)?.components.pop();
    }
  };

  const handle = (line: string) => {
    if (!sawContent) {
      sawContent = true;
      if (line.trim().toUpperCase() !== 'BEGIN:VCALENDAR') {
        throw new NotACalendarError(describeStart(text));
      }
    }
    const name = propertyNameAt(line, 0, line.length);
    if (name === 'BEGIN') return begin(line.slice(6).trim().toUpperCase());
    if (name === 'END') return end(line.slice(4).trim().toUpperCase());
    if (stack.length === 1) {
      const value = line.slice(line.indexOf(':') + 1).trim();
      if (name === 'X-WR-CALNAME' && calendarName === null) {
        calendarName = value.slice(0, 200) || null;
      }
      const calendar = calendars.at(-1);
      if (name === 'METHOD' && calendar) calendar.method = value.toUpperCase().slice(0, 20);
      return;
    }
    if (name === 'ATTENDEE' && !keepAttendee(line)) return;
    if (!line.includes(':') || parameterCount(line) > MAX_PARAMETERS) {
      droppedLines++;
      return;
    }
    open.at(-1)?.lines.push(line);
  };

  let pending: string | null = null;
  let inLine = false;
  for (let pos = 0; pos < text.length;) {
    let next = text.indexOf('\n', pos);
    if (next < 0) next = text.length;
    const lineEnd = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    const c = text.charCodeAt(pos);
    if ((c === 32 || c === 9) && inLine) {
      if (pending !== null) pending += text.slice(pos + 1, lineEnd);
    } else {
      if (pending !== null) handle(pending);
      pending = null;
      inLine = lineEnd > pos;
      if (inLine && !sawContent) {
        // The first line says whether this is a calendar at all.
        handle(text.slice(pos, lineEnd));
      } else if (inLine && wanted(propertyNameAt(text, pos, lineEnd))) {
        pending = text.slice(pos, lineEnd);
      }
    }
    pos = next + 1;
  }
  if (pending !== null) handle(pending);

  if (calendars.length === 0) throw new NotACalendarError(describeStart(text));
  if (stack.length > 0) {
    throw new NotACalendarError('an incomplete calendar (the file ends before END:VCALENDAR)');
  }
  return { calendars, events, droppedLines, calendarName };
}
