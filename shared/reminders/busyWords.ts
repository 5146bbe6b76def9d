import type { HistoryEvent } from '../history/events';
import { formatMinutesSpan } from './timeWords';

/** Why the person is busy: the same kinds as the busy port's and the history's. */
export type BusyReasonKind = Extract<HistoryEvent, { type: 'busyHold' }>['kind'];

/**
 * The busy reason as the tray and the prompt word it. A title is shown only
 * when the person allows titles (the planner drops it before it gets here).
 */
export interface HoldingFacts {
  kind: BusyReasonKind;
  /** The event's title; present only when titles are allowed. */
  title: string | null;
  /** When the busy spell is expected to end; null when no source can know (a camera in use). */
  until: number | null;
}

const LIVE_WORDS: Record<Exclude<BusyReasonKind, 'meeting'>, string> = {
  camera: 'camera in use',
  microphone: 'microphone in use',
  fullscreen: 'a full-screen app is open',
  presentation: 'a presentation or video is showing',
  'do-not-disturb': 'do not disturb is on',
};

/** "in "Team sync"", "in a meeting", "camera in use". */
export function busyWhat(kind: BusyReasonKind, title: string | null): string {
  if (kind === 'meeting') return title ? `in "${title}"` : 'in a meeting';
  return LIVE_WORDS[kind];
}

/** Where the person was, for the catch-up: "in a meeting", "on a call", "presenting". */
const CATCH_UP_WHERE: Record<BusyReasonKind, string> = {
  meeting: 'in a meeting',
  camera: 'on a call',
  microphone: 'on a call',
  fullscreen: 'in a full-screen app',
  presentation: 'presenting',
  'do-not-disturb': 'in do not disturb',
};

/** The catch-up prompt's line: "You were in a meeting for 1 h 20 min. A 2-minute reset?" */
export function catchUpLine(kind: BusyReasonKind, busyMs: number, routineMinutes: number): string {
  // No-break spaces: a span split across lines ("1" / "h 20 min") is hard to read in a small window.
  const span = formatMinutesSpan(busyMs, 'down').replace(/ /g, '\u00a0');
  return `You were ${CATCH_UP_WHERE[kind]} for ${span}. A ${routineMinutes}-minute reset?`;
}
