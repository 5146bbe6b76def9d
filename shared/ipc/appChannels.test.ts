import { describe, expect, it } from 'vitest';
import { appChannels } from './appChannels';

describe('openWindow from a page', () => {
  it('opens the windows a person can ask for', () => {
    for (const route of ['settings', 'history', 'safety', 'routine', 'prompt', 'welcome']) {
      expect(appChannels.openWindow.args.safeParse({ route }).success).toBe(true);
    }
  });

  it('refuses the cue window as data: only main opens and closes it', () => {
    const result = appChannels.openWindow.args.safeParse({ route: 'cue' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['route'], code: 'invalid_value' });
  });
});
