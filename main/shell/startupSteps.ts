import type { Logger } from '../core/logger';

/**
 * Runs one optional start-up step. A desktop integration that throws (a
 * read-only autostart folder, a desktop without a tray) is logged and
 * skipped, so the app still answers its windows and a second launch.
 */
export function attempt(step: string, log: Logger, run: () => void): boolean {
  try {
    run();
    return true;
  } catch (err) {
    log.error(`app: ${step} failed; carrying on without it`, {
      message: err instanceof Error ? err.message : String(err),
    });
    return false;
  }
}

/**
 * The same for a port the core calls later: every method call is attempted,
 * so a throwing adapter degrades one feature instead of the core.
 */
export function guardedPort<T extends object>(port: T, name: string, log: Logger): T {
  return new Proxy(port, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        let result: unknown;
        attempt(`${name}.${String(key)}`, log, () => {
          result = Reflect.apply(value, target, args);
        });
        return result;
      };
    },
  });
}
