import { describe, expect, it } from 'vitest';
import { checkGlobalShortcut } from '../../../../shared/settings/accelerator';
import { shortcutFromKey, type KeyPress } from './shortcutFromKey';

const press = (code: string, held: Partial<KeyPress> = {}): KeyPress => ({
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...held,
});

describe('a pressed combination as an accelerator', () => {
  it('spells modifiers and the key as Electron reads them', () => {
    expect(shortcutFromKey(press('KeyB', { ctrlKey: true, altKey: true }), false)).toEqual({
      complete: true,
      accelerator: 'Ctrl+Alt+B',
    });
    expect(shortcutFromKey(press('ArrowUp', { metaKey: true, shiftKey: true }), false)).toEqual({
      complete: true,
      accelerator: 'Shift+Super+Up',
    });
    expect(shortcutFromKey(press('F13'), false)).toEqual({ complete: true, accelerator: 'F13' });
    expect(shortcutFromKey(press('Numpad7', { ctrlKey: true }), false)).toEqual({
      complete: true,
      accelerator: 'Ctrl+num7',
    });
  });

  it('uses the Mac names on a Mac (Command, Option)', () => {
    expect(shortcutFromKey(press('KeyB', { metaKey: true, altKey: true }), true)).toEqual({
      complete: true,
      accelerator: 'Option+Command+B',
    });
  });

  it('a modifier alone is not a shortcut yet: it shows what is held', () => {
    expect(shortcutFromKey(press('ControlLeft', { ctrlKey: true }), false)).toEqual({
      complete: false,
      held: 'Ctrl',
    });
    expect(shortcutFromKey(press('IntlBackslash', { ctrlKey: true }), false)).toEqual({
      complete: false,
      held: 'Ctrl',
    });
  });

  it('what it records, the schema accepts (or refuses in words)', () => {
    for (const code of ['KeyQ', 'Digit5', 'Space', 'Minus', 'Backquote', 'PageDown', 'F5']) {
      const recorded = shortcutFromKey(press(code, { ctrlKey: true, shiftKey: true }), false);
      expect(recorded.complete).toBe(true);
      if (recorded.complete) expect(checkGlobalShortcut(recorded.accelerator).ok).toBe(true);
    }
    const plain = shortcutFromKey(press('KeyB'), false);
    expect(plain.complete && checkGlobalShortcut(plain.accelerator)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^needs Ctrl, Alt, Super or Command/),
    });
  });
});
