import { describe, expect, it } from 'vitest';
import { historyEventSchema } from '../../../../shared/history/events';
import { isRoutineId } from '../../../../shared/routines/catalogue';
import { generateHistory, generateYearOfHistory } from './generateHistory';
import { dayNumberOf } from '../localDay';

const END = new Date(2026, 10, 23, 18, 0).getTime();

describe('generated history (test and benchmark data)', () => {
  it('is valid, in time order, ends by endAt, and names real routines', () => {
    const events = generateHistory({ endAt: END, days: 31, seed: 5 });
    for (const event of events) expect(historyEventSchema.safeParse(event).success).toBe(true);
    expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort((a, b) => a - b));
    expect(events.every((e) => e.at <= END)).toBe(true);
    for (const e of events) if ('routineId' in e) expect(isRoutineId(e.routineId)).toBe(true);
    const first = events[0];
    expect(first && dayNumberOf(END) - dayNumberOf(first.at)).toBeLessThanOrEqual(30);
  });

  it('is the same for the same seed and differs for another', () => {
    const a = generateHistory({ endAt: END, days: 10, seed: 9 });
    expect(generateHistory({ endAt: END, days: 10, seed: 9 })).toEqual(a);
    expect(generateHistory({ endAt: END, days: 10, seed: 10 })).not.toEqual(a);
  });

  it('leaves rest days empty, so tests can shape a streak', () => {
    const events = generateHistory({ endAt: END, days: 14, seed: 2, restDays: [3] });
    const restDay = dayNumberOf(END) - 3;
    expect(events.filter((e) => dayNumberOf(e.at) === restDay)).toEqual([]);
  });

  it('makes a year about 20,000 lines long, as the benchmark needs', () => {
    const year = generateYearOfHistory(END);
    expect(year.length).toBeGreaterThan(17_000);
    expect(year.length).toBeLessThan(23_000);
  });
});
