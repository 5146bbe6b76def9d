import type { HistoryEvent, RoutineSource } from '../../../shared/history/events';
import type { CueAction } from '../../../shared/posture/cueState';
import type { PauseChoice } from '../../../shared/reminders/pauseChoices';
import type { PromptAction } from '../../../shared/reminders/promptState';
import type { RoutineId } from '../../../shared/routines/catalogue';
import type { BusyAnswer, BusySpell } from '../busy/busySource';
import type { NotificationRequest } from '../ports';

/**
 * The planner's vocabulary: what happens to it (events), and what it asks to
 * be done (effects). The transition turns one event into effects; the driver
 * feeds events in and performs effects, so nothing in the transition calls
 * back into the core.
 */

/** A reading of both clocks: the wall clock for office hours and sessions, the monotonic one for durations. */
export interface Moment {
  /** Epoch milliseconds (Date.now()); may step when the system clock is set. */
  wall: number;
  /** Milliseconds on a clock that never steps (performance.now()); its origin means nothing. */
  mono: number;
}

export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock';

/**
 * Sources the planner asks only when a decision needs them. The driver
 * answers an `observe` effect with an `observed` event, at once for a
 * source it can read synchronously or later for one it must wait for.
 * 'busy' asks the live busy sources (camera, microphone, presentation,
 * do not disturb): only when the planner is about to act, and every 2 min
 * while one says busy; the driver answers when they have (within 2 s).
 */
export type ObservationKind = 'idle' | 'routinePlaying' | 'busy';

export interface Observation {
  /** Seconds since the last keyboard or mouse input, as the system reports it. */
  idleSeconds?: number;
  /** A routine is playing in its window (someone in a routine is having their break). */
  routinePlaying?: boolean;
  /** The live busy sources' answers (free, busy or unavailable), in any order. */
  busy?: readonly BusyAnswer[];
}

/** What the scheduled busy sources (the calendar) know ahead, as the driver read it. */
export interface BusySchedule {
  /** Spells overlapping the next 36 hours. */
  spells: readonly BusySpell[];
  /** When the calendar's next scheduled refresh falls due, or null with no feeds. */
  refreshAt: number | null;
  /**
   * From when a feed whose fetch failed for a network reason may be tried
   * again on a wake-up the planner has anyway (never one of its own); null
   * or absent when none failed so.
   */
  retryAt?: number | null;
  /** Live busy sources exist, so `busy` may be asked. */
  liveSources: boolean;
}

export type PlannerEvent =
  /** The driver started: plan from the settings. */
  | { type: 'started' }
  /** The one timer fired; `planned` is when it was meant to (a late one means the machine slept). */
  | { type: 'timer'; planned: Moment }
  /** The answer to an `observe` effect. */
  | { type: 'observed'; observation: Observation }
  | { type: 'power'; power: PowerEvent }
  /** The person's answer to the waiting prompt (refusals are checked before, see answerRefusal). */
  | { type: 'answer'; action: PromptAction }
  /** A click or action on the heads-up notification for the count `countId`. */
  | { type: 'headsUp'; action: string; countId: number }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  /** The settings changed (the transition gets the new ones as its settings argument). */
  | { type: 'settingsChanged' }
  /** node-cron fired a session's job. */
  | { type: 'cronFired'; sessionId: string }
  /** A routine really began (by any path: prompt, tray, session, safety acknowledgement). */
  | { type: 'routineStarted' }
  /** A routine that had begun ended (completed or stopped): a break was taken. */
  | { type: 'routineEnded' }
  /** The person declined the safety screen a Start led to: no routine, no break. */
  | { type: 'routineDeclined' }
  /** The person answered the open cue (checked before: a cue is open). */
  | { type: 'cueAnswer'; action: CueAction }
  /** The busy schedule changed (a feed refreshed, the horizon moved on, sources came or went). */
  | { type: 'busySchedule'; schedule: BusySchedule };

/** One node-cron job the driver should hold: a session's expression. */
export interface CronJob {
  sessionId: string;
  expression: string;
}

export type PlannerEffect =
  | { type: 'observe'; what: readonly ObservationKind[] }
  | { type: 'openPrompt'; escalated: boolean }
  | { type: 'closePrompt' }
  /** A quiet cue opened (the cue window shows it and never takes focus). */
  | { type: 'openCue' }
  | { type: 'closeCue' }
  /** The quiet heads-up before a reminder; its actions come back as `headsUp` events. */
  | { type: 'notify'; request: NotificationRequest; countId: number }
  | { type: 'startRoutine'; routineId: RoutineId; source: RoutineSource }
  | { type: 'record'; event: HistoryEvent }
  | { type: 'log'; level: 'info' | 'warn'; message: string; data?: Record<string, unknown> }
  /** The whole set of node-cron jobs to hold from now on (the driver adds and removes the difference). */
  | { type: 'armCron'; jobs: readonly CronJob[] }
  /** A scheduled calendar refresh is due (inside office hours); the calendar fetches and says when it changed. */
  | { type: 'refreshCalendar' };
