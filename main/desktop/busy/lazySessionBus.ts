import { lazyBus, type LazyBus } from '../dbus/lazyBus';
import { openSessionBus, type SessionBus } from '../dbus/sessionBus';

/**
 * One session-bus connection for every live source, opened the first time a
 * source needs it (never at start-up: a person who turns every source off
 * never connects). Where there is no bus the next decision tries again.
 * main/index.ts makes it and closes it at quit.
 */
export function lazySessionBus(
  open: () => Promise<SessionBus | null> = () => openSessionBus(),
): LazyBus {
  return lazyBus(open);
}
