import { describe, expect, it } from 'vitest';
import { helpText } from './helpText';
import { launchData, secondInstanceArguments, userArguments } from './launchArguments';
import { parseLaunchArguments } from './parseLaunch';

describe('the launch arguments inside Electron argv', () => {
  it('packaged, on every OS: everything after the executable', () => {
    expect(
      userArguments(['/opt/Decompress/decompress', '--pause', '1h'], { defaultApp: false }),
    ).toEqual(['--pause', '1h']);
    expect(
      userArguments(['C:\\Users\\a\\AppData\\Local\\Programs\\Decompress\\Decompress.exe'], {
        defaultApp: false,
      }),
    ).toEqual([]);
    expect(
      userArguments(['/Applications/Decompress.app/Contents/MacOS/Decompress', '-psn_0_4711'], {
        defaultApp: false,
      }),
    ).toEqual(['-psn_0_4711']);
  });

  it('unpackaged (electron . args): the app path is dropped too', () => {
    expect(
      userArguments(['/repo/node_modules/electron/dist/electron', '.', '--start-now'], {
        defaultApp: true,
      }),
    ).toEqual(['--start-now']);
  });

  it('unpackaged under electron-vite dev, with inspector switches ahead of the app path', () => {
    const argv = ['electron', '--inspect=5858', '.', '--settings'];
    expect(userArguments(argv, { defaultApp: true })).toEqual(['--inspect=5858', '--settings']);
    expect(parseLaunchArguments(userArguments(argv, { defaultApp: true })).request).toMatchObject({
      command: { kind: 'open', route: 'settings' },
    });
  });
});

describe('a second launch, as the first instance receives it', () => {
  it('prefers the additionalData the second instance sent: its arguments, in order', () => {
    const sent = launchData(['--start', 'mat-rest']);
    // What Chromium makes of the same launch on Windows: switches first, its own added.
    const argv = ['Decompress.exe', '--start', '--original-process-start-time=1', 'mat-rest'];
    expect(secondInstanceArguments(argv, sent, { defaultApp: false })).toEqual([
      '--start',
      'mat-rest',
    ]);
  });

  it('survives the JSON round trip Electron gives additionalData', () => {
    const travelled: unknown = JSON.parse(JSON.stringify(launchData(['--resume'])));
    expect(secondInstanceArguments([], travelled, { defaultApp: false })).toEqual(['--resume']);
  });

  it('falls back to argv when additionalData is missing, foreign or malformed', () => {
    const argv = ['/opt/Decompress/decompress', '--no-sandbox', 'decompress://start/mat-rest'];
    for (const data of [
      undefined,
      null,
      {},
      { decompressLaunch: 2, args: [] },
      { decompressLaunch: 1, args: 'x' },
      { decompressLaunch: 1, args: [1, 2] },
      { decompressLaunch: 1, args: ['a'.repeat(10_000)] },
      { decompressLaunch: 1, args: Array.from({ length: 10_001 }, () => '--resume') },
    ]) {
      expect(secondInstanceArguments(argv, data, { defaultApp: false })).toEqual([
        '--no-sandbox',
        'decompress://start/mat-rest',
      ]);
    }
  });

  it('handles the empty argv Electron gives when another user launched it', () => {
    expect(secondInstanceArguments([], undefined, { defaultApp: false })).toEqual([]);
    expect(parseLaunchArguments([]).request).toEqual({ kind: 'none' });
  });
});

describe('--help', () => {
  it('lists every command and every routine id', () => {
    const text = helpText('decompress');
    for (const option of [
      '--start <routine-id>',
      '--start-now',
      '--pause <length>',
      '--resume',
      '--settings',
      '--history',
      '--help',
      'decompress://start/<routine-id>',
      'quick-seated-reset',
      'mat-rest',
    ]) {
      expect(text).toContain(option);
    }
    expect(text.startsWith('Usage: decompress [command]\n')).toBe(true);
  });
});
