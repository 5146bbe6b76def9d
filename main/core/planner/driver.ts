import type { RoutineSource } from '../../../shared/history/events';
import type { PauseChoice } from '../../../shared/reminders/pauseChoices';
import type { PlannerStatus } from '../../../shared/reminders/plannerStatus';
import type { PromptAction, PromptState } from '../../../shared/reminders/promptState';
import type { RoutineId } from '../../../shared/routines/catalogue';
import type { Settings } from '../../../shared/settings/schema';
import type { Clock, TimerHandle } from '../clock';
import type { HistoryLog } from '../history/historyLog';
import type { Logger } from '../logger';
import type { CronPort, IdlePort, NotifierPort, WindowsPort } from '../ports';
import type {
  CronJob,
  Moment,
  Observation,
  ObservationKind,
  PlannerEffect,
  PlannerEvent,
  PowerEvent,
} from './events';
import { plannerPrompt, plannerStatus } from './status';
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
}

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
  onChange(listener: (status: PlannerStatus, prompt: PromptState) => void): () => void;
  stop(): void;
}

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
  const listeners = new Set<(status: PlannerStatus, prompt: PromptState) => void>();
  let lastEmitted = '';

  function dispatch(event: PlannerEvent): void {
    if (stopped) return;
    queue.push(event);
    if (running) return;
    running = true;
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
          queue.push({ type: 'observed', observation: observe(effect.what) });
          return;
        case 'openPrompt':
          deps.windows.open('prompt', effect.escalated ? { escalated: true } : undefined);
          return;
        case 'closePrompt':
          deps.windows.close('prompt');
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
      }
    }
    return observation;
  }

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
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      if (timer) clock.clearTimeout(timer);
      timer = null;
      for (const held of cronJobs.values()) held.stop();
      cronJobs.clear();
    },
  };
}
