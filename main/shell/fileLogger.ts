import log from 'electron-log/main';
import type { Logger } from '../core/logger';

/**
 * Main-process log in the OS log folder, rotated at 1 MB (electron-log keeps
 * one old file). The core only logs ids and counts, never personal data.
 */
export function createFileLogger(): Logger {
  log.transports.file.level = 'info';
  log.transports.file.maxSize = 1024 * 1024;
  log.transports.console.level = process.env.NODE_ENV === 'development' ? 'info' : 'warn';
  const write =
    (level: 'info' | 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) => {
      if (fields) log[level](message, fields);
      else log[level](message);
    };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}

export function logFolder(): string {
  const file = log.transports.file.getFile().path;
  return file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')));
}
