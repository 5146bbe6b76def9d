process.env.TZ = 'America/New_York';

import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/settings/defaults';
import { createRig } from './testing/rig';

/**
 * The iCloud-shaped spring-forward week (main/core/calendar/fixtures/apple-dst-week.ics)
 * read in New York through the planner. The daily "Morning check-in" is 09:00-09:15
 * local: 14:00Z-14:15Z on EST until Sunday 8 March 2026 (02:00 -> 03:00), then
 * 13:00Z-13:15Z on EDT. Office hours 08:00-17:30 on weekdays and a 60 min
 * interval: each weekday's first reminder (09:00 local) falls at the check-in's start.
 */
const APPLE = join(import.meta.dirname, '..', 'calendar', 'fixtures', 'apple-dst-week.ics');
const iso = (s: string) => Date.parse(s);

it('across spring-forward: every check-in holds at its own UTC instant, no prompt inside, one catch-up at its end', async () => {
  const day = [{ start: '08:00', end: '17:30' }];
  const officeHours = { ...DEFAULT_OFFICE_HOURS, mon: day, tue: day, wed: day, thu: day, fri: day };
  const rig = createRig({
    start: iso('2026-03-05T12:00:00Z'),
    calendar: true,
    settings: { officeHours, intervalMinutes: 60 },
  });
  expect((await rig.calendar?.addFile({ path: APPLE }))?.status).toBe('added');
  rig.planner.onChange((_status, prompt) => {
    if (prompt.status === 'open') queueMicrotask(() => rig.planner.answer('skip'));
  });
  await rig.clock.setTo(iso('2026-03-10T16:00:00Z'));

  const checkIns: [number, number][] = [
    [iso('2026-03-05T14:00:00Z'), iso('2026-03-05T14:15:00Z')],
    [iso('2026-03-06T14:00:00Z'), iso('2026-03-06T14:15:00Z')],
    [iso('2026-03-09T13:00:00Z'), iso('2026-03-09T13:15:00Z')],
    [iso('2026-03-10T13:00:00Z'), iso('2026-03-10T13:15:00Z')],
  ];
  const holds = rig.events('busyHold').map((h): [number, number] => [h.startedAt, h.at]);
  for (const spell of checkIns) expect(holds).toContainEqual(spell);
  // The weekend ones are held too (nothing was due): Saturday on EST, Sunday already on EDT.
  expect(holds).toContainEqual([iso('2026-03-07T14:00:00Z'), iso('2026-03-07T14:15:00Z')]);
  expect(holds).toContainEqual([iso('2026-03-08T13:00:00Z'), iso('2026-03-08T13:15:00Z')]);

  const opened = rig.windows.opened.filter((w) => w.route === 'prompt').map((w) => w.at);
  for (const [start, end] of holds) {
    expect(opened.filter((t) => t >= start && t < end)).toEqual([]);
  }
  // Each weekday's first reminder was held: one catch-up as the check-in ends, before and after the change.
  for (const [start, end] of checkIns) {
    expect(opened.filter((t) => t >= start && t < end + 60_000)).toEqual([end]);
  }
  expect(
    rig
      .events('busyHold')
      .filter((h) => checkIns.some(([s]) => s === h.startedAt))
      .map((h) => h.heldReminders),
  ).toEqual([1, 1, 1, 1]);
});
