import type { LocalDate } from '../time';
import type { HistoryEvent } from './events';

/** What happened in one period (today, this week). */
export interface PeriodTally {
  /** Routines finished to the end. */
  completed: number;
  /** Routines stopped early (by choice or because something hurt). */
  stopped: number;
  /** Whole minutes spent in routines, finished or stopped. */
  minutesMoving: number;
  prompted: number;
  snoozed: number;
  skipped: number;
  naturalBreaks: number;
  missedSessions: number;
  /**
   * Whole minutes reminders were held because you were busy (busyHold
   * spells, overlapping sources counted once), cut at the period's edges.
   */
  minutesInMeetings: number;
  /** Posture check-ins between breaks: shown (every one that closed), answered "Done", dismissed. */
  postureCues: { shown: number; done: number; dismissed: number };
  /** Whole minutes in standing blocks of the sit-stand rhythm, cut at the period's edges. */
  standingMinutes: number;
}

export interface DayCount {
  date: LocalDate;
  completed: number;
  /** Whole minutes in meetings that day (busyHold spells, overlaps counted once). */
  meetingMinutes: number;
  /** Whole minutes standing that day (standing blocks, cut at midnight). */
  standingMinutes: number;
}

/** Average pain (0-10) before and after the routines of one day; null when none was rated. */
export interface PainPoint {
  date: LocalDate;
  before: number | null;
  after: number | null;
  /** How many rated routines the averages come from. */
  rated: number;
}

export interface Streak {
  /**
   * Office days in a row with a completed routine, up to today (or the last
   * office day before it, when today has none yet). A day without office
   * hours neither breaks nor extends the run.
   */
  current: number;
  /** The longest such run in the whole history. */
  best: number;
  /** Whether today already counts. */
  includesToday: boolean;
  /** Always true: the streak counts office days only (the screens say so). */
  officeDaysOnly: true;
}

/** Everything the history window shows, computed in main in one pass over the log. */
export interface HistorySummary {
  /** The core's time when this was computed; the window formats dates against it. */
  now: number;
  today: PeriodTally;
  /** Monday to today. */
  thisWeek: PeriodTally;
  streak: Streak;
  /** The last 28 days, oldest first, ending today. */
  last28Days: DayCount[];
  /** The same 28 days, oldest first. */
  painTrend: PainPoint[];
  /** Averages over every rated routine in the 28 days, or null when none was rated. */
  painChange: { before: number; after: number; rated: number } | null;
  /** The latest events, newest first. */
  recent: HistoryEvent[];
  totalEvents: number;
  /** Lines of the log that could not be read (a torn line after a crash, or damage). */
  skippedLines: number;
}
