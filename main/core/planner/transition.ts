/**
 * The planner's transition: one event in, the new state, its effects and the
 * next wake-up out. The rules live in rules/ (how an event moves several
 * parts) and parts/ (one slice of the state each); this file dispatches
 * events, takes out wall-clock steps, and says when to look again.
 */

import type { Settings } from '../../../shared/settings/schema';
import type { Moment, PlannerEffect, PlannerEvent } from './events';
import { advanceCount, shiftCount } from './parts/activeCount';
import {
  LIVE_ANSWER_WAIT_MS,
  liveCounts,
  nextScheduledChange,
  REFRESH_ASK_GAP_MS,
  REFRESH_SLACK_MS,
  shiftBusy,
} from './parts/busy';
import { pauseFrom, shiftPause } from './parts/pause';
import { shiftPresence } from './parts/presence';
import { HANDED_OFF_LAPSE_MS, shiftPhase } from './parts/promptPhase';
import { sessionWakeAt } from './parts/sessions';
import { noticeSleep, power } from './rules/away';
import { answerCue, postureWakeAt, sitDown } from './rules/cues';
import { standMarkAt } from './parts/cues';
import { shiftCues } from './parts/cues';
import {
  answer,
  headsUpAction,
  refusalOf,
  reshow,
  resolveByBreak,
  sessionPromptLifetime,
  syncWindow,
} from './rules/reminders';
import { resumeFromPause, settle } from './rules/settle';
import { armCron, replanSettings } from './rules/sessions';
import { officeAt, type PlannerState } from './state';
import { breakDueAt, office, restartCount, type Turn } from './turn';
import { nextWakeAt } from './wakePlan';

export { initialState, officeAt, type PlannerState } from './state';
export { refusalOf } from './rules/reminders';

const MINUTE = 60_000;

/**
 * While the screen is locked in office hours, look this often whether the
 * person is back, in case no unlock event comes. Idle is never read outside
 * office hours; the lock check waits for them to begin.
 */
const LOCK_CHECK_MS = 15 * MINUTE;

/**
 * The wall clock moved this much less than the monotonic one between two
 * looks: it was set back (NTP, a person), not merely slewed.
 */
const WALL_STEP_TOLERANCE_MS = 2000;

export interface Step {
  state: PlannerState;
  effects: PlannerEffect[];
  /** When the planner must look again (wall clock); null while nothing can happen (suspended). */
  wakeAt: number | null;
}

/**
 * The planner's one rule book: `(state, event, now, settings) -> { state,
 * effects, wakeAt }`. Pure: it reads no clock, calls no port, and returns
 * what to do as data for the driver.
 */
export function transition(
  state: PlannerState,
  event: PlannerEvent,
  now: Moment,
  settings: Settings,
): Step {
  const t: Turn = { s: { ...state }, at: now.wall, settings, effects: [] };
  takeOutWallStep(t, now);
  t.s.count = advanceCount(t.s.count, t.at, office(t));

  switch (event.type) {
    case 'started':
    case 'settingsChanged':
      replanSettings(t);
      settle(t, {}, false);
      break;
    case 'timer':
      noticeSleep(t, now, event.planned);
      settle(t, {}, true);
      break;
    case 'observed': {
      const asked = t.s.asking;
      t.s.asking = null;
      settle(t, { ...asked?.known, ...event.observation }, asked?.woken ?? false);
      break;
    }
    case 'power':
      power(t, event.power);
      settle(t, {}, false);
      break;
    case 'answer':
      if (refusalOf(t.s, event.action, settings) === null) answer(t, event.action);
      settle(t, {}, false);
      break;
    case 'headsUp':
      headsUpAction(t, event.action, event.countId);
      settle(t, {}, false);
      break;
    case 'pause':
      t.s.pause = pauseFrom(event.choice, t.at);
      // Pausing means "leave me alone": a waiting reminder goes away with it.
      t.s.phase = { kind: 'counting' };
      settle(t, {}, false);
      break;
    case 'resume':
      if (t.s.pause) resumeFromPause(t);
      settle(t, {}, false);
      break;
    case 'cronFired':
      // Fired in settle, once the live busy sources have answered when they must.
      t.s.busy = { ...t.s.busy, pendingCron: [...t.s.busy.pendingCron, event.sessionId] };
      settle(t, {}, false);
      break;
    case 'busySchedule':
      t.s.busy = {
        ...t.s.busy,
        spells: event.schedule.spells,
        refreshAt: event.schedule.refreshAt,
        retryAt: event.schedule.retryAt ?? null,
        liveSources: event.schedule.liveSources,
      };
      settle(t, {}, false);
      break;
    case 'routineStarted':
      // A routine began by any path: that is the break, and it answers any prompt.
      t.s.phase = { kind: 'counting' };
      restartCount(t, true);
      settle(t, {}, false);
      break;
    case 'routineEnded':
      resolveByBreak(t);
      restartCount(t, true);
      sitDown(t);
      settle(t, {}, false);
      break;
    case 'cueAnswer':
      answerCue(t, event.action);
      settle(t, {}, false);
      break;
    case 'routineDeclined':
      if (t.s.phase.kind === 'handedOff') reshow(t, t.s.phase.reminder);
      settle(t, {}, false);
      break;
  }

  armCron(t);
  syncWindow(t);
  t.s.presence = { ...t.s.presence, awakeAt: t.at };
  t.s.seen = now;
  return { state: t.s, effects: t.effects, wakeAt: wakeAt(t) };
}

/**
 * The wall clock was set back since the last look (it moved less than the
 * monotonic clock): every time kept as a wall instant that means "so long
 * from then" moves with it, so active time, snoozes, nags and pauses keep
 * their length. A wall clock that moved *more* is a sleep nobody announced
 * (or a step forward, which looks the same); the timer's lateness handles it.
 */
function takeOutWallStep(t: Turn, now: Moment): void {
  const seen = t.s.seen;
  const elapsed = Math.max(0, now.mono - seen.mono);
  const drift = now.wall - seen.wall - elapsed;
  if (drift >= -WALL_STEP_TOLERANCE_MS) return;
  const s = t.s;
  // The time since the last look passed on the clock as it read then.
  const before = seen.wall + elapsed;
  s.count = shiftCount(advanceCount(s.count, before, officeAt(t.settings, before)), drift);
  s.presence = shiftPresence(s.presence, drift);
  s.phase = shiftPhase(s.phase, drift);
  s.pause = s.pause ? shiftPause(s.pause, drift) : null;
  s.lastBreakAt = s.lastBreakAt === null ? null : s.lastBreakAt + drift;
  s.busy = shiftBusy(s.busy, drift);
  s.cues = shiftCues(s.cues, drift);
  t.effects.push({
    type: 'log',
    level: 'info',
    message: 'reminders: the system clock was set back; durations keep their length',
    data: { byMs: -drift },
  });
}

/** The next moment anything can happen; null while suspended (nothing can run). */
function wakeAt(t: Turn): number | null {
  const s = t.s;
  const here = office(t);
  const away = s.presence.away;
  if (away) {
    // Suspended: nothing can run. Locked: look now and then, in case no unlock event comes.
    if (!away.locked || away.suspended) return null;
    return nextWakeAt(t.at, [here.span ? t.at + LOCK_CHECK_MS : here.nextSpanStart], null);
  }
  const events: (number | null)[] = [s.pause?.until ?? null, ...sessionWakeAt(s.sessions, t.at)];
  const phase = s.phase;
  if (phase.kind === 'prompt') {
    events.push(phase.nextNagAt);
    if (phase.reminder.reason === 'session') events.push(phase.openedAt + sessionPromptLifetime(t));
    else events.push(here.block?.end ?? null);
  }
  if (phase.kind === 'snoozed') events.push(phase.until, phase.offer?.closesAt ?? null);
  if (phase.kind === 'handedOff') events.push(phase.since + HANDED_OFF_LAPSE_MS);
  events.push(s.cues.open?.closesAt ?? null);
  if (!s.pause) {
    events.push(here.span ? here.span.end : here.nextSpanStart);
    if (phase.kind === 'counting' && here.block) {
      const due = breakDueAt(t);
      if (here.span)
        events.push(postureWakeAt(t, due), standMarkAt(s.cues, s.count, here, t.settings));
      if (due !== null) {
        events.push(due);
        const headsUp = due - t.settings.headsUpSeconds * 1000;
        if (t.settings.headsUpSeconds > 0 && !s.count.headsUpShown && headsUp > t.at) {
          events.push(headsUp);
        }
      }
    }
  }
  events.push(...busyWakeAt(t));
  // While reminders are held (or a live answer is awaited) what is overdue waits for
  // the busy change: it must not wake the planner again at once.
  const waiting = s.busy.hold !== null || s.busy.liveAskedAt !== null;
  const upcoming = waiting ? events.filter((e) => e === null || e > t.at) : events;
  const refresh = refreshWakeAt(t, here.span !== null, upcoming);
  if (refresh !== null) upcoming.push(refresh);
  // Idle is sampled during a pause too: a natural break then still restarts the count.
  const sampleAt = here.span ? s.presence.nextSampleAt : null;
  return nextWakeAt(t.at, upcoming, sampleAt);
}

/** The next busy start or end (no polling while free), a live source's next question, a pending answer's limit. */
function busyWakeAt(t: Turn): (number | null)[] {
  const b = t.s.busy;
  return [
    nextScheduledChange(b, t.settings, t.at),
    b.live && liveCounts(t.settings) ? b.live.askAgainAt : null,
    b.liveAskedAt === null ? null : b.liveAskedAt + LIVE_ANSWER_WAIT_MS,
  ];
}

/**
 * The calendar's scheduled refresh, inside office hours: it rides on any
 * wake-up that comes within REFRESH_SLACK_MS after it is due, and wakes the
 * planner itself only when none does.
 */
function refreshWakeAt(
  t: Turn,
  inside: boolean,
  events: readonly (number | null)[],
): number | null {
  const b = t.s.busy;
  if (!inside || b.refreshAt === null) return null;
  const askedAt = b.refreshAskedAt;
  const at = Math.max(
    b.refreshAt,
    askedAt === null ? b.refreshAt : askedAt + REFRESH_ASK_GAP_MS,
    t.at,
  );
  const rides = events.some((e) => e !== null && e >= at && e - at <= REFRESH_SLACK_MS);
  return rides ? null : at;
}
