// Pinned before any Date is made: this file's worker runs in Sydney time (DST in October to April).
process.env.TZ = 'Australia/Sydney';

import { describe, it } from 'vitest';
import { expectAYearDoneRight, expectDstRules } from './testing/yearAssertions';
import { simulateYear, YEAR_TIMEOUT_MS } from './testing/yearSimulation';

describe('Australia/Sydney', () => {
  it(
    'a simulated year: every session once per selected day, reminders only in office hours, never too close',
    () => {
      expectAYearDoneRight(simulateYear(2026), 'Australia/Sydney');
    },
    YEAR_TIMEOUT_MS,
  );

  it('DST: 02:30 on 4 October fires at 03:00; 02:30 on 5 April fires once', () => {
    expectDstRules(
      { date: [2026, 10, 4], time: '02:30', firesAt: '03:00' },
      { date: [2026, 4, 5], time: '02:30' },
    );
  });
});
