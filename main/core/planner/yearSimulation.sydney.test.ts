// Pinned before any Date is made: this file's worker runs in Sydney time (DST in October to April).
process.env.TZ = 'Australia/Sydney';

import { describe, expect, it } from 'vitest';
import { expectAYearDoneRight } from './testing/yearAssertions';
import { simulateYear, YEAR_TIMEOUT_MS } from './testing/yearSimulation';

describe('Australia/Sydney, 2027, with the real node-cron', () => {
  it(
    'every session once per selected day at its time, the DST nights included; reminders only in office hours',
    async () => {
      const year = await simulateYear('Australia/Sydney');
      expectAYearDoneRight(year);
      // 3 October: 02:00 AEST -> 03:00 AEDT. 02:30 does not exist and fires when the clocks jump.
      expect(year.dstDays.springForward).toMatchObject({
        'night-0130': ['2027-10-02T15:30:00.000Z'],
        'night-0230': ['2027-10-02T16:00:00.000Z'],
      });
      // 4 April: 03:00 AEDT -> 02:00 AEST. 02:30 happens twice and fires at the first.
      expect(year.dstDays.fallBack).toMatchObject({
        'night-0130': ['2027-04-03T14:30:00.000Z'],
        'night-0230': ['2027-04-03T15:30:00.000Z'],
      });
    },
    YEAR_TIMEOUT_MS,
  );
});
