import type { PoseId } from '../routines/poses';

/** What a quiet cue between breaks is about. */
export const CUE_KINDS = ['posture', 'stand', 'sit'] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** The person's answer to a cue: "Done", or dismissed (the button or Esc). */
export const CUE_ACTIONS = ['done', 'dismiss'] as const;
export type CueAction = (typeof CUE_ACTIONS)[number];

export interface OpenCueState {
  status: 'open';
  kind: CueKind;
  /** The posture cue's id (shared/posture/postureCues.ts), or 'stand' / 'sit'. */
  cueId: string;
  /** One short line, e.g. "Sit tall". */
  title: string;
  /** One or two sentences in our own words; no health claims. */
  body: string;
  /** A drawing from the pose set, or null where none fits. */
  poseId: PoseId | null;
  /** When it opened and when it closes by itself (epoch ms, main's clock). */
  shownAt: number;
  closesAt: number;
  /** Play the soft sound (only when the person asked for it in Settings). */
  sound: boolean;
}

export interface ClosedCueState {
  status: 'none';
}

/**
 * What the cue window shows. Main owns it; `sentAt` is main's clock at
 * sending (see PromptState), so the window's countdown uses absolute times.
 */
export type CueState = (OpenCueState | ClosedCueState) & { sentAt: number };
