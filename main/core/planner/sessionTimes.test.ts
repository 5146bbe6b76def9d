// New York: spring-forward 8 Mar 2026 02:00 -> 03:00.
process.env.TZ = 'America/New_York';

import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import type { SessionConfig } from '../../../shared/settings/schema';
import { nextOccurrence, sessionCronExpression, sessionOccurrences } from './sessionTimes';

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

  it('marks which occurrences node-cron fires: not the gap day, nor any within 4 h of an offset change', () => {
    const from = new Date(2026, 2, 5, 0, 0).getTime();
    const to = new Date(2026, 2, 11, 0, 0).getTime();
    const expression = sessionCronExpression(night) ?? '';
    const real = cron.createTask(expression, () => undefined);
    const found = sessionOccurrences(night, from, to);
    expect(found.map((o) => [new Date(o.at).getDate(), o.byNodeCron])).toEqual([
      [5, true],
      [6, true],
      [7, true],
      // 02:30 does not exist on 8 March (02:00 -> 03:00): node-cron skips it; 03:00 is planned.
      [8, false],
      [9, true],
      [10, true],
    ]);
    // node-cron's own matcher agrees with every occurrence left to it, to the minute.
    for (const o of found.filter((x) => x.byNodeCron))
      expect(real.match(new Date(o.at))).toBe(true);
    // Not one minute of 8 March matches 02:30: the gap swallowed it.
    const day = new Date(2026, 2, 8, 0, 0).getTime();
    const matches = Array.from({ length: 24 * 60 }, (_, i) => day + i * 60_000).filter((t) =>
      real.match(new Date(t)),
    );
    expect(matches).toEqual([]);
    void real.destroy();

    // The change is at 07:00Z on 8 March. 21:00 the evening before is 02:00Z (5 h before),
    // 22:00 is 03:00Z (4 h: too close); 05:30 after it is 09:30Z.
    const evening = { ...night, time: '21:00' };
    const late = { ...night, time: '22:00' };
    const early = { ...night, time: '05:30' };
    const aroundChange = (s: SessionConfig) =>
      sessionOccurrences(s, from, to).map((o) => [new Date(o.at).getDate(), o.byNodeCron]);
    expect(aroundChange(evening)).toContainEqual([7, true]);
    expect(aroundChange(late)).toContainEqual([7, false]);
    expect(aroundChange(early)).toContainEqual([8, false]);
    expect(aroundChange(early)).toContainEqual([9, true]);
  });
});
