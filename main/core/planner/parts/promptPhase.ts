import { allowedSnoozes, canSkip, nags } from '../../../../shared/reminders/nagPolicy';
import type {
  EscalationLevel,
  PromptAction,
  PromptState,
} from '../../../../shared/reminders/promptState';
import { getRoutine, ROUTINE_IDS, type RoutineId } from '../../../../shared/routines/catalogue';
import { deskRoutine, moveRoutine } from '../../../../shared/routines/moveRoutine';
import type { SessionConfig, Settings } from '../../../../shared/settings/schema';
import type { BusyReasonKind } from '../../busy/busySource';

const MINUTE = 60_000;

/**
 * A Start that led to the safety screen and was neither acknowledged nor
 * declined (the window closed) leaves the reminder due again after this.
 */
export const HANDED_OFF_LAPSE_MS = 10 * MINUTE;

/** After a snooze the prompt window offers the shortest routine this long, then closes. */
export const SNOOZE_OFFER_MS = 15_000;

/** One reminder, from the moment it falls due until it is answered or lapses. */
export interface Reminder {
  reason: 'interval' | 'session';
  session: { id: string; name: string } | null;
  routineId: RoutineId;
  snoozesUsed: number;
  /** The session occurrence it stands for (sessions only). */
  scheduledAt: number | null;
  /** Shown as the catch-up after a busy spell: what it was and how long. */
  catchUp?: { kind: BusyReasonKind; busyMs: number };
  /** A break skipped earlier today, offered once more. */
  returned?: true;
}

/** Just after a snooze: the shortest routine on offer until `closesAt`. */
export interface SnoozeOffer {
  routineId: RoutineId;
  closesAt: number;
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

/** Start was chosen and the routine asked for; the reminder is settled when it really begins. */
export interface HandedOff {
  kind: 'handedOff';
  reminder: Reminder;
  since: number;
}

/** Where the reminder cycle is: counting active time, a prompt waiting, snoozed, or handed to the routine. */
export type Phase =
  | { kind: 'counting' }
  | PromptShown
  | { kind: 'snoozed'; reminder: Reminder; until: number; offer: SnoozeOffer | null }
  | HandedOff;

/** The reminder of a phase, or null while counting. */
export function reminderOf(phase: Phase): Reminder | null {
  return phase.kind === 'counting' ? null : phase.reminder;
}

/** The office-hours reminder: the default routine, or the move part's (see moveRoutine). */
export function intervalReminder(settings: Settings): Reminder {
  return {
    reason: 'interval',
    session: null,
    routineId: moveRoutine(settings),
    snoozesUsed: 0,
    scheduledAt: null,
  };
}

/** The reminder for one occurrence of a session. */
export function sessionReminder(session: SessionConfig, scheduledAt: number): Reminder {
  return {
    reason: 'session',
    session: { id: session.id, name: session.name },
    routineId: session.routineId,
    snoozesUsed: 0,
    scheduledAt,
  };
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
    nextNagAt: nags(settings.nagLevel) ? now + settings.nagMinutes * MINUTE : null,
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
    nextNagAt: nags(settings.nagLevel) ? now + settings.nagMinutes * MINUTE : null,
  };
}

/**
 * The shortest catalogue routine that needs no floor and no partner and is
 * shorter than `routineId`'s, or null when that one is already the shortest.
 */
export function shorterRoutine(routineId: RoutineId): RoutineId | null {
  let best: { id: RoutineId; minutes: number } | null = null;
  let limit = getRoutine(routineId).declaredMinutes;
  for (const id of ROUTINE_IDS) {
    const routine = getRoutine(id);
    if (!deskRoutine(id) || routine.declaredMinutes >= limit) continue;
    best = { id, minutes: routine.declaredMinutes };
    limit = routine.declaredMinutes;
  }
  return best?.id ?? null;
}

/** What the prompt offers instead on a snooze: a shorter routine, while a snooze is left. */
export function shortestOffered(reminder: Reminder, settings: Settings): RoutineId | null {
  return snoozeRefusal(reminder, settings) === null ? shorterRoutine(reminder.routineId) : null;
}

/** Why a snooze of this reminder is refused, or null when it is allowed. */
export function snoozeRefusal(reminder: Reminder, settings: Settings): string | null {
  const allowed = allowedSnoozes(settings.nagLevel, settings.maxSnoozes);
  if (allowed === 0) return 'Snooze is off for these reminders';
  if (reminder.snoozesUsed >= allowed) return 'No snoozes left for this reminder';
  return null;
}

/** Why an answer to the prompt is refused (said to the person as it is), or null when it is on offer. */
export function answerRefusal(
  phase: Phase,
  action: PromptAction,
  settings: Settings,
): string | null {
  if (phase.kind === 'snoozed' && phase.offer && action === 'startShortest') return null;
  if (phase.kind !== 'prompt') return 'No reminder is waiting for an answer';
  if (action === 'snooze') return snoozeRefusal(phase.reminder, settings);
  if (action === 'startShortest' && !shortestOffered(phase.reminder, settings)) {
    return 'No shorter routine is on offer';
  }
  if (action === 'skip' && !canSkip(settings.nagLevel)) {
    return 'Strict reminders have no Skip: start the routine or snooze';
  }
  return null;
}

/** What the prompt window shows for a phase. */
export function promptStateOf(
  phase: Phase,
  settings: Settings,
  context: { now: number; lastBreakAt: number | null; workingSince: number | null },
): PromptState {
  if (phase.kind === 'snoozed' && phase.offer && context.now < phase.offer.closesAt) {
    const offered = getRoutine(phase.offer.routineId);
    return {
      status: 'offer',
      routine: { id: offered.id, title: offered.title, minutes: offered.declaredMinutes },
      snoozedUntil: phase.until,
      closesAt: phase.offer.closesAt,
      sentAt: context.now,
    };
  }
  if (phase.kind !== 'prompt') return { status: 'none', sentAt: context.now };
  const { reminder } = phase;
  const shortestId = shortestOffered(reminder, settings);
  const shortest = shortestId ? getRoutine(shortestId) : null;
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
    ...(reminder.catchUp ? { catchUp: reminder.catchUp } : {}),
    shortest: shortest
      ? { id: shortest.id, title: shortest.title, minutes: shortest.declaredMinutes }
      : null,
    returned: reminder.returned === true,
    sentAt: context.now,
  };
}

/** The phase with every wall-clock time moved by `deltaMs` (the system clock was stepped back). */
export function shiftPhase(phase: Phase, deltaMs: number): Phase {
  switch (phase.kind) {
    case 'counting':
      return phase;
    case 'prompt':
      return {
        ...phase,
        openedAt: phase.openedAt + deltaMs,
        lastNagAt: phase.lastNagAt === null ? null : phase.lastNagAt + deltaMs,
        nextNagAt: phase.nextNagAt === null ? null : phase.nextNagAt + deltaMs,
      };
    case 'snoozed':
      return {
        ...phase,
        until: phase.until + deltaMs,
        offer: phase.offer ? { ...phase.offer, closesAt: phase.offer.closesAt + deltaMs } : null,
      };
    case 'handedOff':
      return { ...phase, since: phase.since + deltaMs };
  }
}
