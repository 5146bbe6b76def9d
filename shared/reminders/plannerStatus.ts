import type { HoldingFacts } from './busyWords';
import type { PauseChoice } from './pauseChoices';

/** What the planner is doing now, as the tray and settings show it. */
export type PlannerPhase =
  'counting' | 'no-more-today' | 'due' | 'snoozed' | 'paused' | 'outside' | 'away';

export interface PlannerStatus {
  phase: PlannerPhase;
  /** One line saying what happens next, e.g. "Next reminder in 12 min (at 14:30)". */
  statusLine: string;
  paused: boolean;
  pauseChoice: PauseChoice | null;
  /** When the pause ends; null while not paused or paused until resumed. */
  pausedUntil: number | null;
  /** A prompt is waiting for an answer. */
  breakDue: boolean;
  /** The session's name when the waiting prompt is a session's. */
  dueSessionName: string | null;
  nextReminderAt: number | null;
  snoozedUntil: number | null;
  /** End of the current stretch of office hours, when inside one. */
  officeEndsAt: number | null;
  nextOfficeStart: number | null;
  nextSession: { id: string; name: string; at: number } | null;
  /** Reminders are held because a busy source says so (a meeting, a call); absent or null when not. */
  holding?: HoldingFacts | null;
  /**
   * The sit-stand rhythm, when a standing desk is on and office hours run:
   * which block this is and when it changes (stand up / sit down / the
   * break); absent or null otherwise.
   */
  desk?: { block: 'sitting' | 'standing'; changesAt: number | null } | null;
  /** The next posture cue, when cues are on and the person asked to see it; absent or null otherwise. */
  nextPostureCueAt?: number | null;
  /** Main's clock when this status was computed. */
  sentAt: number;
}
