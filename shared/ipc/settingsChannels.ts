import { z } from 'zod';
import { settingsPatchSchema, type Settings } from '../settings/schema';
import { channel, event } from './channel';

/** What an import or export through a file dialog did. */
export type FileTransferResult =
  | { status: 'done'; path: string }
  | { status: 'cancelled' }
  | { status: 'invalid'; field: string; message: string };

export const settingsChannels = {
  getSettings: channel<Settings>()(z.undefined()),
  updateSettings: channel<Settings>()(settingsPatchSchema),
  resetSettings: channel<Settings>()(z.undefined()),
  exportSettings: channel<FileTransferResult>()(z.undefined()),
  importSettings: channel<FileTransferResult>()(z.undefined()),
};

export const settingsEvents = {
  settingsChanged: event<Settings>(),
};
