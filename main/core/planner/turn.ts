/**
 * One turn of the transition: the state being made and the effects asked
 * for, with the small helpers every rule uses.
 */

import type { HistoryEvent } from '../../../shared/history/events';
import type { Settings } from '../../../shared/settings/schema';
import type { PlannerEffect } from './events';
import { breakIntervalMs, freshCount, reminderDueAt } from './parts/activeCount';
import { officeAt, type PlannerState } from './state';

export const MINUTE = 60_000;

/** A turn of the planner: the state being made, and what it asks for. */
export interface Turn {
  s: PlannerState;
  readonly at: number;
  readonly settings: Settings;
  readonly effects: PlannerEffect[];
}

export const breakMsOf = (t: Turn) => t.settings.naturalBreakMinutes * MINUTE;

export const office = (t: Turn) => officeAt(t.settings, t.at);

export function intervalMs(t: Turn): number {
  return breakIntervalMs(t.settings);
}

/** When the break is due in the current block (count brought up to now), or null. */
export function breakDueAt(t: Turn): number | null {
  return reminderDueAt(t.s.count, office(t), intervalMs(t));
}

export function record(t: Turn, event: HistoryEvent): void {
  t.effects.push({ type: 'record', event });
}

export function recordMissed(
  t: Turn,
  sessionId: string,
  scheduledAt: number,
  reason?: 'busy',
): void {
  record(t, {
    type: 'missedSession',
    at: t.at,
    sessionId,
    scheduledAt,
    ...(reason ? { reason } : {}),
  });
}

export function restartCount(t: Turn, wasBreak: boolean): void {
  t.s.count = freshCount(t.at, office(t), t.s.count.id + 1);
  if (!wasBreak) return;
  t.s.lastBreakAt = t.at;
  // A break taken (a routine, a natural one) settles a skipped one too.
  t.s.skippedBreak = null;
}
