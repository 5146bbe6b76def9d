import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  installerBytes,
  startLocalUpdateFeed,
  type FeedAnswer,
  type LocalUpdateFeed,
} from '../../../main/shell/testing/localUpdateFeed';
import type { MenuItemView } from '../../standin/control';
import { launchApp, type RunningApp } from '../support/launch';
import { MINUTE, MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';

/*
 * The built app's real electron-updater, through the stand-in's net.request,
 * against a generic-provider feed on 127.0.0.1 (latest-linux.yml). The app
 * checks only because the spec hands it a test feed (DECOMPRESS_TEST_HOOKS +
 * DECOMPRESS_UPDATE_FEED); the installed version is package.json's 0.1.0.
 */

let feed: LocalUpdateFeed;
test.beforeEach(async () => {
  feed = await startLocalUpdateFeed();
});
test.afterEach(async () => {
  await feed.close();
});

/** Every label in the tray menu, submenus included. */
function labels(items: MenuItemView[]): string[] {
  return items.flatMap((i) => [i.label, ...labels(i.submenu ?? [])]);
}

/**
 * The app as an AppImage (self-updating: $APPIMAGE names the running file)
 * or as an unpacked tarball (told only), with the feed answering `answer`.
 */
async function launchWithFeed(
  answer: FeedAnswer,
  kind: 'appimage' | 'tarball' | 'nsis',
): Promise<{ run: RunningApp; appImage: string | null }> {
  feed.answer(answer);
  // The AppImage runtime sets $APPIMAGE to the file it runs from.
  const appImage =
    kind === 'appimage'
      ? join(mkdtempSync(join(tmpdir(), 'decompress-appimage-')), 'Decompress.AppImage')
      : null;
  if (appImage) writeFileSync(appImage, installerBytes('0.1.0'), { mode: 0o755 });
  const run = await launchApp({
    fakeNow: MONDAY_9AM_BERLIN,
    settings: settledSettings(),
    env: {
      DECOMPRESS_TEST_HOOKS: '1',
      DECOMPRESS_UPDATE_FEED: feed.url,
      ...(appImage ? { APPIMAGE: appImage } : {}),
      // electron-updater's NsisUpdater, told it runs on Windows (see updater.ts).
      ...(kind === 'nsis' ? { DECOMPRESS_TEST_PLATFORM: 'win32' } : {}),
    },
  });
  await run.ready();
  return { run, appImage };
}

const menuLabels = (run: RunningApp) => run.desktop((d) => d.tray.menu()).then(labels);
const notificationTitles = (run: RunningApp) =>
  run.desktop((d) => d.notifications.list().map((n) => n.title));

test.describe('the built app: updates from a local feed', () => {
  test('a newer version, found by the check two minutes after start: downloaded, "Restart to update to 0.3.0", installed', async () => {
    const { run, appImage } = await launchWithFeed(
      { kind: 'release', version: '0.3.0' },
      'appimage',
    );
    expect(await menuLabels(run)).toContain('Check for updates…');
    expect(feed.requests).toEqual([]);

    await run.tick(2 * MINUTE);
    await expect.poll(() => menuLabels(run)).toContain('Restart to update to 0.3.0');
    expect(feed.requests).toEqual(['latest-linux.yml', 'Decompress-0.3.0.AppImage']);
    await expect.poll(() => notificationTitles(run)).toContain('Decompress 0.3.0 is ready');

    // The notice waits in Settings for someone who missed the notification.
    await run.desktop((d) => d.tray.click('Settings…'));
    const settings = await run.window('settings');
    await expect(settings.getByText(/Decompress 0\.3\.0 is ready\. It installs/)).toBeVisible();

    await run.desktop((d) => d.tray.click('Restart to update to 0.3.0'));
    expect(await run.exited).toBe(0);
    // electron-updater put the new AppImage in place of the running one.
    expect(appImage).not.toBeNull();
    expect(readFileSync(appImage ?? '', 'utf8')).toContain('Decompress 0.3.0 stand-in installer');
    expect(run.stderr()).not.toMatch(/unhandled promise rejection|Error:/);
  });

  test('the Windows installer build: latest.yml read, the Setup .exe downloaded and checked, "Restart to update to 0.3.0"', async () => {
    const { run } = await launchWithFeed({ kind: 'release', version: '0.3.0' }, 'nsis');
    await run.tick(2 * MINUTE);
    await expect.poll(() => menuLabels(run)).toContain('Restart to update to 0.3.0');
    expect(feed.requests).toEqual(['latest.yml', 'Decompress-Setup-0.3.0.exe']);
    await expect.poll(() => notificationTitles(run)).toContain('Decompress 0.3.0 is ready');
    expect(run.stderr()).not.toMatch(/unhandled promise rejection|Error:/);
    // Not quit: on quit NsisUpdater starts the downloaded installer, a
    // Windows program Linux cannot run; the AppImage case above covers
    // "installed on quit".
    run.app.process().kill('SIGKILL');
  });

  test('the same version: "Decompress is up to date", nothing downloaded', async () => {
    const { run } = await launchWithFeed({ kind: 'release', version: '0.1.0' }, 'appimage');
    await run.desktop((d) => d.tray.click('Check for updates…'));
    await expect.poll(() => notificationTitles(run)).toContain('Decompress is up to date');
    expect(await menuLabels(run)).toContain('Check for updates…');
    expect(feed.requests).toEqual(['latest-linux.yml']);
    await run.app.close();
    expect(run.stderr()).not.toMatch(/unhandled promise rejection/);
  });

  test('a malformed feed file: "Could not check for updates", in words, and the app carries on', async () => {
    const { run } = await launchWithFeed({ kind: 'malformed' }, 'appimage');
    await run.desktop((d) => d.tray.click('Check for updates…'));
    await expect
      .poll(() => run.desktop((d) => d.notifications.list().map((n) => `${n.title}: ${n.body}`)))
      .toContain(
        'Could not check for updates: The update information on the server could not be read.',
      );
    expect(await menuLabels(run)).toContain('Check for updates…');
    await run.app.close();
    expect(run.stderr()).not.toMatch(/unhandled promise rejection/);
  });

  test('a 500 from the server: told it had a problem, no server text shown, nothing thrown', async () => {
    const { run } = await launchWithFeed({ kind: 'status', code: 500 }, 'appimage');
    await run.desktop((d) => d.tray.click('Check for updates…'));
    await expect
      .poll(() => run.desktop((d) => d.notifications.list().map((n) => `${n.title}: ${n.body}`)))
      .toContain(
        'Could not check for updates: The update server had a problem (HTTP 500); Decompress will try again later.',
      );
    const bodies = await run.desktop((d) =>
      d.notifications
        .list()
        .map((n) => n.body)
        .join('\n'),
    );
    expect(bodies).not.toContain('secret stack');
    expect(await menuLabels(run)).toContain('Check for updates…');
    await run.app.close();
    expect(run.stderr()).not.toMatch(/unhandled promise rejection/);
  });

  test('a tarball is told: "Update available" opens the releases page, nothing downloaded', async () => {
    const { run } = await launchWithFeed({ kind: 'release', version: '0.3.0' }, 'tarball');
    await run.tick(2 * MINUTE);
    const item = 'Update available: get 0.3.0 from the releases page…';
    await expect.poll(() => menuLabels(run)).toContain(item);
    await expect.poll(() => notificationTitles(run)).toContain('Decompress 0.3.0 is available');
    expect(feed.requests).toEqual(['latest-linux.yml']);
    await run.desktop((d) => d.tray.click('Update available: get 0.3.0 from the releases page…'));
    await expect
      .poll(() => run.desktop((d) => d.records().externalLinks))
      .toEqual(['https://github.com/decompress-app/decompress/releases/latest']);
    await run.app.close();
  });
});
