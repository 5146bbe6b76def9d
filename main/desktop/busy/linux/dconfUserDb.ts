import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { GvdbFormatError, readGvdb, type GvdbValue } from './gvdb';

/**
 * Where dconf keeps this person's settings: $XDG_CONFIG_HOME/dconf/user
 * (~/.config/dconf/user). A DCONF_PROFILE naming another user database is
 * rare (kiosks, managed desktops) and is honoured when its profile file says
 * `user-db:NAME`.
 */
export function dconfUserDatabasePath(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
  readProfile: (path: string) => string | null = (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  },
): string {
  const configHome = env.XDG_CONFIG_HOME || join(home, '.config');
  let name = 'user';
  const profile = env.DCONF_PROFILE;
  if (profile) {
    const text = readProfile(
      profile.startsWith('/') ? profile : join('/etc/dconf/profile', profile),
    );
    const userDb = text ? /^\s*user-db:(\S+)/m.exec(text)?.[1] : undefined;
    if (userDb) name = userDb;
  }
  return join(configHome, 'dconf', name);
}

/**
 * One key from a dconf database file, or undefined when the person never
 * changed it (the schema default applies) or the file does not exist yet
 * (nothing changed at all). A torn or foreign file throws GvdbFormatError.
 */
export function readDconfKey(file: string, key: string): GvdbValue | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  return readGvdb(buf).get(key);
}

export { GvdbFormatError };
