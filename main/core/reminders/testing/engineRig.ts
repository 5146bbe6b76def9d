import type { HistoryEvent } from '../../../../shared/history/events';
import type { Route } from '../../../../shared/routes';
import { defaultSettings } from '../../../../shared/settings/defaults';
import type { Settings } from '../../../../shared/settings/schema';
import { memoryLogger } from '../../logger';
import { createManualClock, type ManualClock } from '../../manualClock';
import type { NotificationRequest } from '../../ports';
import { createReminderEngine, type ReminderEngine } from '../reminderEngine';
import { createFakeCron, type FakeCron } from './fakeCron';

export interface Rig {
  engine: ReminderEngine;
  clock: ManualClock;
  cron: FakeCron;
  history: HistoryEvent[];
  /** Idle seconds the "system" reports; tests set it, or install a function of time. */
  idle: { seconds: number; at?: (now: number) => number };
  windows: {
    open: Set<Route>;
    opened: { route: Route; escalated: boolean; at: number }[];
    closed: { route: Route; at: number }[];
  };
  notifications: (NotificationRequest & { at: number; respond(action: string): void })[];
  log: ReturnType<typeof memoryLogger>;
  /** History events of one type, in order. */
  events<T extends HistoryEvent['type']>(type: T): Extract<HistoryEvent, { type: T }>[];
  /** Local wall-clock instant on the start date (or `dayOffset` days later). */
  at(hhmm: string, dayOffset?: number): number;
}

export interface RigOptions {
  /** Local time the rig starts at; defaults to Monday 23 Nov 2026 08:00. */
  start?: number;
  settings?: Partial<Settings>;
  fallBack?: 'once' | 'twice';
}

/** The engine on a manual clock with a node-cron-like fake and recording doubles. */
export function createRig(options: RigOptions = {}): Rig {
  const start = options.start ?? new Date(2026, 10, 23, 8, 0).getTime();
  const clock = createManualClock(start);
  const cron = createFakeCron(clock, { fallBack: options.fallBack ?? 'once' });
  const history: HistoryEvent[] = [];
  const idle: Rig['idle'] = { seconds: 0 };
  const windows: Rig['windows'] = { open: new Set(), opened: [], closed: [] };
  const notifications: Rig['notifications'] = [];
  const log = memoryLogger();
  const settings: Settings = { ...defaultSettings(), ...options.settings };

  const engine: ReminderEngine = createReminderEngine({
    clock,
    cron,
    idle: { idleSeconds: () => (idle.at ? idle.at(clock.now()) : idle.seconds) },
    notifier: {
      notify(request, onAction) {
        notifications.push({ ...request, at: clock.now(), respond: onAction });
      },
    },
    windows: {
      open(route, opts) {
        windows.open.add(route);
        windows.opened.push({ route, escalated: opts?.escalated ?? false, at: clock.now() });
      },
      close(route) {
        windows.open.delete(route);
        windows.closed.push({ route, at: clock.now() });
      },
      isOpen: (route) => windows.open.has(route),
    },
    history: { append: (event) => void history.push(event) },
    log,
    settings,
    startRoutine(routineId, source) {
      history.push({ type: 'started', at: clock.now(), routineId, source });
      windows.open.add('routine');
      windows.opened.push({ route: 'routine', escalated: false, at: clock.now() });
      engine.routineStarted();
    },
  });

  const startDate = new Date(start);
  return {
    engine,
    clock,
    cron,
    history,
    idle,
    windows,
    notifications,
    log,
    events: <T extends HistoryEvent['type']>(type: T) =>
      history.filter((e): e is Extract<HistoryEvent, { type: T }> => e.type === type),
    at(hhmm, dayOffset = 0) {
      const [h = 0, m = 0] = hhmm.split(':').map(Number);
      return new Date(
        startDate.getFullYear(),
        startDate.getMonth(),
        startDate.getDate() + dayOffset,
        h,
        m,
      ).getTime();
    },
  };
}
