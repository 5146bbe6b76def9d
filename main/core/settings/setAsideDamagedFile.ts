import { constants, copyFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** "2026-11-23T09-00-00-000Z": an ISO time that every file system accepts in a name. */
function fileStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}

/**
 * Moves a damaged settings file to `settings.corrupt-<timestamp>.json` next
 * to it, so nothing the person had is lost and the store library then opens
 * no file at all (it throws on text that is not JSON) and writes the repaired
 * settings itself. Copied, then removed, so a file system without hard links
 * works too; the copy never overwrites an earlier one. Returns its path.
 */
export function setAsideDamagedFile(filePath: string, epochMs: number): string {
  const dir = dirname(filePath);
  const stem = basename(filePath).replace(/\.json$/, '');
  const stamp = fileStamp(epochMs);
  for (let attempt = 0; ; attempt++) {
    const name = `${stem}.corrupt-${stamp}${attempt ? `-${attempt}` : ''}.json`;
    const target = join(dir, name);
    try {
      copyFileSync(filePath, target, constants.COPYFILE_EXCL);
      rmSync(filePath, { force: true });
      return target;
    } catch (err) {
      const exists = err instanceof Error && 'code' in err && err.code === 'EEXIST';
      if (!exists || attempt >= 100) throw err;
    }
  }
}
