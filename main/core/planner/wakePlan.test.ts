import { describe, expect, it } from 'vitest';
import { MAX_SLEEP_MS, SAMPLE_MERGE_MS, nextWakeAt } from './wakePlan';

describe('the next wake-up', () => {
  it('is the earliest event, never further than the safety limit', () => {
    expect(nextWakeAt(0, [500, 300, null], null)).toBe(300);
    expect(nextWakeAt(0, [], null)).toBe(MAX_SLEEP_MS);
  });

  it('folds an idle sample into an event that follows it closely', () => {
    expect(nextWakeAt(0, [1000 + SAMPLE_MERGE_MS], 1000)).toBe(1000 + SAMPLE_MERGE_MS);
    expect(nextWakeAt(0, [1001 + SAMPLE_MERGE_MS], 1000)).toBe(1000);
  });

  it('treats anything already due as now', () => {
    expect(nextWakeAt(5000, [100], 50)).toBe(5000);
  });
});
