import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/defaults';
import { createRig } from './testing/rig';
import { withoutCues } from './testing/withoutCues';
import { standInCamera } from './testing/standInCamera';

/**
 * Live busy sources (camera, microphone...) on the planner's busy port,
 * stood in by a source whose answer the test sets: the detectors themselves
 * are tested in main/desktop/busy. The rig starts Monday 23 Nov 2026 08:00
 * (Berlin); office hours 09:00-17:30, interval 45 min, heads-up 30 s, so
 * the first heads-up is 09:44:30 and the reminder 09:45.
 */
const at = (h: number, m: number, s = 0) => new Date(2026, 10, 23, h, m, s).getTime();

describe('live busy sources hold reminders', () => {
  it('a camera that turns on just before a reminder: no heads-up, no prompt; when it turns off, one catch-up', async () => {
    const { asks, camera, source } = standInCamera();
    const rig = createRig({ liveSources: [source], settings: withoutCues() });
    await rig.clock.setTo(at(9, 44));
    // Never asked while nothing is about to happen.
    expect(asks).toEqual([]);
    camera.busy = true;
    await rig.clock.setTo(at(9, 50));
    expect(rig.notifications).toEqual([]);
    expect(rig.windows.opened).toEqual([]);
    expect(rig.planner.status().statusLine).toBe('Holding your break: camera in use');
    // Asked at the heads-up, then every 2 min while it says busy.
    expect(asks).toEqual([at(9, 44, 30), at(9, 46, 30), at(9, 48, 30)]);

    camera.busy = false;
    await rig.clock.setTo(at(9, 55));
    // One catch-up (what follows is its nag, every 2 min).
    expect(rig.windows.opened.map((w) => [w.at, w.escalated])).toEqual([
      [at(9, 50, 30), false],
      [at(9, 52, 30), true],
      [at(9, 54, 30), true],
    ]);
    expect(rig.events('prompted')).toHaveLength(1);
    expect(rig.planner.promptState()).toMatchObject({
      status: 'open',
      catchUp: { kind: 'camera', busyMs: 6 * 60_000 },
    });
    expect(rig.events('busyHold')).toEqual([
      {
        type: 'busyHold',
        at: at(9, 50, 30),
        startedAt: at(9, 44, 30),
        source: 'camera',
        kind: 'camera',
        heldReminders: 1,
      },
    ]);
    // Free again: no more questions until the planner is about to act again (the nag at 09:52:30).
    expect(asks.filter((t) => t > at(9, 50, 30))).toEqual([at(9, 52, 30), at(9, 54, 30)]);
  });

  it('a source switched off in Settings is never asked, and the reminder comes on time', async () => {
    const { asks, camera, source } = standInCamera();
    camera.busy = true;
    const meetings = defaultSettings().meetings;
    const rig = createRig({
      liveSources: [source],
      settings: withoutCues({
        meetings: { ...meetings, sources: { ...meetings.sources, camera: false } },
      }),
    });
    await rig.clock.setTo(at(9, 46));
    expect(asks).toEqual([]);
    expect(rig.windows.opened.map((w) => w.at)).toEqual([at(9, 45)]);
  });

  it('a source that never answers counts as free after 2 s: the reminder is late by that much at most', async () => {
    const { camera, source } = standInCamera();
    camera.hang = true;
    const rig = createRig({ liveSources: [source], settings: withoutCues({ headsUpSeconds: 0 }) });
    await rig.clock.setTo(at(9, 46));
    expect(rig.windows.opened.map((w) => w.at)).toEqual([at(9, 45, 2)]);
    expect(rig.events('busyHold')).toEqual([]);
  });
});
