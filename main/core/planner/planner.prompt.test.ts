import { describe, expect, it } from 'vitest';
import type { NagLevel } from '../../../shared/settings/schema';
import { createRig, type Rig } from './testing/rig';

const MIN = 60_000;

async function dueRig(nagLevel: NagLevel = 'persistent', maxSnoozes = 3) {
  const rig = createRig({ settings: { nagLevel, maxSnoozes } });
  await rig.clock.setTo(rig.at('09:45'));
  return rig;
}

describe('the prompt: escalation and nag', () => {
  it('persistent: opens small, then bigger and centred with a chime after nagMinutes, and keeps coming back', async () => {
    const rig = await dueRig();
    expect(rig.windows.opened.filter((w) => w.route === 'prompt')).toEqual([
      { route: 'prompt', escalated: false, at: rig.at('09:45') },
    ]);
    await rig.clock.setTo(rig.at('09:47'));
    expect(rig.planner.promptState()).toMatchObject({
      escalation: 1,
      nagCount: 1,
      lastNagAt: rig.at('09:47'),
      sound: { enabled: true, volume: 0.6 },
    });
    await rig.clock.setTo(rig.at('09:49'));
    expect(rig.planner.promptState()).toMatchObject({ escalation: 2, nagCount: 2 });
    await rig.clock.setTo(rig.at('09:55'));
    expect(
      rig.windows.opened.filter((w) => w.route === 'prompt' && w.escalated).map((w) => w.at),
    ).toEqual([
      rig.at('09:47'),
      rig.at('09:49'),
      rig.at('09:51'),
      rig.at('09:53'),
      rig.at('09:55'),
    ]);
    // One "prompted" per reminder, not per nag.
    expect(rig.events('prompted')).toHaveLength(1);
  });

  it('gentle: one quiet prompt that never escalates or comes back', async () => {
    const rig = await dueRig('gentle');
    await rig.clock.setTo(rig.at('10:30'));
    expect(rig.windows.opened.filter((w) => w.route === 'prompt')).toHaveLength(1);
    expect(rig.planner.promptState()).toMatchObject({ status: 'open', escalation: 0, nagCount: 0 });
  });

  it('answering stops the nag', async () => {
    const rig = await dueRig();
    await rig.clock.setTo(rig.at('09:48'));
    rig.planner.answer('skip');
    const opens = rig.windows.opened.length;
    await rig.clock.setTo(rig.at('10:00'));
    expect(rig.windows.opened).toHaveLength(opens);
  });

  it('a reminder is shown again after its snooze, small at first', async () => {
    const rig = await dueRig();
    await rig.clock.setTo(rig.at('09:48'));
    rig.planner.answer('snooze');
    expect(rig.windows.open.has('prompt')).toBe(false);
    expect(rig.planner.status().statusLine).toBe('Snoozed until 09:53');
    await rig.clock.setTo(rig.at('09:53'));
    expect(rig.planner.promptState()).toMatchObject({
      status: 'open',
      escalation: 0,
      snoozesUsed: 1,
    });
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('09:45'), rig.at('09:53')]);
  });
});

describe('snooze limits per nag level', () => {
  async function snoozeUntilRefused(rig: Rig): Promise<{ accepted: number; error: string }> {
    let accepted = 0;
    for (;;) {
      try {
        rig.planner.answer('snooze');
        accepted++;
        await rig.clock.advance(5 * MIN);
      } catch (err) {
        return { accepted, error: (err as Error).message };
      }
    }
  }

  it('persistent and gentle allow maxSnoozes, then say none are left', async () => {
    for (const level of ['persistent', 'gentle'] as const) {
      const rig = await dueRig(level, 3);
      expect(await snoozeUntilRefused(rig)).toEqual({
        accepted: 3,
        error: 'No snoozes left for this reminder',
      });
      expect(rig.planner.promptState()).toMatchObject({
        status: 'open',
        snoozesUsed: 3,
        snoozesAllowed: 3,
      });
      expect(rig.events('snoozed').map((e) => e.snoozeCount)).toEqual([1, 2, 3]);
    }
  });

  it('strict allows one snooze whatever maxSnoozes says, and has no Skip', async () => {
    const rig = await dueRig('strict', 3);
    expect(rig.planner.promptState()).toMatchObject({ canSkip: false, snoozesAllowed: 1 });
    expect(() => rig.planner.answer('skip')).toThrow(
      'Strict reminders have no Skip: start the routine or snooze',
    );
    expect(rig.events('skipped')).toHaveLength(0);
    expect(await snoozeUntilRefused(rig)).toEqual({
      accepted: 1,
      error: 'No snoozes left for this reminder',
    });
    rig.planner.answer('start');
    expect(rig.events('started')).toHaveLength(1);
  });

  it('maxSnoozes 0 turns snooze off, and the heads-up offers no Snooze', async () => {
    const rig = createRig({ settings: { maxSnoozes: 0 } });
    await rig.clock.setTo(rig.at('09:45'));
    expect(rig.notifications[0]?.actions?.map((a) => a.id)).toEqual(['start']);
    expect(() => rig.planner.answer('snooze')).toThrow('Snooze is off for these reminders');
  });

  it('answering with no prompt waiting is refused', async () => {
    const rig = createRig();
    expect(() => rig.planner.answer('start')).toThrow('No reminder is waiting for an answer');
    expect(rig.history).toHaveLength(0);
  });
});

describe('pause', () => {
  it('30 minutes: no reminders, the tray says until when, and the count keeps going through it', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:40'));
    expect(rig.planner.pause('30m')).toMatchObject({
      phase: 'paused',
      statusLine: 'Paused until 10:10',
      pausedUntil: rig.at('10:10'),
    });
    await rig.clock.setTo(rig.at('10:09'));
    expect(rig.events('prompted')).toHaveLength(0);
    expect(rig.notifications).toHaveLength(0);
    // 70 min of active time at 10:10: overdue, so the heads-up now and the prompt 30 s later.
    await rig.clock.setTo(rig.at('10:10'));
    expect(rig.planner.status()).toMatchObject({
      paused: false,
      nextReminderAt: rig.at('10:10') + 30_000,
    });
    expect(rig.notifications.map((n) => [n.at, n.title])).toEqual([
      [rig.at('10:10'), 'Break in 30 seconds'],
    ]);
    await rig.clock.setTo(rig.at('10:20'));
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('10:10') + 30_000]);
  });

  it('1 h and 2 h end on time', async () => {
    for (const [choice, minutes] of [
      ['1h', 60],
      ['2h', 120],
    ] as const) {
      const rig = createRig();
      await rig.clock.setTo(rig.at('10:00'));
      rig.planner.pause(choice);
      await rig.clock.setTo(rig.at('10:00') + minutes * MIN - 1000);
      expect(rig.planner.status().paused).toBe(true);
      await rig.clock.advance(1000);
      expect(rig.planner.status().paused).toBe(false);
    }
  });

  it('rest of today lasts until midnight; until-resumed lasts until resumed', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('11:00'));
    expect(rig.planner.pause('today').statusLine).toBe('Paused for the rest of today');
    await rig.clock.setTo(rig.at('23:59'));
    expect(rig.planner.status().paused).toBe(true);
    await rig.clock.setTo(rig.at('00:00', 1));
    expect(rig.planner.status().paused).toBe(false);

    expect(rig.planner.pause('indefinite').statusLine).toBe('Paused until you resume');
    await rig.clock.setTo(rig.at('12:00', 3));
    expect(rig.events('prompted').filter((e) => e.at > rig.at('11:00'))).toHaveLength(0);
    // Office hours since 09:00 that day were counted through the pause: overdue, one heads-up first.
    expect(rig.planner.resume()).toMatchObject({
      paused: false,
      nextReminderAt: rig.at('12:00', 3) + 30_000,
    });
  });

  it('pausing puts away a waiting prompt', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:45'));
    rig.planner.pause('1h');
    expect(rig.windows.open.has('prompt')).toBe(false);
    expect(rig.planner.promptState().status).toBe('none');
  });
});
