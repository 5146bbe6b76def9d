import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/settings/schema';
import { defaultSettings } from '../../../shared/settings/defaults';
import { feedPlanner } from './testing/feed';
import { createRig, type Rig } from './testing/rig';

/**
 * The planner with the real calendar service reading the Google-shaped week
 * in main/core/calendar/fixtures/google-week.ics (Berlin, CET = UTC+1 in
 * March 2026). Busy spells worked out by hand from the file: Monday 2 March
 * "Release window" 23:30-00:30; Tuesday 3 March "Design review"
 * 15:00-16:00 (the declined planning, the transparent focus time, the
 * all-day holiday and the cancelled 1:1 are free); Wednesday 4 March the
 * stand-up moved to 11:15-11:30; Friday 6 March the stand-up 09:30-09:45.
 */
const GOOGLE = join(import.meta.dirname, '..', 'calendar', 'fixtures', 'google-week.ics');
const ANN = ['ann.example@gmail.com'];
const MIN = 60_000;
const at = (d: number, h: number, m: number) => new Date(2026, 2, d, h, m).getTime();

async function meetingRig(start: number, patch: Partial<Settings> = {}): Promise<Rig> {
  const rig = createRig({ start, calendar: true, settings: patch });
  const added = await rig.calendar?.addFile({ path: GOOGLE, myAddresses: ANN });
  expect(added?.status).toBe('added');
  return rig;
}

const promptsOpened = (rig: Rig) => rig.windows.opened.filter((w) => w.route === 'prompt');

describe('the planner holds reminders during a meeting from the calendar', () => {
  it('a reminder due inside the meeting is held silently, the tray says so, and one catch-up opens when it ends', async () => {
    // Count from 14:30: 45 min of active time is 15:15, inside the 15:00-16:00 review.
    const rig = await meetingRig(at(3, 14, 30));
    await rig.clock.setTo(at(3, 15, 30));
    expect(rig.planner.status().statusLine).toBe('Holding your break: in a meeting until 16:00');
    expect(rig.planner.status().phase).toBe('counting');
    await rig.clock.setTo(at(3, 15, 59));
    expect(promptsOpened(rig)).toEqual([]);
    expect(rig.notifications).toEqual([]);
    expect(rig.events('prompted')).toEqual([]);

    await rig.clock.setTo(at(3, 16, 1));
    expect(promptsOpened(rig)).toEqual([{ route: 'prompt', escalated: false, at: at(3, 16, 0) }]);
    expect(rig.planner.promptState()).toMatchObject({
      status: 'open',
      reason: 'interval',
      catchUp: { kind: 'meeting', busyMs: 60 * MIN },
    });
    const [hold, ...more] = rig.events('busyHold');
    expect(more).toEqual([]);
    expect(hold).toMatchObject({
      at: at(3, 16, 0),
      startedAt: at(3, 15, 0),
      kind: 'meeting',
      heldReminders: 1,
    });
    expect(hold?.source).toMatch(/^calendar:/);
    expect(hold).not.toHaveProperty('title');
    // The active-time count was not reset by the hold: the catch-up is the reminder that was due.
    expect(rig.planner.promptState()).toMatchObject({ workingSince: at(3, 14, 30) });
  });

  it('with titles allowed, the tray and the history name the meeting', async () => {
    const rig = await meetingRig(at(3, 14, 30), {
      meetings: { ...defaultSettings().meetings, showTitles: true },
    });
    await rig.clock.setTo(at(3, 15, 10));
    expect(rig.planner.status().statusLine).toBe(
      'Holding your break: in "Design review" until 16:00',
    );
    await rig.clock.setTo(at(3, 16, 0));
    expect(rig.events('busyHold')[0]?.title).toBe('Design review');
  });

  it('a prompt already showing when the meeting starts closes quietly, stays away, and comes back after', async () => {
    // Count from 14:00: due 14:45; nobody answers it.
    const rig = await meetingRig(at(3, 14, 0));
    await rig.clock.setTo(at(3, 14, 50));
    expect(promptsOpened(rig).map((w) => w.at)).toEqual([
      at(3, 14, 45),
      at(3, 14, 47),
      at(3, 14, 49),
    ]);
    await rig.clock.setTo(at(3, 15, 59));
    expect(rig.windows.closed.filter((w) => w.route === 'prompt')).toEqual([
      { route: 'prompt', at: at(3, 15, 0) },
    ]);
    expect(promptsOpened(rig).filter((w) => w.at >= at(3, 15, 0))).toEqual([]);
    await rig.clock.setTo(at(3, 16, 0));
    expect(promptsOpened(rig).filter((w) => w.at >= at(3, 15, 0))).toEqual([
      { route: 'prompt', escalated: false, at: at(3, 16, 0) },
    ]);
    expect(rig.events('busyHold')[0]?.heldReminders).toBe(1);
  });

  it('idle during the meeting still counts as a natural break: no catch-up is owed', async () => {
    const rig = await meetingRig(at(3, 14, 30));
    // Away from the keyboard 15:20-15:40 (walked to the meeting room and back).
    rig.idle.at = (now) =>
      now >= at(3, 15, 20) && now < at(3, 15, 40) ? (now - at(3, 15, 20)) / 1000 : 0;
    await rig.clock.setTo(at(3, 16, 10));
    const breaks = rig.events('naturalBreak');
    expect(breaks.length).toBe(1);
    expect(breaks[0]?.at).toBeGreaterThanOrEqual(at(3, 15, 25));
    expect(breaks[0]?.at).toBeLessThanOrEqual(at(3, 15, 45));
    expect(promptsOpened(rig)).toEqual([]);
    expect(rig.events('busyHold')).toMatchObject([{ startedAt: at(3, 15, 0), at: at(3, 16, 0) }]);
  });

  it('a session inside the meeting is offered at its end within graceMinutes', async () => {
    const sessions = defaultSettings().sessions.map((s) =>
      s.id === 'evening' ? { ...s, time: '15:30', weekdays: ['tue' as const], enabled: true } : s,
    );
    const rig = await meetingRig(at(3, 15, 20), { sessions, graceMinutes: 60 });
    await rig.clock.setTo(at(3, 15, 59));
    expect(promptsOpened(rig)).toEqual([]);
    await rig.clock.setTo(at(3, 16, 0));
    expect(promptsOpened(rig).map((w) => w.at)).toEqual([at(3, 16, 0)]);
    expect(rig.planner.promptState()).toMatchObject({
      reason: 'session',
      session: { id: 'evening' },
      catchUp: { kind: 'meeting' },
    });
    expect(rig.events('missedSession')).toEqual([]);
  });

  it('a session whose grace ends before the meeting does is recorded missed, because busy', async () => {
    const sessions = defaultSettings().sessions.map((s) =>
      s.id === 'evening' ? { ...s, time: '15:30', weekdays: ['tue' as const], enabled: true } : s,
    );
    const rig = await meetingRig(at(3, 15, 20), { sessions, graceMinutes: 15 });
    // (Count from 15:20: the interval reminder is due at 16:05, after this.)
    await rig.clock.setTo(at(3, 16, 4));
    expect(promptsOpened(rig)).toEqual([]);
    expect(rig.events('missedSession')).toEqual([
      {
        type: 'missedSession',
        at: at(3, 16, 0),
        sessionId: 'evening',
        scheduledAt: at(3, 15, 30),
        reason: 'busy',
      },
    ]);
  });

  it('hold reminders off, or the calendar source off: the meeting changes nothing', async () => {
    for (const meetings of [
      { ...defaultSettings().meetings, holdReminders: false },
      {
        ...defaultSettings().meetings,
        sources: { ...defaultSettings().meetings.sources, calendar: false },
      },
    ]) {
      const rig = await meetingRig(at(3, 14, 30), { meetings });
      await rig.clock.setTo(at(3, 15, 16));
      expect(promptsOpened(rig).map((w) => w.at)).toEqual([at(3, 15, 15)]);
      expect(rig.events('busyHold')).toEqual([]);
      rig.retire();
    }
  });

  it('a simulated week: no prompt inside any busy spell, one catch-up after each that held one', async () => {
    const rig = await meetingRig(at(2, 8, 0));
    // Every prompt is skipped as it opens, so the count restarts there.
    rig.planner.onChange((_status, prompt) => {
      if (prompt.status === 'open') queueMicrotask(() => rig.planner.answer('skip'));
    });
    await rig.clock.setTo(at(6, 18, 0));
    const spells: [number, number][] = [
      [at(2, 23, 30), at(3, 0, 30)],
      [at(3, 15, 0), at(3, 16, 0)],
      [at(4, 11, 15), at(4, 11, 30)],
      [at(6, 9, 30), at(6, 9, 45)],
    ];
    const opened = promptsOpened(rig).map((w) => w.at);
    for (const [start, end] of spells) {
      expect(opened.filter((t) => t >= start && t < end)).toEqual([]);
    }
    expect(rig.notifications.filter((n) => spells.some(([s, e]) => n.at >= s && n.at < e))).toEqual(
      [],
    );
    expect(rig.events('busyHold').map((h) => [h.startedAt, h.at])).toEqual(spells);
    // Held reminders: Tuesday's 15:00 (count from the 14:15 skip) and Wednesday's 11:15;
    // Friday's stand-up ends as the 09:45 reminder falls due. Each gets one prompt at the end.
    expect(rig.events('busyHold').map((h) => h.heldReminders)).toEqual([0, 1, 1, 0]);
    expect(opened.filter((t) => t === at(3, 16, 0))).toHaveLength(1);
    expect(opened.filter((t) => t === at(4, 11, 30))).toHaveLength(1);
    expect(opened.filter((t) => t === at(6, 9, 45))).toHaveLength(1);
    // Between 15:00 and 16:15 on Tuesday the only prompt is the catch-up.
    expect(opened.filter((t) => t >= at(3, 15, 0) && t < at(3, 16, 15))).toEqual([at(3, 16, 0)]);
  });
});

describe('the calendar refresh rides on the planner timer', () => {
  const monday = (h: number, m: number) => new Date(2026, 10, 23, h, m).getTime();

  it('asks for a refresh on the first wake-up after it is due inside office hours, then not again for 15 min; never outside', () => {
    const fed = feedPlanner(monday(8, 0));
    fed.feed(
      {
        type: 'busySchedule',
        schedule: { spells: [], refreshAt: monday(8, 30), liveSources: false },
      },
      monday(8, 0),
    );
    // Outside office hours (they start at 09:00) nothing asks and nothing wakes for it.
    expect(fed.wakeAt()).toBe(monday(9, 0));
    fed.tick(monday(9, 0));
    expect(fed.of('refreshCalendar')).toHaveLength(1);
    // The calendar has not said it refreshed: the next ask waits 15 min, on a wake-up that comes anyway.
    for (let t = fed.wakeAt(); t !== null && t < monday(9, 14); t = fed.wakeAt()) fed.tick(t);
    expect(fed.of('refreshCalendar')).toHaveLength(1);
    for (let t = fed.wakeAt(); t !== null && t <= monday(9, 15); t = fed.wakeAt()) fed.tick(t);
    expect(fed.of('refreshCalendar')).toHaveLength(2);
  });
});
