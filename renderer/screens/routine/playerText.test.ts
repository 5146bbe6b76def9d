import { describe, expect, it } from 'vitest';
import { getRoutine } from '../../../shared/routines/catalogue';
import { expand } from '../../../shared/routines/segments';
import { positionAt } from '../../../shared/routines/sessionClock';
import {
  announcement,
  formatClock,
  nextLabel,
  painChange,
  phaseLabel,
  ringNumber,
  stepsDone,
} from './playerText';

const QUICK = expand(getRoutine('quick-seated-reset'));
const DECOMPRESSION = expand(getRoutine('seated-decompression'));
const clock = { startedAt: 0, pauses: [], jumps: [] };

describe('player words', () => {
  it('formats time the way a countdown reads', () => {
    expect(formatClock(117_000)).toBe('1:57');
    expect(formatClock(400)).toBe('0:01');
    expect(ringNumber(9_001)).toBe('10');
    expect(ringNumber(195_000)).toBe('3:15');
  });

  it('names the switch-sides rest as such', () => {
    const switching = DECOMPRESSION.find((s) => s.kind === 'rest' && s.sideSwitch);
    const plainRest = QUICK.find((s) => s.kind === 'rest');
    if (!switching || !plainRest) throw new Error('fixture');
    expect(phaseLabel(switching)).toBe('Switch sides');
    expect(phaseLabel(plainRest)).toBe('Rest');
  });

  it('previews the next step, and the finish on the last one', () => {
    expect(nextLabel(QUICK, 0)).toBe('Next: Seated pelvic tilts');
    expect(nextLabel(QUICK, QUICK.length - 1)).toBe('Next: Finish');
  });

  it('announces step, side and what to do', () => {
    const right = DECOMPRESSION.find((s) => s.side === 'right' && s.kind === 'hold');
    if (!right) throw new Error('fixture');
    expect(announcement(DECOMPRESSION, positionAt(DECOMPRESSION, clock, right.startMs))).toBe(
      'Step 5 of 6: Figure-4 hip stretch. Right side. Hold for 30 seconds.',
    );
    expect(announcement(QUICK, positionAt(QUICK, clock, 51_000))).toBe(
      'Step 2 of 3: Seated pelvic tilts. 8 reps.',
    );
  });

  it('counts the steps done, leaving out skipped and unreached ones', () => {
    const end = positionAt(QUICK, clock, 10 ** 9);
    expect(stepsDone(QUICK, [], end)).toBe(3);
    expect(stepsDone(QUICK, ['armrest-lift'], end)).toBe(2);
    expect(stepsDone(QUICK, [], positionAt(QUICK, clock, 60_000))).toBe(1);
  });

  it('describes the pain change only when rated both times', () => {
    expect(painChange(5, 2)).toBe('3 lower');
    expect(painChange(2, 4)).toBe('2 higher');
    expect(painChange(3, 3)).toBe('No change');
    expect(painChange(null, 3)).toBeNull();
  });
});
