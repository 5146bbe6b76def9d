import { describeUpdateFailure } from './updateFailure';
import type { UpdaterEvent } from './updaterPort';

/** Where the update process stands. Versions come from the feed, already checked to be semver. */
export type UpdateState =
  | { phase: 'idle' }
  | { phase: 'checking'; manual: boolean }
  | { phase: 'up-to-date'; manual: boolean }
  /** Found, not being downloaded: "tell me" mode, or a package that cannot update itself. */
  | { phase: 'available'; version: string }
  | { phase: 'downloading'; version: string; percent: number | null }
  | { phase: 'downloaded'; version: string }
  | { phase: 'error'; reason: string; manual: boolean; during: 'check' | 'download' };

export interface TransitionContext {
  /** The check in progress was asked for by the person, not the timer. */
  manual: boolean;
  /** electron-updater starts the download itself when it finds a version. */
  autoDownload: boolean;
}

/** The next state after an updater event. Pure. */
export function nextUpdateState(
  state: UpdateState,
  event: UpdaterEvent,
  context: TransitionContext,
): UpdateState {
  switch (event.type) {
    case 'checking':
      return { phase: 'checking', manual: context.manual };
    case 'available':
      return context.autoDownload
        ? { phase: 'downloading', version: event.version, percent: null }
        : { phase: 'available', version: event.version };
    case 'not-available':
      return { phase: 'up-to-date', manual: context.manual };
    case 'progress': {
      const percent = Math.max(0, Math.min(100, Math.round(event.percent)));
      if (state.phase === 'downloading' || state.phase === 'available') {
        return { phase: 'downloading', version: state.version, percent };
      }
      return state;
    }
    case 'downloaded':
      return { phase: 'downloaded', version: event.version };
    case 'error':
      return {
        phase: 'error',
        reason: describeUpdateFailure(event.failure),
        manual: context.manual,
        during: state.phase === 'downloading' ? 'download' : 'check',
      };
  }
}
