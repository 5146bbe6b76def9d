import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { electronCommand, launchApp, REPO_DIR } from '../support/launch';
import { MONDAY_9AM_BERLIN, settledSettings } from '../support/settings';

test.describe('the built app: command line and links, through a second launch', () => {
  test('each command reaches the running app', async () => {
    const run = await launchApp({ fakeNow: MONDAY_9AM_BERLIN, settings: settledSettings() });
    await run.ready();

    expect((await run.launchAgain('--history')).code).toBe(0);
    await run.window('history');

    expect((await run.launchAgain('--pause', '30m')).code).toBe(0);
    await expect
      .poll(() => run.desktop((d) => d.tray.tooltip()))
      .toBe('Decompress: Paused until 09:30');
    expect((await run.launchAgain('--resume')).code).toBe(0);
    await expect.poll(() => run.desktop((d) => d.tray.tooltip())).not.toMatch(/Paused/);

    expect((await run.launchAgain('decompress://start/standing-desk-reset')).code).toBe(0);
    const routine = await run.window('routine');
    await expect(routine.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(routine.getByText(/Standing desk reset/).first()).toBeVisible();
    await run.app.close();
  });

  for (const { args, title } of [
    { args: ['--start', 'mat-rest'], title: /Mat rest/ },
    // settledSettings keeps the default break, the quick seated reset.
    { args: ['--start-now'], title: /Quick seated reset/ },
  ]) {
    test(`${args.join(' ')} opens ${title.source} in the first instance`, async () => {
      const run = await launchApp({ fakeNow: MONDAY_9AM_BERLIN, settings: settledSettings() });
      await run.ready();
      expect(await run.desktop((d) => d.windows().filter((w) => w.visible).length)).toBe(0);

      const again = await run.launchAgain(...args);
      expect(again.code).toBe(0);
      const routine = await run.window('routine');
      await expect(routine.getByText(title).first()).toBeVisible();
      await run.app.close();
    });
  }

  test('a bad argument is logged in one line and shows Settings; nothing crashes', async () => {
    const run = await launchApp({ settings: settledSettings() });
    await run.ready();
    expect((await run.launchAgain('--start', '../../etc/passwd')).code).toBe(0);
    await run.window('settings');
    expect(await run.desktop((d) => d.tray.exists())).toBe(true);
    await run.app.close();
    const log = readFileSync(join(run.userDataDir, 'logs', 'main.log'), 'utf8');
    expect(log.split('\n').filter((l) => l.includes('launch: ignored bad arguments'))).toHaveLength(
      1,
    );
  });

  test('--settings on the first launch opens Settings, and --help prints the commands and leaves', async () => {
    const run = await launchApp({ settings: settledSettings(), args: ['--settings'] });
    await run.window('settings');
    await run.app.close();

    const { binary, args } = electronCommand(['--help']);
    const help = spawnSync(binary, args, {
      cwd: REPO_DIR,
      encoding: 'utf8',
      env: { ...process.env, DECOMPRESS_USER_DATA: run.userDataDir, DBUS_SESSION_BUS_ADDRESS: '' },
    });
    expect(help.status).toBe(0);
    for (const command of [
      '--start <routine-id>',
      '--start-now',
      '--pause',
      '--resume',
      '--settings',
      '--history',
      'decompress://start/',
    ]) {
      expect(help.stdout).toContain(command);
    }
  });
});
