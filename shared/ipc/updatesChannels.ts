import { z } from 'zod';
import { channel, event } from './channel';

/** Where updating stands, for Settings → Updates. Built in main/core/updates/updateStatus.ts. */
export interface UpdateStatus {
  currentVersion: string;
  /** False for a development run or a store install: no "Check now". */
  canCheck: boolean;
  /** A check or a download is under way: "Check now" waits. */
  working: boolean;
  /** Download progress, 0-100, while downloading; else null. */
  percent: number | null;
  /** One sentence: what was found, what happens next, or what went wrong. */
  statusLine: string;
  /** The button that moves things on (download, restart, open the releases page), or null. */
  next: { action: UpdateStepAction; label: string } | null;
}

export const UPDATE_STEP_ACTIONS = [
  'update:download',
  'update:install',
  'update:open-page',
] as const;
export type UpdateStepAction = (typeof UPDATE_STEP_ACTIONS)[number];

export const updatesChannels = {
  getUpdateStatus: channel<UpdateStatus>()(z.undefined()),
  /** Asks the feed now; the answer arrives as updateChanged events. */
  checkForUpdates: channel<UpdateStatus>()(z.undefined()),
  /** Download, restart to install, or open the releases page, as the status offers. */
  runUpdateStep: channel<UpdateStatus>()(
    z.object({ action: z.enum(UPDATE_STEP_ACTIONS) }).strict(),
  ),
};

export const updatesEvents = {
  /** A check started or ended, a download moved on: an open Settings window re-renders. */
  updateChanged: event<UpdateStatus>(),
};
