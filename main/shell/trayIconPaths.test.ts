import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trayIconFile } from './trayIconPaths';

const resourcesDir = join(import.meta.dirname, '../../resources');
const states = ['normal', 'paused', 'due'] as const;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('trayIconFile', () => {
  it('gives macOS the template image whatever the theme', () => {
    expect(trayIconFile('normal', 'darwin', false)).toBe('icons/tray/normal/trayTemplate.png');
    expect(trayIconFile('normal', 'darwin', true)).toBe('icons/tray/normal/trayTemplate.png');
    expect(trayIconFile('due', 'darwin', true)).toBe('icons/tray/due/trayTemplate.png');
  });

  it('gives a light glyph for a dark tray and a dark glyph for a light one elsewhere', () => {
    expect(trayIconFile('paused', 'win32', true)).toBe('icons/tray/paused/tray-on-dark.png');
    expect(trayIconFile('paused', 'win32', false)).toBe('icons/tray/paused/tray-on-light.png');
    expect(trayIconFile('due', 'linux', true)).toBe('icons/tray/due/tray-on-dark.png');
    expect(trayIconFile('normal', 'freebsd', false)).toBe('icons/tray/normal/tray-on-light.png');
  });

  it('names a different file for every state', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      for (const dark of [false, true]) {
        const files = new Set(states.map((state) => trayIconFile(state, platform, dark)));
        expect(files.size).toBe(states.length);
      }
    }
  });

  it('names files that exist in resources, 16 px with a 32 px @2x sibling', () => {
    for (const state of states) {
      for (const platform of ['darwin', 'linux', 'win32'] as const) {
        for (const dark of [false, true]) {
          const file = join(resourcesDir, trayIconFile(state, platform, dark));
          const retina = file.replace(/\.png$/, '@2x.png');
          expect(existsSync(file), file).toBe(true);
          expect(pngSize(file)).toEqual([16, 16]);
          expect(pngSize(retina)).toEqual([32, 32]);
        }
      }
    }
  });
});
