/**
 * A detector reads one live signal (camera, microphone, a presentation, do
 * not disturb) at the moment it is asked. Detectors may reject; the guard
 * (guardedSource.ts) wraps each one into a source on the planner's busy
 * port, which never rejects (see busyPort.ts).
 */

import type { BusyReasonKind } from './busyPort';

/** What a detector says when asked. */
export type SignalAnswer =
  | { busy: false }
  | {
      busy: true;
      /** When the source knows the end (epoch ms); live signals rarely do, so usually null. */
      until: number | null;
      /** Short words for Settings, e.g. "in use by another app". */
      because: string;
      /** The app's name when known ("zoom", "firefox"); shown only where titles are allowed. */
      title?: string;
      /** Overrides the detector's usual reason (a Windows fullscreen app vs. presentation mode). */
      reasonKind?: BusyReasonKind;
    };

/** Which signal a source reads; also its settings key suffix. */
export type LiveSourceKind = 'camera' | 'microphone' | 'presentation' | 'doNotDisturb';

export interface SignalDetector {
  readonly kind: LiveSourceKind;
  /** The source id on the busy port, stable across restarts: "camera", "do-not-disturb". */
  readonly id?: string;
  /** The label Settings shows before the last answer: "Camera", "Microphone", ... */
  readonly label: string;
  /** What a "not busy" answer means for this signal, for Settings: "not in use". */
  readonly freeWords: string;
  /**
   * Reads the signal now. May reject (a bus that went away, a file that could
   * not be read): the guard turns that into "not busy" and one log line.
   */
  check(): Promise<SignalAnswer>;
}

export const NOT_BUSY: SignalAnswer = { busy: false };

/** A busy answer with no known end, which is what every live signal gives. */
export function busyBecause(
  because: string,
  extra: { title?: string; reasonKind?: BusyReasonKind } = {},
): SignalAnswer {
  return { busy: true, until: null, because, ...extra };
}

/**
 * Rejected by a source that can never see its signal here (macOS camera,
 * a desktop without the service): Settings shows the reason as it is, and
 * the guard logs it once at info level rather than as a failure.
 */
export class SignalUnavailableError extends Error {
  override readonly name = 'SignalUnavailableError';
}
