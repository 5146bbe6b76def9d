import { describe, expect, it } from 'vitest';
import { createRig, type Rig } from './testing/rig';
import { withoutCues } from './testing/withoutCues';

/**
 * "Not now? A 1-minute seated reset instead": the rig starts Monday 23 Nov
 * 2026 08:00 (Berlin), office hours from 09:00, interval 45 min, so the
 * prompt opens at 09:45; snooze is 5 min.
 */
const at = (h: number, m: number, s = 0) => new Date(2026, 10, 23, h, m, s).getTime();
const promptWindow = (rig: Rig) => ({
  opened: rig.windows.opened.filter((w) => w.route === 'prompt').map((w) => w.at),
  closed: rig.windows.closed.filter((w) => w.route === 'prompt').map((w) => w.at),
});
const QUICK = { id: 'quick-seated-reset', title: 'Quick seated reset', minutes: 2 };

describe('snooze can offer less', () => {
  it('the prompt names the shortest routine; after a snooze it offers it for 15 s, then closes', async () => {
    const rig = createRig({ settings: withoutCues({ defaultRoutineId: 'seated-decompression' }) });
    await rig.clock.setTo(at(9, 45));
    expect(rig.planner.promptState()).toMatchObject({
      status: 'open',
      routine: { id: 'seated-decompression', minutes: 5 },
      shortest: QUICK,
      returned: false,
    });
    expect(rig.planner.answer('snooze')).toMatchObject({
      status: 'offer',
      routine: QUICK,
      snoozedUntil: at(9, 50),
      closesAt: at(9, 45, 15),
    });
    expect(rig.events('snoozed')).toHaveLength(1);
    expect(rig.windows.open.has('prompt')).toBe(true);
    // Only the offer's button is on offer now.
    expect(() => rig.planner.answer('skip')).toThrow('No reminder is waiting for an answer');
    await rig.clock.setTo(at(9, 46));
    expect(promptWindow(rig)).toEqual({ opened: [at(9, 45)], closed: [at(9, 45, 15)] });
    expect(rig.planner.promptState().status).toBe('none');
    expect(() => rig.planner.answer('startShortest')).toThrow();
    // The snoozed reminder comes back as usual, still offering the shorter one.
    await rig.clock.setTo(at(9, 50));
    rig.planner.answer('startShortest');
    expect(rig.events('started')).toEqual([
      { type: 'started', at: at(9, 50), routineId: 'quick-seated-reset', source: 'prompt' },
    ]);
    expect(rig.events('snoozed')).toHaveLength(1);
  });

  it('one click on the offer starts the shorter routine; the snooze already counted', async () => {
    const rig = createRig({ settings: withoutCues({ defaultRoutineId: 'seated-decompression' }) });
    await rig.clock.setTo(at(9, 45));
    rig.planner.answer('snooze');
    await rig.clock.setTo(at(9, 45, 5));
    rig.planner.answer('startShortest');
    expect(rig.events('started')).toEqual([
      { type: 'started', at: at(9, 45, 5), routineId: 'quick-seated-reset', source: 'prompt' },
    ]);
    expect(rig.events('snoozed').map((e) => e.at)).toEqual([at(9, 45)]);
    expect(rig.windows.open.has('prompt')).toBe(false);
    // The routine was the break: the snoozed reminder does not come back.
    await rig.clock.setTo(at(9, 55));
    expect(rig.events('prompted')).toHaveLength(1);
  });

  it('offers nothing when the routine is already the shortest, or no snooze is left', async () => {
    const rig = createRig({ settings: withoutCues() });
    await rig.clock.setTo(at(9, 45));
    expect(rig.planner.promptState()).toMatchObject({ status: 'open', shortest: null });
    expect(() => rig.planner.answer('startShortest')).toThrow('No shorter routine is on offer');
    expect(rig.planner.answer('snooze')).toMatchObject({ status: 'none' });
    expect(rig.events('started')).toEqual([]);

    const last = createRig({
      settings: withoutCues({ defaultRoutineId: 'standing-desk-reset', maxSnoozes: 1 }),
    });
    await last.clock.setTo(at(9, 45));
    expect(last.planner.promptState()).toMatchObject({ shortest: QUICK });
    last.planner.answer('snooze');
    await last.clock.setTo(at(9, 50));
    expect(last.planner.promptState()).toMatchObject({ status: 'open', shortest: null });
  });
});
