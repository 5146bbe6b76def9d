import { expect } from '@playwright/test';
import type { RunningApp } from './launch';

interface Bridge {
  decompress: {
    addCalendarFeedFile(arg: {
      path: string;
    }): Promise<{ ok: boolean; value?: { status: string } }>;
  };
}

/** Opens Settings from the tray and adds `path` as a file feed through the real preload's bridge. */
export async function addFileFeedInSettings(run: RunningApp, path: string): Promise<void> {
  await run.desktop((d) => d.tray.click('Settings…'));
  const settings = await run.window('settings');
  const added = await settings.evaluate(
    (feed) => (window as unknown as Bridge).decompress.addCalendarFeedFile({ path: feed }),
    path,
  );
  expect(added).toMatchObject({ ok: true, value: { status: 'added' } });
}
