import { createContext, Script } from 'node:vm';

/**
 * Runs a synchronous task and stops it if it runs longer than `ms`.
 *
 * ical.js can loop forever on some rules (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30
 * never yields and never returns), and a hostile feed can ask for that. A vm
 * script's timeout is enforced by a watchdog thread that terminates whatever
 * JavaScript is running, including functions from this realm called from the
 * script, so it bounds the library without a worker or a child process.
 * A terminated task runs no `finally` blocks: it must not leave shared state
 * half-changed.
 */
const context = createContext({ task: undefined as (() => unknown) | undefined });
const script = new Script('task()');

export type LimitedResult<T> = { ok: true; value: T } | { ok: false };

export function runWithTimeLimit<T>(task: () => T, ms: number): LimitedResult<T> {
  context.task = task;
  try {
    return {
      ok: true,
      value: script.runInContext(context, { timeout: Math.max(1, Math.round(ms)) }) as T,
    };
  } catch (err) {
    // The timeout error belongs to the script's realm: not an instance of this realm's Error.
    const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : null;
    if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { ok: false };
    throw err;
  } finally {
    context.task = undefined;
  }
}
