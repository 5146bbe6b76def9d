import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { HistoryEvent } from '../../shared/history/events';
import { HISTORY_FILE_NAME } from '../../main/core/history/historyLog';
import { startFeedServer, type FeedServer } from '../../main/core/calendar/testing/feedServer';
import type { Harness } from '../harness/harness';
import { expect, test } from '../harness/fixtures';

// Monday 23 November 2026, 09:00 UTC: the harness's default start.
const START = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;
const LONG_TITLE =
  'Quarterly planning with the whole product, design and support teams (bring your laptop and last quarter’s numbers)';

/** An iCalendar instant in UTC: 20261123T100000Z. */
const icsTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A calendar with four meetings ahead of START, written by hand in the shape Fastmail exports. */
function workCalendar(): string {
  const events: [string, number, number][] = [
    ['Team sync', START + 1 * HOUR, START + 2 * HOUR],
    [LONG_TITLE, START + 3 * HOUR, START + 4 * HOUR + 30 * MIN],
    ['1:1 with Sam', START + 6 * HOUR, START + 6 * HOUR + 30 * MIN],
    ['Retro', START + 25 * HOUR, START + 26 * HOUR],
  ];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Fastmail/2020.5//EN',
    'X-WR-CALNAME:Work',
    ...events.flatMap(([title, start, end], i) => [
      'BEGIN:VEVENT',
      `UID:meeting-${i}@fastmail`,
      `DTSTAMP:${icsTime(START - 24 * HOUR)}`,
      `DTSTART:${icsTime(start)}`,
      `DTEND:${icsTime(end)}`,
      `SUMMARY:${title}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** Serves the work calendar at /work.ics; /gone.ics is left to the server's 404. */
async function serveWork(): Promise<FeedServer> {
  const server = await startFeedServer();
  const body = workCalendar();
  server.route('/work.ics', (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(body),
  );
  return server;
}

/** A time as the page words it: the page's own Intl, an independent source for the expectation. */
async function pageTime(page: Page, ms: number): Promise<string> {
  return page.evaluate(
    (at) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(at),
    ms,
  );
}

async function openCalendarSection(harness: Harness): Promise<Page> {
  const page = await harness.openWindow('settings');
  await page.getByRole('tab', { name: /^Calendar & meetings/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Calendar & meetings' })).toBeVisible();
  return page;
}

/** A window tall enough for the feeds and the form: axe cannot judge text the window's edge cuts through. */
async function tallWindow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 820, height: 1300 });
}

async function addByAddress(page: Page, url: string, name?: string): Promise<void> {
  await page.getByLabel('Calendar address').fill(url);
  if (name !== undefined) await page.getByLabel('Name (optional)').fill(name);
  await page.getByRole('button', { name: 'Add calendar' }).click();
}

test.describe('Calendar & meetings settings', () => {
  let server: FeedServer;
  test.beforeEach(async () => {
    server = await serveWork();
  });
  test.afterEach(async () => {
    await server.close();
  });

  test('a calendar added by its address shows it works and its next three busy times', async ({
    harness,
  }) => {
    const page = await openCalendarSection(harness);
    await expect(page.getByTestId('no-feeds')).toBeVisible();
    await page.getByLabel('Your e-mail addresses (optional)').fill('me@example.com');
    await addByAddress(page, server.url('/work.ics'), 'Work');

    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Work' }) });
    await expect(card.getByTestId('feed-badge')).toHaveText('Working');
    await expect(card.getByTestId('feed-status')).toHaveText(
      `Refreshed today ${await pageTime(page, START)}.`,
    );
    await expect(card).toContainText('127.0.0.1');
    await expect(card).toContainText('Invitations declined by me@example.com do not count.');
    // The address itself is a secret: only its host is on screen.
    await expect(page.locator('body')).not.toContainText('/work.ics');
    const spells = card.getByTestId('feed-spells').getByRole('listitem');
    await expect(spells).toHaveCount(3);
    await expect(spells.nth(0)).toHaveText(
      `Today ${await pageTime(page, START + HOUR)} – ${await pageTime(page, START + 2 * HOUR)}Team sync`,
    );
    await expect(spells.nth(1)).toContainText(LONG_TITLE);
    await expect(spells.nth(2)).toContainText('1:1 with Sam');
    await expect(card).not.toContainText('Retro');
    await expect(page.getByTestId('calendar-announce')).toHaveText(
      'Added Work. It sees 3 busy times coming.',
    );
    await expect(page.getByLabel('Calendar address')).toHaveValue('');

    // What the window shows is what the core holds.
    const feeds = harness.calendar.overview().feeds;
    expect(feeds.map((f) => [f.label, f.status, f.nextSpells.length, f.myAddresses])).toEqual([
      ['Work', 'ok', 3, ['me@example.com']],
    ]);
    expect(feeds[0]?.nextSpells[0]).toEqual({
      start: START + HOUR,
      end: START + 2 * HOUR,
      title: 'Team sync',
    });
  });

  test('a calendar that starts failing says why, keeps its last copy, and recovers on Refresh', async ({
    harness,
  }) => {
    const page = await openCalendarSection(harness);
    await addByAddress(page, server.url('/work.ics'), 'Work');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Work' }) });
    await expect(card.getByTestId('feed-badge')).toHaveText('Working');

    await harness.advance(20 * MIN);
    server.route('/work.ics', (_req, res) => res.writeHead(404).end('not here'));
    await card.getByRole('button', { name: 'Refresh Work' }).click();
    await expect(card.getByTestId('feed-badge')).toHaveText('Not refreshing');
    await expect(card.getByTestId('feed-status')).toHaveText(
      `The last refresh failed: 404 from 127.0.0.1. Tried today ${await pageTime(page, START + 20 * MIN)}. Decompress keeps using the copy from today ${await pageTime(page, START)}.`,
    );
    // The last good copy still holds breaks: the same three meetings.
    await expect(card.getByTestId('feed-spells').getByRole('listitem')).toHaveCount(3);
    expect(harness.calendar.overview().feeds[0]?.nextSpells[0]?.title).toBe('Team sync');
    await expect(page.getByTestId('calendar-announce')).toHaveText('Work could not be refreshed.');

    server.route('/work.ics', (_req, res) =>
      res.writeHead(200, { 'content-type': 'text/calendar' }).end(workCalendar()),
    );
    await card.getByRole('button', { name: 'Refresh Work' }).click();
    await expect(card.getByTestId('feed-badge')).toHaveText('Working');
    await expect(card.getByTestId('feed-status')).toHaveText(
      `Refreshed today ${await pageTime(page, START + 20 * MIN)}.`,
    );
  });

  test('Remove asks first (Esc keeps it), then forgets the calendar in the window and the core', async ({
    harness,
  }) => {
    const page = await openCalendarSection(harness);
    await addByAddress(page, server.url('/work.ics'), 'Work');
    const remove = page.getByRole('button', { name: 'Remove Work' });
    await expect(remove).toBeVisible();

    // By keyboard: the dialog opens on the safe choice, Esc takes it, focus comes back.
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Remove “Work”?' });
    await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(remove).toBeFocused();
    expect(harness.calendar.overview().feeds).toHaveLength(1);

    await remove.click();
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.getByTestId('no-feeds')).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Calendars' })).toBeFocused();
    await expect(page.getByTestId('calendar-announce')).toHaveText('Removed Work.');
    expect(harness.calendar.overview().feeds).toEqual([]);
  });

  test('an address that is not a secure calendar is answered in words and adds nothing', async ({
    harness,
  }) => {
    const page = await openCalendarSection(harness);
    const address = page.getByLabel('Calendar address');
    const refusal = page.locator('.add-feed').getByRole('alert');

    await page.getByRole('button', { name: 'Add calendar' }).click();
    await expect(refusal).toHaveText('Paste the calendar’s address first.');
    await expect(address).toBeFocused();

    await addByAddress(page, server.insecureUrl('/work.ics'));
    await expect(refusal).toHaveText(
      'Only secure (https://) addresses are accepted: an http:// address would send your calendar unencrypted',
    );
    await expect(address).toHaveAttribute('aria-invalid', 'true');
    // The refused address stays, so it can be corrected.
    await expect(address).toHaveValue(server.insecureUrl('/work.ics'));

    await addByAddress(page, 'javascript:alert(1)');
    await expect(refusal).toHaveText('That is not a web address');

    await addByAddress(page, server.url('/gone.ics'));
    await expect(refusal).toHaveText('It could not be fetched: 404 from 127.0.0.1');
    expect(server.requests.some((r) => r.path === '/gone.ics')).toBe(true);
    await expect(page.getByTestId('no-feeds')).toBeVisible();
    expect(harness.calendar.overview().feeds).toEqual([]);
    await tallWindow(page);
    await harness.screenshot(page, 'settings-calendar-refused-light');

    // A good address clears the refusal.
    await addByAddress(page, server.url('/work.ics'));
    await expect(refusal).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 4, name: 'Work' })).toBeVisible();
  });

  test('a local .ics file is added through the open dialog', async ({ harness }) => {
    const file = join(harness.userDataDir, 'team.ics');
    writeFileSync(file, workCalendar());
    harness.dialogs.openPath = file;
    const page = await openCalendarSection(harness);
    await page.getByLabel('Name (optional)').fill('Team file');
    await page.getByRole('button', { name: 'Add an .ics file…' }).click();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Team file' }) });
    await expect(card).toContainText('team.ics, a file on this computer');
    await expect(card.getByTestId('feed-spells').getByRole('listitem')).toHaveCount(3);
    expect(harness.calendar.overview().feeds[0]?.source).toEqual({
      kind: 'file',
      fileName: 'team.ics',
    });
  });

  test('meeting switches save at once and say what this OS can see', async ({ harness }) => {
    const page = await openCalendarSection(harness);
    // The harness's shell reports Linux.
    await expect(page.getByTestId('detection-line')).toContainText('On Linux, Decompress sees');
    const camera = page.getByRole('switch', { name: 'Camera' });
    await expect(camera).toBeChecked();
    await camera.press('Space');
    const saved = await harness.settingsWhere((s) => !s.meetings.sources.camera);
    expect(saved.meetings).toEqual({
      holdReminders: true,
      showTitles: false,
      sources: {
        calendar: true,
        camera: false,
        microphone: true,
        presentation: true,
        doNotDisturb: true,
      },
    });
    // Two quick changes in a row both land.
    await page.getByRole('switch', { name: 'Show meeting titles' }).check();
    await page.getByRole('switch', { name: 'Microphone' }).uncheck();
    const both = await harness.settingsWhere(
      (s) => s.meetings.showTitles && !s.meetings.sources.microphone,
    );
    expect(both.meetings.sources.camera).toBe(false);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots: a working and a failing calendar, ${colorScheme}`, async ({ start }) => {
      const harness = await start({ colorScheme });
      const page = await openCalendarSection(harness);
      await addByAddress(page, server.url('/work.ics'), 'Work');
      await expect(page.getByRole('heading', { level: 4, name: 'Work' })).toBeVisible();
      server.route('/holidays.ics', (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/calendar' }).end(workCalendar()),
      );
      await addByAddress(page, server.url('/holidays.ics'), 'Shared team calendar');
      const failing = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: 'Shared team calendar' }) });
      await expect(failing.getByTestId('feed-badge')).toHaveText('Working');
      server.route('/holidays.ics', (_req, res) => res.writeHead(404).end());
      await harness.advance(16 * MIN);
      await failing.getByRole('button', { name: 'Refresh Shared team calendar' }).click();
      await expect(failing.getByTestId('feed-badge')).toHaveText('Not refreshing');
      await tallWindow(page);
      await harness.screenshot(page, `settings-calendar-feeds-${colorScheme}`);

      // Focus is visible on a card's action.
      await page.getByRole('button', { name: 'Refresh Work' }).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      const focused = page.getByRole('button', { name: 'Refresh Work' });
      await expect(focused).toBeFocused();
      await expect(focused).toHaveCSS('outline-style', 'solid');
      await harness.screenshot(page, `settings-calendar-focus-${colorScheme}`);
    });
  }
});

// Monday 23 November 2026, 17:00 in the test process's zone.
const EVENING = new Date(2026, 10, 23, 17, 0).getTime();
const local = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

/** A history with meetings: today the calendar and the camera overlap; yesterday one long meeting. */
function historyWithMeetings(): HistoryEvent[] {
  const completed = (at: number): HistoryEvent => ({
    type: 'completed',
    at,
    routineId: 'quick-seated-reset',
    startedAt: at - 3 * MIN,
    painBefore: 4,
    painAfter: 2,
    skippedSteps: 0,
  });
  return [
    completed(local(22, 10)),
    {
      type: 'busyHold',
      at: local(22, 16),
      startedAt: local(22, 14),
      source: 'calendar:abc123',
      kind: 'meeting',
      heldReminders: 2,
    },
    completed(local(22, 16, 5)),
    {
      type: 'busyHold',
      at: local(23, 11),
      startedAt: local(23, 10),
      source: 'calendar:abc123',
      kind: 'meeting',
      heldReminders: 1,
      title: 'Team sync',
    },
    {
      type: 'busyHold',
      at: local(23, 11, 15),
      startedAt: local(23, 10, 30),
      source: 'camera',
      kind: 'camera',
      heldReminders: 1,
    },
    completed(local(23, 11, 20)),
    completed(local(23, 15)),
  ];
}

test.describe('history window: meeting time', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`shows minutes in meetings per day next to routines, ${colorScheme}`, async ({
      start,
    }) => {
      const dir = mkdtempSync(join(tmpdir(), 'decompress-e2e-meetings-'));
      writeFileSync(
        join(dir, HISTORY_FILE_NAME),
        historyWithMeetings()
          .map((e) => `${JSON.stringify(e)}\n`)
          .join(''),
      );
      const harness = await start({ userDataDir: dir, startTime: EVENING, colorScheme });
      const page = await harness.openWindow('history');
      // Today: 10:00-11:00 and 10:30-11:15 overlap, so 75 minutes, not 105.
      await expect(page.getByTestId('today-meetings')).toHaveText('1 h 15 min in meetings');
      // Monday is today, so the week is today.
      await expect(page.getByTestId('this-week-meetings')).toHaveText('1 h 15 min in meetings');
      await expect(page.getByTestId('meetings-line')).toContainText(
        'In meetings: 3 h 15 min on 2 days; the most on',
      );
      await page
        .getByTestId('completed-chart')
        .locator('..')
        .getByRole('button', { name: 'Show the numbers' })
        .click();
      const table = page.getByRole('table', {
        name: 'Completed routines, time in meetings and time standing, last 4 weeks',
      });
      const rows = table.locator('tbody tr');
      await expect(rows).toHaveCount(28);
      await expect(rows.nth(27).locator('td')).toHaveText(['2', '1 h 15 min', '0 min']);
      await expect(rows.nth(26).locator('td')).toHaveText(['2', '2 h', '0 min']);
      await expect(rows.nth(25).locator('td')).toHaveText(['0', '0 min', '0 min']);
      await harness.screenshot(page, `history-meetings-${colorScheme}`);
    });
  }
});
