// Over 300 lines on purpose: one closure owns the feed list, its files, the
// secrets and the refreshes in flight, and every public method reads or moves
// that same state; split, the parts would pass it around by hand.
import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type {
  AddFeedResult,
  BusySpellView,
  CalendarFeedView,
  CalendarOverview,
  SecretProtectionView,
} from '../../../shared/calendar/calendarView';
import type { BusySpell, ScheduledBusySource } from '../busy/busySource';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { DEFAULT_BUSY_POLICY, type BusyPolicy } from './busyVerdict';
import type { CalendarModel } from './calendarModel';
import { busySpellsOf } from './calendarSpells';
import { EXPANSION_HOURS } from './expandCalendar';
import { createFeedCache, type CachedCopy, type FeedCache } from './feedCache';
import { compileFeedText, expandFeedCalendar, type CompileResult } from './feedCalendar';
import type { FeedFetch } from './feedFetcher';
import { readFeedFile } from './feedFile';
import { createFeedRegistry, MAX_FEEDS, type FeedEntry, type FeedRegistry } from './feedRegistry';
import { addressInFeedUrl, checkFeedUrl } from './feedUrl';
import type { SecretStore } from './secretStore';

/** Inside office hours a feed is fetched at most this often. */
export const REFRESH_EVERY_MS = 15 * 60_000;
/** Wake and network-return refreshes skip a feed tried this recently (unless the network failed it). */
const EVENT_REFRESH_GAP_MS = 60_000;
/**
 * A network return fetches a feed at most this often: a flapping Wi-Fi
 * (connected, gone, connected) costs one fetch per feed, not one per flap.
 */
export const ONLINE_REFRESH_GAP_MS = 2 * 60_000;
/**
 * After a fetch failed for a network reason (offline, DNS, refused, timed
 * out) the feed may be tried again this long after the failure, at the next
 * wake-up the planner has anyway (nextRetryAt), rather than 15 min later.
 * No timer is set for it: where no wake-up comes, the 15-minute one does.
 * This is the network-return fallback on every OS; it costs no wake-up.
 */
export const NETWORK_RETRY_AFTER_MS = 2 * 60_000;
const HOUR_MS = 3_600_000;
/** The expanded window is redone once its start is this far behind (it then still covers 30 h). */
const REEXPAND_AFTER_MS = 6 * HOUR_MS;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export type RefreshReason = 'start' | 'wake' | 'online' | 'schedule' | 'manual';

export interface CalendarServiceDeps {
  clock: Clock;
  log: Logger;
  /** Where the feed list and the cached copies live: `<userData>/calendar`. */
  dir: string;
  secrets: SecretStore;
  fetch: FeedFetch;
  policy?: BusyPolicy;
  newId?: () => string;
}

export interface CalendarService {
  /** The busy port's view of every feed: spells known ahead, answered from memory. */
  readonly busySource: ScheduledBusySource;
  /** Reads the feed list and the cached copies (no network). Call once, before the first refresh. */
  load(): Promise<void>;
  overview(): CalendarOverview;
  addUrl(input: { url: string; label?: string; myAddresses?: string[] }): Promise<AddFeedResult>;
  addFile(input: { path: string; label?: string; myAddresses?: string[] }): Promise<AddFeedResult>;
  /** False when there was no such feed. */
  remove(id: string): Promise<boolean>;
  /**
   * Fetches every feed (or one). Never rejects; a failure is shown on the
   * feed and its last good copy stays in use. Concurrent calls for the same
   * feed share one fetch.
   */
  refresh(reason: RefreshReason, id?: string): Promise<void>;
  /**
   * Whether a scheduled refresh is due: inside office hours, a feed not
   * tried for 15 minutes. The planner's driver asks this when it wakes
   * rather than the calendar keeping a timer of its own.
   */
  refreshDue(now: number, insideOfficeHours: boolean): boolean;
  /** When the next scheduled refresh falls due (if inside office hours then), or null with no feeds. */
  nextRefreshAt(): number | null;
  /**
   * From when a feed whose last fetch failed for a network reason may be
   * tried again (NETWORK_RETRY_AFTER_MS after that failure), or null when
   * none did. Never a reason to wake: the planner tries it on a wake-up it
   * has anyway, and refreshDue says true from then.
   */
  nextRetryAt(): number | null;
  /** Called with the new overview whenever it changes (for Settings). */
  onChange(listener: (overview: CalendarOverview) => void): () => void;
  stop(): void;
}

interface Expanded {
  from: number;
  to: number;
  spells: BusySpell[];
  warnings: string[];
}

interface FeedState {
  entry: FeedEntry;
  model: CalendarModel | null;
  copy: Omit<CachedCopy, 'text'> | null;
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  failure: string | null;
  expanded: Expanded | null;
  inFlight: Promise<void> | null;
  /** When the last fetch ended in a network failure (offline, DNS, refused, timed out), else null. */
  networkFailedAt: number | null;
  /** When a network return last fetched this feed, for ONLINE_REFRESH_GAP_MS. */
  onlineAt: number | null;
}

const secretKey = (id: string) => `calendar-feed-url:${id}`;

/** An error's words for the log, with anything that looks like an address taken out. */
function loggable(err: unknown): string {
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return message.replace(/\b(?:https?|webcals?):\/\/\S+/gi, '<address>').slice(0, 300);
}

function cleanAddresses(input: readonly string[] | undefined): string[] | null {
  const out = new Set<string>();
  for (const raw of input ?? []) {
    const address = raw
      .trim()
      .replace(/^mailto:/i, '')
      .toLowerCase();
    if (!address) continue;
    if (!EMAIL.test(address) || address.length > 254) return null;
    out.add(address);
  }
  return [...out];
}

function inferredAddresses(model: CalendarModel, url: string | null): string[] {
  const out: string[] = [];
  // Google names a person's own calendar by their address (X-WR-CALNAME and the secret URL).
  if (model.name && EMAIL.test(model.name.trim())) out.push(model.name.trim().toLowerCase());
  const fromUrl = url ? addressInFeedUrl(url) : null;
  if (fromUrl) out.push(fromUrl);
  return out;
}

function cleanLabel(label: string | undefined): string | null {
  const trimmed = label?.replace(/\s+/g, ' ').trim() ?? '';
  return trimmed ? trimmed.slice(0, 80) : null;
}

export function createCalendarService(deps: CalendarServiceDeps): CalendarService {
  const { clock, log } = deps;
  const policy = deps.policy ?? DEFAULT_BUSY_POLICY;
  const newId = deps.newId ?? (() => randomBytes(6).toString('hex'));
  const cache: FeedCache = createFeedCache(deps.dir, () => clock.now());
  const registry: FeedRegistry = createFeedRegistry(deps.dir, () => clock.now());
  const feeds = new Map<string, FeedState>();
  const overviewListeners = new Set<(overview: CalendarOverview) => void>();
  const spellListeners = new Set<() => void>();
  let protection: SecretProtectionView = { level: 'plain', why: 'not checked yet' };
  let stopped = false;

  const compile = (text: string, entry: FeedEntry): CompileResult =>
    compileFeedText(text, { myAddresses: entry.myAddresses, now: clock.now() });

  function changed(spellsToo: boolean): void {
    if (stopped) return;
    const view = overview();
    for (const listener of overviewListeners) listener(view);
    if (spellsToo) for (const listener of spellListeners) listener();
  }

  /** The feed's spells, expanded from memory for a 36-hour window starting at `from`. */
  function expandedFor(state: FeedState, from: number): Expanded | null {
    if (!state.model) return null;
    const current = state.expanded;
    if (current && current.from <= from && from < current.from + REEXPAND_AFTER_MS) return current;
    const to = from + EXPANSION_HOURS * HOUR_MS;
    const { occurrences, warnings } = expandFeedCalendar(state.model, { from, to });
    const { spells, truncated } = busySpellsOf(occurrences, `calendar:${state.entry.id}`, policy);
    if (truncated)
      warnings.push(
        `more than ${spells.length} meetings in ${EXPANSION_HOURS} hours: only the first are used`,
      );
    state.expanded = { from, to, spells, warnings };
    return state.expanded;
  }

  function view(state: FeedState): CalendarFeedView {
    const now = clock.now();
    const expanded = expandedFor(state, now);
    const nextSpells: BusySpellView[] = (expanded?.spells ?? [])
      .filter((s) => s.end > now)
      .slice(0, 3)
      .map((s) => ({ start: s.start, end: s.end, title: s.title ?? null }));
    const { entry } = state;
    return {
      id: entry.id,
      label: entry.label,
      source:
        entry.kind === 'url'
          ? { kind: 'url', host: entry.host }
          : { kind: 'file', fileName: basename(entry.path) },
      status: state.failure
        ? 'failing'
        : state.lastSuccessAt !== null || state.model
          ? 'ok'
          : 'pending',
      message: state.failure,
      warnings: [...(state.model?.warnings ?? []), ...(expanded?.warnings ?? [])],
      lastAttemptAt: state.lastAttemptAt,
      lastSuccessAt: state.lastSuccessAt,
      copyFrom: state.copy?.fetchedAt ?? null,
      nextSpells,
      myAddresses: [...entry.myAddresses],
    };
  }

  function overview(): CalendarOverview {
    return { feeds: [...feeds.values()].map(view), secretProtection: protection };
  }

  async function saveRegistry(): Promise<void> {
    await registry.write([...feeds.values()].map((s) => s.entry));
  }

  /** Takes a good new copy: in memory at once, on disk atomically (a failed write keeps the old file). */
  async function adopt(
    state: FeedState,
    compiled: Extract<CompileResult, { ok: true }>,
    copy: Omit<CachedCopy, 'text'>,
  ) {
    // Removed while it was being fetched: nothing of it may come back.
    if (feeds.get(state.entry.id) !== state) return;
    state.model = compiled.model;
    state.copy = copy;
    state.expanded = null;
    try {
      await cache.write(state.entry.id, { ...copy, text: compiled.compactText() });
    } catch (err) {
      log.warn('calendar: could not save the copy of a feed', {
        feed: state.entry.id,
        error: loggable(err),
      });
    }
  }

  async function refreshOne(state: FeedState): Promise<void> {
    const { entry } = state;
    const now = clock.now();
    state.lastAttemptAt = now;
    state.networkFailedAt = null;
    try {
      if (entry.kind === 'url') {
        const url = await deps.secrets.get(secretKey(entry.id));
        if (url === null) {
          state.failure = 'its saved address could not be unlocked: remove it and add it again';
          return;
        }
        const outcome = await deps.fetch({
          url,
          etag: state.copy?.etag ?? null,
          lastModified: state.copy?.lastModified ?? null,
        });
        if (outcome.kind === 'failed') {
          state.failure = outcome.message;
          if (outcome.network) state.networkFailedAt = clock.now();
        } else if (outcome.kind === 'not-modified') {
          state.failure = null;
          state.lastSuccessAt = clock.now();
        } else {
          const compiled = compile(outcome.text, entry);
          if (!compiled.ok) {
            // "127.0.0.1 sent an incomplete calendar", but "What 127.0.0.1
            // sent is not an iCalendar file" (never "sent not an").
            state.failure = compiled.message.startsWith('not ')
              ? `What ${entry.host} sent is ${compiled.message}`
              : `${entry.host} sent ${compiled.message}`;
          } else {
            state.failure = null;
            state.lastSuccessAt = clock.now();
            await adopt(state, compiled, {
              fetchedAt: clock.now(),
              etag: outcome.etag,
              lastModified: outcome.lastModified,
            });
          }
        }
        log.info('calendar: refreshed', {
          feed: entry.id,
          host: entry.host,
          outcome: outcome.kind,
        });
      } else {
        const outcome = await readFeedFile(entry.path, state.copy?.etag ?? null);
        if (outcome.kind === 'failed') {
          state.failure = outcome.message;
        } else if (outcome.kind === 'not-modified') {
          state.failure = null;
          state.lastSuccessAt = clock.now();
        } else {
          const compiled = compile(outcome.text, entry);
          if (!compiled.ok) {
            state.failure = `the file is ${compiled.message}`;
          } else {
            state.failure = null;
            state.lastSuccessAt = clock.now();
            await adopt(state, compiled, {
              fetchedAt: clock.now(),
              etag: outcome.version,
              lastModified: null,
            });
          }
        }
        log.info('calendar: re-read a file feed', { feed: entry.id, outcome: outcome.kind });
      }
    } catch (err) {
      state.failure = 'it could not be refreshed (an unexpected error; see the log)';
      log.error('calendar: refresh failed', {
        feed: entry.id,
        error: loggable(err),
      });
    }
  }

  /** A scheduled refresh of this feed is due: 15 min since its last try, or a network failure 2 min ago. */
  function isDue(state: FeedState, now: number): boolean {
    if (state.inFlight) return false;
    if (state.lastAttemptAt === null || now - state.lastAttemptAt >= REFRESH_EVERY_MS) return true;
    return state.networkFailedAt !== null && now - state.networkFailedAt >= NETWORK_RETRY_AFTER_MS;
  }

  /**
   * A network return fetches a feed (a file too: it may live on a network
   * share, and an unchanged one costs a stat) unless a network return
   * already did within ONLINE_REFRESH_GAP_MS, or it was tried within the
   * last minute and that did not fail for want of a network (a wake's fetch
   * that failed before the Wi-Fi was back is retried at once).
   */
  function onlineWanted(state: FeedState, now: number): boolean {
    if (state.onlineAt !== null && now - state.onlineAt < ONLINE_REFRESH_GAP_MS) return false;
    if (state.networkFailedAt !== null) return true;
    return state.lastAttemptAt === null || now - state.lastAttemptAt >= EVENT_REFRESH_GAP_MS;
  }

  function refreshState(state: FeedState): Promise<void> {
    if (state.inFlight) return state.inFlight;
    const run = refreshOne(state).finally(() => {
      state.inFlight = null;
    });
    state.inFlight = run;
    return run;
  }

  const busySource: ScheduledBusySource = {
    type: 'scheduled',
    id: 'calendar',
    spellsBetween(from, to) {
      const out: BusySpell[] = [];
      for (const state of feeds.values()) {
        try {
          for (const spell of expandedFor(state, from)?.spells ?? []) {
            if (spell.end > from && spell.start < to) out.push(spell);
          }
        } catch (err) {
          log.error('calendar: expansion failed', {
            feed: state.entry.id,
            error: loggable(err),
          });
        }
      }
      return out.sort((a, b) => a.start - b.start || a.end - b.end);
    },
    onChange(listener) {
      spellListeners.add(listener);
      return () => spellListeners.delete(listener);
    },
  };

  async function addChecked(
    entry: FeedEntry,
    text: string,
    copy: Omit<CachedCopy, 'text'>,
    url: string | null,
    field: 'url' | 'path',
  ): Promise<AddFeedResult> {
    const first = compile(text, entry);
    if (!first.ok) return { status: 'invalid', field, message: `That is ${first.message}` };
    // Addresses inferred from the feed (Google's own calendars) join those given, then it is read again with them.
    const addresses = [
      ...new Set([...entry.myAddresses, ...inferredAddresses(first.model, url)]),
    ].slice(0, 10);
    const withAddresses: FeedEntry = {
      ...entry,
      myAddresses: addresses,
      label:
        entry.label ||
        first.model.name?.slice(0, 80) ||
        (entry.kind === 'url' ? entry.host : basename(entry.path)),
    };
    const compiled =
      addresses.length === entry.myAddresses.length ? first : compile(text, withAddresses);
    if (!compiled.ok) return { status: 'invalid', field, message: `That is ${compiled.message}` };
    const state: FeedState = {
      entry: withAddresses,
      model: null,
      copy: null,
      lastAttemptAt: clock.now(),
      lastSuccessAt: clock.now(),
      failure: null,
      expanded: null,
      inFlight: null,
      networkFailedAt: null,
      onlineAt: null,
    };
    if (url !== null) {
      try {
        await deps.secrets.set(secretKey(entry.id), url);
      } catch {
        return {
          status: 'invalid',
          field,
          message: 'The address could not be stored safely on this computer',
        };
      }
    }
    feeds.set(entry.id, state);
    try {
      await saveRegistry();
    } catch (err) {
      feeds.delete(entry.id);
      if (url !== null) await deps.secrets.delete(secretKey(entry.id)).catch(() => undefined);
      log.error('calendar: could not save the feed list', {
        error: loggable(err),
      });
      return {
        status: 'invalid',
        field,
        message: 'The calendar could not be saved (the disk refused the write)',
      };
    }
    await adopt(state, compiled, copy);
    log.info('calendar: feed added', {
      feed: entry.id,
      kind: entry.kind,
      ...(entry.kind === 'url' ? { host: entry.host } : {}),
    });
    changed(true);
    const all = overview();
    const feed = all.feeds.find((f) => f.id === entry.id);
    return feed
      ? { status: 'added', feed, overview: all }
      : { status: 'invalid', field, message: 'The calendar was removed meanwhile' };
  }

  function common(input: {
    label?: string;
    myAddresses?: string[];
  }): { label: string; myAddresses: string[] } | AddFeedResult {
    if (feeds.size >= MAX_FEEDS) {
      return {
        status: 'invalid',
        field: 'url',
        message: `At most ${MAX_FEEDS} calendars can be added`,
      };
    }
    const myAddresses = cleanAddresses(input.myAddresses);
    if (!myAddresses)
      return { status: 'invalid', field: 'myAddresses', message: 'That is not an e-mail address' };
    return { label: cleanLabel(input.label) ?? '', myAddresses };
  }

  return {
    busySource,

    async load() {
      try {
        protection = await deps.secrets.protection();
      } catch {
        protection = { level: 'plain', why: 'the secret store could not be asked' };
      }
      const read = await registry.read();
      if (read.damaged) {
        log.warn('calendar: the feed list was damaged and set aside', {
          setAsideTo: read.setAsideTo,
        });
      }
      for (const entry of read.feeds) {
        const state: FeedState = {
          entry,
          model: null,
          copy: null,
          lastAttemptAt: null,
          lastSuccessAt: null,
          failure: null,
          expanded: null,
          inFlight: null,
          networkFailedAt: null,
          onlineAt: null,
        };
        const cached = await cache.read(entry.id);
        if (cached.kind === 'damaged') {
          log.warn('calendar: a cached copy was damaged and set aside', { feed: entry.id });
        } else if (cached.kind === 'copy') {
          const compiled = compile(cached.copy.text, entry);
          if (compiled.ok) {
            state.model = compiled.model;
            state.copy = {
              fetchedAt: cached.copy.fetchedAt,
              etag: cached.copy.etag,
              lastModified: cached.copy.lastModified,
            };
          } else {
            await cache.setAside(entry.id);
            log.warn('calendar: a cached copy could not be read and was set aside', {
              feed: entry.id,
            });
          }
        }
        feeds.set(entry.id, state);
      }
      changed(true);
    },

    overview,

    async addUrl(input) {
      const base = common(input);
      if ('status' in base) return base;
      const checked = checkFeedUrl(input.url);
      if (!checked.ok) return { status: 'invalid', field: 'url', message: checked.message };
      for (const state of feeds.values()) {
        if (state.entry.kind !== 'url') continue;
        if ((await deps.secrets.get(secretKey(state.entry.id))) === checked.url) {
          return {
            status: 'invalid',
            field: 'url',
            message: `That calendar is already added (“${state.entry.label}”)`,
          };
        }
      }
      const outcome = await deps.fetch({ url: checked.url, etag: null, lastModified: null });
      if (outcome.kind !== 'fresh') {
        const message =
          outcome.kind === 'failed' ? outcome.message : `${checked.host} sent nothing`;
        return { status: 'invalid', field: 'url', message: `It could not be fetched: ${message}` };
      }
      const entry: FeedEntry = {
        id: newId(),
        kind: 'url',
        host: checked.host,
        addedAt: clock.now(),
        ...base,
      };
      return addChecked(
        entry,
        outcome.text,
        { fetchedAt: clock.now(), etag: outcome.etag, lastModified: outcome.lastModified },
        checked.url,
        'url',
      );
    },

    async addFile(input) {
      const base = common(input);
      if ('status' in base) return base;
      const path = input.path.trim();
      if (!isAbsolute(path) || path.includes('\0')) {
        return { status: 'invalid', field: 'path', message: 'That is not a path to a file' };
      }
      try {
        if (!(await stat(path)).isFile())
          return { status: 'invalid', field: 'path', message: 'That is not a file' };
      } catch {
        return { status: 'invalid', field: 'path', message: 'There is no file there' };
      }
      for (const state of feeds.values()) {
        if (state.entry.kind === 'file' && state.entry.path === path) {
          return {
            status: 'invalid',
            field: 'path',
            message: `That file is already added (“${state.entry.label}”)`,
          };
        }
      }
      const outcome = await readFeedFile(path, null);
      if (outcome.kind !== 'fresh') {
        const message = outcome.kind === 'failed' ? outcome.message : 'nothing was read';
        return { status: 'invalid', field: 'path', message: `It could not be read: ${message}` };
      }
      const entry: FeedEntry = { id: newId(), kind: 'file', path, addedAt: clock.now(), ...base };
      return addChecked(
        entry,
        outcome.text,
        { fetchedAt: clock.now(), etag: outcome.version, lastModified: null },
        null,
        'path',
      );
    },

    async remove(id) {
      const state = feeds.get(id);
      if (!state) return false;
      feeds.delete(id);
      try {
        await saveRegistry();
      } catch (err) {
        feeds.set(id, state);
        log.error('calendar: could not save the feed list', {
          error: loggable(err),
        });
        throw new Error('The calendar could not be removed (the disk refused the write)');
      }
      await deps.secrets.delete(secretKey(id)).catch(() => undefined);
      await cache.remove(id).catch(() => undefined);
      log.info('calendar: feed removed', { feed: id });
      changed(true);
      return true;
    },

    async refresh(reason, id) {
      const now = clock.now();
      const targets = [...feeds.values()].filter((state) => {
        if (id !== undefined) return state.entry.id === id;
        if (reason === 'online') return onlineWanted(state, now);
        if (reason === 'wake') {
          return state.lastAttemptAt === null || now - state.lastAttemptAt >= EVENT_REFRESH_GAP_MS;
        }
        // A scheduled refresh fetches the feeds that are due, so one feed retried after a
        // network failure does not fetch its healthy neighbours every few minutes.
        if (reason === 'schedule') return isDue(state, now);
        return true;
      });
      if (targets.length === 0) return;
      if (reason === 'online') for (const state of targets) state.onlineAt = now;
      const before = targets.map((s) => s.model);
      await Promise.all(targets.map(refreshState));
      if (stopped) return;
      changed(targets.some((s, i) => s.model !== before[i]));
    },

    refreshDue(now, insideOfficeHours) {
      if (!insideOfficeHours) return false;
      return [...feeds.values()].some((s) => isDue(s, now));
    },

    nextRefreshAt() {
      let next: number | null = null;
      for (const s of feeds.values()) {
        const due = s.lastAttemptAt === null ? clock.now() : s.lastAttemptAt + REFRESH_EVERY_MS;
        if (next === null || due < next) next = due;
      }
      return next;
    },

    nextRetryAt() {
      let next: number | null = null;
      for (const s of feeds.values()) {
        if (s.networkFailedAt === null) continue;
        const at = s.networkFailedAt + NETWORK_RETRY_AFTER_MS;
        if (next === null || at < next) next = at;
      }
      return next;
    },

    onChange(listener) {
      overviewListeners.add(listener);
      return () => overviewListeners.delete(listener);
    },

    stop() {
      stopped = true;
      overviewListeners.clear();
      spellListeners.clear();
    },
  };
}
