import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SignalUnavailableError } from '../signalDetector';
import { activeFocusModes } from './focusAssertions';
import { macFocusSource, macUnseenSource, MACOS_CALENDAR_ONLY } from './macSources';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'macos');

describe('macOS Focus, from the DoNotDisturb files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'decompress-focus-'));
    copyFileSync(join(fixtures, 'ModeConfigurations.json'), join(dir, 'ModeConfigurations.json'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const use = (name: string) => copyFileSync(join(fixtures, name), join(dir, 'Assertions.json'));

  it('Do Not Disturb switched on by hand is busy, with the mode named', async () => {
    use('Assertions.dnd-on.json');
    expect(await macFocusSource({ directory: dir }).check()).toEqual({
      busy: true,
      until: null,
      because: 'Focus is on (Do Not Disturb)',
    });
  });

  it('another Focus (Work) counts too', async () => {
    use('Assertions.work-focus.json');
    expect(await macFocusSource({ directory: dir }).check()).toMatchObject({
      because: 'Focus is on (Work)',
    });
  });

  it('no assertion record is not busy', async () => {
    use('Assertions.off.json');
    expect(await macFocusSource({ directory: dir }).check()).toEqual({ busy: false });
  });

  it('without the mode names it still says Focus is on', async () => {
    use('Assertions.work-focus.json');
    rmSync(join(dir, 'ModeConfigurations.json'));
    expect(await macFocusSource({ directory: dir }).check()).toMatchObject({
      because: 'Focus is on',
    });
  });

  it('a missing file says it cannot be seen; a changed shape is an error', async () => {
    await expect(macFocusSource({ directory: dir }).check()).rejects.toBeInstanceOf(
      SignalUnavailableError,
    );
    writeFileSync(join(dir, 'Assertions.json'), '{"data": {"storeAssertionRecords": []}}');
    await expect(macFocusSource({ directory: dir }).check()).rejects.toThrow(/no data list/);
    expect(() => activeFocusModes('not json')).toThrow();
  });

  it('camera, microphone and fullscreen say plainly what macOS lets us see', async () => {
    const camera = macUnseenSource('camera', 'Camera');
    await expect(camera.check()).rejects.toThrow(MACOS_CALENDAR_ONLY);
    expect(MACOS_CALENDAR_ONLY).toBe('on macOS, Decompress sees meetings from your calendar only');
  });
});
