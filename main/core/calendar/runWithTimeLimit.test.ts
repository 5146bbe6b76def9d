import { describe, expect, it } from 'vitest';
import { runWithTimeLimit } from './runWithTimeLimit';

describe('a synchronous task with a time limit', () => {
  it('returns what the task returns, and lets its errors through', () => {
    expect(runWithTimeLimit(() => 6 * 7, 1_000)).toEqual({ ok: true, value: 42 });
    expect(() =>
      runWithTimeLimit(() => {
        throw new RangeError('mine');
      }, 1_000),
    ).toThrow(RangeError);
  });

  it('stops a task that never returns, and the next one runs normally', () => {
    let spins = 0;
    expect(
      runWithTimeLimit(() => {
        for (;;) spins++;
      }, 50),
    ).toEqual({ ok: false });
    expect(spins).toBeGreaterThan(0);
    expect(runWithTimeLimit(() => 'after', 1_000)).toEqual({ ok: true, value: 'after' });
  });
});
