import { describe, expect, it } from 'vitest';
import { createRig } from './testing/rig';
import { withoutCues } from './testing/withoutCues';

const MIN = 60_000;

describe('the wall clock set or jumping, with fake time and the real node-cron', () => {
  it('an NTP step back an hour (no suspend) does not postpone the reminder: it comes 45 min after the last break', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:45'));
    rig.planner.answer('skip');
    await rig.clock.advance(15 * MIN);
    // 10:00: the system clock is set back an hour and reads 09:00.
    await rig.clock.stepWall(-60 * MIN);
    expect(new Date(rig.clock.now()).getHours()).toBe(9);
    await rig.clock.advance(30 * MIN - 1000);
    expect(rig.events('prompted')).toHaveLength(1);
    await rig.clock.advance(1000);
    // 45 minutes after the skip by the clock that does not step: 09:30 on the wall.
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('09:45'), rig.at('09:30')]);
  });

  it('an NTP step forward looks like a sleep: it counts as away, never as an hour of work', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:30'));
    await rig.clock.stepWall(60 * MIN);
    await rig.clock.advance(5 * MIN);
    expect(rig.events('naturalBreak').map((e) => e.cause)).toEqual(['suspend']);
    expect(rig.events('prompted')).toEqual([]);
  });

  it('suspend on Linux (the monotonic clock stops): still away, still one natural break', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:40'));
    rig.planner.power('suspend');
    await rig.clock.stepWall(50 * MIN);
    rig.planner.power('resume');
    expect(rig.events('naturalBreak')).toEqual([
      { type: 'naturalBreak', at: rig.at('10:30'), idleMs: 50 * MIN, cause: 'suspend' },
    ]);
    expect(rig.planner.status().nextReminderAt).toBe(rig.at('11:15'));
  });

  it('a sleep nobody announced on Linux: the timer fires late by the wall clock, and that is time away', async () => {
    const rig = createRig({ settings: withoutCues() });
    await rig.clock.setTo(rig.at('09:40'));
    await rig.clock.stepWall(80 * MIN);
    await rig.clock.advance(5 * MIN);
    // The heads-up timer, due at 09:44:30, fires 80 minutes late by the wall.
    expect(rig.events('naturalBreak').map((e) => [e.cause, e.at])).toEqual([
      ['suspend', rig.at('11:04') + 30_000],
    ]);
    expect(rig.events('prompted')).toEqual([]);
  });
});
