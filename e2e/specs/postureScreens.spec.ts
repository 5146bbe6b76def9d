import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HistoryEvent } from '../../shared/history/events';
import { HISTORY_FILE_NAME } from '../../main/core/history/historyLog';
import { settingsSchema, type Settings } from '../../shared/settings/schema';
import { expect, test } from '../harness/fixtures';

const MIN = 60_000;
/** Monday 23 November 2026, 17:00 in the test process's zone (the core's and Chromium's). */
const EVENING = new Date(2026, 10, 23, 17, 0).getTime();
const local = (d: number, h: number, m = 0) => new Date(2026, 10, d, h, m).getTime();

function onDisk(userDataDir: string): Settings {
  return settingsSchema.parse(JSON.parse(readFileSync(join(userDataDir, 'settings.json'), 'utf8')));
}

/**
 * Thursday, Friday and Monday with a routine each, the weekend empty (no
 * office hours by default): three office days in a row. Standing: Friday
 * 30 min, today 8 + 8 min. Posture cues today: 2 done, 1 dismissed, 1 closed
 * by itself (shown counts all four).
 */
function officeWeek(): HistoryEvent[] {
  const completed = (at: number): HistoryEvent => ({
    type: 'completed',
    at,
    routineId: 'quick-seated-reset',
    startedAt: at - 2 * MIN,
    painBefore: null,
    painAfter: null,
    skippedSteps: 0,
  });
  const cue = (at: number, outcome: 'done' | 'dismissed' | 'expired'): HistoryEvent => ({
    type: 'cue',
    at,
    kind: 'posture',
    cueId: 'sit-tall',
    outcome,
  });
  return [
    completed(local(19, 11)),
    completed(local(20, 11)),
    { type: 'standing', at: local(20, 14, 30), startedAt: local(20, 14) },
    cue(local(23, 9, 20), 'done'),
    { type: 'standing', at: local(23, 10, 8), startedAt: local(23, 10) },
    cue(local(23, 10, 40), 'dismissed'),
    completed(local(23, 11)),
    { type: 'standing', at: local(23, 11, 38), startedAt: local(23, 11, 30) },
    cue(local(23, 13, 0), 'done'),
    cue(local(23, 13, 40), 'expired'),
  ];
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`posture and standing screens (${colorScheme})`, () => {
    test('Settings > Breaks: posture cues and the standing desk, saved to the file', async ({
      start,
    }) => {
      const harness = await start({ colorScheme });
      const page = await harness.openWindow('settings');
      await page.getByRole('tab', { name: /^Breaks/ }).click();
      const posture = page.getByTestId('posture-panel');
      await expect(posture.getByRole('switch', { name: 'Posture cues' })).toBeChecked();
      await expect(posture.getByRole('spinbutton', { name: 'Every' })).toHaveValue('20');

      const desk = page.getByTestId('standing-panel');
      await desk.getByRole('switch', { name: 'Standing desk' }).check();
      await harness.settingsWhere((s) => s.standingDesk.enabled);
      const sit = desk.getByRole('spinbutton', { name: 'Sit for' });
      await sit.fill('25');
      await sit.press('Enter');
      await harness.settingsWhere((s) => s.standingDesk.sitMinutes === 25);
      await expect(desk.getByTestId('desk-cycle-note')).toHaveText(
        'Your break comes after 33 minutes (sit 25 + stand 8); the work interval above is not used.',
      );
      // The interval says it is not used while the desk sets the break.
      await expect(page.getByTestId('setting-intervalMinutes')).toContainText(
        'Not used while the standing desk is on',
      );
      expect(onDisk(harness.userDataDir).standingDesk).toEqual({
        enabled: true,
        sitMinutes: 25,
        standMinutes: 8,
        moveMinutes: 2,
      });

      // Out of range: main's words next to the field, and the file keeps 8.
      const stand = desk.getByRole('spinbutton', { name: 'Stand for' });
      await stand.fill('90');
      await stand.press('Enter');
      await expect(desk.getByText('Use 60 or less.')).toBeVisible();
      expect(onDisk(harness.userDataDir).standingDesk.standMinutes).toBe(8);
      await stand.fill('8');
      await stand.press('Enter');
      await expect(desk.getByText('Use 60 or less.')).toBeHidden();

      // Keyboard focus, visible, on the field after Sit for.
      await sit.focus();
      await page.keyboard.press('Tab');
      await expect(stand).toBeFocused();
      await posture.scrollIntoViewIfNeeded();
      await harness.screenshot(page, `settings-posture-standing-${colorScheme}`);
    });

    test('History: posture cues, standing minutes on the cards and in the chart, the office-day streak', async ({
      start,
    }) => {
      const dir = mkdtempSync(join(tmpdir(), 'decompress-e2e-standing-'));
      writeFileSync(
        join(dir, HISTORY_FILE_NAME),
        officeWeek()
          .map((e) => `${JSON.stringify(e)}\n`)
          .join(''),
      );
      const harness = await start({ userDataDir: dir, startTime: EVENING, colorScheme });
      const page = await harness.openWindow('history');
      await expect(page.getByTestId('today-posture')).toHaveText(
        'Posture cues: 4 shown, 2 done, 1 dismissed',
      );
      await expect(page.getByTestId('today-standing')).toHaveText('16 min standing');
      // Monday is today, so the week is today.
      await expect(page.getByTestId('this-week-standing')).toHaveText('16 min standing');
      await expect(page.getByTestId('streak-note')).toHaveText(
        'Days without office hours do not break it.',
      );
      const standing = page.getByTestId('standing-bar');
      await expect(standing).toHaveCount(2);
      expect(await standing.evaluateAll((bars) => bars.map((b) => b.dataset.minutes))).toEqual([
        '30',
        '16',
      ]);
      await harness.screenshot(page, `history-standing-${colorScheme}`);
      await page
        .getByTestId('completed-chart')
        .locator('..')
        .getByRole('button', { name: 'Show the numbers' })
        .click();
      const rows = page
        .getByRole('table', {
          name: 'Completed routines, time in meetings and time standing, last 4 weeks',
        })
        .locator('tbody tr');
      await expect(rows.nth(27).locator('td')).toHaveText(['1', '0 min', '16 min']);
      await expect(rows.nth(24).locator('td')).toHaveText(['1', '0 min', '30 min']);
      // Thursday, Friday, Monday: the weekend has no office hours and does not break the run.
      await expect(page.getByTestId('streak-days')).toHaveText('3');
      await expect(page.getByTestId('streak')).toContainText('3 office days in a row');
    });
  });
}
