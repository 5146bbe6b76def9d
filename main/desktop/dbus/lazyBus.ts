import type { SessionBus } from './sessionBus';

/** A bus connection opened on first need and closed once, at quit. */
export interface LazyBus {
  /** The connection, opened now if it is not yet; null where there is no bus, or after close(). */
  get(): Promise<SessionBus | null>;
  /**
   * Closes the connection, and one still being opened as soon as it is
   * (a quit during the handshake must not leave a socket holding the
   * process). Later get() calls answer null.
   */
  close(): void;
  /** True while a connection is open (for the quit path and its tests). */
  isOpen(): boolean;
}

/**
 * One connection shared by everything that needs it, opened the first time
 * something asks (never at start-up for nothing: a person who turns every
 * source off never connects). Where there is no bus the next ask tries again.
 */
export function lazyBus(open: () => Promise<SessionBus | null>): LazyBus {
  let pending: Promise<SessionBus | null> | null = null;
  let bus: SessionBus | null = null;
  let closed = false;
  return {
    async get() {
      if (closed) return null;
      if (bus) return bus;
      pending ??= open();
      const opened = await pending;
      pending = null;
      if (closed) {
        opened?.close();
        return null;
      }
      bus = opened;
      return opened;
    },
    close() {
      closed = true;
      bus?.close();
      bus = null;
      // A connection still being opened is closed by the get() awaiting it.
    },
    isOpen: () => bus !== null,
  };
}
