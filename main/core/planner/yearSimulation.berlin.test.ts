// Pinned before any Date is made (vitest pins Berlin already; said here so the file stands alone).
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { expectAYearDoneRight } from './testing/yearAssertions';
import { simulateYear, YEAR_TIMEOUT_MS } from './testing/yearSimulation';

describe('Europe/Berlin, 2027, with the real node-cron', () => {
  it(
    'every session once per selected day at its time, the DST nights included; reminders only in office hours',
    async () => {
      const year = await simulateYear('Europe/Berlin');
      expectAYearDoneRight(year);
      // 28 March: 02:00 -> 03:00 CEST. 02:30 does not exist and fires when the clocks jump.
      expect(year.dstDays.springForward).toMatchObject({
        'night-0130': ['2027-03-28T00:30:00.000Z'],
        'night-0230': ['2027-03-28T01:00:00.000Z'],
      });
      // 31 October: 03:00 CEST -> 02:00 CET. 02:30 happens twice and fires at the first.
      expect(year.dstDays.fallBack).toMatchObject({
        'night-0130': ['2027-10-30T23:30:00.000Z'],
        'night-0230': ['2027-10-31T00:30:00.000Z'],
      });
    },
    YEAR_TIMEOUT_MS,
  );
});
