import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/defaults';
import type { SessionConfig, Settings } from '../../../shared/settings/schema';
import { createRig } from './testing/rig';

const MIN = 60_000;

function withSessions(...overrides: Partial<SessionConfig>[]): Partial<Settings> {
  const [morning, evening] = defaultSettings().sessions;
  if (!morning || !evening) throw new Error('defaults lost their sessions');
  return {
    sessions: [
      { ...morning, enabled: true, ...overrides[0] },
      { ...evening, enabled: true, ...overrides[1] },
    ],
  };
}

describe('sessions', () => {
  it('are scheduled through the cron port, Monday to Friday, and only once enabled', async () => {
    const off = createRig({ start: new Date(2026, 10, 23, 6, 0).getTime() });
    expect(off.cronPatterns()).toEqual([]);
    const on = createRig({
      start: new Date(2026, 10, 23, 6, 0).getTime(),
      settings: withSessions(),
    });
    expect(on.cronPatterns()).toEqual(['30 7 * * 1,2,3,4,5', '0 19 * * 1,2,3,4,5']);
  });

  it('the tray says which session is next outside office hours', async () => {
    const rig = createRig({
      start: new Date(2026, 10, 23, 6, 0).getTime(),
      settings: withSessions(),
    });
    expect(rig.planner.status().statusLine).toBe(
      'Outside office hours: next session Morning at 07:30',
    );
    await rig.clock.setTo(rig.at('18:00'));
    expect(rig.planner.status().statusLine).toBe(
      'Outside office hours: next session Evening at 19:00',
    );
    await rig.clock.setTo(rig.at('19:01'));
    rig.planner.answer('start');
    expect(rig.planner.status().statusLine).toBe(
      'Outside office hours: next session Morning tomorrow at 07:30',
    );
  });

  it('fires at its time with its own routine, and Start records where it came from', async () => {
    const rig = createRig({
      start: new Date(2026, 10, 23, 6, 0).getTime(),
      settings: withSessions(),
    });
    await rig.clock.setTo(rig.at('07:30'));
    expect(rig.events('prompted')).toEqual([
      { type: 'prompted', at: rig.at('07:30'), reason: 'session', sessionId: 'morning' },
    ]);
    expect(rig.planner.promptState()).toMatchObject({
      reason: 'session',
      session: { id: 'morning', name: 'Morning' },
      routine: { id: 'morning-mobility' },
    });
    expect(rig.planner.status().statusLine).toBe('Time for your Morning session');
    rig.planner.answer('start');
    expect(rig.events('started')).toEqual([
      { type: 'started', at: rig.at('07:30'), routineId: 'morning-mobility', source: 'session' },
    ]);
  });

  it('an unanswered session prompt lapses after graceMinutes and is recorded as missed', async () => {
    const rig = createRig({
      start: new Date(2026, 10, 23, 6, 0).getTime(),
      settings: withSessions(),
    });
    await rig.clock.setTo(rig.at('08:29'));
    expect(rig.planner.promptState().status).toBe('open');
    await rig.clock.setTo(rig.at('08:30'));
    expect(rig.planner.promptState().status).toBe('none');
    expect(rig.events('missedSession')).toEqual([
      {
        type: 'missedSession',
        at: rig.at('08:30'),
        sessionId: 'morning',
        scheduledAt: rig.at('07:30'),
      },
    ]);
  });

  it('a session during a pause is recorded as missed, not shown', async () => {
    const rig = createRig({
      start: new Date(2026, 10, 23, 6, 0).getTime(),
      settings: withSessions(),
    });
    rig.planner.pause('2h');
    await rig.clock.setTo(rig.at('07:31'));
    expect(rig.events('prompted')).toHaveLength(0);
    expect(rig.events('missedSession')).toEqual([
      {
        type: 'missedSession',
        at: rig.at('07:30'),
        sessionId: 'morning',
        scheduledAt: rig.at('07:30'),
      },
    ]);
  });

  it('enabling a session in settings schedules it at once; disabling stops it', async () => {
    const rig = createRig({ start: new Date(2026, 10, 23, 6, 0).getTime() });
    rig.planner.updateSettings({ ...defaultSettings(), ...withSessions() });
    expect(rig.cronPatterns()).toHaveLength(2);
    rig.planner.updateSettings(defaultSettings());
    expect(rig.cronPatterns()).toEqual([]);
    await rig.clock.setTo(rig.at('20:00'));
    expect(rig.events('prompted').filter((e) => e.reason === 'session')).toHaveLength(0);
  });

  it('a session inside office hours holds the interval count; the next reminder is an interval after it', async () => {
    const rig = createRig({ settings: withSessions({ time: '09:40' }) });
    await rig.clock.setTo(rig.at('09:41'));
    rig.planner.answer('start');
    rig.windows.open.delete('routine'); // the routine ends
    await rig.clock.setTo(rig.at('11:00'));
    expect(rig.events('prompted').map((e) => [e.reason, e.at])).toEqual([
      ['session', rig.at('09:40')],
      ['interval', rig.at('10:26')],
    ]);
  });
});

describe('sessions slept through', () => {
  it('within graceMinutes: offered once on wake', async () => {
    const rig = createRig({
      start: new Date(2026, 10, 23, 7, 0).getTime(),
      settings: withSessions(),
    });
    rig.planner.power('suspend');
    await rig.clock.jumpWithoutFiring(rig.at('08:10') - rig.clock.now());
    rig.planner.power('resume');
    await rig.clock.advance(10 * MIN);
    expect(rig.events('prompted')).toEqual([
      { type: 'prompted', at: rig.at('08:10'), reason: 'session', sessionId: 'morning' },
    ]);
    expect(rig.events('missedSession')).toHaveLength(0);
  });

  it('beyond graceMinutes: recorded as missed, not shown', async () => {
    const rig = createRig({
      start: new Date(2026, 10, 23, 7, 0).getTime(),
      settings: withSessions(),
    });
    rig.planner.power('suspend');
    await rig.clock.jumpWithoutFiring(rig.at('08:31') - rig.clock.now());
    rig.planner.power('resume');
    await rig.clock.advance(MIN);
    expect(rig.events('prompted')).toHaveLength(0);
    expect(rig.events('missedSession')).toEqual([
      {
        type: 'missedSession',
        at: rig.at('08:31'),
        sessionId: 'morning',
        scheduledAt: rig.at('07:30'),
      },
    ]);
  });

  it('two slept through: the latest within grace is offered, the older one is missed; one prompt only', async () => {
    const rig = createRig({
      start: new Date(2026, 10, 23, 18, 0).getTime(),
      settings: { ...withSessions(), graceMinutes: 240 },
    });
    rig.planner.power('suspend');
    await rig.clock.jumpWithoutFiring(rig.at('07:45', 1) - rig.clock.now());
    rig.planner.power('resume');
    await rig.clock.advance(MIN);
    expect(rig.events('missedSession').map((e) => e.sessionId)).toEqual(['evening']);
    expect(rig.events('prompted')).toEqual([
      { type: 'prompted', at: rig.at('07:45', 1), reason: 'session', sessionId: 'morning' },
    ]);
    expect(rig.windows.opened.filter((w) => w.route === 'prompt')).toHaveLength(1);
  });

  it('a session while the screen is locked is offered on unlock', async () => {
    const rig = createRig({
      start: new Date(2026, 10, 23, 7, 0).getTime(),
      settings: withSessions(),
    });
    rig.planner.power('lock');
    rig.idle.seconds = 20 * 60;
    await rig.clock.setTo(rig.at('07:40'));
    expect(rig.events('prompted')).toHaveLength(0);
    rig.planner.power('unlock');
    expect(rig.events('prompted').map((e) => e.at)).toEqual([rig.at('07:40')]);
  });

  it('three days asleep with no suspend event: each run slept through is missed once, with no burst of wake-ups', async () => {
    const rig = createRig({
      start: new Date(2026, 10, 23, 6, 0).getTime(),
      settings: withSessions(),
    });
    await rig.clock.jumpWithoutFiring(rig.at('06:30', 3) - rig.clock.now());
    const woke = rig.wakeUps.length;
    await rig.clock.advance(5 * MIN);
    expect(rig.events('missedSession').map((e) => e.sessionId)).toEqual([
      'morning',
      'evening',
      'morning',
      'evening',
      'morning',
      'evening',
    ]);
    expect(rig.events('prompted')).toEqual([]);
    expect(rig.wakeUps.length - woke).toBeLessThanOrEqual(2);
  });
});
