import { beforeEach, describe, expect, it, vi } from 'vitest';
import { trayMenu } from '../core/tray/trayMenu';
import { resetElectronMock, Tray } from './testing/electronMock';
import { createTrayController, toMenuTemplate } from './trayController';

vi.mock('electron', () => import('./testing/electronMock'));

const state = {
  statusLine: 'Next reminder in 5 min',
  paused: false,
  breakDue: false,
  routineRunning: false,
  defaultRoutineTitle: 'Quick seated reset',
  routines: [{ id: 'quick-seated-reset', title: 'Quick seated reset' }],
  version: '1.0.0',
};

describe('tray controller', () => {
  beforeEach(() => resetElectronMock());

  it('turns the model into an Electron template whose clicks reach the core', () => {
    const clicked: string[] = [];
    const template = toMenuTemplate(trayMenu(state).items, (a) => clicked.push(a));
    expect(template[0]).toEqual({ label: 'Next reminder in 5 min', enabled: false });
    expect(template[1]).toEqual({ type: 'separator' });
    const quit = template.at(-1);
    expect(quit?.label).toBe('Quit Decompress');
    quit?.click?.({} as Electron.MenuItem, undefined, {});
    expect(clicked).toEqual(['quit']);
  });

  it('creates one tray, changes the icon only when its file changes, and updates the tooltip', () => {
    const tray = createTrayController(
      (s) => `/icons/${s}.png`,
      () => undefined,
    );
    tray.update(trayMenu(state));
    tray.update(trayMenu({ ...state, statusLine: 'Next reminder in 4 min' }));
    tray.update(trayMenu({ ...state, paused: true, statusLine: 'Paused until 14:30' }));
    expect(Tray.created).toHaveLength(1);
    const [only] = Tray.created;
    expect(only?.images).toEqual([{ path: '/icons/normal.png' }, { path: '/icons/paused.png' }]);
    expect(only?.tooltip).toBe('Decompress: Paused until 14:30');
  });

  it('replaces the image when the theme changes the glyph, even though the state did not change', () => {
    // The resolver reads the theme on each call, as main/index.ts's does.
    let dark = false;
    const tray = createTrayController(
      (s) => `/icons/${s}/${dark ? 'tray-on-dark' : 'tray-on-light'}.png`,
      () => undefined,
    );
    tray.update(trayMenu(state));
    dark = true;
    // nativeTheme 'updated' makes the core refresh the tray with the same model.
    tray.update(trayMenu(state));
    tray.update(trayMenu(state));
    const [only] = Tray.created;
    expect(only?.images).toEqual([
      { path: '/icons/normal/tray-on-light.png' },
      { path: '/icons/normal/tray-on-dark.png' },
    ]);
  });
});
