// Pinned before any Date is made (vitest pins Berlin already; said here so the file stands alone).
process.env.TZ = 'Europe/Berlin';

import { describe, it } from 'vitest';
import { expectAYearDoneRight, expectDstRules } from './testing/yearAssertions';
import { simulateYear, YEAR_TIMEOUT_MS } from './testing/yearSimulation';

describe('Europe/Berlin', () => {
  it(
    'a simulated year: every session once per selected day, reminders only in office hours, never too close',
    () => {
      expectAYearDoneRight(simulateYear(2026), 'Europe/Berlin');
    },
    YEAR_TIMEOUT_MS,
  );

  it('DST: 02:30 on 29 March fires at 03:00; 02:30 on 25 October fires once', () => {
    expectDstRules(
      { date: [2026, 3, 29], time: '02:30', firesAt: '03:00' },
      { date: [2026, 10, 25], time: '02:30' },
    );
  });
});
