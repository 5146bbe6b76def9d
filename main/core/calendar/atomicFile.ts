import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that a reader, or the next start after a crash, sees the
 * old content or the new, never half of it: a temp file in the same
 * directory, flushed, then renamed over the target (atomic on POSIX and on
 * NTFS). `mode` 0o600 by default: calendar files hold meeting titles.
 */
export async function writeFileAtomic(path: string, content: string, mode = 0o600): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'w', mode);
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** "2026-11-23T09-00-00-000Z": an ISO time every file system accepts in a name. */
export function fileStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves a damaged file out of the way as `<name>.corrupt-<stamp><ext>`, so
 * it is kept for inspection and never read again. Returns the new path, or
 * null if it could not be moved (then it is left where it is).
 */
export async function setAside(path: string, epochMs: number): Promise<string | null> {
  const ext = /\.[a-z]+$/i.exec(basename(path))?.[0] ?? '';
  const stem = path.slice(0, path.length - ext.length);
  const target = `${stem}.corrupt-${fileStamp(epochMs)}-${randomBytes(2).toString('hex')}${ext}`;
  try {
    await rename(path, target);
    return target;
  } catch {
    return null;
  }
}
