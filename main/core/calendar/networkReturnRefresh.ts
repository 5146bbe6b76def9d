import type { Logger } from '../logger';
import type { CalendarService } from './calendarService';

/** Starts watching for the network coming back (main/desktop/network on Linux); stop() releases it. */
export interface NetworkWatchPort {
  watch(onReturn: () => void): Promise<{ stop(): void }>;
}

/**
 * Refreshes the calendar when the network comes back, watching only while
 * there are feeds: a person without a calendar never connects to the system
 * bus for it, and removing the last feed lets the connection go. Each return
 * is one `refresh('online')`, which fetches a feed at most once per 2 min
 * however often the network flaps, conditionally (ETag / If-Modified-Since).
 * Never throws; a watch that fails to start is logged and tried again at
 * the next change of the feed list.
 */
export function refreshOnNetworkReturn(
  calendar: Pick<CalendarService, 'overview' | 'onChange' | 'refresh'>,
  port: NetworkWatchPort,
  log: Logger,
): { stop(): void } {
  let watch: { stop(): void } | null = null;
  let starting: Promise<void> | null = null;
  let wanted = false;
  let stopped = false;

  const onReturn = () => void calendar.refresh('online');

  function follow(hasFeeds: boolean): void {
    wanted = !stopped && hasFeeds;
    if (wanted && !watch && !starting) {
      starting = port
        .watch(onReturn)
        .then(
          (started) => {
            // The last feed went (or the app quit) while the watch was starting.
            if (wanted) watch = started;
            else started.stop();
          },
          (err: unknown) =>
            log.warn('calendar: could not watch the network', { error: String(err) }),
        )
        .finally(() => {
          starting = null;
        });
    } else if (!wanted && watch) {
      watch.stop();
      watch = null;
    }
  }

  const unsubscribe = calendar.onChange((overview) => follow(overview.feeds.length > 0));
  follow(calendar.overview().feeds.length > 0);
  return {
    stop() {
      stopped = true;
      unsubscribe();
      follow(false);
    },
  };
}
