import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import type { FileTransferResult, settingsChannels } from '../../../shared/ipc/settingsChannels';
import { SETTINGS_RULES, type SettingsRule } from '../../../shared/settings/rules';
import type { Handlers } from '../ipc/router';
import type { ShellPorts } from '../ports';
import { SettingsError } from '../settings/settingsError';
import type { SettingsService } from '../settings/settingsService';

type SettingsHandlers = Pick<Handlers, keyof typeof settingsChannels>;

/** What was wrong with the file as a whole (path []), as data. */
function fileProblem(rule: SettingsRule): FileTransferResult {
  return { status: 'invalid', issue: { path: [], problem: { code: 'custom', rule, values: {} } } };
}

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
        if ((await stat(path)).size > MAX_IMPORT_BYTES)
          return fileProblem(SETTINGS_RULES.fileTooLarge);
        candidate = JSON.parse((await readFile(path, 'utf8')).replace(/^\uFEFF/, ''));
      } catch (err) {
        return fileProblem(
          err instanceof SyntaxError ? SETTINGS_RULES.fileNotJson : SETTINGS_RULES.fileUnreadable,
        );
      }
      try {
        settings.replace(candidate);
        return { status: 'done', path };
      } catch (err) {
        if (err instanceof SettingsError) return { status: 'invalid', issue: err.issue };
        throw err;
      }
    },
  };
}
