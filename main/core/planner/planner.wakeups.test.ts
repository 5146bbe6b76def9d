import { describe, expect, it } from 'vitest';
import { createRig } from './testing/rig';
import { withoutCues } from './testing/withoutCues';

/** Timer wake-ups from one instant to another. */
async function wakeUpsBetween(
  rig: ReturnType<typeof createRig>,
  from: number,
  to: number,
): Promise<number> {
  await rig.clock.setTo(from);
  const before = rig.wakeUps.length;
  await rig.clock.setTo(to);
  return rig.wakeUps.length - before;
}

describe('the planner does not poll', () => {
  it('an hour of steady work in office hours costs twelve wake-ups (one idle look per five minutes)', async () => {
    const rig = createRig({ settings: withoutCues({ intervalMinutes: 240 }) });
    expect(await wakeUpsBetween(rig, rig.at('10:00'), rig.at('11:00'))).toBe(12);
  });

  it('a longer natural break setting means fewer looks', async () => {
    const rig = createRig({
      settings: withoutCues({ intervalMinutes: 240, naturalBreakMinutes: 10 }),
    });
    expect(await wakeUpsBetween(rig, rig.at('10:00'), rig.at('11:00'))).toBe(6);
  });

  it('outside office hours: a handful of wake-ups a night, none of them reading idle', async () => {
    const rig = createRig();
    rig.planner.pause('indefinite');
    rig.planner.resume();
    await rig.clock.setTo(rig.at('17:30'));
    const samples = rig.idleReads.length;
    const night = await wakeUpsBetween(rig, rig.at('17:30'), rig.at('08:59', 1));
    expect(night).toBeLessThanOrEqual(4);
    expect(rig.idleReads.length).toBe(samples);
  });

  it('a locked screen overnight: a wake-up every few hours at most, and no idle reads', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('17:00'));
    rig.planner.power('lock');
    rig.idle.seconds = 3600;
    await rig.clock.setTo(rig.at('17:30'));
    const samples = rig.idleReads.length;
    expect(await wakeUpsBetween(rig, rig.at('17:30'), rig.at('08:59', 1))).toBeLessThanOrEqual(3);
    expect(rig.idleReads.length).toBe(samples);
  });
});
