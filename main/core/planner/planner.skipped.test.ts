import { describe, expect, it } from 'vitest';
import { createRig } from './testing/rig';
import { withoutCues } from './testing/withoutCues';
import { standInCamera } from './testing/standInCamera';

/**
 * A skipped break comes back once. The rig starts Monday 23 Nov 2026 08:00
 * (Berlin); office hours 09:00-17:30, interval 45 min, heads-up 30 s: the
 * first prompt is 09:45; skipped there, the next heads-up is 10:29:30.
 */
const at = (h: number, m: number, s = 0, day = 23) => new Date(2026, 10, day, h, m, s).getTime();

describe('a skipped break comes back once', () => {
  it('at the next heads-up: that prompt says so, and the one after is an ordinary one', async () => {
    const rig = createRig({ settings: withoutCues() });
    await rig.clock.setTo(at(9, 45));
    rig.planner.answer('skip');
    await rig.clock.setTo(at(10, 30));
    expect(rig.notifications.map((n) => n.at)).toEqual([at(9, 44, 30), at(10, 29, 30)]);
    expect(rig.planner.promptState()).toMatchObject({ status: 'open', returned: true });
    // Skipping the returned break does not bring it back again.
    rig.planner.answer('skip');
    await rig.clock.setTo(at(11, 15));
    expect(rig.planner.promptState()).toMatchObject({ status: 'open', returned: false });
    expect(rig.events('prompted')).toEqual([
      { type: 'prompted', at: at(9, 45), reason: 'interval' },
      { type: 'prompted', at: at(10, 30), reason: 'interval', returned: true },
      { type: 'prompted', at: at(11, 15), reason: 'interval' },
    ]);
  });

  it('when a busy spell ends first, it comes back then, as the catch-up (one prompt, not two)', async () => {
    const { camera, source } = standInCamera();
    // Cues on: the 10:05 posture mark asks the camera, which says busy.
    const rig = createRig({ liveSources: [source] });
    await rig.clock.setTo(at(9, 45));
    rig.planner.answer('skip');
    await rig.clock.setTo(at(10, 0));
    camera.busy = true;
    await rig.clock.setTo(at(10, 6));
    expect(rig.planner.status().statusLine).toBe('Holding your break: camera in use');
    camera.busy = false;
    // Asked again 2 min after it said busy: free at 10:07.
    await rig.clock.setTo(at(10, 8));
    expect(rig.planner.promptState()).toMatchObject({
      status: 'open',
      returned: true,
      catchUp: { kind: 'camera', busyMs: 2 * 60_000 },
    });
    expect(rig.events('prompted')).toEqual([
      { type: 'prompted', at: at(9, 45), reason: 'interval' },
      { type: 'prompted', at: at(10, 7), reason: 'interval', returned: true },
    ]);
    rig.planner.answer('start');
    await rig.clock.setTo(at(10, 50));
    // Taken: the count restarted at 10:07, and nothing comes back at 10:30.
    expect(rig.events('prompted').map((e) => e.at)).toEqual([at(9, 45), at(10, 7)]);
  });

  it('held by a busy spell, then skipped at the catch-up: back once at the next heads-up', async () => {
    const { camera, source } = standInCamera();
    const rig = createRig({ settings: withoutCues(), liveSources: [source] });
    await rig.clock.setTo(at(9, 40));
    camera.busy = true;
    // The 09:45 break is held (asked at the heads-up, 09:44:30, then every 2 min): free at 09:50:30.
    await rig.clock.setTo(at(9, 50));
    camera.busy = false;
    await rig.clock.setTo(at(9, 53));
    expect(rig.events('prompted')).toEqual([
      { type: 'prompted', at: at(9, 50, 30), reason: 'interval' },
    ]);
    expect(rig.planner.promptState()).toMatchObject({ catchUp: { kind: 'camera' } });
    rig.planner.answer('skip');
    // The count restarts at the skip: due 10:38, heads-up 10:37:30, and that prompt says so.
    await rig.clock.setTo(at(10, 38));
    expect(rig.planner.promptState()).toMatchObject({ status: 'open', returned: true });
    rig.planner.answer('skip');
    await rig.clock.setTo(at(11, 23));
    expect(rig.events('prompted')).toEqual([
      { type: 'prompted', at: at(9, 50, 30), reason: 'interval' },
      { type: 'prompted', at: at(10, 38), reason: 'interval', returned: true },
      { type: 'prompted', at: at(11, 23), reason: 'interval' },
    ]);
  });

  it('only the same day: skipped late on Monday, Tuesday starts clean', async () => {
    const rig = createRig({ start: at(16, 0), settings: withoutCues() });
    await rig.clock.setTo(at(16, 45));
    rig.planner.answer('skip');
    await rig.clock.setTo(at(9, 46, 0, 24));
    expect(rig.events('prompted')).toEqual([
      { type: 'prompted', at: at(16, 45), reason: 'interval' },
      { type: 'prompted', at: at(9, 45, 0, 24), reason: 'interval' },
    ]);
  });

  it('a natural break in between settles it; and the person can turn it off', async () => {
    const rig = createRig({ settings: withoutCues() });
    await rig.clock.setTo(at(9, 45));
    rig.planner.answer('skip');
    rig.idle.at = (now) => (now >= at(10, 0) && now < at(10, 10) ? (now - at(10, 0)) / 1000 : 0);
    await rig.clock.setTo(at(11, 0));
    expect(rig.events('naturalBreak')).toHaveLength(1);
    expect(rig.events('prompted').filter((e) => e.returned)).toEqual([]);

    const off = createRig({ settings: withoutCues({ skippedBreakReturns: false }) });
    await off.clock.setTo(at(9, 45));
    off.planner.answer('skip');
    await off.clock.setTo(at(10, 30));
    expect(off.planner.promptState()).toMatchObject({ status: 'open', returned: false });
  });
});
