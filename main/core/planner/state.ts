/** Everything the planner knows, and where it starts. */

import type { Settings } from '../../../shared/settings/schema';
import type { Moment, Observation } from './events';
import { officeCalendarFor, type OfficeContext } from './officeHours';
import { freshCount, type ActiveCount } from './parts/activeCount';
import { noBusy, type BusyState } from './parts/busy';
import { noCues, type CuesState } from './parts/cues';
import type { Pause } from './parts/pause';
import { presentFrom, type PresenceState } from './parts/presence';
import type { Phase } from './parts/promptPhase';
import { noSessions, type SessionsState } from './parts/sessions';

const MINUTE = 60_000;

/** Everything the planner knows; the transition is the only thing that makes a new one. */
export interface PlannerState {
  /** The last moment the planner looked: a wall-clock step is measured against it. */
  seen: Moment;
  count: ActiveCount;
  presence: PresenceState;
  phase: Phase;
  pause: Pause | null;
  sessions: SessionsState;
  /** End of the last break (natural or taken). */
  lastBreakAt: number | null;
  /** Which prompt appearance the window should show; a change re-shows it. */
  promptShows: number;
  /** The appearance the window shows, or null while it is closed. */
  windowShows: number | null;
  /** A question put to the sources and not answered yet, with what is known so far. */
  asking: { woken: boolean; known: Observation } | null;
  /** What the busy sources said, and the hold under way. */
  busy: BusyState;
  /**
   * A skipped break waiting to come back once, the same local day only
   * (`dayEnds`: that day's local midnight); `forCount` is the count whose
   * heads-up claimed it (its prompt carries returned), or null.
   */
  skippedBreak: { dayEnds: number; forCount: number | null } | null;
  /** The quiet cues between breaks (posture, stand up / sit down) and the standing block. */
  cues: CuesState;
}

/** The state of a planner that has just started at `now`. */
export function initialState(now: Moment, settings: Settings): PlannerState {
  const breakMs = settings.naturalBreakMinutes * MINUTE;
  return {
    seen: now,
    count: freshCount(now.wall, officeAt(settings, now.wall), 0),
    presence: presentFrom(now.wall, breakMs),
    phase: { kind: 'counting' },
    pause: null,
    sessions: noSessions(),
    lastBreakAt: null,
    promptShows: 0,
    windowShows: null,
    asking: null,
    busy: noBusy(),
    cues: noCues(),
    skippedBreak: null,
  };
}

/** Office hours around an instant, from a calendar cached per settings. */
export function officeAt(settings: Settings, at: number): OfficeContext {
  return officeCalendarFor(settings.officeHours, settings.naturalBreakMinutes * MINUTE)(at);
}
