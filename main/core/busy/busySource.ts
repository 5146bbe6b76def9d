/**
 * The busy port: anything that can say "the person is busy until T, because X".
 *
 * Two kinds of source plug into it, because they are asked in two different ways:
 *
 * - A **scheduled** source knows its spells ahead of time (the calendar). The
 *   planner sets its one timer to the next busy start or end, so it asks
 *   `spellsBetween(from, to)` synchronously, from memory, as often as it likes;
 *   the source never does I/O inside that call. When the spells change (a feed
 *   refreshed), the source calls its `onChange` listeners so the planner can
 *   re-plan its timer.
 * - A **live** source can only tell the present (camera, microphone, a
 *   full-screen app, a presentation, do-not-disturb). The planner asks it only
 *   when it is about to act (a reminder or session comes due) and, while it
 *   says busy, again every 2 minutes (see DESIGN.md, Scheduling semantics).
 *   Never poll a live source on a timer of its own.
 *
 * Times are epoch milliseconds (UTC instants); a source never hands out wall
 * clock values. Titles are personal data: carry them, never log them.
 */

/** Why the person is busy; the tray and history word it from this. */
export type BusyReasonKind =
  'meeting' | 'camera' | 'microphone' | 'fullscreen' | 'presentation' | 'do-not-disturb';

export const BUSY_REASON_KINDS: readonly BusyReasonKind[] = [
  'meeting',
  'camera',
  'microphone',
  'fullscreen',
  'presentation',
  'do-not-disturb',
];

/** What the person is busy with, and who says so. */
export interface BusyReason {
  /**
   * Which source says so. Stable across restarts, so history can group holds
   * by it: `"calendar:<feedId>"`, `"camera"`, `"dnd:gnome"`. It starts with the
   * id of the source that produced it (a scheduled source with several feeds
   * names the feed after a colon).
   */
  sourceId: string;
  kind: BusyReasonKind;
  /**
   * The event's title or the app's name when the source knows one ("Team
   * sync"). Shown only if the person allows titles; never logged.
   */
  title?: string;
}

/** One stretch of known busy time from a scheduled source: [start, end). */
export interface BusySpell extends BusyReason {
  /** Inclusive start, epoch ms. */
  start: number;
  /** Exclusive end, epoch ms; always greater than `start`. */
  end: number;
}

/** A live source's answer about the present moment. */
export type BusyAnswer =
  | { state: 'free'; sourceId: string }
  /** `until` is the expected end, or null when the source cannot know it (a camera in use). */
  | (BusyReason & { state: 'busy'; until: number | null })
  /**
   * The source could not tell (no D-Bus, a permission missing, it timed out).
   * The planner treats it as free, so a broken sensor never holds breaks
   * forever; `why` is for the log and Settings, in plain words.
   */
  | { state: 'unavailable'; sourceId: string; why: string };

/**
 * A source whose busy spells are known ahead (the calendar). Every method is
 * synchronous and answers from memory.
 */
export interface ScheduledBusySource {
  readonly type: 'scheduled';
  /** Stable id, e.g. "calendar". */
  readonly id: string;
  /**
   * Spells that overlap [from, to), sorted by start then end. Spells may
   * overlap one another (two meetings at once); merge them with
   * `mergeSpells` when you need contiguous busy time. Never throws, never
   * does I/O: a source with nothing known (offline, no feeds) returns [].
   * A source may know only a horizon ahead of `from` (the calendar expands
   * 36 hours and re-expands as `from` moves on, so it always covers at least
   * the next 30); beyond it, it returns nothing rather than guessing.
   */
  spellsBetween(from: number, to: number): readonly BusySpell[];
  /**
   * Called whenever the known spells may have changed (a feed refreshed,
   * a feed added or removed). Returns an unsubscribe function.
   */
  onChange(listener: () => void): () => void;
}

/**
 * A source that can only tell the present (camera, microphone, full screen,
 * presentation, do-not-disturb).
 */
export interface LiveBusySource {
  readonly type: 'live';
  /** Stable id, e.g. "camera". */
  readonly id: string;
  /**
   * What is true now. Must settle (never hang) and never reject: failures are
   * `{ state: 'unavailable' }`. The planner still bounds the call with
   * `askLiveSources`, so a slow source cannot delay a decision.
   */
  ask(now: number): Promise<BusyAnswer>;
}

export type BusySource = ScheduledBusySource | LiveBusySource;
