/** The reminder rules: prompts, answers, snooze, the heads-up, and the window that shows them. */

import { allowedSnoozes } from '../../../../shared/reminders/nagPolicy';
import type { PromptAction } from '../../../../shared/reminders/promptState';
import { getRoutine } from '../../../../shared/routines/catalogue';
import { moveRoutine } from '../../../../shared/routines/moveRoutine';
import type { Settings } from '../../../../shared/settings/schema';
import {
  answerRefusal,
  intervalReminder,
  reminderOf,
  shortestOffered,
  SNOOZE_OFFER_MS,
  showPrompt,
  snoozeRefusal,
  type Reminder,
} from '../parts/promptPhase';
import type { PlannerState } from '../state';
import { startOfNextLocalDay } from '../localTime';
import { sitDown } from './cues';
import { MINUTE, record, restartCount, type Turn } from '../turn';

function refusedFromDesktop(t: Turn, reason: string): void {
  t.effects.push({
    type: 'log',
    level: 'warn',
    message: 'reminders: heads-up action refused',
    data: { reason },
  });
}

/** A session prompt left unanswered lapses after graceMinutes, but never sooner than this. */
export const SESSION_PROMPT_MIN_LIFETIME_MS = 15 * MINUTE;

/** Why the answer is refused, or null: checked before the answer goes in, so it can be said to the person. */
export function refusalOf(
  state: PlannerState,
  action: PromptAction,
  settings: Settings,
): string | null {
  return answerRefusal(state.phase, action, settings);
}

export function openPrompt(t: Turn, reminder: Reminder): void {
  t.s.phase = showPrompt(reminder, t.at, t.settings);
  t.s.promptShows++;
  record(t, {
    type: 'prompted',
    at: t.at,
    reason: reminder.reason,
    ...(reminder.session ? { sessionId: reminder.session.id } : {}),
    ...(reminder.returned ? { returned: true as const } : {}),
  });
}

/**
 * The interval reminder for the count coming due: it carries a skipped
 * break back (once) when that count's heads-up claimed it, or when no
 * heads-up came first.
 */
export function dueIntervalReminder(t: Turn): Reminder {
  const reminder = intervalReminder(t.settings);
  const skipped = t.s.skippedBreak;
  if (!skipped || (skipped.forCount !== null && skipped.forCount !== t.s.count.id)) return reminder;
  t.s.skippedBreak = null;
  return { ...reminder, returned: true };
}

/** A skipped interval break is kept to come back once, the same day, unless turned off or itself a returned one. */
function keepSkipped(t: Turn, reminder: Reminder): void {
  if (reminder.reason !== 'interval' || reminder.returned || !t.settings.skippedBreakReturns)
    return;
  t.s.skippedBreak = { dayEnds: startOfNextLocalDay(t.at), forCount: null };
}

/** The same reminder shown again (a declined or lapsed hand-off): one more appearance, no new history line. */
export function reshow(t: Turn, reminder: Reminder): void {
  t.s.phase = showPrompt(reminder, t.at, t.settings);
  t.s.promptShows++;
}

/** Drops a waiting interval reminder that a natural break has made moot. */
export function resolveByBreak(t: Turn): void {
  if (reminderOf(t.s.phase)?.reason === 'interval') t.s.phase = { kind: 'counting' };
}

export function snooze(t: Turn, reminder: Reminder, fromPrompt = false): void {
  const snoozesUsed = reminder.snoozesUsed + 1;
  const until = t.at + t.settings.snoozeMinutes * MINUTE;
  // The prompt stays a few seconds to offer the shortest routine in one click.
  const shortest = fromPrompt ? shortestOffered(reminder, t.settings) : null;
  const offer = shortest ? { routineId: shortest, closesAt: t.at + SNOOZE_OFFER_MS } : null;
  t.s.phase = { kind: 'snoozed', reminder: { ...reminder, snoozesUsed }, until, offer };
  record(t, { type: 'snoozed', at: t.at, until, snoozeCount: snoozesUsed });
}

/** Start: the routine is asked for; the count restarts when it really begins (routineStarted). */
export function handOff(t: Turn, reminder: Reminder, source?: 'prompt'): void {
  t.s.phase = { kind: 'handedOff', reminder, since: t.at };
  t.effects.push({
    type: 'startRoutine',
    routineId: reminder.routineId,
    source: source ?? (reminder.reason === 'session' ? 'session' : 'prompt'),
  });
}

export function answer(t: Turn, action: PromptAction): void {
  const phase = t.s.phase;
  if (phase.kind === 'snoozed' && phase.offer && action === 'startShortest') {
    // The snooze already counts; the shorter routine is the break.
    handOff(t, { ...phase.reminder, routineId: phase.offer.routineId }, 'prompt');
    return;
  }
  if (phase.kind !== 'prompt') return;
  if (action === 'start') handOff(t, phase.reminder);
  else if (action === 'snooze') {
    snooze(t, phase.reminder, true);
    if (phase.reminder.reason === 'interval') sitDown(t);
  } else if (action === 'startShortest') {
    const shortest = shortestOffered(phase.reminder, t.settings);
    if (shortest) handOff(t, { ...phase.reminder, routineId: shortest }, 'prompt');
  } else {
    t.s.phase = { kind: 'counting' };
    restartCount(t, false);
    record(t, { type: 'skipped', at: t.at });
    keepSkipped(t, phase.reminder);
    if (phase.reminder.reason === 'interval') sitDown(t);
  }
}

export function headsUpAction(t: Turn, action: string, countId: number): void {
  if (t.s.phase.kind === 'prompt') {
    if (action === 'click') t.s.promptShows++;
    else if (action === 'start' || action === 'snooze') {
      const refused = refusalOf(t.s, action, t.settings);
      if (refused) refusedFromDesktop(t, refused);
      else answer(t, action);
    }
    return;
  }
  // Only while the reminder it announced is still the one coming.
  if (t.s.phase.kind !== 'counting' || t.s.pause || t.s.presence.away) return;
  if (t.s.count.id !== countId) return;
  const reminder = intervalReminder(t.settings);
  if (action === 'start') handOff(t, reminder);
  else if (action === 'click') openPrompt(t, reminder);
  else if (action === 'snooze') {
    const refused = snoozeRefusal(reminder, t.settings);
    if (refused) refusedFromDesktop(t, refused);
    else snooze(t, reminder);
  }
}

export function showHeadsUp(t: Turn, due: number): void {
  t.s.count = { ...t.s.count, headsUpShown: true };
  const skipped = t.s.skippedBreak;
  // The next heads-up brings a skipped break back: this count's prompt carries it.
  if (skipped && skipped.forCount === null) {
    t.s.skippedBreak = { ...skipped, forCount: t.s.count.id };
  }
  const routine = getRoutine(moveRoutine(t.settings));
  const seconds = Math.max(1, Math.round((due - t.at) / 1000));
  const actions = [{ id: 'start', label: 'Start now' }];
  if (allowedSnoozes(t.settings.nagLevel, t.settings.maxSnoozes) > 0) {
    actions.push({ id: 'snooze', label: 'Snooze' });
  }
  t.effects.push({
    type: 'notify',
    countId: t.s.count.id,
    request: {
      title: `Break in ${seconds} seconds`,
      body: `${routine.title}, about ${routine.declaredMinutes} min. Finish what you are typing.`,
      actions,
    },
  });
}

/** Makes the window match the phase: one open per new appearance or nag, one close when answered. */
export function syncWindow(t: Turn): void {
  const s = t.s;
  if (s.phase.kind === 'prompt') {
    if (s.windowShows !== s.promptShows) {
      s.windowShows = s.promptShows;
      t.effects.push({ type: 'openPrompt', escalated: s.phase.escalation > 0 });
    }
  } else if (s.phase.kind === 'snoozed' && s.phase.offer && s.windowShows !== null) {
    // The window stays for the offer after a snooze; it closes when the offer does.
  } else if (s.windowShows !== null) {
    s.windowShows = null;
    t.effects.push({ type: 'closePrompt' });
  }
}

export function sessionPromptLifetime(t: Turn): number {
  return Math.max(t.settings.graceMinutes * MINUTE, SESSION_PROMPT_MIN_LIFETIME_MS);
}
