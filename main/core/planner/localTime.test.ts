// Berlin: spring-forward 29 Mar 2026 02:00 -> 03:00, fall-back 25 Oct 2026 03:00 -> 02:00.
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { addDays, atLocalTime, startOfNextLocalDay, weekdayOf } from './localTime';

const iso = (t: number) => new Date(t).toISOString();

describe('wall-clock times to instants (Europe/Berlin)', () => {
  it('an ordinary time is exact', () => {
    expect(atLocalTime('2026-11-23', 9 * 60)).toEqual({
      at: Date.UTC(2026, 10, 23, 8, 0),
      shifted: false,
    });
  });

  it('a time in the spring-forward gap moves to the first valid minute after it, not an hour on', () => {
    const r = atLocalTime('2026-03-29', 2 * 60 + 30);
    expect(r.shifted).toBe(true);
    expect(iso(r.at)).toBe('2026-03-29T01:00:00.000Z'); // 03:00 CEST
    expect(new Date(r.at).getHours()).toBe(3);
    expect(new Date(r.at).getMinutes()).toBe(0);
  });

  it('a time that happens twice on fall-back day resolves to its first occurrence', () => {
    const r = atLocalTime('2026-10-25', 2 * 60 + 30);
    expect(r).toEqual({ at: Date.UTC(2026, 9, 25, 0, 30), shifted: false }); // 02:30 CEST
  });

  it('calendar arithmetic crosses months, years and DST without drifting', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(weekdayOf('2026-11-23')).toBe('mon');
  });

  it('the next local midnight is 23 hours away on spring-forward day', () => {
    const noon = new Date(2026, 2, 29, 0, 0).getTime();
    expect(startOfNextLocalDay(noon) - noon).toBe(23 * 3_600_000);
  });
});
