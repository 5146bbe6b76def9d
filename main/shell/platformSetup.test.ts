import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_USER_MODEL_ID, applyPlatformSetup, createLoginItem } from './platformSetup';
import { app } from './testing/electronMock';

vi.mock('electron', () => import('./testing/electronMock'));

describe('platform setup', () => {
  beforeEach(() => {
    app.dock.hidden = false;
    app.userModelId = '';
    app.loginItem = { openAtLogin: false };
  });

  it('hides the Dock icon on macOS so Decompress lives in the menu bar only', () => {
    applyPlatformSetup('darwin');
    expect(app.dock.hidden).toBe(true);
    expect(app.userModelId).toBe('');
  });

  it('sets the app user model id on Windows so notifications show', () => {
    applyPlatformSetup('win32');
    expect(app.userModelId).toBe(APP_USER_MODEL_ID);
    expect(app.dock.hidden).toBe(false);
  });

  it('leaves Linux alone', () => {
    applyPlatformSetup('linux');
    expect(app.dock.hidden).toBe(false);
    expect(app.userModelId).toBe('');
  });

  it('uses Electron login items on macOS and Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const item = createLoginItem(platform, { executablePath: '/x', args: [] });
      item.setEnabled(true);
      expect(app.loginItem).toEqual({ openAtLogin: true });
      item.setEnabled(false);
      expect(app.loginItem).toEqual({ openAtLogin: false });
    }
  });
});

describe('launch at login on Linux', () => {
  let config: string;
  beforeEach(() => {
    config = mkdtempSync(join(tmpdir(), 'decompress-xdg-'));
  });
  afterEach(() => rmSync(config, { recursive: true, force: true }));

  it('writes and removes an XDG autostart entry under XDG_CONFIG_HOME, not Electron login items', () => {
    const item = createLoginItem('linux', {
      executablePath: '/opt/Decompress/decompress',
      args: [],
      env: { XDG_CONFIG_HOME: config },
    });
    const entry = join(config, 'autostart', 'decompress.desktop');
    item.setEnabled(true);
    expect(readFileSync(entry, 'utf8')).toContain('Exec=/opt/Decompress/decompress');
    expect(app.loginItem).toEqual({ openAtLogin: false });
    item.setEnabled(false);
    expect(existsSync(entry)).toBe(false);
  });
});
