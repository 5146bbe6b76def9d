import { allowedSnoozes, canSkip, nags } from '../../../shared/reminders/nagPolicy';
import type { EscalationLevel, PromptState } from '../../../shared/reminders/promptState';
import {
  DEFAULT_BREAK_ROUTINE_ID,
  getRoutine,
  isRoutineId,
  type RoutineId,
} from '../../../shared/routines/catalogue';
import type { Settings } from '../../../shared/settings/schema';

/** One reminder, from the moment it falls due until it is answered or lapses. */
export interface Reminder {
  reason: 'interval' | 'session';
  session: { id: string; name: string } | null;
  routineId: RoutineId;
  snoozesUsed: number;
  /** The session occurrence it stands for (sessions only). */
  scheduledAt: number | null;
}

export interface PromptShown {
  kind: 'prompt';
  reminder: Reminder;
  openedAt: number;
  escalation: EscalationLevel;
  nagCount: number;
  lastNagAt: number | null;
  nextNagAt: number | null;
}

/** Where the reminder cycle is: counting active time, a prompt waiting, or snoozed. */
export type Phase =
  { kind: 'counting' } | PromptShown | { kind: 'snoozed'; reminder: Reminder; until: number };

/** The routine to offer for an id from settings; a stale id falls back to the default break. */
export function knownRoutine(id: string): RoutineId {
  return isRoutineId(id) ? id : DEFAULT_BREAK_ROUTINE_ID;
}

/** A freshly shown prompt; nagging starts one nagMinutes later unless the level is gentle. */
export function showPrompt(reminder: Reminder, now: number, settings: Settings): PromptShown {
  return {
    kind: 'prompt',
    reminder,
    openedAt: now,
    escalation: 0,
    nagCount: 0,
    lastNagAt: null,
    nextNagAt: nags(settings.nagLevel) ? now + settings.nagMinutes * 60_000 : null,
  };
}

/** The prompt after one more unanswered nagMinutes: bigger, centred, chiming; firmer from the second nag. */
export function nagged(prompt: PromptShown, now: number, settings: Settings): PromptShown {
  const nagCount = prompt.nagCount + 1;
  return {
    ...prompt,
    nagCount,
    escalation: nagCount >= 2 ? 2 : 1,
    lastNagAt: now,
    nextNagAt: nags(settings.nagLevel) ? now + settings.nagMinutes * 60_000 : null,
  };
}

/** What the prompt window shows for a phase. */
export function promptStateOf(
  phase: Phase,
  settings: Settings,
  context: { now: number; lastBreakAt: number | null; workingSince: number | null },
): PromptState {
  if (phase.kind !== 'prompt') return { status: 'none', sentAt: context.now };
  const { reminder } = phase;
  const routine = getRoutine(reminder.routineId);
  return {
    status: 'open',
    reason: reminder.reason,
    session: reminder.session,
    routine: { id: routine.id, title: routine.title, minutes: routine.declaredMinutes },
    openedAt: phase.openedAt,
    escalation: phase.escalation,
    nagCount: phase.nagCount,
    lastNagAt: phase.lastNagAt,
    nagLevel: settings.nagLevel,
    snoozesUsed: reminder.snoozesUsed,
    snoozesAllowed: allowedSnoozes(settings.nagLevel, settings.maxSnoozes),
    snoozeMinutes: settings.snoozeMinutes,
    canSkip: canSkip(settings.nagLevel),
    lastBreakAt: context.lastBreakAt,
    workingSince: context.workingSince,
    sound: { enabled: settings.soundEnabled, volume: settings.soundVolume },
    sentAt: context.now,
  };
}
