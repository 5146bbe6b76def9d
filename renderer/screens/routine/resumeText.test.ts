import { describe, expect, it } from 'vitest';
import { getRoutine } from '../../../shared/routines/catalogue';
import { expand } from '../../../shared/routines/timeline';
import { resumePoint } from './resumeText';

const S = Date.UTC(2026, 10, 23, 9, 0);
const quick = getRoutine('quick-seated-reset');
const timeline = expand(quick);

describe('where an interrupted routine stopped, in words', () => {
  it('names the step, the set and the seconds left in it, from the moment it was cut off', () => {
    // 23 s in: the second 10 s armrest hold began at 20 s; 117 s in all.
    const point = resumePoint(quick, timeline, {
      clock: { startedAt: S, pauses: [{ at: S + 23_000, resumedAt: null }], jumps: [] },
      interruptedAt: S + 23_000,
    });
    expect(point).toEqual({
      step: 'Step 1 of 3: Armrest lift',
      details: ['Hold', 'Set 2 of 3', '0:07 left'],
      progress: 23 / 117,
      remaining: '1:34 left in the routine',
    });
  });

  it('a routine cut off at the check-in has not begun', () => {
    expect(resumePoint(quick, timeline, { clock: null, interruptedAt: S })).toEqual({
      step: 'Before the first step',
      details: [],
      progress: 0,
      remaining: '1:57 in all',
    });
  });

  it('says which side for a sided step', () => {
    const seated = getRoutine('seated-decompression');
    const lines = expand(seated);
    const right = lines.find((g) => g.side === 'right' && g.kind === 'hold');
    if (!right) throw new Error('seated decompression has a right-side hold');
    const at = S + right.startMs + 1000;
    const point = resumePoint(seated, lines, {
      clock: { startedAt: S, pauses: [{ at, resumedAt: null }], jumps: [] },
      interruptedAt: at,
    });
    expect(point.details).toContain('Right side');
    expect(point.details[0]).toBe('Hold');
  });
});
