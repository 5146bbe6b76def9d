import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ICS_OK } from '../../../main/core/calendar/testing/feedServer';
import { addFileFeedInSettings } from '../support/calendarFeed';
import { launchApp, type RunningApp } from '../support/launch';
import { MINUTE, MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';

/*
 * The built app's calendar refreshes on start and on wake (main/index.ts
 * wires powerMonitor 'resume' to the calendar service). A file feed logs
 * each read, so the log shows each refresh; the stand-in's powerMonitor
 * emits 'resume' as Electron documents it.
 */

const reads = (run: RunningApp) =>
  readFileSync(join(run.userDataDir, 'logs', 'main.log'), 'utf8')
    .split('\n')
    .filter((line) => line.includes('calendar: re-read a file feed')).length;

test.describe('the built app: the calendar is read again on start and on wake', () => {
  test('a wake from sleep re-reads the feed; so does the next start', async () => {
    const feedDir = mkdtempSync(join(tmpdir(), 'decompress-feed-'));
    const feedFile = join(feedDir, 'work.ics');
    writeFileSync(feedFile, ICS_OK);
    const run = await launchApp({ fakeNow: MONDAY_9AM_BERLIN, settings: settledSettings() });
    await run.ready();
    await addFileFeedInSettings(run, feedFile);
    const afterAdd = reads(run);

    // Past the minute in which a wake skips a feed just read.
    await run.tick(2 * MINUTE);
    await run.desktop((d) => d.power('suspend'));
    await run.desktop((d) => d.power('resume'));
    await expect.poll(() => reads(run)).toBe(afterAdd + 1);
    await run.app.close();

    const again = await launchApp({
      fakeNow: MONDAY_9AM_BERLIN + 10 * MINUTE,
      userDataDir: run.userDataDir,
    });
    await again.ready();
    // The same log file: the start's read comes after the first run's.
    await expect.poll(() => reads(again)).toBe(afterAdd + 2);
    await again.app.close();
  });
});
