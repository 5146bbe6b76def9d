import { z } from 'zod';
import type { HistorySummary } from '../history/summary';
import { channel, event } from './channel';

/** What a CSV export through the save dialog did. */
export type HistoryExportResult =
  { status: 'done'; path: string; events: number } | { status: 'cancelled' };

export const historyChannels = {
  /** Today, this week, streak, the last 28 days and recent events, computed in main. */
  getHistorySummary: channel<HistorySummary>()(z.undefined()),
  /** Asks where to save, then writes the whole history as CSV. */
  exportHistoryCsv: channel<HistoryExportResult>()(z.undefined()),
};

export const historyEvents = {
  /** An event was appended: an open history window refreshes. */
  historyChanged: event<null>(),
};
