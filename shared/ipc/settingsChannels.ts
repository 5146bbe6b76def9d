import { z } from 'zod';
import { settingsPatchSchema, type Settings } from '../settings/schema';
import { channel, event } from './channel';
import type { Issue } from './result';

/**
 * What an import or export through a file dialog did. 'invalid' carries
 * what was wrong as data (path [] for the file as a whole), worded by
 * shared/settings/messages.ts like every other refusal.
 */
export type FileTransferResult =
  { status: 'done'; path: string } | { status: 'cancelled' } | { status: 'invalid'; issue: Issue };

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
