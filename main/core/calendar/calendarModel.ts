import type { RecurrenceRule } from './recurrenceRule';
import type { WallMs } from './wallClock';
import type { Zone } from './zones';

/** A DATE or DATE-TIME value: its wall clock and the zone that places it. */
export interface IcsTime {
  wall: WallMs;
  /** UTC for "Z" values, the TZID's zone, or the viewer's for floating times and dates. */
  zone: Zone;
  isDate: boolean;
}

/**
 * How long an occurrence lasts (RFC 5545 3.3.6): a DTEND gives an exact
 * length; DURATION gives nominal days and weeks (a day is "the same time the
 * next day", 23 or 25 hours across a DST change) plus exact hours, minutes
 * and seconds (PT24H is 24 hours, whatever the clock does).
 */
export type EventLength =
  { kind: 'exact'; ms: number } | { kind: 'nominal'; days: number; ms: number };

/** The person's answer to an invitation, from their own ATTENDEE line. */
export type Response =
  'accepted' | 'declined' | 'tentative' | 'needs-action' | 'delegated' | 'other';

/** What a component says that decides whether its time is busy. */
export interface EventFacts {
  status: 'confirmed' | 'tentative' | 'cancelled' | null;
  /** TRANSP:TRANSPARENT: the event does not block time. */
  transparent: boolean;
  /** Outlook's X-MICROSOFT-CDO-BUSYSTATUS, upper case (FREE, TENTATIVE, BUSY, OOF, WORKINGELSEWHERE). */
  busyStatus: string | null;
  /** SUMMARY, trimmed; null when absent or the event is private. */
  title: string | null;
  /** The person's PARTSTAT when one of their addresses is an attendee; null otherwise. */
  response: Response | null;
}

/** One extra occurrence from RDATE: a DATE(-TIME), or a PERIOD with its own length. */
export interface ExtraDate {
  start: IcsTime;
  length: EventLength | null;
}

/** A RECURRENCE-ID component: one occurrence moved, retitled or cancelled. */
export interface Override {
  recurrenceId: IcsTime;
  start: IcsTime;
  length: EventLength;
  facts: EventFacts;
}

/** A VEVENT with its recurrence and its overrides, keyed by UID. */
export interface EventSeries {
  uid: string;
  start: IcsTime;
  length: EventLength;
  rule: RecurrenceRule | null;
  rdates: ExtraDate[];
  exdates: IcsTime[];
  facts: EventFacts;
  overrides: Override[];
  /** Overrides only (an invitation to one occurrence of someone else's series): no master. */
  detached: boolean;
}

/** Busy time published as VFREEBUSY (Outlook's "availability only" publishing). */
export interface FreeBusyPeriod {
  start: number;
  end: number;
}

/** A calendar read from text: everything needed to expand any window, without the text. */
export interface CalendarModel {
  name: string | null;
  series: EventSeries[];
  freeBusy: FreeBusyPeriod[];
  /** Plain-words notes about what was skipped ("2 events could not be read"). */
  warnings: string[];
}
