/**
 * What Settings shows about calendar feeds. Built in main; the renderer only
 * displays it. No feed address is ever in here: a URL feed shows its host.
 */

/** How well the feed addresses are protected on this computer. */
export type SecretProtectionView =
  | { level: 'encrypted'; by: string }
  | { level: 'obfuscated'; why: string }
  | { level: 'plain'; why: string };

export interface BusySpellView {
  start: number;
  end: number;
  /** The event's title; null when the event is private or untitled. */
  title: string | null;
}

export type FeedSourceView = { kind: 'url'; host: string } | { kind: 'file'; fileName: string };

export interface CalendarFeedView {
  id: string;
  label: string;
  source: FeedSourceView;
  /**
   * - `ok`: the last refresh worked;
   * - `failing`: it did not (`message` says why), the last good copy is still used;
   * - `pending`: not refreshed since the app started and no copy yet.
   */
  status: 'ok' | 'failing' | 'pending';
  /** Why the last refresh failed, in words: "404 from calendar.google.com". */
  message: string | null;
  /** Things skipped while reading it: "2 events could not be read". */
  warnings: string[];
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  /** When the copy in use was downloaded (null: none yet). */
  copyFrom: number | null;
  /** The next three busy spells it sees (ongoing ones first). */
  nextSpells: BusySpellView[];
  myAddresses: string[];
}

export interface CalendarOverview {
  feeds: CalendarFeedView[];
  secretProtection: SecretProtectionView;
}

export type AddFeedResult =
  | { status: 'added'; feed: CalendarFeedView; overview: CalendarOverview }
  | { status: 'cancelled' }
  | { status: 'invalid'; field: 'url' | 'path' | 'myAddresses' | 'label'; message: string };
