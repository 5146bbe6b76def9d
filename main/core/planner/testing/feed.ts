import type { HistoryEvent } from '../../../../shared/history/events';
import { defaultSettings } from '../../../../shared/settings/defaults';
import type { Settings } from '../../../../shared/settings/schema';
import type { Moment, Observation, PlannerEffect, PlannerEvent } from '../events';
import { plannerStatus } from '../status';
import { initialState, transition, type PlannerState, type Step } from '../transition';

/** What the sources say, for the planner fed by hand. */
export interface Sources {
  idleSeconds: number;
  routinePlaying: boolean;
}

export interface Fed {
  state(): PlannerState;
  settings: Settings;
  sources: Sources;
  /** Every effect so far, with the wall time it was asked for. */
  effects: { at: number; effect: PlannerEffect }[];
  /** The last step's answer to "when to look again". */
  wakeAt(): number | null;
  /**
   * Feeds one event at a moment (mono defaults to the wall time elapsed since
   * the start: no clock step). An `observe` effect is answered from
   * `sources` at the same moment, as the driver would; the step returned
   * holds the effects of both.
   */
  feed(event: PlannerEvent, wall: number, mono?: number): Step;
  /** The timer firing on time at `wall`. */
  tick(wall: number): Step;
  records<T extends HistoryEvent['type']>(type: T): Extract<HistoryEvent, { type: T }>[];
  of<T extends PlannerEffect['type']>(type: T): Extract<PlannerEffect, { type: T }>[];
  status(wall: number): ReturnType<typeof plannerStatus>;
}

/** The transition alone, fed events by hand: no timers, no ports, no driver. */
export function feedPlanner(start: number, patch: Partial<Settings> = {}): Fed {
  const settings: Settings = { ...defaultSettings(), ...patch };
  const sources: Sources = { idleSeconds: 0, routinePlaying: false };
  const effects: Fed['effects'] = [];
  let lastMono = 0;
  let lastWall = start;
  const origin: Moment = { wall: start, mono: 0 };
  let state = initialState(origin, settings);
  let wakeAt: number | null = null;

  function feed(event: PlannerEvent, wall: number, mono?: number): Step {
    const now: Moment = { wall, mono: mono ?? lastMono + (wall - lastWall) };
    lastMono = now.mono;
    lastWall = wall;
    const step = transition(state, event, now, settings);
    state = step.state;
    wakeAt = step.wakeAt;
    for (const effect of step.effects) effects.push({ at: wall, effect });
    const question = step.effects.find((e) => e.type === 'observe');
    if (question?.type !== 'observe') return step;
    const observation: Observation = {};
    if (question.what.includes('idle')) observation.idleSeconds = sources.idleSeconds;
    if (question.what.includes('routinePlaying'))
      observation.routinePlaying = sources.routinePlaying;
    const answered = feed({ type: 'observed', observation }, wall, now.mono);
    // One step as the driver sees it: what the event asked for, then what the answer did.
    return { ...answered, effects: [...step.effects, ...answered.effects] };
  }

  const fed: Fed = {
    state: () => state,
    settings,
    sources,
    effects,
    wakeAt: () => wakeAt,
    feed,
    tick: (wall) =>
      feed({ type: 'timer', planned: { wall, mono: lastMono + (wall - lastWall) } }, wall),
    records: <T extends HistoryEvent['type']>(type: T) =>
      effects
        .map((e) => e.effect)
        .filter((e): e is Extract<PlannerEffect, { type: 'record' }> => e.type === 'record')
        .map((e) => e.event)
        .filter((e): e is Extract<HistoryEvent, { type: T }> => e.type === type),
    of: <T extends PlannerEffect['type']>(type: T) =>
      effects
        .map((e) => e.effect)
        .filter((e): e is Extract<PlannerEffect, { type: T }> => e.type === type),
    status: (wall) => plannerStatus(state, wall, settings),
  };
  feed({ type: 'started' }, start, 0);
  return fed;
}
