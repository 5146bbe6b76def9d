// Berlin: fall-back 25 Oct 2026 03:00 CEST -> 02:00 CET (01:00Z).
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../shared/time';
import type { Moment } from './events';
import { feedPlanner } from './testing/feed';
import { initialState, transition } from './transition';
import { defaultSettings } from '../../../shared/settings/defaults';

const MIN = 60_000;
/** The effects besides questions to the sources (feedPlanner answers those). */
const acts = (effects: readonly { type: string }[]) => effects.filter((e) => e.type !== 'observe');
/** Monday 23 November 2026 in Berlin (CET, UTC+1). */
const mon = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+01:00`);

describe('the transition: events in, effects out, no timers', () => {
  it('asks the sources before a reminder opens, then opens it with their answer', () => {
    const settings = defaultSettings();
    const start: Moment = { wall: mon('09:00'), mono: 0 };
    let state = initialState(start, settings);
    state = transition(state, { type: 'started' }, start, settings).state;
    const due: Moment = { wall: mon('09:45'), mono: 45 * MIN };
    const asked = transition(state, { type: 'timer', planned: due }, due, settings);
    // Nothing is decided before the answer: one question, for both sources.
    expect(asked.effects).toEqual([{ type: 'observe', what: ['idle', 'routinePlaying'] }]);
    const answered = transition(
      asked.state,
      { type: 'observed', observation: { idleSeconds: 2, routinePlaying: false } },
      due,
      settings,
    );
    expect(answered.effects).toEqual([
      { type: 'record', event: { type: 'prompted', at: mon('09:45'), reason: 'interval' } },
      { type: 'openPrompt', escalated: false },
    ]);
  });

  it('a routine playing when the reminder falls due is the break: no prompt, the count restarts', () => {
    const fed = feedPlanner(mon('09:00'));
    fed.sources.routinePlaying = true;
    fed.tick(mon('09:45'));
    expect(fed.records('prompted')).toEqual([]);
    expect(fed.status(mon('09:45')).nextReminderAt).toBe(mon('10:30'));
  });

  it('outside office hours nothing is asked: idle is never read at night', () => {
    const fed = feedPlanner(mon('18:00'));
    fed.tick(mon('23:00'));
    fed.tick(mon('23:59'));
    expect(fed.of('observe')).toEqual([]);
  });

  it('suspended, the planner asks for no timer at all', () => {
    const fed = feedPlanner(mon('10:00'));
    fed.feed({ type: 'power', power: 'suspend' }, mon('10:05'));
    expect(fed.wakeAt()).toBeNull();
  });
});

describe('starting a routine is an effect, and the count restarts when it really begins', () => {
  function dueAt0945() {
    const fed = feedPlanner(mon('09:00'));
    fed.tick(mon('09:45'));
    return fed;
  }

  it('Start asks for the routine and closes the prompt; the count waits for the routine', () => {
    const fed = dueAt0945();
    const step = fed.feed({ type: 'answer', action: 'start' }, mon('09:46'));
    expect(acts(step.effects)).toEqual([
      { type: 'startRoutine', routineId: 'quick-seated-reset', source: 'prompt' },
      { type: 'closePrompt' },
    ]);
    // The safety screen may be up: the break is still due.
    expect(fed.status(mon('09:46'))).toMatchObject({ phase: 'due', breakDue: true });
    fed.feed({ type: 'routineStarted' }, mon('09:48'));
    expect(fed.status(mon('09:48')).nextReminderAt).toBe(mon('10:33'));
  });

  it('declining the safety screen brings the same reminder back, without a second history line', () => {
    const fed = dueAt0945();
    fed.feed({ type: 'answer', action: 'snooze' }, mon('09:46'));
    fed.tick(mon('09:51'));
    fed.feed({ type: 'answer', action: 'start' }, mon('09:52'));
    const back = fed.feed({ type: 'routineDeclined' }, mon('09:53'));
    expect(acts(back.effects)).toEqual([{ type: 'openPrompt', escalated: false }]);
    expect(back.state.phase).toMatchObject({ kind: 'prompt', reminder: { snoozesUsed: 1 } });
    expect(fed.records('prompted')).toHaveLength(2);
  });

  it('a Start that never becomes a routine (the safety window was closed) lapses back into the prompt', () => {
    const fed = dueAt0945();
    fed.feed({ type: 'answer', action: 'start' }, mon('09:46'));
    expect(fed.wakeAt()).toBeLessThanOrEqual(mon('09:56'));
    fed.tick(mon('09:56'));
    expect(fed.state().phase.kind).toBe('prompt');
  });

  it('the end of a routine restarts the count from its end, and a waiting interval reminder goes', () => {
    const fed = feedPlanner(mon('09:00'));
    fed.feed({ type: 'routineStarted' }, mon('09:10'));
    fed.feed({ type: 'routineEnded' }, mon('09:20'));
    expect(fed.status(mon('09:20')).nextReminderAt).toBe(mon('10:05'));
    expect(fed.state().lastBreakAt).toBe(mon('09:20'));
  });
});

describe('the clocks: active time is measured, not read off the wall', () => {
  it('the wall clock set back an hour (no suspend) does not postpone the reminder', () => {
    const fed = feedPlanner(mon('09:00'));
    fed.tick(mon('09:45'));
    fed.feed({ type: 'answer', action: 'skip' }, mon('09:45'));
    // 15 minutes later the wall clock is set back an hour: it reads 09:00.
    fed.feed(
      { type: 'timer', planned: { wall: mon('10:00'), mono: 60 * MIN } },
      mon('09:00'),
      60 * MIN,
    );
    // 45 minutes after the skip by the monotonic clock: 09:30 on the stepped wall clock.
    expect(fed.status(mon('09:00')).nextReminderAt).toBe(mon('09:30'));
    expect(fed.of('log').map((l) => l.message)).toContain(
      'reminders: the system clock was set back; durations keep their length',
    );
  });

  it('a sleep nobody announced (the wall jumps, the monotonic clock stopped) counts as away', () => {
    const fed = feedPlanner(mon('09:00'));
    fed.tick(mon('09:40'));
    // The 09:45 timer fires after the machine wakes at 10:30: 45 minutes late on the wall.
    fed.feed(
      { type: 'timer', planned: { wall: mon('09:45'), mono: 45 * MIN } },
      mon('10:30'),
      45 * MIN,
    );
    expect(fed.records('naturalBreak')).toEqual([
      { type: 'naturalBreak', at: mon('10:30'), idleMs: 45 * MIN, cause: 'suspend' },
    ]);
    expect(fed.records('prompted')).toEqual([]);
  });
});

describe('sessions: node-cron where it fires right, the planner around DST changes', () => {
  const night = (time: string) => ({
    sessions: [
      {
        id: 'night',
        name: 'Night',
        time,
        weekdays: [...WEEKDAYS],
        routineId: 'mat-rest' as const,
        enabled: true,
      },
    ],
  });

  it('an ordinary night: node-cron holds the job, and a repeated fire is one session', () => {
    const start = Date.parse('2026-11-20T12:00:00+01:00');
    const fed = feedPlanner(start, night('02:30'));
    expect(fed.of('armCron')).toEqual([
      { type: 'armCron', jobs: [{ sessionId: 'night', expression: '30 2 * * 0,1,2,3,4,5,6' }] },
    ]);
    const at = Date.parse('2026-11-21T02:30:00+01:00');
    fed.feed({ type: 'cronFired', sessionId: 'night' }, at);
    fed.feed({ type: 'cronFired', sessionId: 'night' }, at + 500);
    expect(fed.records('prompted')).toEqual([
      { type: 'prompted', at, reason: 'session', sessionId: 'night' },
    ]);
  });

  it('fall-back night: no node-cron job near the change; the first 02:30 fires once, a stray fire at the second is ignored', () => {
    const start = Date.parse('2026-10-24T12:00:00+02:00');
    const fed = feedPlanner(start, night('02:30'));
    // 02:30 on 25 October is within hours of the change: the planner's own timer takes it.
    expect(fed.of('armCron')).toEqual([]);
    const first = Date.parse('2026-10-25T02:30:00+02:00');
    expect(fed.wakeAt()).toBeLessThanOrEqual(first);
    fed.tick(first);
    // A scheduler firing at both occurrences of the repeated time (node-cron picks the second).
    fed.feed({ type: 'cronFired', sessionId: 'night' }, first);
    fed.feed({ type: 'answer', action: 'start' }, first + MIN);
    fed.feed({ type: 'routineStarted' }, first + MIN);
    const second = Date.parse('2026-10-25T02:30:00+01:00');
    fed.feed({ type: 'cronFired', sessionId: 'night' }, second);
    expect(fed.records('prompted').map((e) => e.at)).toEqual([first]);
    expect(fed.of('log').filter((l) => l.level === 'warn')).toHaveLength(2);
    // Three hours after the change, node-cron takes the job again for the next night.
    const steady = fed.wakeAt() ?? 0;
    expect(steady).toBeGreaterThanOrEqual(Date.parse('2026-10-25T04:00:00Z'));
    expect(steady).toBeLessThan(Date.parse('2026-10-25T04:02:00Z'));
    fed.tick(steady);
    expect(fed.of('armCron').at(-1)).toEqual({
      type: 'armCron',
      jobs: [{ sessionId: 'night', expression: '30 2 * * 0,1,2,3,4,5,6' }],
    });
  });

  it('node-cron letting a run pass (the process was blocked): the planner fires it two minutes late', () => {
    const start = Date.parse('2026-11-20T12:00:00+01:00');
    const fed = feedPlanner(start, night('19:00'));
    const at = Date.parse('2026-11-20T19:00:00+01:00');
    fed.tick(at + 2 * MIN);
    expect(fed.records('prompted')).toEqual([
      { type: 'prompted', at: at + 2 * MIN, reason: 'session', sessionId: 'night' },
    ]);
  });
});
