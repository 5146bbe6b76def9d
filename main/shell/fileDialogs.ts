import { dialog } from 'electron';
import type { FileDialogPort } from '../core/ports';

export const fileDialogs: FileDialogPort = {
  async chooseSavePath({ title, defaultName, extension }) {
    const result = await dialog.showSaveDialog({
      title,
      defaultPath: defaultName,
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    });
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async chooseOpenPath({ title, extension }) {
    const result = await dialog.showOpenDialog({
      title,
      properties: ['openFile'],
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
