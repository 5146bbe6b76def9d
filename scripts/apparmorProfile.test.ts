import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'resources/linux/apparmor');
const template = readFileSync(join(dir, 'decompress.tpl'), 'utf8');
const installer = join(dir, 'install-apparmor-profile.sh');
const temp = mkdtempSync(join(tmpdir(), 'decompress-apparmor-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const parserPath = ['/usr/sbin/apparmor_parser', '/sbin/apparmor_parser'].find(existsSync);

function parser(args: string[]) {
  if (!parserPath) {
    throw new Error('apparmor_parser is missing: apt-get install -y apparmor (.ci/run does)');
  }
  return spawnSync(parserPath, args, { encoding: 'utf8' });
}

/** The installed parser's major version: 4 reads ABI 4.0 and `userns`, 3 (Debian 12) does not. */
function parserMajor(): number {
  const match = /version (\d+)\./.exec(parser(['--version']).stdout);
  return Number(match?.[1] ?? 0);
}

/** Parses a profile with the real parser, loading nothing into the kernel and writing no cache. */
function parse(profile: string, name: string) {
  const file = join(temp, name);
  writeFileSync(file, profile);
  return parser(['--skip-kernel-load', '--skip-cache', file]);
}

/**
 * The same profile as AppArmor 3 would have to be told it: without the two
 * AppArmor 4 parts (the ABI 4.0 line and the userns rule). Everything else
 * (name, quoted attachment, flags, includes) is still checked by the parser.
 */
function withoutAbi4(profile: string): string {
  const stripped = profile
    .replace('abi <abi/4.0>,', 'abi <abi/3.0>,')
    .replace(/^\s*userns,\n/m, '');
  expect(stripped).not.toBe(profile);
  return stripped;
}

/** Asserts a profile is what AppArmor accepts, with the parser this machine has. */
function expectValid(profile: string, name: string): void {
  if (parserMajor() >= 4) {
    expect(parse(profile, name).stderr).toBe('');
    expect(parse(profile, name).status).toBe(0);
    return;
  }
  // AppArmor 3 refuses ABI 4.0 outright: the .deb's dry run then skips the
  // profile, which is right there (no user-namespace restriction before 4).
  const refused = parse(profile, name);
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain('abi/4.0');
  const rest = parse(withoutAbi4(profile), `${name}.abi3`);
  expect(rest.stderr.replace(/^Cache read\/write disabled.*\n/m, '')).toBe('');
  expect(rest.status).toBe(0);
}

/** electron-builder's template macros: ${name}, and it throws on one it does not define. */
function renderForDeb(text: string): string {
  const macros: Record<string, string> = {
    executable: 'decompress',
    sanitizedProductName: 'Decompress',
  };
  return text.replace(/\$\{([a-zA-Z]+)\}/g, (_match, name: string) => {
    const value = macros[name];
    if (value === undefined) throw new Error(`electron-builder would refuse macro ${name}`);
    return value;
  });
}

function install(...args: string[]) {
  return spawnSync('sh', [installer, ...args], { encoding: 'utf8' });
}

describe('the AppArmor profile (real apparmor_parser)', () => {
  it('for the .deb grants user namespaces to /opt/Decompress/decompress and nothing else', () => {
    const profile = renderForDeb(template);
    expect(profile).toContain(
      'profile decompress "/opt/Decompress/decompress" flags=(unconfined) {',
    );
    expect(profile).toMatch(/^\s*userns,$/m);
    expectValid(profile, 'decompress');
  });

  it('for an AppImage or tar.gz copy is attached to that copy, under its own name', () => {
    // /usr/bin/env stands in for a copy installed where only root can change it.
    const printed = install('--print', '/usr/bin/env');
    expect(printed.stderr).toBe('');
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain(
      'profile decompress-portable "/usr/bin/env" flags=(unconfined) {',
    );
    expect(printed.stdout).toContain('include if exists <local/decompress-portable>');
    expect(printed.stdout).not.toContain('${');
    expectValid(printed.stdout, 'decompress-portable');
  });

  it('refuses a copy that someone other than root could replace, and says where to put it', () => {
    const folder = join(temp, 'Downloads');
    mkdirSync(folder, { recursive: true });
    const appImage = join(folder, 'Decompress.AppImage');
    writeFileSync(appImage, '#!/bin/sh\n', { mode: 0o755 });
    const refused = install('--print', appImage);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('can be changed by someone other than root');
    expect(refused.stderr).toContain(
      `sudo install -D -m 0755 '${appImage}' /opt/Decompress/Decompress.AppImage`,
    );
  });

  it('refuses a path AppArmor would read as a pattern', () => {
    const refused = install('--print', '/opt/Decompress/*.AppImage');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('characters AppArmor would read as a pattern');
  });

  it('explains its use when called without a path', () => {
    const refused = install();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('usage:');
  });
});
