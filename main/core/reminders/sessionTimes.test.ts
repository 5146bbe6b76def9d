// New York: spring-forward 8 Mar 2026 02:00 -> 03:00.
process.env.TZ = 'America/New_York';

import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import type { SessionConfig } from '../../../shared/settings/schema';
import { createManualClock } from '../manualClock';
import { nextOccurrence, sessionCronExpression, sessionOccurrences } from './sessionTimes';
import { createFakeCron } from './testing/fakeCron';

const night: SessionConfig = {
  id: 'night',
  name: 'Night',
  time: '02:30',
  weekdays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  routineId: 'mat-rest',
  enabled: true,
};

describe('session times', () => {
  it('become a node-cron expression in the system zone, weekdays as numbers', () => {
    expect(sessionCronExpression({ ...night, time: '07:05', weekdays: ['fri', 'mon'] })).toBe(
      '5 7 * * 1,5',
    );
    expect(sessionCronExpression({ ...night, weekdays: [] })).toBeNull();
    expect(cron.validate(sessionCronExpression(night) ?? '')).toBe(true);
  });

  it('list one occurrence per selected day, marking the one node-cron will skip', () => {
    const from = new Date(2026, 2, 7, 0, 0).getTime();
    const to = new Date(2026, 2, 10, 0, 0).getTime();
    const found = sessionOccurrences(night, from, to);
    expect(
      found.map((o) => [o.key, new Date(o.at).getHours(), new Date(o.at).getMinutes(), o.shifted]),
    ).toEqual([
      ['night@2026-03-07', 2, 30, false],
      ['night@2026-03-08', 3, 0, true],
      ['night@2026-03-09', 2, 30, false],
    ]);
    expect(sessionOccurrences({ ...night, enabled: false }, from, to)).toEqual([]);
  });

  it('the next occurrence of any session', () => {
    const from = new Date(2026, 2, 9, 3, 0).getTime();
    const early = { ...night, id: 'early', time: '05:00' };
    expect(nextOccurrence([night, early], from, 7 * 86_400_000)?.sessionId).toBe('early');
  });

  it('the fake cron fires exactly where node-cron matches, and not in the gap', () => {
    const clock = createManualClock(new Date(2026, 2, 6, 0, 0).getTime());
    const fake = createFakeCron(clock);
    const expression = sessionCronExpression(night) ?? '';
    fake.schedule(expression, () => undefined);
    clock.setTo(new Date(2026, 2, 11, 0, 0).getTime());
    const real = cron.createTask(expression, () => undefined);
    const fired = fake.tasks[0]?.fired ?? [];
    expect(fired.map((t) => new Date(t).getDate())).toEqual([6, 7, 9, 10]);
    for (const t of fired) expect(real.match(new Date(t))).toBe(true);
    // Not one minute of 8 March matches 02:30: the gap swallowed it.
    const day = new Date(2026, 2, 8, 0, 0).getTime();
    const matches = Array.from({ length: 24 * 60 }, (_, i) => day + i * 60_000).filter((t) =>
      real.match(new Date(t)),
    );
    expect(matches).toEqual([]);
    void real.destroy();
  });
});
