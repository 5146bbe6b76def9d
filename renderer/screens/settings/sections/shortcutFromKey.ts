/**
 * A pressed combination as an Electron accelerator ("Ctrl+Alt+B"), from a
 * keydown event. Keys are read by their position (event.code), so a layout
 * that types "ß" or "ö" still records the key Electron can register; keys
 * Electron has no name for come back as null.
 */

const NAMED: Readonly<Record<string, string>> = {
  Space: 'Space',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  Tab: 'Tab',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Escape: 'Esc',
  PrintScreen: 'PrintScreen',
  Minus: '-',
  Equal: '=',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Semicolon: ';',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Backquote: '`',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  NumpadDecimal: 'numdec',
};

const MODIFIER_CODES = new Set([
  'ControlLeft',
  'ControlRight',
  'AltLeft',
  'AltRight',
  'ShiftLeft',
  'ShiftRight',
  'MetaLeft',
  'MetaRight',
  'OSLeft',
  'OSRight',
]);

export interface KeyPress {
  code: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

/** The key's accelerator name, or null for a modifier alone or a key Electron cannot name. */
export function keyName(code: string): string | null {
  if (MODIFIER_CODES.has(code)) return null;
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter?.[1]) return letter[1];
  const digit = /^Digit([0-9])$/.exec(code);
  if (digit?.[1]) return digit[1];
  const numpad = /^Numpad([0-9])$/.exec(code);
  if (numpad?.[1]) return `num${numpad[1]}`;
  if (/^F([1-9]|1[0-9]|2[0-4])$/.test(code)) return code;
  return NAMED[code] ?? null;
}

/** The modifiers held, in Electron's usual order, spelled for this OS. */
export function modifierNames(press: KeyPress, mac: boolean): string[] {
  const names: string[] = [];
  if (press.ctrlKey) names.push('Ctrl');
  if (press.altKey) names.push(mac ? 'Option' : 'Alt');
  if (press.shiftKey) names.push('Shift');
  // The Mac's Command key and the Windows/Super key both arrive as metaKey.
  if (press.metaKey) names.push(mac ? 'Command' : 'Super');
  return names;
}

/**
 * The accelerator for a press: complete (a key with its modifiers), or only
 * the modifiers held so far (shown while the person is still pressing).
 */
export function shortcutFromKey(
  press: KeyPress,
  mac: boolean,
): { complete: true; accelerator: string } | { complete: false; held: string } {
  const modifiers = modifierNames(press, mac);
  const key = keyName(press.code);
  if (key === null) return { complete: false, held: modifiers.join('+') };
  return { complete: true, accelerator: [...modifiers, key].join('+') };
}
