import { homedir } from 'node:os';
import type { Logger } from '../../core/logger';
import { formatClock } from '../../../shared/reminders/timeWords';
import type { BusyAnswer, BusyReasonKind, LiveBusySource } from './busyPort';
import { SignalUnavailableError, type LiveSourceKind, type SignalDetector } from './signalDetector';

/** Each signal's id on the busy port and the reason it gives, unless its detector says otherwise. */
const PORT_NAMES: Record<LiveSourceKind, { id: string; reason: BusyReasonKind }> = {
  camera: { id: 'camera', reason: 'camera' },
  microphone: { id: 'microphone', reason: 'microphone' },
  presentation: { id: 'presentation', reason: 'presentation' },
  doNotDisturb: { id: 'do-not-disturb', reason: 'do-not-disturb' },
};

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
  /** Read on each ask, so turning a source off in Settings takes effect at once. */
  isEnabled: () => boolean;
  log: Logger;
  timeoutMs?: number;
}

/**
 * A detector wrapped in the policy, as a live source on the busy port:
 * switchable, remembers its last answer for Settings, never rejects.
 */
export interface GuardedSource extends LiveBusySource {
  readonly kind: LiveSourceKind;
  readonly label: string;
  /**
   * Off answers free without reading anything; a failure, a timeout or a
   * signal that cannot be seen answers unavailable (the planner counts both
   * as not busy).
   */
  ask(now: number): Promise<BusyAnswer>;
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
export function guardSource(source: SignalDetector, options: GuardOptions): GuardedSource {
  const timeoutMs = options.timeoutMs ?? SOURCE_CHECK_TIMEOUT_MS;
  const names = PORT_NAMES[source.kind];
  const sourceId = source.id ?? names.id;
  let state: SourceState = 'not-checked';
  let at: number | null = null;
  let detail: string | null = null;
  let complained = false;

  function record(next: SourceState, nextDetail: string | null, now: number): void {
    state = next;
    detail = nextDetail;
    at = now;
  }

  return {
    type: 'live',
    id: sourceId,
    kind: source.kind,
    label: source.label,
    async ask(now) {
      if (!options.isEnabled()) {
        state = 'off';
        return { state: 'free', sourceId };
      }
      try {
        const answer = await withTimeout(source.check(), timeoutMs);
        if (complained) {
          options.log.info('busy source works again', { source: sourceId });
          complained = false;
        }
        if (!answer.busy) {
          record('free', null, now);
          return { state: 'free', sourceId };
        }
        record('busy', answer.because, now);
        return {
          state: 'busy',
          sourceId,
          kind: answer.reasonKind ?? names.reason,
          until: answer.until,
          ...(answer.title ? { title: answer.title } : {}),
        };
      } catch (err) {
        const unavailable = err instanceof SignalUnavailableError;
        const why = loggable(err);
        record(unavailable ? 'unavailable' : 'failed', why, now);
        if (!complained) {
          complained = true;
          const fields = { source: sourceId, error: why };
          if (unavailable) {
            options.log.info(
              'busy source cannot see its signal here; counting it as not busy',
              fields,
            );
          } else {
            options.log.warn('busy source failed; counting it as not busy', fields);
          }
        }
        return { state: 'unavailable', sourceId, why };
      }
    },
    status() {
      const enabled = options.isEnabled();
      const shown: SourceState = !enabled ? 'off' : state === 'off' ? 'not-checked' : state;
      const blank = shown === 'off' || shown === 'not-checked';
      return {
        kind: source.kind,
        label: source.label,
        state: shown,
        at: blank ? null : at,
        detail: blank ? null : detail,
        text: statusText(source.label, shown, at, detail, source.freeWords),
      };
    },
  };
}
