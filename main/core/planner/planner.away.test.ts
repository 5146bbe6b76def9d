import { describe, expect, it } from 'vitest';
import { createRig, type Rig } from './testing/rig';
import { withoutCues } from './testing/withoutCues';

const MIN = 60_000;

/** The person stops touching keyboard and mouse at `from` and comes back at `to`. */
function awaySpell(rig: Rig, from: number, to: number): void {
  rig.idle.at = (now) => (now >= from && now < to ? (now - from) / 1000 : 0);
}

describe('natural breaks from idle time', () => {
  it('an idle spell just under the threshold is not a break: the reminder keeps its time', async () => {
    const rig = createRig();
    awaySpell(rig, rig.at('09:20'), rig.at('09:25') - 1000);
    await rig.clock.setTo(rig.at('09:45'));
    expect(rig.events('naturalBreak')).toHaveLength(0);
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('09:45')]);
  });

  it('an idle spell just over the threshold is a break, recorded as it completes, and restarts the count', async () => {
    const rig = createRig();
    awaySpell(rig, rig.at('09:20'), rig.at('09:25') + 1000);
    await rig.clock.setTo(rig.at('09:45'));
    expect(rig.events('naturalBreak')).toEqual([
      { type: 'naturalBreak', at: rig.at('09:25'), idleMs: 5 * MIN, cause: 'idle' },
    ]);
    expect(rig.events('prompted')).toHaveLength(0);
    // Counted from the last sample that found the person away.
    expect(rig.planner.status().nextReminderAt).toBe(rig.at('10:10'));
  });

  it('a long absence is one break; the count starts about when the person is back', async () => {
    const rig = createRig();
    awaySpell(rig, rig.at('09:30'), rig.at('10:12'));
    await rig.clock.setTo(rig.at('12:00'));
    expect(rig.events('naturalBreak')).toHaveLength(1);
    const first = rig.events('prompted')[0]?.at ?? 0;
    // Back at 10:12; the last sample that saw the person away was at most 5 min before.
    expect(first).toBeGreaterThanOrEqual(rig.at('10:12') + 40 * MIN);
    expect(first).toBeLessThanOrEqual(rig.at('10:12') + 45 * MIN);
  });

  it('a natural break answers a waiting prompt: the person already got up', async () => {
    const rig = createRig();
    awaySpell(rig, rig.at('09:46'), rig.at('10:30'));
    await rig.clock.setTo(rig.at('09:45'));
    expect(rig.windows.open.has('prompt')).toBe(true);
    await rig.clock.setTo(rig.at('09:52'));
    expect(rig.windows.open.has('prompt')).toBe(false);
    expect(rig.events('naturalBreak')).toHaveLength(1);
  });

  it('not yet at the desk when office hours begin is not a break', async () => {
    const rig = createRig();
    awaySpell(rig, rig.at('00:00'), rig.at('09:20'));
    await rig.clock.setTo(rig.at('10:30'));
    expect(rig.events('naturalBreak')).toHaveLength(0);
    // Counted from about the arrival at 09:20, not from 09:00.
    const first = rig.events('prompted')[0]?.at ?? 0;
    expect(first).toBeGreaterThanOrEqual(rig.at('09:15') + 45 * MIN);
    expect(first).toBeLessThanOrEqual(rig.at('09:20') + 45 * MIN);
  });

  it('samples idle sparsely (once per natural-break length of work), and only inside office hours', async () => {
    const rig = createRig({ settings: withoutCues() });
    await rig.clock.setTo(rig.at('08:59'));
    expect(rig.idleReads.length).toBe(0);
    await rig.clock.setTo(rig.at('09:44'));
    // 09:00, 09:05, ... 09:40: one look per five minutes of work.
    expect(rig.idleReads.length).toBe(9);
    await rig.clock.setTo(rig.at('17:30'));
    const atClose = rig.idleReads.length;
    await rig.clock.setTo(rig.at('08:59', 1));
    expect(rig.idleReads.length).toBe(atClose);
  });
});

describe('lock screen', () => {
  it('locked for 10 minutes is a natural break', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:30'));
    rig.planner.power('lock');
    await rig.clock.setTo(rig.at('09:40'));
    rig.planner.power('unlock');
    expect(rig.events('naturalBreak')).toEqual([
      { type: 'naturalBreak', at: rig.at('09:40'), idleMs: 10 * MIN, cause: 'lock' },
    ]);
    expect(rig.planner.status().nextReminderAt).toBe(rig.at('10:25'));
  });

  it('locked for 3 minutes is not; a reminder due meanwhile shows once on unlock', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:43'));
    rig.planner.power('lock');
    await rig.clock.setTo(rig.at('09:46'));
    expect(rig.windows.open.has('prompt')).toBe(false);
    rig.planner.power('unlock');
    expect(rig.events('naturalBreak')).toHaveLength(0);
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('09:46')]);
  });

  it('a lock with no unlock event ends when input comes back', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:30'));
    rig.planner.power('lock');
    rig.idle.seconds = 600;
    await rig.clock.setTo(rig.at('10:00'));
    expect(rig.events('naturalBreak')).toHaveLength(0);
    rig.idle.seconds = 3;
    await rig.clock.setTo(rig.at('10:16'));
    expect(rig.events('naturalBreak')).toHaveLength(1);
    expect(rig.planner.status().phase).toBe('counting');
  });
});

describe('suspend and resume', () => {
  it('asleep across a reminder: a natural break, no prompt burst on wake', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:40'));
    rig.planner.power('suspend');
    await rig.clock.jumpWithoutFiring(rig.at('10:30') - rig.clock.now());
    rig.planner.power('resume');
    await rig.clock.advance(1000);
    expect(rig.events('naturalBreak')).toEqual([
      { type: 'naturalBreak', at: rig.at('10:30'), idleMs: 50 * MIN, cause: 'suspend' },
    ]);
    expect(rig.events('prompted')).toHaveLength(0);
    expect(rig.notifications).toHaveLength(0);
    expect(rig.planner.status().nextReminderAt).toBe(rig.at('11:15'));
  });

  it('a short sleep across the due time: exactly one prompt on wake', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:44'));
    rig.planner.power('suspend');
    await rig.clock.jumpWithoutFiring(3 * MIN);
    rig.planner.power('resume');
    await rig.clock.advance(10 * MIN);
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('09:47')]);
    expect(rig.windows.opened.filter((w) => w.route === 'prompt' && !w.escalated)).toHaveLength(1);
  });

  it('a sleep nobody announced (timers fire late) is treated the same way', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:40'));
    await rig.clock.jumpWithoutFiring(rig.at('11:00') - rig.clock.now());
    await rig.clock.advance(0);
    expect(rig.events('naturalBreak')).toHaveLength(1);
    expect(rig.events('naturalBreak')[0]?.cause).toBe('suspend');
    expect(rig.events('prompted')).toHaveLength(0);
  });

  it('a prompt waiting before the sleep is shown once after it, not replayed per missed nag', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:45'));
    rig.planner.power('suspend');
    await rig.clock.jumpWithoutFiring(4 * MIN);
    rig.planner.power('resume');
    const opensAfter = () =>
      rig.windows.opened.filter((w) => w.route === 'prompt' && w.at >= rig.at('09:49'));
    expect(opensAfter()).toHaveLength(1);
    await rig.clock.advance(2 * MIN - 1000);
    expect(opensAfter()).toHaveLength(1);
  });

  it('a routine in progress is not lost: its window stays, and no prompt opens over it', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:45'));
    rig.planner.answer('start');
    expect(rig.windows.open.has('routine')).toBe(true);
    rig.planner.power('suspend');
    await rig.clock.jumpWithoutFiring(2 * MIN);
    rig.planner.power('resume');
    await rig.clock.advance(MIN);
    expect(rig.windows.open.has('routine')).toBe(true);
    expect(rig.windows.closed.filter((w) => w.route === 'routine')).toHaveLength(0);
    expect(rig.events('prompted')).toHaveLength(1);
  });
});
