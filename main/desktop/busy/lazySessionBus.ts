import { openSessionBus, type SessionBus } from '../dbus/sessionBus';

/**
 * One session-bus connection for every live source, opened the first time a
 * source needs it (never at start-up: a person who turns every source off
 * never connects). Where there is no bus the next decision tries again.
 */
export function lazySessionBus(open: () => Promise<SessionBus | null> = () => openSessionBus()): {
  get(): Promise<SessionBus | null>;
  close(): void;
} {
  let pending: Promise<SessionBus | null> | null = null;
  let bus: SessionBus | null = null;
  return {
    async get() {
      if (bus) return bus;
      pending ??= open();
      const opened = await pending;
      pending = null;
      bus = opened;
      return opened;
    },
    close() {
      bus?.close();
      bus = null;
    },
  };
}
