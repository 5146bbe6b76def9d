import { describe, expect, it } from 'vitest';
import {
  acceleratorProblemOn,
  checkGlobalShortcut,
  parseAccelerator,
  type AcceleratorCheck,
} from './accelerator';
import { defaultSettings } from './defaults';
import { settingsPatchSchema, settingsSchema } from './schema';

function message(check: AcceleratorCheck): string | null {
  return check.ok ? null : check.message;
}

describe('Electron accelerator syntax', () => {
  it.each([
    'CommandOrControl+A',
    'CommandOrControl+Shift+Z',
    'CmdOrCtrl+Alt+B',
    'Ctrl+Shift+F12',
    'Super+Space',
    'Meta+Escape',
    'Alt+Plus',
    'Control+num5',
    'Shift+numadd',
    'AltGr+7',
    'Command+Option+Enter',
    'ctrl+shift+b',
    'MediaPlayPause',
    'Ctrl+/',
    'Ctrl+`',
    'Ctrl+"',
  ])('accepts the documented form %s', (text) => {
    expect(message(parseAccelerator(text))).toBeNull();
  });

  it('reads modifiers and the key, whatever the case', () => {
    expect(parseAccelerator('cmdorctrl+SHIFT+b')).toEqual({
      ok: true,
      accelerator: { modifiers: ['commandOrControl', 'shift'], key: 'b' },
    });
    expect(parseAccelerator('Meta+Super+A')).toEqual({ ok: false, message: 'names Super twice' });
  });

  it.each([
    ['', 'must not be empty'],
    ['Ctrl+', 'has an empty part (write the + key as "Plus", e.g. CommandOrControl+Plus)'],
    ['Ctrl++', 'has an empty part (write the + key as "Plus", e.g. CommandOrControl+Plus)'],
    ['+A', 'has an empty part (write the + key as "Plus", e.g. CommandOrControl+Plus)'],
    ['Ctrl + A', 'must not contain spaces around "+"'],
    ['Ctrl+Shift', 'must end with a key, not a modifier'],
    ['Ctrl+A+B', 'may have only one key besides the modifiers, and it comes last'],
    ['Hyper+A', '"Hyper" is not a modifier Electron knows'],
    ['Ctrl+F25', '"F25" is not a key Electron knows'],
    ['Ctrl+Ä', '"Ä" is not a key Electron knows'],
    ['Ctrl+Ctrl+A', 'names Ctrl twice'],
    ['CmdOrCtrl+Ctrl+A', 'names CommandOrControl together with Command or Control'],
    ['Ctrl+num10', '"num10" is not a key Electron knows'],
  ])('refuses %j: %s', (text, expected) => {
    expect(message(parseAccelerator(text))).toBe(expected);
  });

  it('refuses hostile lengths without scanning them', () => {
    expect(message(parseAccelerator(`Ctrl+${'A'.repeat(5000)}`))).toBe('at most 100 characters');
  });
});

describe('a global shortcut', () => {
  it('needs a modifier that is not Shift, so normal typing is never taken over', () => {
    const needs =
      'needs Ctrl, Alt, Super or Command with the key, so that it never takes over normal typing';
    expect(message(checkGlobalShortcut('B'))).toBe(needs);
    expect(message(checkGlobalShortcut('Shift+B'))).toBe(needs);
    expect(message(checkGlobalShortcut('F1'))).toBe(needs);
    expect(message(checkGlobalShortcut('Space'))).toBe(needs);
    expect(message(checkGlobalShortcut('Alt+B'))).toBeNull();
    expect(message(checkGlobalShortcut('Super+Shift+B'))).toBeNull();
  });

  it('may be a spare function key alone (F13-F24)', () => {
    expect(message(checkGlobalShortcut('F13'))).toBeNull();
    expect(message(checkGlobalShortcut('Shift+F24'))).toBeNull();
  });

  it('is judged per OS: Mac-only modifiers are refused elsewhere, AltGr on a Mac', () => {
    const parse = (text: string) => {
      const check = parseAccelerator(text);
      if (!check.ok) throw new Error(check.message);
      return check.accelerator;
    };
    expect(acceleratorProblemOn(parse('Command+Shift+B'), 'darwin')).toBeNull();
    expect(acceleratorProblemOn(parse('Command+Shift+B'), 'linux')).toBe(
      'Command only exists on a Mac; use CommandOrControl, which is Ctrl here',
    );
    expect(acceleratorProblemOn(parse('Option+B'), 'win32')).toBe(
      'Option only exists on a Mac; use Alt',
    );
    expect(acceleratorProblemOn(parse('AltGr+B'), 'darwin')).toBe(
      'AltGr does not exist on a Mac keyboard',
    );
    expect(acceleratorProblemOn(parse('CommandOrControl+Shift+B'), 'linux')).toBeNull();
  });
});

describe('the settings keys for updates and the shortcut', () => {
  it('default to automatic updates and no shortcut', () => {
    expect(defaultSettings()).toMatchObject({ updateMode: 'automatic', startBreakShortcut: null });
    expect(settingsSchema.safeParse(defaultSettings()).success).toBe(true);
  });

  it('accept the three update modes and nothing else', () => {
    for (const mode of ['automatic', 'notify', 'never']) {
      expect(settingsPatchSchema.safeParse({ updateMode: mode }).success).toBe(true);
    }
    expect(settingsPatchSchema.safeParse({ updateMode: 'sometimes' }).success).toBe(false);
  });

  it('store a valid shortcut or null, and name the problem with an invalid one', () => {
    expect(settingsPatchSchema.safeParse({ startBreakShortcut: 'Alt+Shift+B' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ startBreakShortcut: null }).success).toBe(true);
    const refused = settingsPatchSchema.safeParse({ startBreakShortcut: 'Ctrl++' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ['startBreakShortcut'],
      message: 'has an empty part (write the + key as "Plus", e.g. CommandOrControl+Plus)',
    });
    expect(settingsPatchSchema.safeParse({ startBreakShortcut: 42 }).success).toBe(false);
  });
});
