import type { OpenCueState } from '../../../shared/posture/cueState';

/** Said wherever advice is given (issue 16: no health claims). */
export const CUE_DISCLAIMER = 'General information, not medical advice.';

/** How many steps the "closes by itself" bar drains in: one timer per visible change, no polling. */
export const CUE_BAR_STEPS = 20;

/** The share of the cue's time still left at `now` (main's clock): 1 when it opened, 0 when it closes. */
export function cueRemaining(cue: Pick<OpenCueState, 'shownAt' | 'closesAt'>, now: number): number {
  const span = cue.closesAt - cue.shownAt;
  if (span <= 0) return 0;
  return Math.max(0, Math.min(1, (cue.closesAt - now) / span));
}

/**
 * The remaining share rounded down to the bar's steps, and how long until
 * the next step shows (null once it is empty).
 */
export function cueBarStep(
  cue: Pick<OpenCueState, 'shownAt' | 'closesAt'>,
  now: number,
): { share: number; nextInMs: number | null } {
  const span = cue.closesAt - cue.shownAt;
  const remaining = cueRemaining(cue, now);
  const steps = Math.ceil(remaining * CUE_BAR_STEPS - 1e-9);
  if (steps <= 0 || span <= 0) return { share: 0, nextInMs: null };
  const nextAt = cue.closesAt - ((steps - 1) / CUE_BAR_STEPS) * span;
  return { share: steps / CUE_BAR_STEPS, nextInMs: Math.max(1, Math.ceil(nextAt - now)) };
}

/** "This closes by itself in about 20 seconds.", for screen readers (the bar says it to the eye). */
export function closesByItselfText(cue: Pick<OpenCueState, 'closesAt'>, now: number): string {
  const seconds = Math.max(1, Math.round((cue.closesAt - now) / 1000));
  return `This closes by itself in about ${seconds} seconds. Esc dismisses it.`;
}
