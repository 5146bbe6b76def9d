// Over 300 lines on purpose: the driver is the planner's only impure part (the
// one timer, node-cron jobs, the ports it asks and the effects it performs),
// kept in one file so everything that touches the outside world is in one place.
import type { RoutineSource } from '../../../shared/history/events';
import type { CueAction, CueState } from '../../../shared/posture/cueState';
import type { PauseChoice } from '../../../shared/reminders/pauseChoices';
import type { PlannerStatus } from '../../../shared/reminders/plannerStatus';
import type { PromptAction, PromptState } from '../../../shared/reminders/promptState';
import type { RoutineId } from '../../../shared/routines/catalogue';
import type { Settings } from '../../../shared/settings/schema';
import { askLiveSources } from '../busy/askLiveSources';
import type { LiveBusySource } from '../busy/busySource';
import type { CalendarService } from '../calendar/calendarService';
import type { Clock, TimerHandle } from '../clock';
import type { HistoryLog } from '../history/historyLog';
import type { Logger } from '../logger';
import type { CronPort, IdlePort, NotifierPort, WindowsPort } from '../ports';
import type {
  BusySchedule,
  CronJob,
  Moment,
  Observation,
  ObservationKind,
  PlannerEffect,
  PlannerEvent,
  PowerEvent,
} from './events';
import { liveSourceEnabled } from './parts/busy';
import { plannerCue, plannerPrompt, plannerStatus } from './status';
import { initialState, refusalOf, transition, type PlannerState } from './transition';

export interface PlannerDeps {
  clock: Clock;
  cron: CronPort;
  idle: IdlePort;
  notifier: NotifierPort;
  windows: Pick<WindowsPort, 'open' | 'close' | 'isOpen'>;
  history: Pick<HistoryLog, 'append'>;
  log: Logger;
  settings: Settings;
  /** Performs a startRoutine effect: the core's one way a routine starts (safety screen first when needed). */
  startRoutine(routineId: RoutineId, source: RoutineSource): void;
  /** Calendar feeds: busy spells known ahead (read from memory) and the scheduled refresh. */
  calendar?: Pick<
    CalendarService,
    'busySource' | 'refreshDue' | 'nextRefreshAt' | 'nextRetryAt' | 'refresh'
  >;
  /** Live busy sources (camera, microphone, presentation, do not disturb): asked only when about to act. */
  liveSources?: readonly LiveBusySource[];
}

/** The calendar's spells are read this far ahead (it expands 36 h and always covers 30). */
const SCHEDULE_HORIZON_MS = 30 * 60 * 60_000;

export interface Planner {
  status(): PlannerStatus;
  promptState(): PromptState;
  /** The person's answer to the waiting prompt. Throws a clear Error when that answer is not on offer. */
  answer(action: PromptAction): PromptState;
  pause(choice: PauseChoice): PlannerStatus;
  resume(): PlannerStatus;
  power(event: PowerEvent): void;
  /** Re-plans at once with new settings (they were validated before they got here). */
  updateSettings(next: Settings): void;
  /** A routine really began, by any path: that is a break, and it answers any prompt. */
  routineStarted(): void;
  /** A routine that had begun ended: the break is over, the count restarts from here. */
  routineEnded(): void;
  /** The safety screen a Start led to was declined: the reminder is due again. */
  routineDeclined(): void;
  /** What the cue window shows (a posture check-in, stand up / sit down), or none. */
  cueState(): CueState;
  /** The person's answer to the open cue. Throws a clear Error when no cue is open (nothing changes). */
  answerCue(action: CueAction): CueState;
  onChange(listener: PlannerListener): () => void;
  stop(): void;
}

/** Told when what the tray or a window shows has changed. */
export type PlannerListener = (status: PlannerStatus, prompt: PromptState, cue: CueState) => void;

/** Never arm a timer for less than this: a planning slip must not become a busy loop. */
const MIN_TIMER_MS = 1000;

/**
 * The planner's driver: owns the one timer and the node-cron jobs, feeds the
 * clock, power, idle, cron and answers in as events, and performs the
 * effects the transition returns through the ports. Events that arrive while
 * effects are being performed (a routine starting because the prompt said
 * Start) wait their turn: the transition never runs inside itself.
 */
export function createPlanner(deps: PlannerDeps): Planner {
  const { clock, log } = deps;
  let settings = deps.settings;
  const moment = (): Moment => ({ wall: clock.now(), mono: clock.monotonicNow() });
  let state: PlannerState = initialState(moment(), settings);
  let timer: TimerHandle | null = null;
  const cronJobs = new Map<string, { job: CronJob; stop(): void }>();
  const queue: PlannerEvent[] = [];
  let running = false;
  let stopped = false;
  const listeners = new Set<PlannerListener>();
  let lastEmitted = '';
  const calendar = deps.calendar ?? null;
  const liveSources = deps.liveSources ?? [];
  let lastSchedule = '';

  /** What the calendar knows ahead, read from memory (never I/O). */
  function readSchedule(): BusySchedule {
    const now = clock.now();
    let spells: BusySchedule['spells'] = [];
    try {
      spells = calendar ? calendar.busySource.spellsBetween(now, now + SCHEDULE_HORIZON_MS) : [];
    } catch (err) {
      log.warn('reminders: the calendar could not say its busy spells', { message: String(err) });
    }
    return {
      spells,
      refreshAt: calendar?.nextRefreshAt() ?? null,
      retryAt: calendar?.nextRetryAt() ?? null,
      liveSources: liveSources.length > 0,
    };
  }

  /** A busySchedule event when what the calendar knows changed since the planner last heard. */
  function scheduleChange(): PlannerEvent | null {
    const schedule = readSchedule();
    const key = JSON.stringify(schedule);
    if (key === lastSchedule) return null;
    lastSchedule = key;
    return { type: 'busySchedule', schedule };
  }

  function dispatch(event: PlannerEvent): void {
    if (stopped) return;
    queue.push(event);
    if (running) return;
    running = true;
    const change = scheduleChange();
    if (change) queue.unshift(change);
    let wakeAt: number | null = null;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const step = transition(state, next, moment(), settings);
        state = step.state;
        wakeAt = step.wakeAt;
        for (const effect of step.effects) perform(effect);
      }
    } catch (err) {
      // A bug in a rule must not take the tray app down; the next event plans afresh.
      log.error('reminders: a planner step failed', { message: String(err) });
      queue.length = 0;
    } finally {
      running = false;
    }
    if (!stopped) arm(wakeAt);
    emit();
  }

  /** An event from the desktop (cron, a notification): it must never throw into Electron. */
  function fromDesktop(event: PlannerEvent): void {
    try {
      dispatch(event);
    } catch (err) {
      log.warn('reminders: a desktop event failed', { type: event.type, message: String(err) });
    }
  }

  function perform(effect: PlannerEffect): void {
    try {
      switch (effect.type) {
        case 'observe':
          if (effect.what.includes('busy')) askLive(effect.what);
          else queue.push({ type: 'observed', observation: observe(effect.what) });
          return;
        case 'refreshCalendar':
          if (calendar?.refreshDue(clock.now(), true)) {
            void calendar.refresh('schedule').then(scheduleMayHaveChanged);
          }
          return;
        case 'openPrompt':
          deps.windows.open('prompt', effect.escalated ? { escalated: true } : undefined);
          return;
        case 'closePrompt':
          deps.windows.close('prompt');
          return;
        case 'openCue':
          deps.windows.open('cue');
          return;
        case 'closeCue':
          deps.windows.close('cue');
          return;
        case 'notify':
          deps.notifier.notify(effect.request, (action) =>
            fromDesktop({ type: 'headsUp', action, countId: effect.countId }),
          );
          return;
        case 'startRoutine':
          deps.startRoutine(effect.routineId, effect.source);
          return;
        case 'record':
          deps.history.append(effect.event);
          return;
        case 'log':
          log[effect.level](effect.message, effect.data);
          return;
        case 'armCron':
          armCron(effect.jobs);
          return;
      }
    } catch (err) {
      // A full disk or a failing window must not stop the reminders themselves.
      log.error('reminders: an effect failed', { type: effect.type, message: String(err) });
    }
  }

  /** Reads the sources asked for; both are synchronous, so the answer follows at once. */
  function observe(what: readonly ObservationKind[]): Observation {
    const observation: Observation = {};
    for (const kind of what) {
      switch (kind) {
        case 'idle':
          observation.idleSeconds = deps.idle.idleSeconds();
          break;
        case 'routinePlaying':
          observation.routinePlaying = deps.windows.isOpen('routine');
          break;
        case 'busy':
          break;
      }
    }
    return observation;
  }

  /** Asks the live sources switched on in Settings (each bounded by 2 s); a source turned off is never asked. */
  function askLive(what: readonly ObservationKind[]): void {
    const asked = liveSources.filter((source) => liveSourceEnabled(source.id, settings));
    if (asked.length === 0) {
      queue.push({ type: 'observed', observation: { ...observe(what), busy: [] } });
      return;
    }
    void askLiveSources(asked, clock.now(), clock).then((busy) =>
      fromDesktop({ type: 'observed', observation: { ...observe(what), busy } }),
    );
  }

  function scheduleMayHaveChanged(): void {
    const change = scheduleChange();
    if (change) fromDesktop(change);
  }
  const unsubscribeCalendar = calendar?.busySource.onChange(scheduleMayHaveChanged) ?? null;

  function armCron(jobs: readonly CronJob[]): void {
    const wanted = new Map(jobs.map((job) => [`${job.sessionId} ${job.expression}`, job]));
    for (const [key, held] of cronJobs) {
      if (wanted.has(key)) continue;
      held.stop();
      cronJobs.delete(key);
    }
    for (const [key, job] of wanted) {
      if (cronJobs.has(key)) continue;
      const handle = deps.cron.schedule(job.expression, () =>
        fromDesktop({ type: 'cronFired', sessionId: job.sessionId }),
      );
      cronJobs.set(key, { job, stop: () => handle.stop() });
    }
  }

  function arm(wakeAt: number | null): void {
    if (timer) clock.clearTimeout(timer);
    timer = null;
    if (wakeAt === null) return;
    const now = moment();
    const delay = Math.max(wakeAt - now.wall, MIN_TIMER_MS);
    const planned: Moment = { wall: now.wall + delay, mono: now.mono + delay };
    timer = clock.setTimeout(() => {
      timer = null;
      fromDesktop({ type: 'timer', planned });
    }, delay);
  }

  function emit(): void {
    if (listeners.size === 0) return;
    const now = clock.now();
    const s = plannerStatus(state, now, settings);
    const p = plannerPrompt(state, now, settings);
    const c = plannerCue(state, now, settings);
    // sentAt changes every time; compare the rest.
    const key = JSON.stringify([
      { ...s, sentAt: 0 },
      { ...p, sentAt: 0 },
      { ...c, sentAt: 0 },
    ]);
    if (key === lastEmitted) return;
    lastEmitted = key;
    for (const listener of listeners) {
      try {
        listener(s, p, c);
      } catch (err) {
        log.error('reminders: change listener failed', { message: String(err) });
      }
    }
  }

  dispatch({ type: 'started' });

  return {
    status: () => plannerStatus(state, clock.now(), settings),
    promptState: () => plannerPrompt(state, clock.now(), settings),
    answer(action) {
      const refused = refusalOf(state, action, settings);
      if (refused) throw new Error(refused);
      dispatch({ type: 'answer', action });
      return plannerPrompt(state, clock.now(), settings);
    },
    pause(choice) {
      dispatch({ type: 'pause', choice });
      return plannerStatus(state, clock.now(), settings);
    },
    resume() {
      dispatch({ type: 'resume' });
      return plannerStatus(state, clock.now(), settings);
    },
    power: (event) => dispatch({ type: 'power', power: event }),
    updateSettings(next) {
      settings = next;
      dispatch({ type: 'settingsChanged' });
    },
    routineStarted: () => dispatch({ type: 'routineStarted' }),
    routineEnded: () => dispatch({ type: 'routineEnded' }),
    routineDeclined: () => dispatch({ type: 'routineDeclined' }),
    cueState: () => plannerCue(state, clock.now(), settings),
    answerCue(action) {
      if (!state.cues.open) throw new Error('No cue is open');
      dispatch({ type: 'cueAnswer', action });
      return plannerCue(state, clock.now(), settings);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      unsubscribeCalendar?.();
      if (timer) clock.clearTimeout(timer);
      timer = null;
      for (const held of cronJobs.values()) held.stop();
      cronJobs.clear();
    },
  };
}
