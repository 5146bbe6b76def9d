import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dconfUserDatabasePath, readDconfKey } from './dconfUserDb';
import { GvdbFormatError, readGvdb } from './gvdb';

// Files written by the real dconf (see fixtures/dconf/README.md for how).
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'dconf');
const BANNERS = '/org/gnome/desktop/notifications/show-banners';

describe('reading dconf user databases written by dconf itself', () => {
  it('finds every key dconf dump shows, with its value', () => {
    const values = readGvdb(readFileSync(join(fixtures, 'banners-off.gvdb')));
    expect(values.get(BANNERS)).toEqual({ type: 'b', value: false });
    expect(
      values.get('/org/gnome/desktop/notifications/application/org-gnome-evolution/enable'),
    ).toEqual({ type: 'b', value: false });
    expect(values.get('/org/gnome/desktop/interface/color-scheme')).toEqual({
      type: 's',
      value: 'prefer-dark',
    });
    expect(values.get('/org/gnome/shell/favorite-apps')).toEqual({ type: 'as', value: null });
    expect([...values.keys()].sort()).toEqual([
      '/org/gnome/desktop/interface/color-scheme',
      '/org/gnome/desktop/notifications/application/org-gnome-evolution/enable',
      BANNERS,
      '/org/gnome/shell/favorite-apps',
    ]);
  });

  it('reads show-banners on, off and never set', () => {
    expect(readDconfKey(join(fixtures, 'banners-on.gvdb'), BANNERS)).toEqual({
      type: 'b',
      value: true,
    });
    expect(readDconfKey(join(fixtures, 'banners-off.gvdb'), BANNERS)).toEqual({
      type: 'b',
      value: false,
    });
    expect(readDconfKey(join(fixtures, 'banners-unset.gvdb'), BANNERS)).toBeUndefined();
    expect(readDconfKey(join(fixtures, 'no-such-file'), BANNERS)).toBeUndefined();
  });

  it('rejects a torn copy and a file that is not GVDB with a clear error', () => {
    expect(() => readDconfKey(join(fixtures, 'truncated.gvdb'), BANNERS)).toThrow(GvdbFormatError);
    expect(() => readGvdb(Buffer.from('[org/gnome]\nkey=1\n'))).toThrow(/not a GVDB file/);
    expect(() => readGvdb(Buffer.alloc(0))).toThrow(GvdbFormatError);
  });

  it('finds the user database where dconf keeps it', () => {
    expect(dconfUserDatabasePath({}, '/home/ana')).toBe('/home/ana/.config/dconf/user');
    expect(dconfUserDatabasePath({ XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/dconf/user');
    expect(
      dconfUserDatabasePath({ DCONF_PROFILE: 'kiosk' }, '/home/ana', (path) =>
        path === '/etc/dconf/profile/kiosk' ? 'user-db:kiosk\nsystem-db:site\n' : null,
      ),
    ).toBe('/home/ana/.config/dconf/kiosk');
  });
});
