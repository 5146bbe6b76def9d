import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/defaults';
import type { Settings } from '../../../shared/settings/schema';
import { createRig } from './testing/rig';

const MIN = 60_000;

describe('office-hours reminders', () => {
  it('prompts after 45 minutes of active time, with a heads-up 30 seconds before', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:44'));
    expect(rig.notifications).toHaveLength(0);

    await rig.clock.setTo(rig.at('09:44') + 30_000);
    expect(rig.notifications).toHaveLength(1);
    expect(rig.notifications[0]?.title).toBe('Break in 30 seconds');
    expect(rig.notifications[0]?.actions?.map((a) => a.label)).toEqual(['Start now', 'Snooze']);
    expect(rig.windows.open.has('prompt')).toBe(false);

    await rig.clock.setTo(rig.at('09:45'));
    expect(rig.windows.open.has('prompt')).toBe(true);
    expect(rig.events('prompted')).toEqual([
      { type: 'prompted', at: rig.at('09:45'), reason: 'interval' },
    ]);
    expect(rig.planner.promptState()).toMatchObject({
      status: 'open',
      reason: 'interval',
      routine: { id: 'quick-seated-reset' },
      escalation: 0,
      snoozesAllowed: 3,
      canSkip: true,
    });
  });

  it('never reminds outside office hours, and starts counting afresh when they begin', async () => {
    const rig = createRig({ start: new Date(2026, 10, 21, 8, 0).getTime() }); // a Saturday
    await rig.clock.setTo(rig.at('23:00', 1)); // through Sunday
    expect(rig.events('prompted')).toHaveLength(0);
    expect(rig.notifications).toHaveLength(0);
    await rig.clock.setTo(rig.at('09:44', 2)); // Monday
    expect(rig.events('prompted')).toHaveLength(0);
    await rig.clock.setTo(rig.at('09:45', 2));
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('09:45', 2)]);
  });

  it('does not carry active time across a gap between ranges longer than a natural break', async () => {
    const rig = createRig({
      settings: {
        officeHours: {
          mon: [
            { start: '09:00', end: '09:30' },
            { start: '10:00', end: '12:00' },
          ],
          tue: [],
          wed: [],
          thu: [],
          fri: [],
          sat: [],
          sun: [],
        },
      },
    });
    await rig.clock.setTo(rig.at('10:44'));
    expect(rig.events('prompted')).toHaveLength(0);
    await rig.clock.setTo(rig.at('10:45'));
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('10:45')]);
  });

  it('carries active time across a gap shorter than a natural break, without counting the gap', async () => {
    const rig = createRig({
      settings: {
        officeHours: {
          mon: [
            { start: '09:00', end: '09:30' },
            { start: '09:33', end: '12:00' },
          ],
          tue: [],
          wed: [],
          thu: [],
          fri: [],
          sat: [],
          sun: [],
        },
      },
    });
    await rig.clock.setTo(rig.at('12:00'));
    expect(rig.events('prompted')[0]?.at).toBe(rig.at('09:48'));
  });

  it('answering restarts the count: the next reminder comes a full interval after Start', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:46'));
    rig.planner.answer('start');
    expect(rig.windows.open.has('prompt')).toBe(false);
    expect(rig.events('started')).toEqual([
      { type: 'started', at: rig.at('09:46'), routineId: 'quick-seated-reset', source: 'prompt' },
    ]);
    rig.windows.open.delete('routine');
    await rig.clock.setTo(rig.at('10:31') - 1000);
    expect(rig.events('prompted')).toHaveLength(1);
    await rig.clock.setTo(rig.at('10:31'));
    expect(rig.events('prompted')).toHaveLength(2);
  });

  it('Skip records the decision and restarts the count', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:45'));
    rig.planner.answer('skip');
    expect(rig.events('skipped')).toEqual([{ type: 'skipped', at: rig.at('09:45') }]);
    expect(rig.planner.status().nextReminderAt).toBe(rig.at('10:30'));
  });

  it('a routine started from the tray counts as the break and answers a waiting prompt', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:50'));
    expect(rig.planner.promptState().status).toBe('open');
    rig.planner.routineStarted();
    expect(rig.planner.promptState().status).toBe('none');
    expect(rig.windows.open.has('prompt')).toBe(false);
    expect(rig.planner.status().nextReminderAt).toBe(rig.at('10:35'));
  });

  it('a reminder that falls due while a routine is playing is not shown: that routine is the break', async () => {
    const rig = createRig();
    rig.windows.open.add('routine');
    await rig.clock.setTo(rig.at('09:46'));
    expect(rig.events('prompted')).toHaveLength(0);
    expect(rig.planner.status().nextReminderAt).toBe(rig.at('10:30'));
  });

  it('a prompt still open when office hours end goes away; none opens outside them', async () => {
    const rig = createRig();
    rig.planner.pause('indefinite');
    await rig.clock.setTo(rig.at('16:40'));
    rig.planner.resume();
    await rig.clock.setTo(rig.at('17:25'));
    expect(rig.windows.open.has('prompt')).toBe(true);
    await rig.clock.setTo(rig.at('17:30'));
    expect(rig.windows.open.has('prompt')).toBe(false);
    await rig.clock.setTo(rig.at('23:59'));
    expect(rig.events('prompted')).toHaveLength(1);
  });

  it('clicking the heads-up opens the prompt at once; its Start now starts the routine', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:44') + 30_000);
    rig.notifications[0]?.respond('click');
    expect(rig.windows.open.has('prompt')).toBe(true);
    expect(rig.events('prompted')[0]?.at).toBe(rig.at('09:44') + 30_000);

    const second = createRig();
    await second.clock.setTo(second.at('09:44') + 30_000);
    second.notifications[0]?.respond('start');
    expect(second.events('started')[0]?.source).toBe('prompt');
    expect(second.events('prompted')).toHaveLength(0);
    expect(second.planner.status().nextReminderAt).toBe(second.at('09:44') + 30_000 + 45 * MIN);
  });

  it('Snooze on the heads-up postpones the reminder by snoozeMinutes', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:44') + 30_000);
    rig.notifications[0]?.respond('snooze');
    const until = rig.at('09:49') + 30_000;
    expect(rig.events('snoozed')).toEqual([
      { type: 'snoozed', at: rig.at('09:44') + 30_000, until, snoozeCount: 1 },
    ]);
    await rig.clock.setTo(until - 1000);
    expect(rig.windows.open.has('prompt')).toBe(false);
    await rig.clock.setTo(until);
    expect(rig.planner.promptState()).toMatchObject({ status: 'open', snoozesUsed: 1 });
  });

  it('changing settings re-plans at once', async () => {
    const rig = createRig();
    await rig.clock.setTo(rig.at('09:10'));
    expect(rig.planner.status().nextReminderAt).toBe(rig.at('09:45'));
    rig.planner.updateSettings({ ...defaultsWith({ intervalMinutes: 20 }) });
    expect(rig.planner.status().nextReminderAt).toBe(rig.at('09:20'));
    await rig.clock.setTo(rig.at('09:20'));
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('09:20')]);
  });
});

function defaultsWith(patch: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...patch };
}
