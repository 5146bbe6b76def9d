import type { HistoryEvent } from '../../../shared/history/events';
import { allowedSnoozes, nags } from '../../../shared/reminders/nagPolicy';
import type { PromptAction } from '../../../shared/reminders/promptState';
import { getRoutine } from '../../../shared/routines/catalogue';
import type { Settings } from '../../../shared/settings/schema';
import type {
  Moment,
  Observation,
  ObservationKind,
  PlannerEffect,
  PlannerEvent,
  PowerEvent,
} from './events';
import { officeCalendarFor, officeSpans, type OfficeContext } from './officeHours';
import { advanceCount, dueAt, freshCount, shiftCount, type ActiveCount } from './parts/activeCount';
import { pauseFrom, pauseOver, shiftPause, type Pause } from './parts/pause';
import {
  backAt,
  comingBack,
  goneAway,
  presentFrom,
  sampleIdle,
  shiftPresence,
  type PresenceState,
} from './parts/presence';
import {
  HANDED_OFF_LAPSE_MS,
  answerRefusal,
  intervalReminder,
  nagged,
  reminderOf,
  sessionReminder,
  shiftPhase,
  showPrompt,
  snoozeRefusal,
  type Phase,
  type Reminder,
} from './parts/promptPhase';
import {
  cronJobsAt,
  dueByPlanner,
  firedByCron,
  isHandled,
  markHandled,
  noSessions,
  passedOccurrence,
  passedUnhandled,
  planSessions,
  sameJobs,
  sessionWakeAt,
  type SessionsState,
} from './parts/sessions';
import type { SessionOccurrence } from './sessionTimes';
import { nextWakeAt } from './wakePlan';

const MINUTE = 60_000;
/** A timer this late means the machine slept without telling us (or the event came late). */
const LATE_WAKE_MS = 90_000;
/**
 * While the screen is locked in office hours, look this often whether the
 * person is back, in case no unlock event comes. Idle is never read outside
 * office hours; the lock check waits for them to begin.
 */
const LOCK_CHECK_MS = 15 * MINUTE;
/** A session prompt left unanswered lapses after graceMinutes, but never sooner than this. */
const SESSION_PROMPT_MIN_LIFETIME_MS = 15 * MINUTE;
/**
 * The wall clock moved this much less than the monotonic one between two
 * looks: it was set back (NTP, a person), not merely slewed.
 */
const WALL_STEP_TOLERANCE_MS = 2000;

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
}

export interface Step {
  state: PlannerState;
  effects: PlannerEffect[];
  /** When the planner must look again (wall clock); null while nothing can happen (suspended). */
  wakeAt: number | null;
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
  };
}

/** Office hours around an instant, from a calendar cached per settings. */
export function officeAt(settings: Settings, at: number): OfficeContext {
  return officeCalendarFor(settings.officeHours, settings.naturalBreakMinutes * MINUTE)(at);
}

/** Why the answer is refused, or null: checked before the answer goes in, so it can be said to the person. */
export function refusalOf(
  state: PlannerState,
  action: PromptAction,
  settings: Settings,
): string | null {
  return answerRefusal(state.phase, action, settings);
}

/** A turn of the planner: the state being made, and what it asks for. */
interface Turn {
  s: PlannerState;
  readonly at: number;
  readonly settings: Settings;
  readonly effects: PlannerEffect[];
}

const breakMsOf = (t: Turn) => t.settings.naturalBreakMinutes * MINUTE;
const office = (t: Turn) => officeAt(t.settings, t.at);

function record(t: Turn, event: HistoryEvent): void {
  t.effects.push({ type: 'record', event });
}

function recordMissed(t: Turn, sessionId: string, scheduledAt: number): void {
  record(t, { type: 'missedSession', at: t.at, sessionId, scheduledAt });
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
  const timerPlanned = event.type === 'timer' ? event.planned : null;

  switch (event.type) {
    case 'started':
    case 'settingsChanged':
      replanSettings(t);
      settle(t, {}, false);
      break;
    case 'timer':
      if (timerPlanned) noticeSleep(t, now, timerPlanned);
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
      if (t.s.pause) {
        t.s.pause = null;
        restartCount(t, false);
      }
      settle(t, {}, false);
      break;
    case 'cronFired':
      cronFired(t, event.sessionId);
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

// ---- the clock -------------------------------------------------------------

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
  t.effects.push({
    type: 'log',
    level: 'info',
    message: 'reminders: the system clock was set back; durations keep their length',
    data: { byMs: -drift },
  });
}

/** A timer that fires late means the machine slept without a suspend event: the lateness is time away. */
function noticeSleep(t: Turn, now: Moment, planned: Moment): void {
  if (t.s.presence.away) return;
  const lateness = Math.max(now.wall - planned.wall, now.mono - planned.mono);
  if (lateness > LATE_WAKE_MS) returnFrom(t, t.s.presence.awakeAt, lateness, 'suspend');
}

// ---- the count -------------------------------------------------------------

function restartCount(t: Turn, wasBreak: boolean): void {
  t.s.count = freshCount(t.at, office(t), t.s.count.id + 1);
  if (wasBreak) t.s.lastBreakAt = t.at;
}

function intervalMs(t: Turn): number {
  return t.settings.intervalMinutes * MINUTE;
}

// ---- prompts ---------------------------------------------------------------

function openPrompt(t: Turn, reminder: Reminder): void {
  t.s.phase = showPrompt(reminder, t.at, t.settings);
  t.s.promptShows++;
  record(t, {
    type: 'prompted',
    at: t.at,
    reason: reminder.reason,
    ...(reminder.session ? { sessionId: reminder.session.id } : {}),
  });
}

/** The same reminder shown again (a declined or lapsed hand-off): one more appearance, no new history line. */
function reshow(t: Turn, reminder: Reminder): void {
  t.s.phase = showPrompt(reminder, t.at, t.settings);
  t.s.promptShows++;
}

/** Drops a waiting interval reminder that a natural break has made moot. */
function resolveByBreak(t: Turn): void {
  if (reminderOf(t.s.phase)?.reason === 'interval') t.s.phase = { kind: 'counting' };
}

function snooze(t: Turn, reminder: Reminder): void {
  const snoozesUsed = reminder.snoozesUsed + 1;
  const until = t.at + t.settings.snoozeMinutes * MINUTE;
  t.s.phase = { kind: 'snoozed', reminder: { ...reminder, snoozesUsed }, until };
  record(t, { type: 'snoozed', at: t.at, until, snoozeCount: snoozesUsed });
}

/** Start: the routine is asked for; the count restarts when it really begins (routineStarted). */
function handOff(t: Turn, reminder: Reminder): void {
  t.s.phase = { kind: 'handedOff', reminder, since: t.at };
  t.effects.push({
    type: 'startRoutine',
    routineId: reminder.routineId,
    source: reminder.reason === 'session' ? 'session' : 'prompt',
  });
}

function answer(t: Turn, action: PromptAction): void {
  const phase = t.s.phase;
  if (phase.kind !== 'prompt') return;
  if (action === 'start') handOff(t, phase.reminder);
  else if (action === 'snooze') snooze(t, phase.reminder);
  else {
    t.s.phase = { kind: 'counting' };
    restartCount(t, false);
    record(t, { type: 'skipped', at: t.at });
  }
}

function headsUpAction(t: Turn, action: string, countId: number): void {
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

function refusedFromDesktop(t: Turn, reason: string): void {
  t.effects.push({
    type: 'log',
    level: 'warn',
    message: 'reminders: heads-up action refused',
    data: { reason },
  });
}

function showHeadsUp(t: Turn, due: number): void {
  t.s.count = { ...t.s.count, headsUpShown: true };
  const routine = getRoutine(t.settings.defaultRoutineId);
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
function syncWindow(t: Turn): void {
  const s = t.s;
  if (s.phase.kind === 'prompt') {
    if (s.windowShows !== s.promptShows) {
      s.windowShows = s.promptShows;
      t.effects.push({ type: 'openPrompt', escalated: s.phase.escalation > 0 });
    }
  } else if (s.windowShows !== null) {
    s.windowShows = null;
    t.effects.push({ type: 'closePrompt' });
  }
}

function sessionPromptLifetime(t: Turn): number {
  return Math.max(t.settings.graceMinutes * MINUTE, SESSION_PROMPT_MIN_LIFETIME_MS);
}

// ---- sessions --------------------------------------------------------------

function replanSettings(t: Turn): void {
  t.s.sessions = planSessions(t.s.sessions, t.settings, t.at);
  const phase = t.s.phase;
  if (phase.kind === 'prompt') {
    const from = phase.lastNagAt ?? phase.openedAt;
    t.s.phase = {
      ...phase,
      nextNagAt: nags(t.settings.nagLevel) ? from + t.settings.nagMinutes * MINUTE : null,
    };
  }
}

function cronFired(t: Turn, sessionId: string): void {
  const occurrence = firedByCron(t.s.sessions, sessionId, t.at);
  if (!occurrence) {
    // node-cron and session time disagree: the planner's own plan wins.
    t.effects.push({
      type: 'log',
      level: 'warn',
      message: 'reminders: node-cron fired a session at a time not planned; ignored',
      data: { sessionId, at: t.at },
    });
    return;
  }
  occurrencePassed(t, occurrence);
}

/** An occurrence's time has come: it fires now, unless the person is away (the return handles it). */
function occurrencePassed(t: Turn, occurrence: SessionOccurrence): void {
  t.s.sessions = passedOccurrence(t.s.sessions, t.settings, occurrence);
  if (!t.s.presence.away) fireSession(t, occurrence);
}

function fireSession(t: Turn, occurrence: SessionOccurrence): void {
  // Fall-back day or a late tick: a session happens once per day.
  if (isHandled(t.s.sessions, occurrence.key)) return;
  t.s.sessions = markHandled(t.s.sessions, occurrence);
  const session = t.settings.sessions.find((s) => s.id === occurrence.sessionId);
  if (!session) return;
  // Paused means "leave me alone": the session is recorded as missed rather than shown.
  if (t.s.pause) {
    recordMissed(t, session.id, occurrence.at);
    return;
  }
  const waiting = reminderOf(t.s.phase);
  if (waiting?.session && waiting.scheduledAt !== null) {
    // A newer session replaces one still waiting: that one was missed.
    recordMissed(t, waiting.session.id, waiting.scheduledAt);
  }
  openPrompt(t, sessionReminder(session, occurrence.at));
}

function armCron(t: Turn): void {
  const jobs = cronJobsAt(t.s.sessions, t.settings, t.at);
  if (sameJobs(jobs, t.s.sessions.armed)) return;
  t.s.sessions = { ...t.s.sessions, armed: jobs };
  t.effects.push({ type: 'armCron', jobs });
}

// ---- away: lock, suspend, and sleeps nobody announced ---------------------

function power(t: Turn, event: PowerEvent): void {
  if (event === 'lock' || event === 'suspend') {
    t.s.presence = goneAway(t.s.presence, event, t.at);
    return;
  }
  const back = comingBack(t.s.presence, event);
  t.s.presence = back.state;
  if (back.ended) returnFrom(t, back.ended.since, t.at - back.ended.since, back.ended.cause);
}

function returnFrom(t: Turn, since: number, awayMs: number, cause: 'lock' | 'suspend'): void {
  const settings = t.settings;
  // Sessions slept through: the latest within grace is offered, the rest are missed.
  const passed = passedUnhandled(t.s.sessions, settings, since, t.at);
  const last = passed[passed.length - 1];
  const offer =
    last && t.at - last.at <= settings.graceMinutes * MINUTE && !t.s.pause ? last : null;
  for (const o of passed) {
    if (o === offer) continue;
    t.s.sessions = markHandled(t.s.sessions, o);
    recordMissed(t, o.sessionId, o.at);
  }
  if (awayMs >= breakMsOf(t)) {
    const hadInterval = reminderOf(t.s.phase)?.reason === 'interval';
    const inOffice = officeSpans(settings.officeHours, since, t.at).length > 0;
    // A night asleep outside office hours is not a "natural break" worth a history line.
    if ((inOffice || hadInterval) && !t.s.pause) {
      record(t, { type: 'naturalBreak', at: t.at, idleMs: Math.round(awayMs), cause });
    }
    resolveByBreak(t);
    restartCount(t, true);
  }
  t.s.presence = backAt(t.s.presence, t.at, breakMsOf(t));
  if (offer) fireSession(t, offer);
  else if (t.s.phase.kind === 'prompt') {
    // Back to a prompt still waiting: show it once, and give the next nag a full interval.
    t.s.promptShows++;
    if (t.s.phase.nextNagAt !== null) {
      t.s.phase = { ...t.s.phase, nextNagAt: t.at + settings.nagMinutes * MINUTE };
    }
  }
}

// ---- settling: everything due at this moment -------------------------------

/** Puts a question to the sources; `settle` runs again with the answer (the observed event). */
function ask(t: Turn, what: ObservationKind[], woken: boolean, known: Observation): void {
  t.s.asking = { woken, known };
  t.effects.push({ type: 'observe', what });
}

/** Idle is read on every timer wake-up in office hours, when a break could have completed, and as a block begins. */
function sampleDueAt(s: PlannerState, here: OfficeContext, at: number, woken: boolean): boolean {
  if (s.pause || !here.span || !here.block) return false;
  return woken || at >= s.presence.nextSampleAt || s.presence.sampledBlock !== here.block.start;
}

/**
 * Handles everything due at this moment. `woken` is true for timer
 * wake-ups (they also sample idle). When a decision needs a source that has
 * not been read, it asks first and does the rest with the answer: every
 * source this moment could need is asked in one go, before anything that
 * cannot be done twice.
 */
function settle(t: Turn, known: Observation, woken: boolean): void {
  const s = t.s;
  if (s.pause && pauseOver(s.pause, t.at)) {
    s.pause = null;
    restartCount(t, false);
  }
  for (const occurrence of dueByPlanner(s.sessions, t.at)) occurrencePassed(t, occurrence);

  const here = office(t);
  const away = s.presence.away;
  const lockCheck = Boolean(woken && away?.locked && !away.suspended && here.span);
  if (away && !lockCheck) return;

  const due = dueAt(s.count, here, intervalMs(t));
  const sampleDue = sampleDueAt(s, here, t.at, woken);
  const mayBeDue = !s.pause && here.span !== null && due !== null && t.at >= due;
  const needed: ObservationKind[] = [];
  if ((lockCheck || sampleDue) && known.idleSeconds === undefined) needed.push('idle');
  if ((lockCheck || mayBeDue) && known.routinePlaying === undefined) needed.push('routinePlaying');
  if (needed.length > 0) {
    ask(t, needed, woken, known);
    return;
  }

  if (lockCheck) {
    // The lock check: recent input means the person is back even if no unlock event came.
    const idleMs = Math.max(0, (known.idleSeconds ?? 0) * 1000);
    if (idleMs < breakMsOf(t) && away) {
      s.presence = { ...s.presence, away: null };
      returnFrom(t, away.since, t.at - away.since, away.cause);
    }
    if (s.presence.away) return;
  }

  const block = here.block;
  if (block && sampleDueAt(s, here, t.at, woken)) {
    const sample = sampleIdle(s.presence, t.at, known.idleSeconds ?? 0, breakMsOf(t), block.start);
    s.presence = sample.state;
    if (sample.away) {
      if (sample.breakCompleted) {
        record(t, { type: 'naturalBreak', at: t.at, idleMs: sample.idleMs, cause: 'idle' });
        resolveByBreak(t);
      }
      restartCount(t, true);
    }
  }

  const phase = s.phase;
  if (phase.kind === 'prompt' && phase.reminder.reason === 'session') {
    if (t.at >= phase.openedAt + sessionPromptLifetime(t)) {
      const { session, scheduledAt } = phase.reminder;
      if (session && scheduledAt !== null) recordMissed(t, session.id, scheduledAt);
      s.phase = { kind: 'counting' };
    }
  }
  if (s.phase.kind === 'snoozed' && t.at >= s.phase.until) {
    // An interval reminder never opens outside office hours; the count goes on from where it was.
    if (s.phase.reminder.reason === 'interval' && !here.span) s.phase = { kind: 'counting' };
    else openPrompt(t, s.phase.reminder);
  }
  if (s.phase.kind === 'handedOff' && t.at >= s.phase.since + HANDED_OFF_LAPSE_MS) {
    // Start was chosen but no routine began (the safety screen was left open or closed).
    reshow(t, s.phase.reminder);
  }
  if (s.phase.kind === 'prompt' && s.phase.nextNagAt !== null && t.at >= s.phase.nextNagAt) {
    s.phase = nagged(s.phase, t.at, t.settings);
    s.promptShows++;
  }
  if (s.phase.kind === 'prompt' && s.phase.reminder.reason === 'interval' && !here.block) {
    // Office hours ended with the prompt unanswered: no office-hours reminder outside them.
    t.effects.push({
      type: 'log',
      level: 'info',
      message: 'reminders: office hours ended with a reminder waiting',
    });
    s.phase = { kind: 'counting' };
  }

  if (s.phase.kind === 'counting' && !s.pause && here.span) {
    const dueNow = dueAt(s.count, here, intervalMs(t));
    if (dueNow !== null && t.at >= dueNow) {
      // Someone already in a routine is having their break.
      if (known.routinePlaying) restartCount(t, true);
      else openPrompt(t, intervalReminder(t.settings));
    } else if (
      dueNow !== null &&
      t.settings.headsUpSeconds > 0 &&
      t.at >= dueNow - t.settings.headsUpSeconds * 1000 &&
      !s.count.headsUpShown
    ) {
      showHeadsUp(t, dueNow);
    }
  }
}

// ---- the next look ---------------------------------------------------------

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
  if (phase.kind === 'snoozed') events.push(phase.until);
  if (phase.kind === 'handedOff') events.push(phase.since + HANDED_OFF_LAPSE_MS);
  if (!s.pause) {
    events.push(here.span ? here.span.end : here.nextSpanStart);
    if (phase.kind === 'counting' && here.block) {
      const due = dueAt(s.count, here, intervalMs(t));
      if (due !== null) {
        events.push(due);
        const headsUp = due - t.settings.headsUpSeconds * 1000;
        if (t.settings.headsUpSeconds > 0 && !s.count.headsUpShown && headsUp > t.at) {
          events.push(headsUp);
        }
      }
    }
  }
  const sampleAt = !s.pause && here.span ? s.presence.nextSampleAt : null;
  return nextWakeAt(t.at, events, sampleAt);
}
