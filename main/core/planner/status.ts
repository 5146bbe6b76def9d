import type { PlannerStatus } from '../../../shared/reminders/plannerStatus';
import type { CueState } from '../../../shared/posture/cueState';
import type { PromptState } from '../../../shared/reminders/promptState';
import { formatStatusLine, type StatusFacts } from '../../../shared/reminders/statusLine';
import type { Settings } from '../../../shared/settings/schema';
import type { HoldingFacts } from '../../../shared/reminders/busyWords';
import { advanceCount, breakIntervalMs, reminderDueAt } from './parts/activeCount';
import { busyAt } from './parts/busy';
import { cueStateOf, nextPostureMarkAt, QUIET_AROUND_BREAK_MS, standMarkAt } from './parts/cues';
import { promptStateOf } from './parts/promptPhase';
import { nextOccurrence } from './sessionTimes';
import { officeAt, type PlannerState } from './transition';

const WEEK_MS = 7 * 24 * 60 * 60_000;

/** What the tray and the windows show of the planner at `now`. */
export function plannerStatus(state: PlannerState, now: number, settings: Settings): PlannerStatus {
  const here = officeAt(settings, now);
  const { phase, pause } = state;
  const facts: StatusFacts = {
    phase: 'outside',
    paused: pause !== null,
    pauseChoice: pause?.choice ?? null,
    pausedUntil: pause?.until ?? null,
    // A Start handed to the safety screen is still the break that is due.
    breakDue: phase.kind === 'prompt' || phase.kind === 'handedOff',
    dueSessionName:
      phase.kind === 'prompt' || phase.kind === 'handedOff'
        ? (phase.reminder.session?.name ?? null)
        : null,
    nextReminderAt: null,
    snoozedUntil: phase.kind === 'snoozed' ? phase.until : null,
    officeEndsAt: here.block?.end ?? null,
    nextOfficeStart: here.nextSpanStart,
    nextSession: null,
    holding: holdingFacts(state, now, settings),
    sentAt: now,
  };
  if (state.presence.away) facts.phase = 'away';
  else if (pause) facts.phase = 'paused';
  else if (facts.breakDue) facts.phase = 'due';
  else if (phase.kind === 'snoozed') facts.phase = 'snoozed';
  else if (here.span) {
    const count = advanceCount(state.count, now, here);
    const due = reminderDueAt(count, here, breakIntervalMs(settings));
    facts.nextReminderAt = due;
    facts.phase = due === null ? 'no-more-today' : 'counting';
    if (settings.standingDesk.enabled) {
      const standing = state.cues.standing !== null;
      const standAt = standing ? null : standMarkAt(state.cues, count, here, settings);
      facts.desk = { block: standing ? 'standing' : 'sitting', changesAt: standAt ?? due };
    }
    if (settings.posture.showNextInTray && state.cues.standing === null) {
      // The next check-in that will show: one within 5 min of the break is passed over.
      const mark = nextPostureMarkAt(state.cues, count, here, settings);
      const shown = mark !== null && (due === null || due - mark > QUIET_AROUND_BREAK_MS);
      facts.nextPostureCueAt = shown ? mark : null;
    }
  } else {
    const next = nextOccurrence(settings.sessions, now, WEEK_MS);
    const session = next && settings.sessions.find((s) => s.id === next.sessionId);
    facts.nextSession =
      next && session ? { id: session.id, name: session.name, at: next.at } : null;
  }
  return { ...facts, statusLine: formatStatusLine(facts) };
}

/** What the hold under way says in the tray; the title only when the person allows titles. */
function holdingFacts(state: PlannerState, now: number, settings: Settings): HoldingFacts | null {
  const hold = state.busy.hold;
  if (!hold) return null;
  const current = busyAt(state.busy, settings, now);
  const reason = current?.reason ?? hold.reason;
  return {
    kind: reason.kind,
    title: settings.meetings.showTitles && reason.title ? reason.title : null,
    until: current?.until ?? null,
  };
}

/** What the prompt window shows at `now`. */
export function plannerPrompt(state: PlannerState, now: number, settings: Settings): PromptState {
  const here = officeAt(settings, now);
  const count = advanceCount(state.count, now, here);
  return promptStateOf(state.phase, settings, {
    now,
    lastBreakAt: state.lastBreakAt,
    workingSince: here.block && count.block === here.block.start ? count.since : null,
  });
}

/** What the cue window shows at `now`. */
export function plannerCue(state: PlannerState, now: number, settings: Settings): CueState {
  return cueStateOf(state.cues, settings, now);
}
