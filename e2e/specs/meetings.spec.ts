import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BusyAnswer, LiveBusySource } from '../../main/core/busy/busySource';
import { defaultSettings } from '../../shared/settings/defaults';
import type { Settings } from '../../shared/settings/schema';
import type { Harness } from '../harness/harness';
import { expect, test } from '../harness/fixtures';

const MIN = 60_000;
/** Local wall-clock instants on Monday 23 Nov 2026 (inside default office hours, 09:00-17:30). */
const at = (h: number, m: number, s = 0) => new Date(2026, 10, 23, h, m, s).getTime();
const QUIET = { width: 380, height: 220 };

function settingsText(patch: Partial<Settings> = {}): string {
  return JSON.stringify({
    ...defaultSettings(),
    safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
    ...patch,
  });
}

/** An iCalendar instant in UTC ("20261123T090000Z"), so the file means the same in any zone. */
const icsTime = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace('.000', '');

/** A one-meeting calendar as Google exports it, 10:00-11:00 local on Monday. */
function meetingFeed(dir: string): string {
  const path = join(dir, 'team.ics');
  writeFileSync(
    path,
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
      'BEGIN:VEVENT',
      `DTSTART:${icsTime(at(10, 0))}`,
      `DTEND:${icsTime(at(11, 0))}`,
      'DTSTAMP:20261120T120000Z',
      'UID:team-sync-1@google.com',
      'SUMMARY:Team sync',
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  );
  return path;
}

const tray = (harness: Harness) => harness.record.trayModels.at(-1);
const promptsOpened = (harness: Harness) =>
  harness.record.windowsOpened.filter((w) => w.route === 'prompt').length;

/**
 * Lets a live source's answer reach the planner (promise jobs only, no time
 * passes): the harness clock fires timers synchronously, so a question put
 * to a live source is answered before the clock moves on.
 */
const answersDelivered = () => new Promise<void>((resolve) => setImmediate(resolve));

async function catchUpPrompt(harness: Harness): Promise<Page> {
  const page = await harness.waitForWindow('prompt');
  await page.setViewportSize(QUIET);
  return page;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`meetings: a calendar feed holds the break (${colorScheme})`, () => {
    // The count starts at 09:30, so the reminder falls due at 10:15, inside the meeting.
    test.use({
      harnessOptions: { startTime: at(9, 30), settingsFileText: settingsText(), colorScheme },
    });

    test('no prompt during the meeting, the tray says why, one catch-up after', async ({
      harness,
    }) => {
      const added = await harness.calendar.addFile({ path: meetingFeed(harness.userDataDir) });
      expect(added.status).toBe('added');

      await harness.setTo(at(10, 0));
      expect(tray(harness)?.items[0]).toEqual({
        kind: 'status',
        label: 'Holding your break: in a meeting until 11:00',
      });
      expect(tray(harness)?.tooltip).toBe(
        'Decompress: Holding your break: in a meeting until 11:00',
      );

      await harness.setTo(at(10, 59));
      expect(promptsOpened(harness)).toBe(0);
      expect(harness.record.notifications).toEqual([]);

      await harness.setTo(at(11, 0));
      const page = await catchUpPrompt(harness);
      await expect(
        page.getByRole('heading', {
          name: 'You were in a meeting for 1\u00a0h. A 2-minute reset?',
        }),
      ).toBeVisible();
      await harness.screenshot(page, `prompt-catch-up-${colorScheme}`);
      expect(promptsOpened(harness)).toBe(1);
      const holds = harness.core.history.readAll().events.filter((e) => e.type === 'busyHold');
      expect(holds).toMatchObject([
        { at: at(11, 0), startedAt: at(10, 0), kind: 'meeting', heldReminders: 1 },
      ]);
      // Titles are private unless allowed.
      expect(holds[0]).not.toHaveProperty('title');

      await harness.advance(MIN);
      expect(promptsOpened(harness)).toBe(1);
    });
  });
}

test.describe('meetings: titles allowed', () => {
  test.use({
    harnessOptions: {
      startTime: at(9, 30),
      settingsFileText: settingsText({
        meetings: { ...defaultSettings().meetings, showTitles: true },
      }),
    },
  });

  test('the tray names the meeting', async ({ harness }) => {
    await harness.calendar.addFile({ path: meetingFeed(harness.userDataDir) });
    await harness.setTo(at(10, 30));
    expect(tray(harness)?.tooltip).toBe(
      'Decompress: Holding your break: in "Team sync" until 11:00',
    );
  });
});

/** A camera the spec switches on and off; it counts the questions put to it. */
function standInCamera() {
  const state = { busy: false, asks: [] as number[] };
  const source: LiveBusySource = {
    type: 'live',
    id: 'camera',
    ask(now): Promise<BusyAnswer> {
      state.asks.push(now);
      return Promise.resolve(
        state.busy
          ? { state: 'busy', sourceId: 'camera', kind: 'camera', until: null }
          : { state: 'free', sourceId: 'camera' },
      );
    },
  };
  return { state, source };
}

const camera = standInCamera();

test.describe('meetings: a live source', () => {
  test.use({
    harnessOptions: {
      startTime: at(9, 0),
      // Posture cues off: this spec counts the questions the reminder alone puts to the
      // camera (a cue mark asks too, see planner.posture.test.ts), and the harness moves its
      // clock in jumps that leave no room for an answer between the timers it runs.
      settingsFileText: settingsText({ posture: { ...defaultSettings().posture, cues: false } }),
      liveSources: [camera.source],
    },
  });

  test('the camera turns on just before a reminder: no prompt; it turns off: one catch-up', async ({
    harness,
  }) => {
    await harness.setTo(at(9, 44));
    // Nothing was about to happen, so nothing was asked.
    expect(camera.state.asks).toEqual([]);
    camera.state.busy = true;

    // The heads-up moment: the camera is asked first, says busy, and nothing shows.
    await harness.setTo(at(9, 44, 30));
    await answersDelivered();
    expect(camera.state.asks).toEqual([at(9, 44, 30)]);
    expect(tray(harness)?.tooltip).toBe('Decompress: Holding your break: camera in use');
    await harness.setTo(at(9, 46));
    await answersDelivered();
    expect(harness.record.notifications).toEqual([]);
    expect(promptsOpened(harness)).toBe(0);

    // Asked again 2 min after it said busy; now it is free: one catch-up.
    camera.state.busy = false;
    await harness.setTo(at(9, 46, 30));
    await answersDelivered();
    expect(camera.state.asks).toEqual([at(9, 44, 30), at(9, 46, 30)]);
    const page = await catchUpPrompt(harness);
    await expect(
      page.getByRole('heading', { name: 'You were on a call for 2\u00a0min. A 2-minute reset?' }),
    ).toBeVisible();
    expect(promptsOpened(harness)).toBe(1);
    expect(
      harness.core.history.readAll().events.filter((e) => e.type === 'busyHold'),
    ).toMatchObject([
      { source: 'camera', kind: 'camera', startedAt: at(9, 44, 30), at: at(9, 46, 30) },
    ]);
  });
});
