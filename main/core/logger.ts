/**
 * The core logs through this port; the shell backs it with a rotating file,
 * tests with an array. Fields must never carry personal data.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown>;
}

/** A logger that keeps entries in memory, for tests and the e2e harness. */
export function memoryLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const push =
    (level: LogEntry['level']) => (message: string, fields?: Record<string, unknown>) => {
      entries.push(fields ? { level, message, fields } : { level, message });
    };
  return { entries, info: push('info'), warn: push('warn'), error: push('error') };
}
