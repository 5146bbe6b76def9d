import { describe, expect, it } from 'vitest';
import { MIN_SAMPLE_GAP_MS, nextSampleAt, presentAt, takeSample } from './idleSampler';

const BREAK = 5 * 60_000;

describe('idle sampling', () => {
  it('looks again exactly when a natural break could have completed', () => {
    const s = takeSample(presentAt(0), 600_000, 90, BREAK);
    expect(s).toEqual({
      presence: { away: false, lastActivityAt: 510_000 },
      breakStarted: false,
      idleMs: 90_000,
    });
    expect(nextSampleAt(s.presence, 600_000, BREAK)).toBe(510_000 + BREAK);
  });

  it('reports a break once, when the person turns from present to away', () => {
    const first = takeSample(presentAt(0), 600_000, 300, BREAK);
    expect(first.breakStarted).toBe(true);
    const still = takeSample(first.presence, 900_000, 600, BREAK);
    expect(still).toMatchObject({ breakStarted: false, presence: { away: true } });
    // While away: keep checking at the same sparse rate to notice the return.
    expect(nextSampleAt(still.presence, 900_000, BREAK)).toBe(900_000 + BREAK);
  });

  it('never busy-loops on an odd reading', () => {
    for (const reading of [Number.NaN, -3, Number.POSITIVE_INFINITY]) {
      const s = takeSample(presentAt(0), 1000, reading, BREAK);
      expect(s.idleMs).toBe(0);
    }
    const nearly = takeSample(presentAt(0), 1000, 299.999, BREAK);
    expect(nextSampleAt(nearly.presence, 1000, BREAK)).toBe(1000 + MIN_SAMPLE_GAP_MS);
  });
});
