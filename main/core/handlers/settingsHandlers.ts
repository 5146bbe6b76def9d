import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import type { FileTransferResult, settingsChannels } from '../../../shared/ipc/settingsChannels';
import type { Handlers } from '../ipc/router';
import type { ShellPorts } from '../ports';
import { SettingsError } from '../settings/settingsError';
import type { SettingsService } from '../settings/settingsService';

type SettingsHandlers = Pick<Handlers, keyof typeof settingsChannels>;

/** Far above any settings file; a bigger one was chosen by mistake and is not read into memory. */
const MAX_IMPORT_BYTES = 1024 * 1024;

export function settingsHandlers(settings: SettingsService, shell: ShellPorts): SettingsHandlers {
  return {
    getSettings: () => settings.get(),
    // A key sent as undefined means "not this one" (JSON would have dropped it);
    // passing it on would fail validation far from the sender's intent.
    updateSettings: (patch) =>
      settings.update(
        Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)),
      ),
    resetSettings: () => settings.reset(),
    async exportSettings(): Promise<FileTransferResult> {
      const path = await shell.dialogs.chooseSavePath({
        title: 'Export Decompress settings',
        defaultName: 'decompress-settings.json',
        extension: 'json',
      });
      if (!path) return { status: 'cancelled' };
      // Temp file then rename: an interrupted export never leaves half a file.
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, `${JSON.stringify(settings.get(), null, 2)}\n`, 'utf8');
      await rename(temp, path);
      return { status: 'done', path };
    },
    async importSettings(): Promise<FileTransferResult> {
      const path = await shell.dialogs.chooseOpenPath({
        title: 'Import Decompress settings',
        extension: 'json',
      });
      if (!path) return { status: 'cancelled' };
      let candidate: unknown;
      try {
        if ((await stat(path)).size > MAX_IMPORT_BYTES) {
          return {
            status: 'invalid',
            field: '(file)',
            message: 'The file is too large to be Decompress settings',
          };
        }
        candidate = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
      } catch (err) {
        const reason = err instanceof SyntaxError ? 'is not valid JSON' : 'could not be read';
        return { status: 'invalid', field: '(file)', message: `The file ${reason}` };
      }
      try {
        settings.replace(candidate);
        return { status: 'done', path };
      } catch (err) {
        if (err instanceof SettingsError) {
          return { status: 'invalid', field: err.field || '(file)', message: err.reason };
        }
        throw err;
      }
    },
  };
}
