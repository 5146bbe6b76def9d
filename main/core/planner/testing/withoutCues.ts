import { DEFAULT_POSTURE } from '../../../../shared/settings/defaults';
import type { Settings } from '../../../../shared/settings/schema';

/**
 * A settings patch with posture cues off, for tests that count wake-ups,
 * idle reads, windows or live questions of the reminders alone (cues are on
 * by default and add their own; planner.posture.test.ts covers them).
 */
export function withoutCues(patch: Partial<Settings> = {}): Partial<Settings> {
  return { ...patch, posture: { ...DEFAULT_POSTURE, cues: false } };
}
