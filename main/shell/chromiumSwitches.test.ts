import { describe, expect, it } from 'vitest';
import { appendChromiumSwitches, chromiumSwitches } from './chromiumSwitches';

describe('Chromium switches', () => {
  it('turns on speech-dispatcher on Linux, so spoken cues have voices', () => {
    expect(chromiumSwitches('linux')).toEqual([{ name: 'enable-speech-dispatcher' }]);
  });

  it('adds nothing on macOS and Windows, whose voices Chromium finds by itself', () => {
    expect(chromiumSwitches('darwin')).toEqual([]);
    expect(chromiumSwitches('win32')).toEqual([]);
  });

  it('appends each switch to the command line it is given', () => {
    const appended: unknown[][] = [];
    appendChromiumSwitches(
      { appendSwitch: (...args: unknown[]) => void appended.push(args) },
      'linux',
    );
    expect(appended).toEqual([['enable-speech-dispatcher']]);
  });
});
