import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createDesktopFacts } from '../../main/core/desktopFacts';
import { memoryLogger } from '../../main/core/logger';
import { guardSource } from '../../main/desktop/busy/guardedSource';
import { linuxCameraSource } from '../../main/desktop/busy/linux/cameraSource';
import { linuxMicrophoneSource } from '../../main/desktop/busy/linux/microphoneSource';
import { createSourceBoard, type SourceBoard } from '../../main/desktop/busy/sourceBoard';
import { holdFileOpen, type FileHolder } from '../../main/desktop/busy/testing/fileHolder';
import type { Harness } from '../harness/harness';
import { expect, test } from '../harness/fixtures';

/**
 * Settings shows what each live busy source said when last asked, through
 * the real detectors: the Linux camera scan over the real /proc (a child
 * process holding a file stands in for an app with /dev/video0 open) and
 * the microphone over a tree shaped like /proc/asound.
 */

// Monday 23 November 2026, 09:00 UTC: the harness's default start.
const START = Date.UTC(2026, 10, 23, 9, 0);

let dir: string;
let holder: FileHolder;
let harnessNow: () => number = () => START;

function sources(): SourceBoard {
  const devices = join(dir, 'dev');
  const asound = join(dir, 'asound');
  mkdirSync(devices);
  writeFileSync(join(devices, 'video0'), '');
  mkdirSync(join(asound, 'card0/pcm0c/sub0'), { recursive: true });
  writeFileSync(join(asound, 'card0/pcm0c/sub0/status'), 'closed\n');
  const log = memoryLogger();
  return createSourceBoard(
    [
      // No /sys tree: the USB power shortcut cannot rule the camera out, so the scan runs.
      guardSource(linuxCameraSource({ deviceDir: devices, sysRoot: join(dir, 'sys') }), {
        isEnabled: () => true,
        log,
      }),
      guardSource(linuxMicrophoneSource({ asoundRoot: asound }), { isEnabled: () => true, log }),
    ],
    () => harnessNow(),
    () => undefined,
  );
}

async function openMeetings(harness: Harness): Promise<Page> {
  const page = await harness.openWindow('settings');
  await page.getByRole('tab', { name: /^Calendar & meetings/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Calendar & meetings' })).toBeVisible();
  return page;
}

test.describe("Settings: each busy source's last answer", () => {
  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'decompress-sources-'));
  });
  test.afterEach(async () => {
    await holder?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`not checked, then "Check now" finds the camera in use, ${colorScheme}`, async ({
      start,
    }) => {
      const board = sources();
      holder = await holdFileOpen(join(dir, 'dev', 'video0'));
      const harness = await start({
        colorScheme,
        liveSources: board.sources,
        integrations: {
          desktop: createDesktopFacts(
            () => ({ state: 'off' }),
            () => undefined,
            board,
          ),
        },
      });
      harnessNow = () => harness.clock.now();
      const page = await openMeetings(harness);
      await expect(page.getByTestId('source-status-camera')).toHaveText('Camera: not checked yet');
      await expect(page.getByTestId('source-status-microphone')).toHaveText(
        'Microphone: not checked yet',
      );

      await page.getByRole('button', { name: 'Check now' }).click();
      await expect(page.getByTestId('source-status-camera')).toHaveText(
        'Camera: in use by another app at 09:00',
      );
      await expect(page.getByTestId('source-status-microphone')).toHaveText(
        'Microphone: not in use at 09:00',
      );
      await expect(page.getByRole('status').filter({ hasText: 'Checked just now' })).toBeVisible();
      // The button is reachable by keyboard and shows its focus (Tab, not a click, draws it).
      await page.getByRole('button', { name: 'Check now' }).focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Check now' })).toBeFocused();
      await expect(page.getByRole('button', { name: 'Check now' })).toHaveCSS(
        'outline-style',
        'solid',
      );
      // Tall enough that no text is cut by the window's edge (axe cannot judge cut text).
      await page.setViewportSize({ width: 820, height: 1500 });
      await page.getByTestId('source-status-camera').scrollIntoViewIfNeeded();
      await harness.screenshot(page, `settings-source-status-${colorScheme}`);
    });
  }
});
