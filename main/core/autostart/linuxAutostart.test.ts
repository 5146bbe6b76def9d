import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autostartFilePath, createLinuxAutostart, quoteExecArgument } from './linuxAutostart';

/**
 * Reads an Exec value back the way a desktop would: undo the string-value
 * escapes first, then split into arguments by the Exec quoting rules.
 */
function parseExec(value: string): string[] {
  const unescaped = value.replace(/\\([\\snrt])/g, (_, c: string) =>
    c === '\\' ? '\\' : c === 's' ? ' ' : c === 'n' ? '\n' : c === 'r' ? '\r' : '\t',
  );
  const args: string[] = [];
  let current = '';
  let inQuotes = false;
  let started = false;
  for (let i = 0; i < unescaped.length; i += 1) {
    const c = unescaped[i] ?? '';
    if (inQuotes) {
      if (c === '\\') {
        current += unescaped[i + 1] ?? '';
        i += 1;
      } else if (c === '"') {
        inQuotes = false;
      } else {
        current += c;
      }
    } else if (c === '"') {
      inQuotes = true;
      started = true;
    } else if (c === ' ') {
      if (started) args.push(current);
      current = '';
      started = false;
    } else {
      current += c;
      started = true;
    }
  }
  if (started) args.push(current);
  return args.map((arg) => arg.replace(/%%/g, '%'));
}

function entryKeys(text: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const line of text.split('\n').slice(1)) {
    const eq = line.indexOf('=');
    if (eq > 0) keys[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return keys;
}

let configHome: string;

beforeEach(() => {
  configHome = mkdtempSync(join(tmpdir(), 'decompress-autostart-'));
});

afterEach(() => {
  rmSync(configHome, { recursive: true, force: true });
});

describe('linux autostart', () => {
  it('writes a valid, enabled desktop entry under $XDG_CONFIG_HOME/autostart', () => {
    const autostart = createLinuxAutostart({
      executablePath: '/opt/Decompress/decompress',
      env: { XDG_CONFIG_HOME: configHome },
    });
    expect(autostart.isEnabled()).toBe(false);

    autostart.setEnabled(true);

    const file = join(configHome, 'autostart', 'decompress.desktop');
    expect(autostart.filePath).toBe(file);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('[Desktop Entry]');
    expect(entryKeys(text)).toEqual({
      Type: 'Application',
      Version: '1.0',
      Name: 'Decompress',
      Comment: 'Reminds you to unload your spine during office hours',
      Exec: '/opt/Decompress/decompress',
      Icon: 'decompress',
      Terminal: 'false',
      Hidden: 'false',
      'X-GNOME-Autostart-enabled': 'true',
    });
    expect(autostart.isEnabled()).toBe(true);
    // Only the entry itself: the temp file was renamed, not left behind.
    expect(readdirSync(join(configHome, 'autostart'))).toEqual(['decompress.desktop']);
  });

  it('quotes an executable path with spaces, quotes, dollars, backslashes and percents', () => {
    const tricky = '/home/ann b/Apps/De"compress $HOME `x` back\\slash 100%.AppImage';
    const autostart = createLinuxAutostart({
      executablePath: tricky,
      args: ['--hidden', 'plain'],
      env: { XDG_CONFIG_HOME: configHome },
    });
    autostart.setEnabled(true);
    const exec = entryKeys(readFileSync(autostart.filePath, 'utf8')).Exec ?? '';
    expect(exec).toBe(
      '"/home/ann b/Apps/De\\\\"compress \\\\$HOME \\\\`x\\\\` back\\\\\\\\slash 100%%.AppImage" --hidden plain',
    );
    expect(parseExec(exec)).toEqual([tricky, '--hidden', 'plain']);
  });

  it('refuses a path with a newline, which would inject a new key', () => {
    expect(() => quoteExecArgument('/tmp/x\nHidden=true')).toThrow(/control character/);
  });

  it('points at the AppImage file rather than its temporary mount', () => {
    const autostart = createLinuxAutostart({
      executablePath: '/tmp/.mount_DecompXYZ/decompress',
      env: { XDG_CONFIG_HOME: configHome, APPIMAGE: '/home/ann/Apps/Decompress-1.0.0.AppImage' },
    });
    autostart.setEnabled(true);
    const exec = entryKeys(readFileSync(autostart.filePath, 'utf8')).Exec ?? '';
    expect(parseExec(exec)).toEqual(['/home/ann/Apps/Decompress-1.0.0.AppImage']);
  });

  it('is idempotent: enabling twice leaves one identical entry', () => {
    const autostart = createLinuxAutostart({
      executablePath: '/usr/bin/decompress',
      env: { XDG_CONFIG_HOME: configHome },
    });
    autostart.setEnabled(true);
    const first = readFileSync(autostart.filePath, 'utf8');
    autostart.setEnabled(true);
    expect(readFileSync(autostart.filePath, 'utf8')).toBe(first);
    expect(readdirSync(join(configHome, 'autostart'))).toEqual(['decompress.desktop']);
    expect(autostart.isEnabled()).toBe(true);
  });

  it('rewrites an entry whose executable moved', () => {
    const env = { XDG_CONFIG_HOME: configHome };
    createLinuxAutostart({ executablePath: '/old/decompress', env }).setEnabled(true);
    const autostart = createLinuxAutostart({ executablePath: '/new/decompress', env });
    autostart.setEnabled(true);
    expect(entryKeys(readFileSync(autostart.filePath, 'utf8')).Exec).toBe('/new/decompress');
  });

  it('disable removes the entry, and disabling again is harmless', () => {
    const autostart = createLinuxAutostart({
      executablePath: '/usr/bin/decompress',
      env: { XDG_CONFIG_HOME: configHome },
    });
    autostart.setEnabled(true);
    autostart.setEnabled(false);
    expect(existsSync(autostart.filePath)).toBe(false);
    expect(autostart.isEnabled()).toBe(false);
    expect(() => autostart.setEnabled(false)).not.toThrow();
  });

  it('reads an entry the desktop switched off in place as disabled', () => {
    const autostart = createLinuxAutostart({
      executablePath: '/usr/bin/decompress',
      env: { XDG_CONFIG_HOME: configHome },
    });
    autostart.setEnabled(true);
    const text = readFileSync(autostart.filePath, 'utf8');
    writeFileSync(
      autostart.filePath,
      text.replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'),
    );
    expect(autostart.isEnabled()).toBe(false);
    writeFileSync(autostart.filePath, text.replace('Hidden=false', 'Hidden=true'));
    expect(autostart.isEnabled()).toBe(false);
  });

  it('falls back to ~/.config when XDG_CONFIG_HOME is unset or relative', () => {
    expect(autostartFilePath({}, '/home/ann')).toBe(
      '/home/ann/.config/autostart/decompress.desktop',
    );
    expect(autostartFilePath({ XDG_CONFIG_HOME: 'relative/config' }, '/home/ann')).toBe(
      '/home/ann/.config/autostart/decompress.desktop',
    );
    const autostart = createLinuxAutostart({
      executablePath: '/usr/bin/decompress',
      env: {},
      homeDir: configHome,
    });
    autostart.setEnabled(true);
    expect(existsSync(join(configHome, '.config', 'autostart', 'decompress.desktop'))).toBe(true);
  });
});
