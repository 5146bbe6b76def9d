// node-cron itself on Berlin's fall-back night: why session time guards it.
process.env.TZ = 'Europe/Berlin';

import cron from 'node-cron';
import { afterEach, describe, expect, it } from 'vitest';
import {
  countTimerCallbacks,
  installFakeTime,
  type FakeTime,
} from '../core/planner/testing/fakeTime';
import { nodeCronScheduler } from './cronScheduler';

let time: FakeTime | null = null;
afterEach(() => {
  for (const task of cron.getTasks().values()) void task.destroy();
  time?.uninstall();
  time = null;
});

describe('node-cron 4 on a fall-back night, without the planner', () => {
  // 31 Oct 2027: 03:00 CEST -> 02:00 CET at 01:00Z, so 02:30 happens at 00:30Z and at 01:30Z.
  // If this starts failing, node-cron reads the clock right again (its nowWithoutMs uses
  // Date#setMilliseconds, which maps the second 02:30 back to the first) and the guard in
  // main/core/planner/sessionTimes.ts (cronMayArmAt) can be reconsidered.
  it('a 02:30 job skips the first 02:30, then spins with zero-delay timers at the second', async () => {
    time = installFakeTime(Date.parse('2027-10-30T22:00:00Z'));
    const fired: number[] = [];
    const job = nodeCronScheduler.schedule('30 2 * * *', () => void fired.push(Date.now()));
    const timers = countTimerCallbacks();
    // Past the first 02:30 (00:30Z): node-cron aims at the second one.
    await time.setTo(Date.parse('2027-10-31T01:29:59Z'));
    expect(fired).toEqual([]);
    expect(timers.firedAt.length).toBeLessThanOrEqual(2);
    // One second of the second 02:30: a busy loop, and still no run.
    await time.setTo(Date.parse('2027-10-31T01:30:01Z'));
    expect(fired).toEqual([]);
    expect(timers.firedAt.length).toBeGreaterThan(500);
    job.stop();
  });
});
