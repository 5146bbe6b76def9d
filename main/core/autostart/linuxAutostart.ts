// Launch at login on Linux. Electron's app.setLoginItemSettings does nothing
// there, so the app writes an XDG autostart entry itself
// (https://specifications.freedesktop.org/autostart-spec/latest/).
// Plain Node: the core never imports Electron.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { LoginItemPort } from '../ports';

/** Same basename as the installed application entry, so desktops match the two. */
export const AUTOSTART_FILE_NAME = 'decompress.desktop';

export interface LinuxAutostartOptions {
  /** The running executable (process.execPath); ignored inside an AppImage. */
  executablePath: string;
  /** Extra command-line arguments for the autostarted app. */
  args?: readonly string[];
  /** Environment to read XDG_CONFIG_HOME and APPIMAGE from; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** Home directory for the ~/.config fallback; os.homedir() by default. */
  homeDir?: string;
}

/** $XDG_CONFIG_HOME/autostart/decompress.desktop, or ~/.config/autostart/... */
export function autostartFilePath(env: NodeJS.ProcessEnv, homeDir: string): string {
  // The base directory spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const configured = env.XDG_CONFIG_HOME;
  const configHome = configured && isAbsolute(configured) ? configured : join(homeDir, '.config');
  return join(configHome, 'autostart', AUTOSTART_FILE_NAME);
}

/**
 * The program to start at login. Inside an AppImage, process.execPath points
 * into a temporary mount that vanishes when the app quits; the runtime puts
 * the AppImage file's own path in $APPIMAGE.
 */
export function autostartExecutable(executablePath: string, env: NodeJS.ProcessEnv): string {
  const appImage = env.APPIMAGE;
  return appImage && isAbsolute(appImage) ? appImage : executablePath;
}

// Characters that force an Exec argument into double quotes (desktop entry spec, "The Exec key").
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/**
 * One argument of an Exec line. Quoting follows the desktop entry spec: inside
 * double quotes, `"`, `` ` ``, `$` and `\` take a backslash; `%` is doubled so
 * it is not read as a field code; then, because Exec is a string value, every
 * backslash is escaped once more (so a literal backslash ends up as four).
 */
export function quoteExecArgument(arg: string): string {
  // A newline would end the Exec line and start a new key; no quoting can carry one.
  if ([...arg].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    throw new Error(
      `cannot put a control character in a desktop entry Exec line: ${JSON.stringify(arg)}`,
    );
  }
  let quoted = arg.replace(/%/g, '%%');
  if (arg === '' || RESERVED.test(arg)) {
    quoted = `"${quoted.replace(/["`$\\]/g, '\\$&')}"`;
  }
  return quoted.replace(/\\/g, '\\\\');
}

/** The autostart entry's text. */
export function autostartDesktopEntry(exec: string, args: readonly string[] = []): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Decompress',
    'Comment=Reminds you to unload your spine during office hours',
    `Exec=${[exec, ...args].map(quoteExecArgument).join(' ')}`,
    'Icon=decompress',
    'Terminal=false',
    'Hidden=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Key=value pairs of the [Desktop Entry] group. */
function desktopEntryKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  let inEntry = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inEntry = line === '[Desktop Entry]';
    } else if (inEntry && line && !line.startsWith('#')) {
      const eq = line.indexOf('=');
      if (eq > 0) keys.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
  }
  return keys;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes a file so readers see the old or the new content, never half of it:
 * a temp file in the same directory, then rename, which is atomic on POSIX.
 */
function writeFileAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, text, { mode: 0o644 });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Launch at login through ~/.config/autostart. Enabling writes (or refreshes)
 * the entry, so calling it at every start keeps Exec pointing at the current
 * executable after an update moved it; disabling removes the entry.
 */
export function createLinuxAutostart(
  options: LinuxAutostartOptions,
): LoginItemPort & { isEnabled(): boolean; readonly filePath: string } {
  const env = options.env ?? process.env;
  const filePath = autostartFilePath(env, options.homeDir ?? homedir());
  return {
    filePath,
    setEnabled(enabled: boolean) {
      if (!enabled) {
        rmSync(filePath, { force: true });
        return;
      }
      const text = autostartDesktopEntry(
        autostartExecutable(options.executablePath, env),
        options.args,
      );
      if (readOrNull(filePath) !== text) writeFileAtomic(filePath, text);
    },
    isEnabled() {
      const text = readOrNull(filePath);
      if (text === null) return false;
      // Desktops switch an entry off in place rather than deleting it.
      const keys = desktopEntryKeys(text);
      return keys.get('Hidden') !== 'true' && keys.get('X-GNOME-Autostart-enabled') !== 'false';
    },
  };
}
