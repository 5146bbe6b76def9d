/**
 * The live side of the busy port: a source the planner asks at the moment it
 * is about to act, answering "busy until T (or unknown), because X".
 *
 * This mirrors the port the calendar work defines in main/core/busy/; it is
 * kept here, small and structural, until that one lands on main, so the
 * detectors can be written and tested now and adapted by one import later.
 */

/** What a live source says when asked. */
export type BusyAnswer =
  | { busy: false }
  | {
      busy: true;
      /** When the source knows the end (epoch ms); live signals rarely do, so usually null. */
      until: number | null;
      /** Short words for the tray and Settings, e.g. "camera in use by another app". */
      because: string;
    };

/** Which signal a source reads; also its settings key suffix. */
export type LiveSourceKind = 'camera' | 'microphone' | 'presentation' | 'doNotDisturb';

export interface LiveBusySource {
  readonly kind: LiveSourceKind;
  /** The label Settings shows before the last answer: "Camera", "Microphone", ... */
  readonly label: string;
  /** What a "not busy" answer means for this signal, for Settings: "not in use". */
  readonly freeWords: string;
  /**
   * Reads the signal now. May reject (a bus that went away, a file that could
   * not be read): the guard turns that into "not busy" and one log line.
   */
  check(): Promise<BusyAnswer>;
}

export const NOT_BUSY: BusyAnswer = { busy: false };

/** A busy answer with no known end, which is what every live signal gives. */
export function busyBecause(because: string): BusyAnswer {
  return { busy: true, until: null, because };
}

/**
 * Rejected by a source that can never see its signal here (macOS camera,
 * a desktop without the service): Settings shows the reason as it is, and
 * the guard logs it once at info level rather than as a failure.
 */
export class SignalUnavailableError extends Error {
  override readonly name = 'SignalUnavailableError';
}
