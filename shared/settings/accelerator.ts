/**
 * Electron's accelerator syntax (https://www.electronjs.org/docs/latest/api/accelerator),
 * checked before a shortcut is stored or handed to globalShortcut: modifiers
 * and exactly one key code joined by "+", case-insensitive.
 */

/** Modifier spellings Electron accepts, lower-cased, with the key they stand for. */
const MODIFIERS: Readonly<Record<string, Modifier>> = {
  command: 'command',
  cmd: 'command',
  control: 'control',
  ctrl: 'control',
  commandorcontrol: 'commandOrControl',
  cmdorctrl: 'commandOrControl',
  alt: 'alt',
  option: 'option',
  altgr: 'altGr',
  shift: 'shift',
  super: 'super',
  meta: 'super',
};

export type Modifier =
  'command' | 'control' | 'commandOrControl' | 'alt' | 'option' | 'altGr' | 'shift' | 'super';

/** Named key codes from the Accelerator page, lower-cased (letters, digits and F-keys are matched by pattern). */
const NAMED_KEYS = new Set([
  'plus',
  'space',
  'tab',
  'capslock',
  'numlock',
  'scrolllock',
  'backspace',
  'delete',
  'insert',
  'return',
  'enter',
  'up',
  'down',
  'left',
  'right',
  'home',
  'end',
  'pageup',
  'pagedown',
  'escape',
  'esc',
  'volumeup',
  'volumedown',
  'volumemute',
  'medianexttrack',
  'mediaprevioustrack',
  'mediastop',
  'mediaplaypause',
  'printscreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
]);

/** The punctuation the page lists; "+" is the separator, so the + key is spelled Plus. */
const PUNCTUATION = new Set([...')!@#$%^&*(:;=<,_->.?/~`{][|\\}"']);

const LONGEST_ACCELERATOR = 100;

export interface ParsedAccelerator {
  modifiers: Modifier[];
  /** The key code as written (case kept), e.g. "B", "F13", "Space". */
  key: string;
}

export type AcceleratorCheck =
  { ok: true; accelerator: ParsedAccelerator } | { ok: false; message: string };

function isKeyCode(token: string): boolean {
  const lower = token.toLowerCase();
  return (
    /^[a-z0-9]$/.test(lower) ||
    /^f([1-9]|1[0-9]|2[0-4])$/.test(lower) ||
    /^num[0-9]$/.test(lower) ||
    NAMED_KEYS.has(lower) ||
    PUNCTUATION.has(token)
  );
}

/**
 * Parses an accelerator string as Electron reads it. Says in words what is
 * wrong rather than throwing: the message goes straight to the person.
 */
export function parseAccelerator(text: string): AcceleratorCheck {
  if (text.length === 0) return { ok: false, message: 'must not be empty' };
  if (text.length > LONGEST_ACCELERATOR) {
    return { ok: false, message: `at most ${LONGEST_ACCELERATOR} characters` };
  }
  const tokens = text.split('+');
  if (tokens.some((t) => t.length === 0)) {
    return {
      ok: false,
      message: 'has an empty part (write the + key as "Plus", e.g. CommandOrControl+Plus)',
    };
  }
  if (tokens.some((t) => t.trim() !== t)) {
    return { ok: false, message: 'must not contain spaces around "+"' };
  }
  const modifiers: Modifier[] = [];
  const last = tokens.length - 1;
  for (const [index, token] of tokens.entries()) {
    const modifier = MODIFIERS[token.toLowerCase()];
    if (index < last) {
      if (!modifier) {
        return isKeyCode(token)
          ? { ok: false, message: 'may have only one key besides the modifiers, and it comes last' }
          : { ok: false, message: `"${token}" is not a modifier Electron knows` };
      }
      if (modifiers.includes(modifier)) {
        return { ok: false, message: `names ${token} twice` };
      }
      modifiers.push(modifier);
      continue;
    }
    if (modifier) return { ok: false, message: 'must end with a key, not a modifier' };
    if (!isKeyCode(token)) return { ok: false, message: `"${token}" is not a key Electron knows` };
  }
  if (
    modifiers.includes('commandOrControl') &&
    modifiers.some((m) => m === 'command' || m === 'control')
  ) {
    return { ok: false, message: 'names CommandOrControl together with Command or Control' };
  }
  return { ok: true, accelerator: { modifiers, key: tokens[last] ?? '' } };
}

/** Keys nothing else uses, so they may stand alone as a global shortcut. */
function isSpareKey(key: string): boolean {
  return /^f(1[3-9]|2[0-4])$/i.test(key);
}

/**
 * The checks a *global* shortcut needs on top of the syntax: it fires in
 * every app, so it must carry a modifier other than Shift (Shift+B is just
 * typing "B"), unless the key is one that keyboards leave spare (F13-F24).
 */
export function checkGlobalShortcut(text: string): AcceleratorCheck {
  const parsed = parseAccelerator(text);
  if (!parsed.ok) return parsed;
  const { modifiers, key } = parsed.accelerator;
  const hasRealModifier = modifiers.some((m) => m !== 'shift');
  if (!hasRealModifier && !isSpareKey(key)) {
    return {
      ok: false,
      message:
        'needs Ctrl, Alt, Super or Command with the key, so that it never takes over normal typing',
    };
  }
  return parsed;
}

export type DesktopPlatform = 'darwin' | 'win32' | 'linux' | 'other';

/**
 * What is wrong with a valid accelerator on one OS, or null. Electron
 * silently drops Command and Option outside macOS, which would turn
 * Command+Shift+B into plain Shift+B there.
 */
export function acceleratorProblemOn(
  accelerator: ParsedAccelerator,
  platform: DesktopPlatform,
): string | null {
  if (platform === 'darwin') {
    return accelerator.modifiers.includes('altGr')
      ? 'AltGr does not exist on a Mac keyboard'
      : null;
  }
  if (accelerator.modifiers.includes('command')) {
    return 'Command only exists on a Mac; use CommandOrControl, which is Ctrl here';
  }
  if (accelerator.modifiers.includes('option')) {
    return 'Option only exists on a Mac; use Alt';
  }
  return null;
}
