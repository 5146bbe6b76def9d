import { createDesktopFacts } from '../../main/core/desktopFacts';
import { trayAdvice } from '../../main/desktop/trayHostAdvice';
import { defaultSettings } from '../../shared/settings/defaults';
import { expectNoAxeViolations } from '../harness/axeGate';
import { expect, test } from '../harness/fixtures';
import { QUIET_PROMPT, expectToFit } from '../harness/promptWindow';

/*
 * The first prompt of a run on a desktop without a tray (stock GNOME) says
 * where Decompress lives; later prompts do not. The tray host's answer is
 * what main/desktop/trayHost.ts gives the shell (e2e/app/specs/noTray.spec.ts
 * gets it over a real session bus).
 */

const MIN = 60_000;
/** Monday 23 Nov 2026, 09:00 in the test process's zone: inside default office hours. */
const MONDAY_9AM = new Date(2026, 10, 23, 9, 0).getTime();
/** The quiet prompt's window in the app (main/shell/windowOptions.ts). */
const LINE =
  'Decompress lives in your app menu on this desktop: open it there for Settings and pauses.';
const settings = JSON.stringify({
  ...defaultSettings(),
  welcomeCompleted: true,
  safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z',
});

function noTray() {
  const desktop = createDesktopFacts(
    () => ({ state: 'off' }),
    () => undefined,
  );
  desktop.setTrayHost({ status: 'absent', advice: trayAdvice('gnome') });
  return desktop;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the first prompt without a tray says where Decompress lives, the next does not (${colorScheme})`, async ({
    start,
  }) => {
    const harness = await start({
      startTime: MONDAY_9AM,
      settingsFileText: settings,
      colorScheme,
      integrations: { desktop: noTray() },
    });
    await harness.setTo(MONDAY_9AM + 45 * MIN);
    const page = await harness.waitForWindow('prompt');
    await page.setViewportSize(QUIET_PROMPT);
    await expect(page.getByTestId('where-decompress-lives')).toHaveText(LINE);
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expectToFit(page);
    await harness.screenshot(page, `prompt-no-tray-${colorScheme}`);
    // axe draws both themes itself (the line's contrast included), so once is enough.
    if (colorScheme === 'light')
      await expectNoAxeViolations(page, 'the first prompt without a tray');

    // Skipped; the next reminder's prompt (45 minutes on) carries no line.
    await page.getByRole('button', { name: 'Skip' }).click();
    await harness.closed(page);
    await harness.advance(45 * MIN);
    const next = await harness.waitForWindow('prompt');
    await expect(next.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(next.getByTestId('where-decompress-lives')).toHaveCount(0);
  });
}
