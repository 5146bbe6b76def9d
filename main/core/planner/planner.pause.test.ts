import { describe, expect, it } from 'vitest';
import { createRig, type Rig } from './testing/rig';
import { withoutCues } from './testing/withoutCues';

/**
 * Pauses keep progress. The rig starts Monday 23 Nov 2026 08:00 (Berlin);
 * office hours 09:00-17:30, interval 45 min, heads-up 30 s, natural break 5 min.
 */
const at = (h: number, m: number, s = 0) => new Date(2026, 10, 23, h, m, s).getTime();
const MIN = 60_000;
const promptsOpened = (rig: Rig) =>
  rig.windows.opened.filter((w) => w.route === 'prompt').map((w) => w.at);

describe('a pause stops reminders, not the count', () => {
  it('a pause that ends before the break is due leaves it at its time', async () => {
    const rig = createRig({ settings: withoutCues() });
    await rig.clock.setTo(at(9, 10));
    rig.planner.pause('indefinite');
    await rig.clock.setTo(at(9, 30));
    expect(rig.planner.resume()).toMatchObject({ nextReminderAt: at(9, 45) });
    await rig.clock.setTo(at(9, 46));
    expect(promptsOpened(rig)).toEqual([at(9, 45)]);
    expect(rig.notifications.map((n) => n.at)).toEqual([at(9, 44, 30)]);
  });

  it('overdue at resume after two hours: one heads-up, then one prompt, never a burst', async () => {
    const rig = createRig({ settings: withoutCues() });
    await rig.clock.setTo(at(9, 30));
    rig.planner.pause('2h');
    await rig.clock.setTo(at(11, 29));
    expect(rig.notifications).toEqual([]);
    expect(promptsOpened(rig)).toEqual([]);
    await rig.clock.setTo(at(11, 31));
    expect(rig.notifications.map((n) => n.at)).toEqual([at(11, 30)]);
    expect(promptsOpened(rig)).toEqual([at(11, 30, 30)]);
    // What follows is that one prompt's nags, not more reminders.
    await rig.clock.setTo(at(11, 40));
    expect(rig.events('prompted')).toHaveLength(1);
  });

  it('a natural break during the pause restarts the count; idle is still read while paused', async () => {
    const rig = createRig({ settings: withoutCues() });
    await rig.clock.setTo(at(9, 30));
    rig.planner.pause('1h');
    const readsBefore = rig.idleReads.length;
    // Away from the desk from 9:50 to 10:05, back at work after.
    rig.idle.at = (now) => (now >= at(9, 50) && now < at(10, 5) ? (now - at(9, 50)) / 1000 : 0);
    await rig.clock.setTo(at(10, 20));
    expect(rig.idleReads.length).toBeGreaterThan(readsBefore);
    expect(rig.events('naturalBreak')).toHaveLength(1);
    // While away the count restarts at each look (the last at most 5 min before 10:05);
    // without the break it would be 90 min at 10:30, overdue.
    await rig.clock.setTo(at(10, 30));
    const status = rig.planner.status();
    expect(status.paused).toBe(false);
    expect(rig.events('prompted')).toEqual([]);
    expect(status.nextReminderAt).toBeGreaterThanOrEqual(at(10, 0) + 45 * MIN);
    expect(status.nextReminderAt).toBeLessThanOrEqual(at(10, 5) + 45 * MIN);
  });

  it('posture cues wait out the pause, and its marks are passed over, not queued', async () => {
    const rig = createRig({ settings: { intervalMinutes: 90 } });
    await rig.clock.setTo(at(9, 10));
    rig.planner.pause('30m');
    await rig.clock.setTo(at(9, 41));
    // The 09:20 mark fell in the pause: nothing at 09:40 when the pause ended either.
    expect(rig.windows.opened.filter((w) => w.route === 'cue').map((w) => w.at)).toEqual([]);
    await rig.clock.setTo(at(10, 0, 30));
    expect(rig.windows.opened.filter((w) => w.route === 'cue').map((w) => w.at)).toEqual([
      at(10, 0),
    ]);
  });
});
