import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { moveRoutine } from './moveRoutine';

// The catalogue's lengths: quick seated reset 2 min, standing desk reset 3,
// seated decompression 5, self-massage 6, the floor routines 8-15.
describe("the move part's routine", () => {
  const pick = (defaultRoutineId: Settings['defaultRoutineId'], enabled: boolean, move: number) =>
    moveRoutine({
      ...defaultSettings(),
      defaultRoutineId,
      standingDesk: { enabled, sitMinutes: 20, standMinutes: 8, moveMinutes: move },
    });

  it('is the default routine without a standing desk, whatever its length', () => {
    expect(pick('seated-decompression', false, 1)).toBe('seated-decompression');
    expect(pick('mat-rest', false, 2)).toBe('mat-rest');
  });

  it('is the default routine when it fits in the move minutes', () => {
    expect(pick('quick-seated-reset', true, 2)).toBe('quick-seated-reset');
    expect(pick('seated-decompression', true, 5)).toBe('seated-decompression');
  });

  it('else the longest desk routine that fits, a standing one first; never the floor', () => {
    // Standing desk reset (3 min) beats the quick seated reset (2 min) in 3 or 4 minutes.
    expect(pick('seated-decompression', true, 3)).toBe('standing-desk-reset');
    expect(pick('floor-decompression', true, 4)).toBe('standing-desk-reset');
    expect(pick('seated-decompression', true, 2)).toBe('quick-seated-reset');
    // Mat rest (15 min) is too long for 12; the floor routines of 8-12 min would fit, but a
    // desk break is not on the floor.
    expect(pick('mat-rest', true, 12)).toBe('self-massage-break');
    // Nothing is 1 minute long: the shortest desk routine.
    expect(pick('seated-decompression', true, 1)).toBe('quick-seated-reset');
  });
});
