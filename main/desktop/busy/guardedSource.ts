import { homedir } from 'node:os';
import type { Logger } from '../../core/logger';
import { formatClock } from '../../../shared/reminders/timeWords';
import {
  NOT_BUSY,
  SignalUnavailableError,
  type BusyAnswer,
  type LiveBusySource,
  type LiveSourceKind,
} from './liveBusySource';

/** A check that has not answered by then counts as failed: a hung reg.exe or file must not hold a reminder. */
export const SOURCE_CHECK_TIMEOUT_MS = 3000;

export type SourceState = 'off' | 'not-checked' | 'busy' | 'free' | 'unavailable' | 'failed';

/** The last answer of one source, as Settings shows it. */
export interface SourceStatus {
  kind: LiveSourceKind;
  label: string;
  state: SourceState;
  /** When the source last answered (epoch ms), null when never. */
  at: number | null;
  /** The busy reason, the unavailable reason or the failure, as plain words. */
  detail: string | null;
  /** One line for Settings: "Camera: in use by another app at 10:42". */
  text: string;
}

export interface GuardOptions {
  /** Read on each check, so turning a source off in Settings takes effect at once. */
  isEnabled: () => boolean;
  now: () => number;
  log: Logger;
  timeoutMs?: number;
}

/** A source wrapped in the policy: switchable, remembers its answer, never rejects. */
export interface GuardedSource {
  readonly kind: LiveSourceKind;
  readonly label: string;
  /** Never rejects: off, failed and unavailable all answer "not busy". */
  check(): Promise<BusyAnswer>;
  status(): SourceStatus;
}

function statusText(
  label: string,
  state: SourceState,
  at: number | null,
  detail: string | null,
  freeWords: string,
): string {
  const when = at === null ? '' : ` at ${formatClock(at)}`;
  switch (state) {
    case 'off':
      return `${label}: off`;
    case 'not-checked':
      return `${label}: not checked yet`;
    case 'busy':
      return `${label}: ${detail ?? 'busy'}${when}`;
    case 'free':
      return `${label}: ${freeWords}${when}`;
    case 'unavailable':
      return `${label}: ${detail ?? 'cannot be seen here'}`;
    case 'failed':
      return `${label}: could not be read${when}, so it counts as not busy`;
  }
}

/** Error words safe for the log: no home directory (it carries the user name). */
function loggable(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const home = homedir();
  return home ? message.split(home).join('~') : message;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    timer.unref?.();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

/**
 * Applies the busy-source policy to one detector: it is asked only while
 * enabled, its last answer is kept for Settings, and an error, a timeout or
 * a missing service counts as "not busy" and is logged once (again only
 * after the source has worked in between), never thrown.
 */
export function guardSource(source: LiveBusySource, options: GuardOptions): GuardedSource {
  const timeoutMs = options.timeoutMs ?? SOURCE_CHECK_TIMEOUT_MS;
  let state: SourceState = 'not-checked';
  let at: number | null = null;
  let detail: string | null = null;
  let complained = false;

  function record(next: SourceState, nextDetail: string | null): void {
    state = next;
    detail = nextDetail;
    at = options.now();
  }

  return {
    kind: source.kind,
    label: source.label,
    async check() {
      if (!options.isEnabled()) {
        state = 'off';
        return NOT_BUSY;
      }
      try {
        const answer = await withTimeout(source.check(), timeoutMs);
        if (complained) {
          options.log.info('busy source works again', { source: source.kind });
          complained = false;
        }
        record(answer.busy ? 'busy' : 'free', answer.busy ? answer.because : null);
        return answer;
      } catch (err) {
        const unavailable = err instanceof SignalUnavailableError;
        record(unavailable ? 'unavailable' : 'failed', loggable(err));
        if (!complained) {
          complained = true;
          const fields = { source: source.kind, error: loggable(err) };
          if (unavailable)
            options.log.info(
              'busy source cannot see its signal here; counting it as not busy',
              fields,
            );
          else options.log.warn('busy source failed; counting it as not busy', fields);
        }
        return NOT_BUSY;
      }
    },
    status() {
      const shownState: SourceState = options.isEnabled()
        ? state === 'off'
          ? 'not-checked'
          : state
        : 'off';
      return {
        kind: source.kind,
        label: source.label,
        state: shownState,
        at: shownState === 'off' || shownState === 'not-checked' ? null : at,
        detail: shownState === 'off' || shownState === 'not-checked' ? null : detail,
        text: statusText(source.label, shownState, at, detail, source.freeWords),
      };
    },
  };
}
