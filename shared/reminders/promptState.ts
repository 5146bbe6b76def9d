import type { NagLevel } from '../settings/schema';
import type { BusyReasonKind } from './busyWords';

export const PROMPT_ACTIONS = ['start', 'snooze', 'skip'] as const;
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
}

export interface ClosedPromptState {
  status: 'none';
}

/**
 * What the prompt window shows. Main owns it; `sentAt` is main's clock at
 * sending, so the window computes elapsed times from absolute instants even
 * when its own clock disagrees.
 */
export type PromptState = (OpenPromptState | ClosedPromptState) & { sentAt: number };
