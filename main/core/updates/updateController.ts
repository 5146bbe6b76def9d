import type { UpdateMode } from '../../../shared/settings/schema';
import type { Clock, TimerHandle } from '../clock';
import type { Logger } from '../logger';
import { updateAbility, type PackageKind } from './packageKind';
import { nextUpdateState, type UpdateState } from './updateState';
import {
  updateView,
  type UpdateAction,
  type UpdateAnnouncement,
  type UpdateView,
} from './updateView';
import type { UpdaterEvent, UpdaterPort } from './updaterPort';

const MINUTE = 60_000;
/** The first check waits for start-up (and a network after login) to settle. */
export const FIRST_CHECK_DELAY_MS = 2 * MINUTE;
export const CHECK_INTERVAL_MS = 24 * 60 * MINUTE;
/** While a routine or a meeting holds a check or a notice back, look again this often. */
export const HELD_RETRY_MS = 15 * MINUTE;

export interface UpdateControllerDeps {
  clock: Clock;
  updater: UpdaterPort;
  kind: PackageKind;
  currentVersion: string;
  log: Logger;
  mode(): UpdateMode;
  /** A routine is playing: no check, no notice, until it ends. */
  isRoutineRunning(): boolean;
  /** The busy port says the person is in a meeting, a call, presenting. */
  isBusy(): boolean;
  /** The tray and Settings re-render from the view. */
  onChange(view: UpdateView): void;
  /** Shows an announcement (a notification and a notice). */
  announce(announcement: UpdateAnnouncement): void;
  /** Opens the releases page (a package that cannot update itself). */
  openReleasePage(): void;
}

export interface UpdateController {
  view(): UpdateView;
  /** Arms the first check. */
  start(): void;
  /** A tray item or a notification button. */
  act(action: UpdateAction): void;
  /** Settings changed: the mode may have. */
  modeChanged(): void;
  /** A routine ended or a busy spell did: anything held back may go now. */
  wake(): void;
  stop(): void;
}

/**
 * Checks at start and every 24 h on one timer, never while a routine plays
 * or the person is busy, and says what it found once. Downloads follow the
 * mode: automatic downloads in the background and installs on quit; notify
 * says so and waits for the person; never makes no check of its own.
 */
export function createUpdateController(deps: UpdateControllerDeps): UpdateController {
  const { clock, updater, log } = deps;
  const ability = updateAbility(deps.kind);
  let state: UpdateState = { phase: 'idle' };
  let manual = false;
  let checking = false;
  let nextCheckAt: number | null = null;
  /** A due check waits for a routine or a meeting to end. */
  let checkHeld = false;
  /** A notice that came while the person was not free, and when to look again. */
  let held: { announcement: UpdateAnnouncement; retryAt: number } | null = null;
  let timer: TimerHandle | null = null;
  let stopped = false;
  const announced = new Set<string>();

  const view = () => updateView(state, { kind: deps.kind, currentVersion: deps.currentVersion });
  const free = () => !deps.isRoutineRunning() && !deps.isBusy();
  const autoDownload = () => ability === 'self' && deps.mode() === 'automatic';

  function configure(): void {
    updater.configure({ autoDownload: autoDownload(), installOnQuit: ability === 'self' });
  }

  /** One timer: the next check, or sooner if a notice is being held back. */
  function arm(): void {
    if (timer) clock.clearTimeout(timer);
    timer = null;
    if (stopped) return;
    const now = clock.now();
    const candidates = [nextCheckAt, held?.retryAt ?? null].filter((t): t is number => t !== null);
    if (candidates.length === 0) return;
    const at = Math.min(...candidates);
    timer = clock.setTimeout(onTimer, Math.max(0, at - now));
  }

  function scheduleNextCheck(from: number): void {
    // Once a version is downloaded there is nothing to look for until the restart.
    nextCheckAt =
      ability !== 'none' && deps.mode() !== 'never' && state.phase !== 'downloaded'
        ? from + CHECK_INTERVAL_MS
        : null;
  }

  function deliver(announcement: UpdateAnnouncement, always: boolean): void {
    if (!always && announced.has(announcement.key)) return;
    if (!free()) {
      held = { announcement, retryAt: clock.now() + HELD_RETRY_MS };
      return;
    }
    held = null;
    announced.add(announcement.key);
    deps.announce(announcement);
  }

  function runCheck(asked: boolean): void {
    if (checking) {
      // The person asked while the timer's check runs: its answer is theirs.
      manual = manual || asked;
      return;
    }
    checking = true;
    manual = asked;
    configure();
    void updater.check().finally(() => {
      checking = false;
    });
  }

  function onTimer(): void {
    timer = null;
    const now = clock.now();
    if (held && now >= held.retryAt) deliver(held.announcement, true);
    if (nextCheckAt !== null && now >= nextCheckAt) dueCheck(now);
    arm();
  }

  function dueCheck(now: number): void {
    if (free()) {
      checkHeld = false;
      scheduleNextCheck(now);
      runCheck(false);
    } else {
      if (!checkHeld) log.info('updates: check held back (a routine or a meeting)');
      checkHeld = true;
      nextCheckAt = now + HELD_RETRY_MS;
    }
  }

  function onEvent(event: UpdaterEvent): void {
    if (stopped) return;
    const before = state;
    state = nextUpdateState(state, event, { manual, autoDownload: autoDownload() });
    if (event.type === 'error') {
      log.warn('updates: failed', { code: event.failure.code, status: event.failure.statusCode });
    } else if (event.type !== 'progress') {
      log.info(`updates: ${event.type}`, 'version' in event ? { version: event.version } : {});
    }
    if (state.phase === 'downloaded' && before.phase !== 'downloaded') {
      nextCheckAt = null;
    }
    const current = view();
    deps.onChange(current);
    const finished = event.type !== 'checking' && event.type !== 'progress';
    // The answer is in even if the library's promise has not settled yet.
    if (finished) checking = false;
    if (current.announcement && finished) deliver(current.announcement, manual);
    if (finished && event.type !== 'available') manual = false;
    arm();
  }

  const unsubscribe = updater.onEvent(onEvent);

  return {
    view,
    start() {
      configure();
      if (ability === 'none' || deps.mode() === 'never') {
        log.info('updates: no automatic checks', { kind: deps.kind, mode: deps.mode() });
        return;
      }
      nextCheckAt = clock.now() + FIRST_CHECK_DELAY_MS;
      arm();
    },
    act(action) {
      switch (action) {
        case 'update:check':
          if (ability === 'none') return;
          runCheck(true);
          return;
        case 'update:download':
          if (ability !== 'self' || state.phase !== 'available') return;
          manual = true;
          state = { phase: 'downloading', version: state.version, percent: null };
          deps.onChange(view());
          void updater.download();
          return;
        case 'update:install':
          if (state.phase !== 'downloaded') return;
          log.info('updates: restarting to install', { version: state.version });
          updater.installNow();
          return;
        case 'update:open-page':
          deps.openReleasePage();
          return;
      }
    },
    modeChanged() {
      configure();
      const wasScheduled = nextCheckAt !== null;
      if (deps.mode() === 'never' || ability === 'none') {
        nextCheckAt = null;
        checkHeld = false;
      } else if (!wasScheduled && state.phase !== 'downloaded') {
        nextCheckAt = clock.now() + FIRST_CHECK_DELAY_MS;
      }
      arm();
    },
    wake() {
      if (stopped) return;
      if (held) deliver(held.announcement, true);
      // A check held back by the routine that just ended goes now, not at the next retry.
      if (checkHeld && nextCheckAt !== null) dueCheck(clock.now());
      arm();
    },
    stop() {
      stopped = true;
      unsubscribe();
      if (timer) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
