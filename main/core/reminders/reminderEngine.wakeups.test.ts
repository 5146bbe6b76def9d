import { describe, expect, it } from 'vitest';
import { createRig } from './testing/engineRig';

/** Timer wake-ups from one instant to another. */
function wakeUpsBetween(rig: ReturnType<typeof createRig>, from: number, to: number): number {
  rig.clock.setTo(from);
  const before = rig.engine.stats().wakeUps;
  rig.clock.setTo(to);
  return rig.engine.stats().wakeUps - before;
}

describe('the planner does not poll', () => {
  it('an hour of steady work in office hours costs twelve wake-ups (one idle look per five minutes)', () => {
    const rig = createRig({ settings: { intervalMinutes: 240 } });
    expect(wakeUpsBetween(rig, rig.at('10:00'), rig.at('11:00'))).toBe(12);
  });

  it('a longer natural break setting means fewer looks', () => {
    const rig = createRig({ settings: { intervalMinutes: 240, naturalBreakMinutes: 10 } });
    expect(wakeUpsBetween(rig, rig.at('10:00'), rig.at('11:00'))).toBe(6);
  });

  it('outside office hours: a handful of wake-ups a night, none of them reading idle', () => {
    const rig = createRig();
    rig.engine.pause('indefinite');
    rig.engine.resume();
    rig.clock.setTo(rig.at('17:30'));
    const samples = rig.engine.stats().idleSamples;
    const night = wakeUpsBetween(rig, rig.at('17:30'), rig.at('08:59', 1));
    expect(night).toBeLessThanOrEqual(4);
    expect(rig.engine.stats().idleSamples).toBe(samples);
  });

  it('a locked screen overnight: a wake-up every few hours at most, and no idle reads', () => {
    const rig = createRig();
    rig.clock.setTo(rig.at('17:00'));
    rig.engine.power('lock');
    rig.idle.seconds = 3600;
    rig.clock.setTo(rig.at('17:30'));
    const samples = rig.engine.stats().idleSamples;
    expect(wakeUpsBetween(rig, rig.at('17:30'), rig.at('08:59', 1))).toBeLessThanOrEqual(3);
    expect(rig.engine.stats().idleSamples).toBe(samples);
  });
});
