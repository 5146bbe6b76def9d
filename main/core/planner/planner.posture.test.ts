import { describe, expect, it } from 'vitest';
import { createRig, type Rig } from './testing/rig';
import { standInCamera } from './testing/standInCamera';

/**
 * Posture cues between breaks. The rig starts Monday 23 Nov 2026 08:00
 * (Berlin); office hours 09:00-17:30, a cue after every 20 min of active
 * time (the default), cues close by themselves after 20 s.
 */
const at = (h: number, m: number, s = 0) => new Date(2026, 10, 23, h, m, s).getTime();
const cuesOpened = (rig: Rig) =>
  rig.windows.opened.filter((w) => w.route === 'cue').map((w) => w.at);
const promptsOpened = (rig: Rig) =>
  rig.windows.opened.filter((w) => w.route === 'prompt').map((w) => w.at);

describe('posture cues between breaks', () => {
  it('open at every 20 min of active time, close by themselves after 20 s, and never move the break', async () => {
    // Interval 60: marks at 09:20 and 09:40; the 10:00 mark is the break itself.
    const rig = createRig({ settings: { intervalMinutes: 60 } });
    await rig.clock.setTo(at(9, 19, 59));
    expect(cuesOpened(rig)).toEqual([]);
    await rig.clock.setTo(at(9, 20, 5));
    expect(cuesOpened(rig)).toEqual([at(9, 20)]);
    expect(rig.planner.cueState()).toMatchObject({
      status: 'open',
      kind: 'posture',
      cueId: 'sit-tall',
      title: 'Sit tall',
      poseId: null,
      shownAt: at(9, 20),
      closesAt: at(9, 20, 20),
      sound: false,
    });
    await rig.clock.setTo(at(9, 21));
    expect(rig.windows.closed.filter((w) => w.route === 'cue').map((w) => w.at)).toEqual([
      at(9, 20, 20),
    ]);
    expect(rig.planner.cueState().status).toBe('none');
    await rig.clock.setTo(at(10, 0, 30));
    // The next cue in the rotation, with its drawing.
    expect(cuesOpened(rig)).toEqual([at(9, 20), at(9, 40)]);
    expect(rig.events('cue')).toEqual([
      { type: 'cue', at: at(9, 20, 20), kind: 'posture', cueId: 'sit-tall', outcome: 'expired' },
      { type: 'cue', at: at(9, 40, 20), kind: 'posture', cueId: 'pelvic-rock', outcome: 'expired' },
    ]);
    // The break came at 60 min of active time, as if no cue had been shown.
    expect(promptsOpened(rig)).toEqual([at(10, 0)]);
    expect(rig.planner.promptState()).toMatchObject({ workingSince: at(9, 0) });
  });

  it('is passed over within 5 min before the break, and not queued', async () => {
    // Interval 45: the 09:40 mark is 5 min before the break; the next cue is 20 min after it.
    const rig = createRig();
    await rig.clock.setTo(at(9, 45, 1));
    expect(cuesOpened(rig)).toEqual([at(9, 20)]);
    expect(promptsOpened(rig)).toEqual([at(9, 45)]);
    rig.planner.answer('start');
    // The routine window closes at 09:47 and the break ends there.
    await rig.clock.setTo(at(9, 47));
    rig.windows.open.delete('routine');
    rig.planner.routineEnded();
    await rig.clock.setTo(at(10, 6, 59));
    expect(cuesOpened(rig)).toEqual([at(9, 20)]);
    await rig.clock.setTo(at(10, 7, 30));
    expect(cuesOpened(rig)).toEqual([at(9, 20), at(10, 7)]);
  });

  it('stays quiet after a break: every 10 min, the first cue after the routine is 10 min after it ends', async () => {
    const rig = createRig({
      settings: { posture: { cues: true, everyMinutes: 10, sound: false, showNextInTray: false } },
    });
    // Marks at 09:10, 09:20, 09:30; the 09:40 one is within 5 min of the 09:45 break.
    await rig.clock.setTo(at(9, 45, 1));
    expect(cuesOpened(rig)).toEqual([at(9, 10), at(9, 20), at(9, 30)]);
    rig.planner.answer('start');
    await rig.clock.setTo(at(9, 47));
    rig.windows.open.delete('routine');
    rig.planner.routineEnded();
    await rig.clock.setTo(at(9, 56, 59));
    expect(cuesOpened(rig)).toEqual([at(9, 10), at(9, 20), at(9, 30)]);
    await rig.clock.setTo(at(9, 57, 30));
    expect(cuesOpened(rig)).toEqual([at(9, 10), at(9, 20), at(9, 30), at(9, 57)]);
  });

  it('"Done" and dismiss close it at once and are written down once; a second answer is refused', async () => {
    const rig = createRig({ settings: { intervalMinutes: 60 } });
    expect(() => rig.planner.answerCue('done')).toThrow('No cue is open');
    expect(rig.history).toEqual([]);
    await rig.clock.setTo(at(9, 20, 3));
    expect(rig.planner.answerCue('done')).toMatchObject({ status: 'none' });
    expect(rig.windows.open.has('cue')).toBe(false);
    expect(() => rig.planner.answerCue('dismiss')).toThrow('No cue is open');
    await rig.clock.setTo(at(9, 40, 1));
    rig.planner.answerCue('dismiss');
    await rig.clock.setTo(at(9, 41));
    expect(rig.events('cue').map((e) => [e.at, e.cueId, e.outcome])).toEqual([
      [at(9, 20, 3), 'sit-tall', 'done'],
      [at(9, 40, 1), 'pelvic-rock', 'dismissed'],
    ]);
  });

  it('never while busy: a mark during a call is passed over, the next one after it shows', async () => {
    const { camera, source } = standInCamera();
    const rig = createRig({ liveSources: [source], settings: { intervalMinutes: 90 } });
    await rig.clock.setTo(at(9, 15));
    camera.busy = true;
    await rig.clock.setTo(at(9, 30));
    camera.busy = false;
    await rig.clock.setTo(at(9, 39));
    expect(cuesOpened(rig)).toEqual([]);
    await rig.clock.setTo(at(9, 41));
    expect(cuesOpened(rig)).toEqual([at(9, 40)]);
  });

  it('never outside office hours, never over a routine playing, and sounds only when asked', async () => {
    const rig = createRig({
      settings: {
        intervalMinutes: 120,
        posture: { cues: true, everyMinutes: 10, sound: true, showNextInTray: false },
      },
    });
    await rig.clock.setTo(at(8, 59));
    expect(cuesOpened(rig)).toEqual([]);
    await rig.clock.setTo(at(9, 10, 1));
    expect(rig.planner.cueState()).toMatchObject({ status: 'open', sound: true });
    // A routine from the tray plays through the 09:20 mark (no break: it is still playing).
    rig.windows.open.add('routine');
    await rig.clock.setTo(at(9, 21));
    expect(cuesOpened(rig)).toEqual([at(9, 10)]);
  });

  it('the tray names the next one only when asked, skipping one that would be passed over', async () => {
    const shown = createRig({
      settings: { posture: { cues: true, everyMinutes: 20, sound: false, showNextInTray: true } },
    });
    await shown.clock.setTo(at(9, 5));
    expect(shown.planner.status()).toMatchObject({
      nextPostureCueAt: at(9, 20),
      statusLine: 'Next reminder in 40 min (at 09:45); posture check-in at 09:20',
    });
    // After 09:20 the next mark (09:40) is within 5 min of the 09:45 break: none is named.
    await shown.clock.setTo(at(9, 25));
    expect(shown.planner.status().nextPostureCueAt ?? null).toBeNull();
    const quiet = createRig();
    await quiet.clock.setTo(at(9, 5));
    expect(quiet.planner.status().nextPostureCueAt ?? null).toBeNull();
  });

  it('is off when the person turns cues off', async () => {
    const rig = createRig({
      settings: { posture: { cues: false, everyMinutes: 20, sound: false, showNextInTray: false } },
    });
    await rig.clock.setTo(at(9, 44));
    expect(cuesOpened(rig)).toEqual([]);
  });
});
