import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../core/logger';
import { createGlobalShortcut } from './globalShortcut';
import { globalShortcut, resetElectronMock } from './testing/electronMock';

vi.mock('electron', () => import('./testing/electronMock'));

function control(platform: 'linux' | 'darwin' | 'win32' = 'linux', wayland = false) {
  const presses: number[] = [];
  const shortcut = createGlobalShortcut({
    platform,
    wayland,
    onPress: () => presses.push(1),
    log: memoryLogger(),
  });
  return { shortcut, presses };
}

describe('the global shortcut', () => {
  beforeEach(() => resetElectronMock());

  it('is off until one is chosen, and holds no key while off', () => {
    const { shortcut } = control();
    expect(shortcut.status()).toEqual({ state: 'off' });
    expect(shortcut.apply(null)).toEqual({ state: 'off' });
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('registers the chosen key, which starts the default break when pressed', () => {
    const { shortcut, presses } = control();
    expect(shortcut.apply('CommandOrControl+Alt+B')).toEqual({
      state: 'active',
      accelerator: 'CommandOrControl+Alt+B',
      note: null,
    });
    globalShortcut.press('CommandOrControl+Alt+B');
    globalShortcut.press('CommandOrControl+Alt+B');
    expect(presses).toHaveLength(2);
  });

  it('moves to a new key and lets the old one go; off releases it', () => {
    const { shortcut } = control();
    shortcut.apply('Alt+Shift+B');
    shortcut.apply('Super+F9');
    expect([...globalShortcut.registered.keys()]).toEqual(['Super+F9']);
    shortcut.apply('Super+F9');
    expect([...globalShortcut.registered.keys()]).toEqual(['Super+F9']);
    shortcut.apply(null);
    expect(globalShortcut.registered.size).toBe(0);
  });

  it('reports a key another app holds as taken, plainly, and holds nothing', () => {
    globalShortcut.takenElsewhere.add('Ctrl+Alt+T');
    const { shortcut } = control();
    shortcut.apply('Alt+Shift+B');
    expect(shortcut.apply('Ctrl+Alt+T')).toEqual({
      state: 'taken',
      accelerator: 'Ctrl+Alt+T',
      message:
        'Ctrl+Alt+T is already taken by another app or by the system. Choose another shortcut.',
    });
    expect(globalShortcut.registered.size).toBe(0);
    // Tried again later (the other app has quit): it goes through.
    globalShortcut.takenElsewhere.clear();
    expect(shortcut.apply('Ctrl+Alt+T').state).toBe('active');
  });

  it('turns Electron throwing on an accelerator into a refusal, not a crash', () => {
    globalShortcut.unconvertible.add('Ctrl+Alt+F24');
    const { shortcut } = control();
    expect(shortcut.apply('Ctrl+Alt+F24')).toEqual({
      state: 'refused',
      accelerator: 'Ctrl+Alt+F24',
      message: 'Electron cannot use Ctrl+Alt+F24 as a shortcut.',
    });
  });

  it('refuses what would take over typing, or what this OS lacks, before asking Electron', () => {
    const { shortcut } = control('linux');
    expect(shortcut.apply('Shift+B')).toEqual({
      state: 'refused',
      accelerator: 'Shift+B',
      message:
        'Shift+B needs Ctrl, Alt, Super or Command with the key, so that it never takes over normal typing.',
    });
    expect(shortcut.apply('Command+Shift+B')).toMatchObject({
      state: 'refused',
      message: 'Command only exists on a Mac; use CommandOrControl, which is Ctrl here.',
    });
    expect(shortcut.apply('Ctrl++')).toMatchObject({ state: 'refused' });
    expect(globalShortcut.registered.size).toBe(0);
    expect(control('darwin').shortcut.apply('Command+Shift+B').state).toBe('active');
  });

  it('says that Wayland desktops may ask first', () => {
    expect(control('linux', true).shortcut.apply('Super+Alt+B')).toEqual({
      state: 'active',
      accelerator: 'Super+Alt+B',
      note: 'On Wayland your desktop may ask once whether Decompress may use this shortcut.',
    });
  });

  it('releases its key on dispose', () => {
    const { shortcut } = control();
    shortcut.apply('Alt+Shift+B');
    shortcut.dispose();
    expect(globalShortcut.registered.size).toBe(0);
    expect(shortcut.status()).toEqual({ state: 'off' });
  });
});
