// Pinned before any Date is made: this file's worker runs in New York time.
process.env.TZ = 'America/New_York';

import { describe, it } from 'vitest';
import { expectAYearDoneRight, expectDstRules } from './testing/yearAssertions';
import { simulateYear, YEAR_TIMEOUT_MS } from './testing/yearSimulation';

describe('America/New_York', () => {
  it(
    'a simulated year: every session once per selected day, reminders only in office hours, never too close',
    () => {
      expectAYearDoneRight(simulateYear(2026), 'America/New_York');
    },
    YEAR_TIMEOUT_MS,
  );

  it('DST: 02:30 on 8 March fires at 03:00; 01:30 on 1 November fires once', () => {
    expectDstRules(
      { date: [2026, 3, 8], time: '02:30', firesAt: '03:00' },
      { date: [2026, 11, 1], time: '01:30' },
    );
  });
});
