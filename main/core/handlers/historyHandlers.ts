import { rename, writeFile } from 'node:fs/promises';
import type { HistoryExportResult, historyChannels } from '../../../shared/ipc/historyChannels';
import type { Clock } from '../clock';
import { historyToCsv } from '../history/historyCsv';
import type { HistoryLog } from '../history/historyLog';
import { summariseHistory } from '../history/historySummary';
import type { Handlers } from '../ipc/router';
import type { Logger } from '../logger';
import type { ShellPorts } from '../ports';
import type { OfficeHours } from '../../../shared/settings/schema';

type HistoryHandlers = Pick<Handlers, keyof typeof historyChannels>;

const pad = (n: number) => String(n).padStart(2, '0');

/** "decompress-history-2026-11-23.csv", dated by the core's clock in local time. */
export function csvFileName(epochMs: number): string {
  const d = new Date(epochMs);
  return `decompress-history-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.csv`;
}

/** The history window's calls: a summary computed here, and the CSV export. */
export function historyHandlers(
  history: HistoryLog,
  shell: ShellPorts,
  clock: Clock,
  log: Logger,
  /** The office hours now: the streak counts office days. */
  officeHours: () => OfficeHours,
): HistoryHandlers {
  return {
    getHistorySummary() {
      const { events, skippedLines } = history.readAll();
      return summariseHistory(events, clock.now(), skippedLines, officeHours());
    },
    async exportHistoryCsv(): Promise<HistoryExportResult> {
      const path = await shell.dialogs.chooseSavePath({
        title: 'Export Decompress history',
        defaultName: csvFileName(clock.now()),
        extension: 'csv',
      });
      if (!path) return { status: 'cancelled' };
      const { events } = history.readAll();
      // Temp file then rename: an interrupted export never leaves half a file.
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, historyToCsv(events), 'utf8');
      await rename(temp, path);
      log.info('history: exported as CSV', { events: events.length });
      return { status: 'done', path, events: events.length };
    },
  };
}
