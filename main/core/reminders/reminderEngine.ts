import type { RoutineSource } from '../../../shared/history/events';
import { allowedSnoozes, canSkip, nags } from '../../../shared/reminders/nagPolicy';
import type { PauseChoice } from '../../../shared/reminders/pauseChoices';
import type { PlannerStatus } from '../../../shared/reminders/plannerStatus';
import type { PromptAction, PromptState } from '../../../shared/reminders/promptState';
import { formatStatusLine, type StatusFacts } from '../../../shared/reminders/statusLine';
import { getRoutine, type RoutineId } from '../../../shared/routines/catalogue';
import type { Settings } from '../../../shared/settings/schema';
import type { Clock, TimerHandle } from '../clock';
import type { HistoryLog } from '../history/historyLog';
import type { Logger } from '../logger';
import type { CronPort, IdlePort, NotifierPort, WindowsPort } from '../ports';
import { nextSampleAt, presentAt, takeSample, type Presence } from './idleSampler';
import {
  createOfficeCalendar,
  officeSpans,
  officeTimeReached,
  type OfficeContext,
} from './officeHours';
import { pauseEndsAt } from './pauseUntil';
import {
  knownRoutine,
  nagged,
  promptStateOf,
  showPrompt,
  type Phase,
  type Reminder,
} from './promptPhase';
import {
  nextOccurrence,
  occurrenceKey,
  sessionCronExpression,
  sessionOccurrences,
  type SessionOccurrence,
} from './sessionTimes';
import { localDateOf } from './localTime';
import { nextWakeAt } from './wakePlan';

export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock';

export interface ReminderEngineDeps {
  clock: Clock;
  cron: CronPort;
  idle: IdlePort;
  notifier: NotifierPort;
  windows: Pick<WindowsPort, 'open' | 'close' | 'isOpen'>;
  history: Pick<HistoryLog, 'append'>;
  log: Logger;
  settings: Settings;
  /** Starts a routine the way every other path does (history, routine window). */
  startRoutine(routineId: RoutineId, source: RoutineSource): void;
}

/** Timer wake-ups, for the benchmark: the planner must not poll. */
export interface EngineStats {
  wakeUps: number;
  wakeUpsInOfficeHours: number;
  wakeUpsOutsideOfficeHours: number;
  idleSamples: number;
}

export interface ReminderEngine {
  status(): PlannerStatus;
  promptState(): PromptState;
  /** The person's answer to the waiting prompt. Throws a clear Error when that answer is not on offer. */
  answer(action: PromptAction): PromptState;
  pause(choice: PauseChoice): PlannerStatus;
  resume(): PlannerStatus;
  power(event: PowerEvent): void;
  /** Re-plans at once with new settings (they were validated before they got here). */
  updateSettings(next: Settings): void;
  /** A routine began by any path (tray, prompt, session): that is a break, and answers any prompt. */
  routineStarted(): void;
  onChange(listener: (status: PlannerStatus, prompt: PromptState) => void): () => void;
  stats(): EngineStats;
  stop(): void;
}

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
const FIRED_MEMORY_MS = 3 * 24 * 60 * MINUTE;
const DAY_MS = 24 * 60 * MINUTE;
const WEEK_MS = 7 * DAY_MS;
/** Never arm a timer for less than this: a planning slip must not become a busy loop. */
const MIN_TIMER_MS = 1000;

interface Away {
  since: number;
  cause: 'lock' | 'suspend';
  locked: boolean;
  suspended: boolean;
}

/**
 * The planner: office-hours reminders after active time, natural breaks from
 * sparse idle samples and from lock/suspend, heads-up, the prompt's nag and
 * snooze rules, pause, and sessions (node-cron through the CronPort, with the
 * DST and slept-through rules on top). One timer, set for the next moment
 * anything can happen; every decision goes to history.
 */
export function createReminderEngine(deps: ReminderEngineDeps): ReminderEngine {
  const { clock, log } = deps;
  let settings = deps.settings;
  const breakMs = () => settings.naturalBreakMinutes * MINUTE;
  let phase: Phase = { kind: 'counting' };
  /** Active time towards the next reminder counts from here (never before the current work block). */
  let zeroAt = clock.now();
  let lastBreakAt: number | null = null;
  /** The count origin the heads-up was shown for, so each reminder gets one. */
  let headsUpFor: number | null = null;
  let pause: { choice: PauseChoice; until: number | null } | null = null;
  let away: Away | null = null;
  let presence: Presence = presentAt(clock.now());
  let presenceBlock: number | null = null;
  let nextSampleDue: number | null = null;
  /** Session occurrences already handled (fired, offered or recorded missed), by key. */
  const handled = new Map<string, number>();
  /** Shifted (DST-gap) occurrences up to here have been looked at. */
  let shiftedCheckedUntil = clock.now();
  let lastAwakeAt = clock.now();
  let timer: TimerHandle | null = null;
  let plannedWakeAt: number | null = null;
  let cronJobs: { stop(): void }[] = [];
  let cronSignature = '';
  /** Which prompt appearance the window shows; a change re-shows it. */
  let promptShowToken = 0;
  let windowToken: number | null = null;
  let stopped = false;
  const listeners = new Set<(status: PlannerStatus, prompt: PromptState) => void>();
  let lastEmitted = '';
  let calendar = createOfficeCalendar(settings.officeHours, breakMs());
  let officeCache: { at: number; context: OfficeContext } | null = null;
  /** DST-gap occurrences around now, recomputed daily or when settings change. */
  let shiftedCache: { computedAt: number; occurrences: SessionOccurrence[] } | null = null;
  const stats: EngineStats = {
    wakeUps: 0,
    wakeUpsInOfficeHours: 0,
    wakeUpsOutsideOfficeHours: 0,
    idleSamples: 0,
  };

  const intervalMs = () => settings.intervalMinutes * MINUTE;
  const routineRunning = () => deps.windows.isOpen('routine');

  function office(now: number): OfficeContext {
    if (officeCache?.at !== now) {
      officeCache = { at: now, context: calendar(now) };
    }
    return officeCache.context;
  }

  /** Where active time counts from: the reset point, or the start of this work block if later. */
  function countFrom(now: number): number {
    const block = office(now).block;
    return block ? Math.max(zeroAt, block.start) : zeroAt;
  }

  function dueAt(now: number): number | null {
    const block = office(now).block;
    return block ? officeTimeReached(block, countFrom(now), intervalMs()) : null;
  }

  function restartCount(now: number, wasBreak: boolean): void {
    zeroAt = now;
    if (wasBreak) lastBreakAt = now;
  }

  // ---- history -------------------------------------------------------------

  function record(event: Parameters<HistoryLog['append']>[0]): void {
    try {
      deps.history.append(event);
    } catch (err) {
      // A full disk must not stop the reminders themselves.
      log.error('reminders: history append failed', { type: event.type, message: String(err) });
    }
  }

  function recordMissed(sessionId: string, scheduledAt: number, now: number): void {
    record({ type: 'missedSession', at: now, sessionId, scheduledAt });
  }

  // ---- prompts -------------------------------------------------------------

  function openPrompt(reminder: Reminder, now: number): void {
    phase = showPrompt(reminder, now, settings);
    promptShowToken++;
    record({
      type: 'prompted',
      at: now,
      reason: reminder.reason,
      ...(reminder.session ? { sessionId: reminder.session.id } : {}),
    });
  }

  function intervalReminder(): Reminder {
    return {
      reason: 'interval',
      session: null,
      routineId: knownRoutine(settings.defaultRoutineId),
      snoozesUsed: 0,
      scheduledAt: null,
    };
  }

  /** Drops a waiting interval reminder that a natural break has made moot. */
  function resolveByBreak(): void {
    if (phase.kind !== 'counting' && phase.reminder.reason === 'interval')
      phase = { kind: 'counting' };
  }

  function snooze(reminder: Reminder, now: number): void {
    const allowed = allowedSnoozes(settings.nagLevel, settings.maxSnoozes);
    if (allowed === 0) throw new Error('Snooze is off for these reminders');
    if (reminder.snoozesUsed >= allowed) throw new Error('No snoozes left for this reminder');
    const snoozesUsed = reminder.snoozesUsed + 1;
    const until = now + settings.snoozeMinutes * MINUTE;
    phase = { kind: 'snoozed', reminder: { ...reminder, snoozesUsed }, until };
    record({ type: 'snoozed', at: now, until, snoozeCount: snoozesUsed });
  }

  function start(reminder: Reminder, now: number): void {
    phase = { kind: 'counting' };
    restartCount(now, true);
    deps.startRoutine(reminder.routineId, reminder.reason === 'session' ? 'session' : 'prompt');
  }

  /** Makes the window match the phase: one open per new appearance or nag, one close when answered. */
  function syncWindow(): void {
    if (phase.kind === 'prompt') {
      if (windowToken !== promptShowToken) {
        windowToken = promptShowToken;
        deps.windows.open('prompt', phase.escalation > 0 ? { escalated: true } : undefined);
      }
    } else if (windowToken !== null) {
      windowToken = null;
      deps.windows.close('prompt');
    }
  }

  // ---- heads-up ------------------------------------------------------------

  function showHeadsUp(due: number, origin: number): void {
    headsUpFor = origin;
    const routine = getRoutine(knownRoutine(settings.defaultRoutineId));
    const seconds = Math.max(1, Math.round((due - clock.now()) / 1000));
    const actions = [{ id: 'start', label: 'Start now' }];
    if (allowedSnoozes(settings.nagLevel, settings.maxSnoozes) > 0) {
      actions.push({ id: 'snooze', label: 'Snooze' });
    }
    deps.notifier.notify(
      {
        title: `Break in ${seconds} seconds`,
        body: `${routine.title}, about ${routine.declaredMinutes} min. Finish what you are typing.`,
        actions,
      },
      (action) => fromDesktop('heads-up action', () => headsUpAction(action, origin)),
    );
  }

  function headsUpAction(action: string, origin: number): void {
    const now = clock.now();
    if (phase.kind === 'prompt') {
      if (action === 'click') promptShowToken++;
      else if (action === 'start' || action === 'snooze') answerNow(action, now);
      return;
    }
    // Only while the reminder it announced is still the one coming.
    if (phase.kind !== 'counting' || pause || away || countFrom(now) !== origin) return;
    if (action === 'start') start(intervalReminder(), now);
    else if (action === 'snooze') snooze(intervalReminder(), now);
    else if (action === 'click') openPrompt(intervalReminder(), now);
  }

  // ---- sessions ------------------------------------------------------------

  function scheduleCron(): void {
    const enabled = settings.sessions.filter((s) => s.enabled);
    const signature = JSON.stringify(enabled.map((s) => [s.id, s.time, s.weekdays]));
    if (signature === cronSignature) return;
    for (const job of cronJobs) job.stop();
    cronJobs = [];
    cronSignature = signature;
    for (const session of enabled) {
      const expression = sessionCronExpression(session);
      if (expression) {
        cronJobs.push(
          deps.cron.schedule(expression, () =>
            fromDesktop('session tick', () => onCron(session.id)),
          ),
        );
      }
    }
  }

  function onCron(sessionId: string): void {
    const now = clock.now();
    // Asleep or locked: the return handles what was missed, once.
    if (away) return;
    const session = settings.sessions.find((s) => s.id === sessionId && s.enabled);
    if (!session) return;
    // Keyed by local date, not instant: on fall-back day node-cron may pick either
    // occurrence of a repeated time, and the session must still run once.
    fireSession(
      { sessionId, at: now, shifted: false, key: occurrenceKey(sessionId, localDateOf(now)) },
      now,
    );
  }

  /**
   * node-cron skips a wall-clock time that does not exist (spring-forward):
   * such occurrences fire from the planner's own timer at the first valid minute.
   */
  function fireShiftedSessions(now: number): void {
    if (away) return;
    for (const o of shiftedOccurrences(now)) {
      if (o.at > shiftedCheckedUntil && o.at <= now) fireSession(o, now);
    }
    shiftedCheckedUntil = now;
  }

  function fireSession(occurrence: SessionOccurrence, now: number): void {
    // Fall-back day or a late tick: a session happens once per day.
    if (handled.has(occurrence.key)) return;
    handled.set(occurrence.key, occurrence.at);
    const session = settings.sessions.find((s) => s.id === occurrence.sessionId);
    if (!session) return;
    // Paused means "leave me alone": the session is recorded as missed rather than shown.
    if (pause) {
      recordMissed(session.id, occurrence.at, now);
      return;
    }
    if (
      phase.kind !== 'counting' &&
      phase.reminder.session &&
      phase.reminder.scheduledAt !== null
    ) {
      // A newer session replaces one still waiting: that one was missed.
      recordMissed(phase.reminder.session.id, phase.reminder.scheduledAt, now);
    }
    openPrompt(
      {
        reason: 'session',
        session: { id: session.id, name: session.name },
        routineId: knownRoutine(session.routineId),
        snoozesUsed: 0,
        scheduledAt: occurrence.at,
      },
      now,
    );
  }

  function forgetOldSessions(now: number): void {
    for (const [key, at] of handled) if (at < now - FIRED_MEMORY_MS) handled.delete(key);
  }

  // ---- away: lock, suspend, and sleeps nobody announced ---------------------

  function returnFrom(since: number, now: number, awayMs: number, cause: Away['cause']): void {
    // Sessions slept through: the latest within grace is offered, the rest are missed.
    const passed = settings.sessions
      .flatMap((s) => sessionOccurrences(s, since, now))
      .filter((o) => !handled.has(o.key))
      .sort((a, b) => a.at - b.at);
    const last = passed[passed.length - 1];
    const offer = last && now - last.at <= settings.graceMinutes * MINUTE && !pause ? last : null;
    for (const o of passed) {
      if (o === offer) continue;
      handled.set(o.key, o.at);
      recordMissed(o.sessionId, o.at, now);
    }
    if (awayMs >= breakMs()) {
      const hadInterval = phase.kind !== 'counting' && phase.reminder.reason === 'interval';
      const inOffice = officeSpans(settings.officeHours, since, now).length > 0;
      // A night asleep outside office hours is not a "natural break" worth a history line.
      if ((inOffice || hadInterval) && !pause) {
        record({ type: 'naturalBreak', at: now, idleMs: Math.round(awayMs), cause });
      }
      resolveByBreak();
      restartCount(now, true);
    }
    presence = presentAt(now);
    nextSampleDue = now + breakMs();
    if (offer) fireSession(offer, now);
    else if (phase.kind === 'prompt') {
      // Back to a prompt still waiting: show it once, and give the next nag a full interval.
      promptShowToken++;
      if (phase.nextNagAt !== null)
        phase = { ...phase, nextNagAt: now + settings.nagMinutes * MINUTE };
    }
    shiftedCheckedUntil = now;
  }

  function endAway(now: number): void {
    if (!away) return;
    const was = away;
    away = null;
    returnFrom(was.since, now, now - was.since, was.cause);
  }

  // ---- the tick ------------------------------------------------------------

  function sample(now: number, blockStart: number): void {
    const result = takeSample(presence, now, deps.idle.idleSeconds(), breakMs());
    stats.idleSamples++;
    const firstInBlock = presenceBlock !== blockStart;
    presenceBlock = blockStart;
    presence = result.presence;
    if (result.presence.away) {
      // Not back yet at the start of office hours is not a break; mid-block it is.
      if (result.breakStarted && !firstInBlock) {
        record({ type: 'naturalBreak', at: now, idleMs: result.idleMs, cause: 'idle' });
        resolveByBreak();
      }
      restartCount(now, true);
    }
    nextSampleDue = nextSampleAt(presence, now, breakMs());
  }

  /** Handles everything due at `now`. `woken` is true for timer wake-ups (they also sample idle). */
  function process(now: number, woken: boolean): void {
    if (pause && pause.until !== null && now >= pause.until) {
      pause = null;
      restartCount(now, false);
    }
    fireShiftedSessions(now);
    forgetOldSessions(now);
    if (away) return;
    const here = office(now);

    if (!pause && here.span && here.block) {
      if (
        woken ||
        (nextSampleDue !== null && now >= nextSampleDue) ||
        presenceBlock !== here.block.start
      ) {
        sample(now, here.block.start);
      }
    }

    if (phase.kind === 'prompt' && phase.reminder.reason === 'session') {
      if (now >= phase.openedAt + sessionPromptLifetime()) {
        const { session, scheduledAt } = phase.reminder;
        if (session && scheduledAt !== null) recordMissed(session.id, scheduledAt, now);
        phase = { kind: 'counting' };
      }
    }
    if (phase.kind === 'snoozed' && now >= phase.until) {
      // An interval reminder never opens outside office hours; the count goes on from where it was.
      if (phase.reminder.reason === 'interval' && !here.span) phase = { kind: 'counting' };
      else openPrompt(phase.reminder, now);
    }
    if (phase.kind === 'prompt' && phase.nextNagAt !== null && now >= phase.nextNagAt) {
      phase = nagged(phase, now, settings);
      promptShowToken++;
    }
    if (phase.kind === 'prompt' && phase.reminder.reason === 'interval' && !here.block) {
      // Office hours ended with the prompt unanswered: no office-hours reminder outside them.
      log.info('reminders: office hours ended with a reminder waiting');
      phase = { kind: 'counting' };
    }

    if (phase.kind === 'counting' && !pause && here.span) {
      const due = dueAt(now);
      const origin = countFrom(now);
      if (due !== null && now >= due) {
        // Someone already in a routine is having their break.
        if (routineRunning()) restartCount(now, true);
        else openPrompt(intervalReminder(), now);
      } else if (
        due !== null &&
        settings.headsUpSeconds > 0 &&
        now >= due - settings.headsUpSeconds * 1000 &&
        headsUpFor !== origin
      ) {
        showHeadsUp(due, origin);
      }
    }
  }

  function sessionPromptLifetime(): number {
    return Math.max(settings.graceMinutes * MINUTE, SESSION_PROMPT_MIN_LIFETIME_MS);
  }

  /** Shifted occurrences from a day back to a week ahead, worked out once a day. */
  function shiftedOccurrences(now: number): SessionOccurrence[] {
    if (!shiftedCache || now - shiftedCache.computedAt > DAY_MS) {
      shiftedCache = {
        computedAt: now,
        occurrences: settings.sessions
          .flatMap((s) => sessionOccurrences(s, now - DAY_MS, now + WEEK_MS))
          .filter((o) => o.shifted)
          .sort((a, b) => a.at - b.at),
      };
    }
    return shiftedCache.occurrences;
  }

  function nextShiftedSession(now: number): SessionOccurrence | null {
    return shiftedOccurrences(now).find((o) => o.at > now && !handled.has(o.key)) ?? null;
  }

  /** Sets the one timer for the next moment anything can happen. */
  function plan(now: number): void {
    if (timer) clock.clearTimeout(timer);
    timer = null;
    plannedWakeAt = null;
    if (stopped) return;
    if (away) {
      // Suspended: nothing can run. Locked: look now and then, in case no unlock event comes.
      if (away.locked && !away.suspended) {
        const here = office(now);
        arm(now, nextWakeAt(now, [here.span ? now + LOCK_CHECK_MS : here.nextSpanStart], null));
      }
      return;
    }
    const here = office(now);
    const events: (number | null)[] = [];
    events.push(pause?.until ?? null);
    events.push(nextShiftedSession(now)?.at ?? null);
    if (phase.kind === 'prompt') {
      events.push(phase.nextNagAt);
      if (phase.reminder.reason === 'session')
        events.push(phase.openedAt + sessionPromptLifetime());
      else events.push(here.block?.end ?? null);
    }
    if (phase.kind === 'snoozed') events.push(phase.until);
    if (!pause) {
      if (here.span) events.push(here.span.end);
      else events.push(here.nextSpanStart);
      if (phase.kind === 'counting' && here.block) {
        const due = dueAt(now);
        if (due !== null) {
          events.push(due);
          const headsUp = due - settings.headsUpSeconds * 1000;
          if (settings.headsUpSeconds > 0 && headsUpFor !== countFrom(now) && headsUp > now) {
            events.push(headsUp);
          }
        }
      }
    }
    const sampleAt = !pause && here.span ? nextSampleDue : null;
    arm(now, nextWakeAt(now, events, sampleAt));
  }

  function arm(now: number, at: number): void {
    plannedWakeAt = Math.max(at, now + MIN_TIMER_MS);
    timer = clock.setTimeout(onTimer, plannedWakeAt - now);
  }

  function onTimer(): void {
    timer = null;
    const now = clock.now();
    const planned = plannedWakeAt ?? now;
    stats.wakeUps++;
    if (away?.locked && !away.suspended) {
      // The lock check: recent input means the person is back even if no unlock event came.
      if (office(now).span) {
        stats.idleSamples++;
        if (deps.idle.idleSeconds() * 1000 < breakMs()) endAway(now);
      }
    } else if (!away && now - planned > LATE_WAKE_MS) {
      // The machine slept without a suspend event: treat the lateness as time away.
      returnFrom(lastAwakeAt, now, now - planned, 'suspend');
    }
    if (office(now).span) stats.wakeUpsInOfficeHours++;
    else stats.wakeUpsOutsideOfficeHours++;
    step(now, true);
  }

  function step(now: number, woken: boolean): void {
    process(now, woken);
    lastAwakeAt = now;
    syncWindow();
    plan(now);
    emit(now);
  }

  /** Runs a change from outside (IPC, tray, notification, cron), then re-plans. */
  function operate<T>(change: () => T): T {
    try {
      return change();
    } finally {
      if (!stopped) step(clock.now(), false);
    }
  }

  /** A callback from the desktop (notification, cron): it must never throw into Electron. */
  function fromDesktop(what: string, change: () => void): void {
    try {
      operate(change);
    } catch (err) {
      log.warn(`reminders: ${what} refused`, { message: String(err) });
    }
  }

  function answerNow(action: PromptAction, now: number): void {
    if (phase.kind !== 'prompt') throw new Error('No reminder is waiting for an answer');
    const { reminder } = phase;
    if (action === 'start') start(reminder, now);
    else if (action === 'snooze') snooze(reminder, now);
    else {
      if (!canSkip(settings.nagLevel)) {
        throw new Error('Strict reminders have no Skip: start the routine or snooze');
      }
      phase = { kind: 'counting' };
      restartCount(now, false);
      record({ type: 'skipped', at: now });
    }
  }

  // ---- what the outside sees -------------------------------------------------

  function status(now: number): PlannerStatus {
    const here = office(now);
    const facts: StatusFacts = {
      phase: 'outside',
      paused: pause !== null,
      pauseChoice: pause?.choice ?? null,
      pausedUntil: pause?.until ?? null,
      breakDue: phase.kind === 'prompt',
      dueSessionName: phase.kind === 'prompt' ? (phase.reminder.session?.name ?? null) : null,
      nextReminderAt: null,
      snoozedUntil: phase.kind === 'snoozed' ? phase.until : null,
      officeEndsAt: here.block?.end ?? null,
      nextOfficeStart: here.nextSpanStart,
      nextSession: null,
      sentAt: now,
    };
    if (away) facts.phase = 'away';
    else if (pause) facts.phase = 'paused';
    else if (phase.kind === 'prompt') facts.phase = 'due';
    else if (phase.kind === 'snoozed') facts.phase = 'snoozed';
    else if (here.span) {
      facts.nextReminderAt = dueAt(now);
      facts.phase = facts.nextReminderAt === null ? 'no-more-today' : 'counting';
    } else {
      const next = nextOccurrence(settings.sessions, now, WEEK_MS);
      const session = next && settings.sessions.find((s) => s.id === next.sessionId);
      facts.nextSession =
        next && session ? { id: session.id, name: session.name, at: next.at } : null;
    }
    return { ...facts, statusLine: formatStatusLine(facts) };
  }

  function promptState(now: number): PromptState {
    const workingSince = office(now).block ? countFrom(now) : null;
    return promptStateOf(phase, settings, { now, lastBreakAt, workingSince });
  }

  function emit(now: number): void {
    if (listeners.size === 0) return;
    const s = status(now);
    const p = promptState(now);
    // sentAt changes every time; compare the rest.
    const key = JSON.stringify([
      { ...s, sentAt: 0 },
      { ...p, sentAt: 0 },
    ]);
    if (key === lastEmitted) return;
    lastEmitted = key;
    for (const listener of listeners) {
      try {
        listener(s, p);
      } catch (err) {
        log.error('reminders: change listener failed', { message: String(err) });
      }
    }
  }

  scheduleCron();
  nextSampleDue = clock.now() + breakMs();
  step(clock.now(), false);

  return {
    status: () => status(clock.now()),
    promptState: () => promptState(clock.now()),
    answer(action) {
      operate(() => answerNow(action, clock.now()));
      return promptState(clock.now());
    },
    pause(choice) {
      operate(() => {
        const now = clock.now();
        pause = { choice, until: pauseEndsAt(choice, now) };
        // Pausing means "leave me alone": a waiting reminder goes away with it.
        if (phase.kind !== 'counting') phase = { kind: 'counting' };
      });
      return status(clock.now());
    },
    resume() {
      operate(() => {
        if (!pause) return;
        pause = null;
        restartCount(clock.now(), false);
      });
      return status(clock.now());
    },
    power(event) {
      operate(() => {
        const now = clock.now();
        if (event === 'lock' || event === 'suspend') {
          const flag = event === 'lock' ? 'locked' : 'suspended';
          if (away) away[flag] = true;
          else {
            away = {
              since: now,
              cause: event,
              locked: event === 'lock',
              suspended: event === 'suspend',
            };
          }
          return;
        }
        if (!away) return;
        if (event === 'resume') away.suspended = false;
        else away.locked = false;
        if (!away.locked && !away.suspended) endAway(now);
      });
    },
    updateSettings(next) {
      operate(() => {
        settings = next;
        calendar = createOfficeCalendar(settings.officeHours, breakMs());
        officeCache = null;
        shiftedCache = null;
        scheduleCron();
        if (phase.kind === 'prompt') {
          const from = phase.lastNagAt ?? phase.openedAt;
          phase = {
            ...phase,
            nextNagAt: nags(settings.nagLevel) ? from + settings.nagMinutes * MINUTE : null,
          };
        }
      });
    },
    routineStarted() {
      operate(() => {
        phase = { kind: 'counting' };
        restartCount(clock.now(), true);
      });
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stats: () => ({ ...stats }),
    stop() {
      stopped = true;
      if (timer) clock.clearTimeout(timer);
      timer = null;
      for (const job of cronJobs) job.stop();
      cronJobs = [];
    },
  };
}
