import type { NagLevel } from '../settings/schema';
import type { BusyReasonKind } from './busyWords';

/**
 * 'startShortest' takes the shortest routine instead: offered on the prompt
 * (OpenPromptState.shortest) and, after a snooze, on the offer that follows.
 */
export const PROMPT_ACTIONS = ['start', 'snooze', 'skip', 'startShortest'] as const;
export type PromptAction = (typeof PROMPT_ACTIONS)[number];

/**
 * How insistent the prompt is: 0 small in a corner, 1 bigger and centred
 * with a chime, 2 the same after repeated nags with firmer words.
 */
export type EscalationLevel = 0 | 1 | 2;

export interface OpenPromptState {
  status: 'open';
  reason: 'interval' | 'session';
  /** The session's id and name when `reason` is 'session'. */
  session: { id: string; name: string } | null;
  routine: { id: string; title: string; minutes: number };
  /** When this appearance of the prompt opened (epoch ms). */
  openedAt: number;
  escalation: EscalationLevel;
  /** Times the prompt has come back unanswered; each one chimes when sound is on. */
  nagCount: number;
  /** When the latest nag happened, so a reloaded window does not chime again for an old one. */
  lastNagAt: number | null;
  nagLevel: NagLevel;
  snoozesUsed: number;
  snoozesAllowed: number;
  snoozeMinutes: number;
  canSkip: boolean;
  /** End of the last break (natural or taken), or null when none is known yet. */
  lastBreakAt: number | null;
  /** Since when active time has been counted towards this reminder; null outside office hours. */
  workingSince: number | null;
  sound: { enabled: boolean; volume: number };
  /** The catch-up after a busy spell (a meeting, a call): what it was and how long it lasted. */
  catchUp?: { kind: BusyReasonKind; busyMs: number };
  /**
   * The shortest routine, offered when the person snoozes ("Not now? A
   * 1-minute seated reset instead"); null when this prompt's routine is
   * already the shortest or no snooze is left.
   */
  shortest: { id: string; title: string; minutes: number } | null;
  /** A break skipped earlier today, offered once more (skippedBreakReturns). */
  returned: boolean;
}

/**
 * Just after a snooze: the prompt stays a few seconds to offer the shortest
 * routine in one click, then closes by itself. The snooze already counts.
 */
export interface SnoozeOfferState {
  status: 'offer';
  routine: { id: string; title: string; minutes: number };
  /** When the snoozed reminder comes back. */
  snoozedUntil: number;
  /** When this offer closes by itself. */
  closesAt: number;
}

export interface ClosedPromptState {
  status: 'none';
}

/**
 * What the prompt window shows. Main owns it; `sentAt` is main's clock at
 * sending, so the window computes elapsed times from absolute instants even
 * when its own clock disagrees.
 */
export type PromptState = (OpenPromptState | SnoozeOfferState | ClosedPromptState) & {
  sentAt: number;
};
