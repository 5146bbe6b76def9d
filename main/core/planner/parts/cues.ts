/**
 * The quiet cues between breaks: posture check-ins at marks of active time,
 * and the sit-stand rhythm's "stand up" / "sit down". Pure functions of this
 * slice; rules/cues.ts decides when one may show. A cue never touches the
 * active count.
 */

import type { CueKind, CueState } from '../../../../shared/posture/cueState';
import { DESK_CUES, POSTURE_CUES, postureCueById } from '../../../../shared/posture/postureCues';
import type { Settings } from '../../../../shared/settings/schema';
import { dueAt, type ActiveCount } from './activeCount';
import type { OfficeContext } from '../officeHours';

const MINUTE = 60_000;

/** A cue closes by itself this long after it opened. */
export const CUE_SHOW_MS = 20_000;

/** No posture cue this soon after a break, nor this soon before the next one is due. */
export const QUIET_AROUND_BREAK_MS = 5 * MINUTE;

export interface OpenCue {
  kind: CueKind;
  cueId: string;
  shownAt: number;
  closesAt: number;
}

/** A standing block of the sit-stand rhythm under way. */
export interface Standing {
  since: number;
  /** The count it stands in: a new count (a break of any kind) ends it. */
  countId: number;
  /** The stand cue that began it is still open: a dismissal takes the block back. */
  byCueAt: number | null;
}

export interface CuesState {
  open: OpenCue | null;
  /** Index of the next posture cue in the rotation. */
  rotation: number;
  /** The count whose posture marks `marksDone` counts. */
  countId: number;
  /** Posture marks of that count handled (shown or passed over): mark k falls at k x everyMinutes. */
  marksDone: number;
  /** The count whose stand mark was handled, or null. */
  standHandledCount: number | null;
  standing: Standing | null;
}

export function noCues(): CuesState {
  return {
    open: null,
    rotation: 0,
    countId: -1,
    marksDone: 0,
    standHandledCount: null,
    standing: null,
  };
}

export const postureEveryMs = (settings: Settings) => settings.posture.everyMinutes * MINUTE;

/** Marks of the current count already handled. */
function marksDoneFor(cues: CuesState, count: ActiveCount): number {
  return cues.countId === count.id ? cues.marksDone : 0;
}

/** When the next posture mark of this count falls (count brought up to now), or null (cues off, or the block ends first). */
export function nextPostureMarkAt(
  cues: CuesState,
  count: ActiveCount,
  office: OfficeContext,
  settings: Settings,
): number | null {
  if (!settings.posture.cues) return null;
  const every = postureEveryMs(settings);
  return dueAt(count, office, (marksDoneFor(cues, count) + 1) * every);
}

/** Every mark the count has reached is handled: the ones missed are passed over, never queued. */
export function marksHandled(cues: CuesState, count: ActiveCount, settings: Settings): CuesState {
  const reached = Math.floor(count.activeMs / postureEveryMs(settings));
  return { ...cues, countId: count.id, marksDone: Math.max(marksDoneFor(cues, count), reached) };
}

/** The stand mark of the sit-stand rhythm: sitMinutes into the count, once per count. */
export function standMarkAt(
  cues: CuesState,
  count: ActiveCount,
  office: OfficeContext,
  settings: Settings,
): number | null {
  if (!settings.standingDesk.enabled || cues.standHandledCount === count.id) return null;
  return dueAt(count, office, settings.standingDesk.sitMinutes * MINUTE);
}

/** A cue of `kind` opening at `now`; the posture rotation moves on by one. */
export function cueOpened(cues: CuesState, kind: CueKind, now: number): CuesState {
  const cueId =
    kind === 'posture'
      ? (POSTURE_CUES[cues.rotation % POSTURE_CUES.length]?.id ?? 'sit-tall')
      : DESK_CUES[kind].id;
  return {
    ...cues,
    open: { kind, cueId, shownAt: now, closesAt: now + CUE_SHOW_MS },
    rotation: kind === 'posture' ? (cues.rotation + 1) % POSTURE_CUES.length : cues.rotation,
  };
}

/** What the cue window shows. */
export function cueStateOf(cues: CuesState, settings: Settings, now: number): CueState {
  const open = cues.open;
  if (!open) return { status: 'none', sentAt: now };
  const words = open.kind === 'posture' ? postureCueById(open.cueId) : DESK_CUES[open.kind];
  return {
    status: 'open',
    kind: open.kind,
    cueId: open.cueId,
    title: words?.title ?? 'Check your posture',
    body: words?.body ?? '',
    poseId: words?.poseId ?? null,
    shownAt: open.shownAt,
    closesAt: open.closesAt,
    sound: settings.posture.sound,
    sentAt: now,
  };
}

/** The slice with its wall-clock times moved by `deltaMs` (the system clock was stepped back). */
export function shiftCues(cues: CuesState, deltaMs: number): CuesState {
  return {
    ...cues,
    open: cues.open
      ? {
          ...cues.open,
          shownAt: cues.open.shownAt + deltaMs,
          closesAt: cues.open.closesAt + deltaMs,
        }
      : null,
    standing: cues.standing
      ? {
          ...cues.standing,
          since: cues.standing.since + deltaMs,
          byCueAt: cues.standing.byCueAt === null ? null : cues.standing.byCueAt + deltaMs,
        }
      : null,
  };
}
