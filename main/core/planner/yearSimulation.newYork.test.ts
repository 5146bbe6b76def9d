// Pinned before any Date is made: this file's worker runs in New York time.
process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { expectAYearDoneRight } from './testing/yearAssertions';
import { simulateYear, YEAR_TIMEOUT_MS } from './testing/yearSimulation';

describe('America/New_York, 2027, with the real node-cron', () => {
  it(
    'every session once per selected day at its time, the DST nights included; reminders only in office hours',
    async () => {
      const year = await simulateYear('America/New_York');
      expectAYearDoneRight(year);
      // 14 March: 02:00 EST -> 03:00 EDT. 02:30 does not exist and fires when the clocks jump.
      expect(year.dstDays.springForward).toMatchObject({
        'night-0130': ['2027-03-14T06:30:00.000Z'],
        'night-0230': ['2027-03-14T07:00:00.000Z'],
      });
      // 7 November: 02:00 EDT -> 01:00 EST. 01:30 happens twice and fires at the first.
      expect(year.dstDays.fallBack).toMatchObject({
        'night-0130': ['2027-11-07T05:30:00.000Z'],
        'night-0230': ['2027-11-07T07:30:00.000Z'],
      });
    },
    YEAR_TIMEOUT_MS,
  );
});
