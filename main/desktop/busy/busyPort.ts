/**
 * The live half of the planner's busy port, as the calendar work defines it
 * in main/core/busy/busySource.ts (branch `calendar`). That file is not on
 * main yet, so its live-source types are mirrored here field for field; once
 * both branches are merged this file becomes
 * `export type { BusyAnswer, BusyReasonKind, LiveBusySource } from '../../core/busy/busySource';`
 * and nothing else in main/desktop/busy changes.
 */

/** Why the person is busy; the tray and history word it from this. */
export type BusyReasonKind =
  'meeting' | 'camera' | 'microphone' | 'fullscreen' | 'presentation' | 'do-not-disturb';

/** A live source's answer about the present moment. */
export type BusyAnswer =
  | { state: 'free'; sourceId: string }
  | {
      state: 'busy';
      sourceId: string;
      kind: BusyReasonKind;
      /** The app's name when known; shown only if the person allows titles, never logged. */
      title?: string;
      /** The expected end, or null when the source cannot know it (a camera in use). */
      until: number | null;
    }
  | { state: 'unavailable'; sourceId: string; why: string };

/** A source that can only tell the present; asked when the planner is about to act. */
export interface LiveBusySource {
  readonly type: 'live';
  readonly id: string;
  /** Must settle and never reject: failures are `{ state: 'unavailable' }`. */
  ask(now: number): Promise<BusyAnswer>;
}
