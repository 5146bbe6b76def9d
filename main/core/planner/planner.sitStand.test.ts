import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/settings/defaults';
import type { Settings } from '../../../shared/settings/schema';
import { createRig, type Rig } from './testing/rig';
import { standInCamera } from './testing/standInCamera';

/**
 * The sit-stand rhythm (sit 20, stand 8, move 2). The rig starts Monday 23
 * Nov 2026 08:00 (Berlin); office hours from 09:00, so: sitting 09:00-09:20,
 * "Time to stand up" at 09:20, the break (heads-up 09:27:30) due at 09:28.
 */
const at = (h: number, m: number, s = 0) => new Date(2026, 10, 23, h, m, s).getTime();
const DESK: Partial<Settings> = {
  standingDesk: { enabled: true, sitMinutes: 20, standMinutes: 8, moveMinutes: 2 },
};
const cues = (rig: Rig) =>
  rig.windows.opened
    .filter((w) => w.route === 'cue')
    .map((w) => [w.at, rig.events('cue').find((c) => c.at >= w.at)?.kind]);

describe('the sit-stand rhythm', () => {
  it('sits, stands at 20 min, takes the break at 28, and sits down when the routine ends', async () => {
    const rig = createRig({ settings: DESK });
    await rig.clock.setTo(at(9, 5));
    expect(rig.planner.status()).toMatchObject({
      desk: { block: 'sitting', changesAt: at(9, 20) },
      statusLine: 'Sitting: stand up at 09:20',
    });
    await rig.clock.setTo(at(9, 20, 5));
    expect(rig.planner.cueState()).toMatchObject({
      status: 'open',
      kind: 'stand',
      title: 'Time to stand up',
      sound: false,
    });
    expect(rig.planner.status()).toMatchObject({
      desk: { block: 'standing', changesAt: at(9, 28) },
      statusLine: 'Standing: break at 09:28',
    });
    await rig.clock.setTo(at(9, 28));
    expect(rig.notifications.map((n) => n.at)).toEqual([at(9, 27, 30)]);
    expect(rig.events('prompted').map((e) => e.at)).toEqual([at(9, 28)]);
    expect(rig.events('standing')).toEqual([
      { type: 'standing', at: at(9, 28), startedAt: at(9, 20) },
    ]);
    rig.planner.answer('start');
    await rig.clock.setTo(at(9, 30));
    rig.windows.open.delete('routine');
    rig.planner.routineEnded();
    expect(rig.planner.cueState()).toMatchObject({ status: 'open', kind: 'sit' });
    await rig.clock.setTo(at(9, 51));
    // The posture cue due at 09:20 gave way to standing up; the next stand is 20 min after the break.
    expect(cues(rig)).toEqual([
      [at(9, 20), 'stand'],
      [at(9, 30), 'sit'],
      [at(9, 50), 'stand'],
    ]);
  });

  it('a snoozed or skipped move part says "Time to sit down"; a dismissed stand cue is no standing block', async () => {
    const rig = createRig({ settings: DESK });
    await rig.clock.setTo(at(9, 20, 2));
    rig.planner.answerCue('dismiss');
    expect(rig.planner.status().desk).toEqual({ block: 'sitting', changesAt: at(9, 28) });
    expect(rig.planner.status().statusLine).toBe('Sitting: break at 09:28');
    await rig.clock.setTo(at(9, 28));
    rig.planner.answer('skip');
    expect(rig.planner.cueState()).toMatchObject({ status: 'open', kind: 'sit' });
    expect(rig.events('standing')).toEqual([]);
  });

  it('a natural break ends the standing block and restarts the rhythm', async () => {
    const rig = createRig({ settings: DESK });
    // Away from the desk from 09:22.
    rig.idle.at = (now) => (now >= at(9, 22) && now < at(9, 40) ? (now - at(9, 22)) / 1000 : 0);
    await rig.clock.setTo(at(9, 35));
    expect(rig.events('prompted')).toEqual([]);
    const [block, ...more] = rig.events('standing');
    expect(more).toEqual([]);
    // Ended by the look that found 5 min idle (09:27), before the break was due.
    expect(block?.startedAt).toBe(at(9, 20));
    expect(block?.at).toBeGreaterThanOrEqual(at(9, 27));
    expect(block?.at).toBeLessThan(at(9, 28));
  });

  it('a pause, a busy spell and the end of office hours each end the standing block', async () => {
    const paused = createRig({ settings: DESK });
    await paused.clock.setTo(at(9, 24));
    paused.planner.pause('30m');
    expect(paused.events('standing')).toEqual([
      { type: 'standing', at: at(9, 24), startedAt: at(9, 20) },
    ]);

    const { camera, source } = standInCamera();
    const busy = createRig({ settings: DESK, liveSources: [source] });
    await busy.clock.setTo(at(9, 23));
    camera.busy = true;
    // Asked at the heads-up (09:27:30): busy, so the reminders hold and the block ends.
    await busy.clock.setTo(at(9, 29));
    expect(busy.events('standing')).toEqual([
      { type: 'standing', at: at(9, 27, 30), startedAt: at(9, 20) },
    ]);
    expect(busy.events('prompted')).toEqual([]);

    const short = createRig({
      settings: {
        ...DESK,
        officeHours: { ...DEFAULT_OFFICE_HOURS, mon: [{ start: '09:00', end: '09:25' }] },
      },
    });
    await short.clock.setTo(at(10, 0));
    expect(short.events('standing')).toEqual([
      { type: 'standing', at: at(9, 25), startedAt: at(9, 20) },
    ]);
    expect(short.planner.status().desk ?? null).toBeNull();
  });

  it('starts again after a pause: the overdue break at resume, then sit, and stand 20 min after it', async () => {
    const rig = createRig({ settings: DESK });
    await rig.clock.setTo(at(9, 24));
    rig.planner.pause('30m');
    await rig.clock.setTo(at(9, 55));
    // The count kept going through the pause: the break (due 09:28) comes once, at resume.
    expect(rig.notifications.map((n) => n.at)).toEqual([at(9, 54)]);
    expect(rig.events('prompted').map((e) => e.at)).toEqual([at(9, 54, 30)]);
    rig.planner.answer('start');
    await rig.clock.setTo(at(9, 58));
    rig.windows.open.delete('routine');
    rig.planner.routineEnded();
    await rig.clock.setTo(at(10, 30));
    expect(cues(rig)).toEqual([
      [at(9, 20), 'stand'],
      [at(9, 58), 'sit'],
      [at(10, 18), 'stand'],
    ]);
    expect(rig.events('standing')).toEqual([
      { type: 'standing', at: at(9, 24), startedAt: at(9, 20) },
      // 8 min standing, ended by the next break's prompt.
      { type: 'standing', at: at(10, 26), startedAt: at(10, 18) },
    ]);
  });

  it('starts again after a busy spell: the one catch-up is the move part, then sit and stand anew', async () => {
    const { camera, source } = standInCamera();
    const rig = createRig({ settings: DESK, liveSources: [source] });
    await rig.clock.setTo(at(9, 23));
    camera.busy = true;
    await rig.clock.setTo(at(9, 40));
    camera.busy = false;
    await rig.clock.setTo(at(9, 45));
    expect(rig.events('prompted').map((e) => e.at)).toEqual([at(9, 41, 30)]);
    expect(rig.planner.promptState()).toMatchObject({
      status: 'open',
      catchUp: { kind: 'camera' },
    });
    rig.planner.answer('start');
    await rig.clock.setTo(at(9, 47));
    rig.windows.open.delete('routine');
    rig.planner.routineEnded();
    await rig.clock.setTo(at(10, 20));
    expect(cues(rig)).toEqual([
      [at(9, 20), 'stand'],
      [at(9, 47), 'sit'],
      [at(10, 7), 'stand'],
    ]);
    expect(rig.events('standing')).toEqual([
      { type: 'standing', at: at(9, 27, 30), startedAt: at(9, 20) },
      { type: 'standing', at: at(10, 15), startedAt: at(10, 7) },
    ]);
  });

  it('the move part is a routine that fits moveMinutes, and the heads-up names it', async () => {
    // The default routine here (seated decompression, 5 min) is too long for a 3-minute move.
    const rig = createRig({
      settings: {
        defaultRoutineId: 'seated-decompression',
        standingDesk: { enabled: true, sitMinutes: 20, standMinutes: 8, moveMinutes: 3 },
      },
    });
    await rig.clock.setTo(at(9, 28));
    expect(rig.notifications.map((n) => [n.at, n.body])).toEqual([
      [at(9, 27, 30), 'Standing desk reset, about 3 min. Finish what you are typing.'],
    ]);
    expect(rig.planner.promptState()).toMatchObject({
      status: 'open',
      routine: { id: 'standing-desk-reset', minutes: 3 },
    });
    rig.planner.answer('start');
    expect(rig.events('started')).toEqual([
      { type: 'started', at: at(9, 28), routineId: 'standing-desk-reset', source: 'prompt' },
    ]);
  });
});
