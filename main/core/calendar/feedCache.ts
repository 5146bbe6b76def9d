import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { setAside, writeFileAtomic } from './atomicFile';

/**
 * The last good copy of each feed, on disk, so meetings are still known
 * offline and after a restart. One JSON file per feed, written atomically.
 * It holds the compact calendar (times, rules, titles, the person's own
 * replies), not the whole download: no descriptions, no other attendees.
 * Never the feed's address.
 */
export interface CachedCopy {
  /** When the copy was fetched (epoch ms). */
  fetchedAt: number;
  /** HTTP validators for the next conditional request, or a file's version. */
  etag: string | null;
  lastModified: string | null;
  text: string;
}

const cacheSchema = z
  .object({
    version: z.literal(1),
    fetchedAt: z.number().finite(),
    etag: z.string().max(500).nullable(),
    lastModified: z.string().max(100).nullable(),
    text: z.string(),
  })
  .strict();

export type CacheRead =
  | { kind: 'copy'; copy: CachedCopy }
  | { kind: 'none' }
  /** The file was damaged and has been moved aside (or could not be). */
  | { kind: 'damaged'; setAsideTo: string | null };

export interface FeedCache {
  read(feedId: string): Promise<CacheRead>;
  /** Throws on a write failure; the previous copy is then intact. */
  write(feedId: string, copy: CachedCopy): Promise<void>;
  /** Moves a copy aside that turned out unreadable (it parses as JSON but not as a calendar). */
  setAside(feedId: string): Promise<string | null>;
  remove(feedId: string): Promise<void>;
}

export function createFeedCache(dir: string, now: () => number): FeedCache {
  const pathOf = (feedId: string) => join(dir, `feed-${feedId}.json`);
  return {
    async read(feedId) {
      let raw: string;
      try {
        raw = await readFile(pathOf(feedId), 'utf8');
      } catch {
        return { kind: 'none' };
      }
      try {
        const parsed = cacheSchema.parse(JSON.parse(raw));
        return {
          kind: 'copy',
          copy: {
            fetchedAt: parsed.fetchedAt,
            etag: parsed.etag,
            lastModified: parsed.lastModified,
            text: parsed.text,
          },
        };
      } catch {
        return { kind: 'damaged', setAsideTo: await setAside(pathOf(feedId), now()) };
      }
    },
    write: (feedId, copy) =>
      writeFileAtomic(pathOf(feedId), JSON.stringify({ version: 1, ...copy })),
    setAside: (feedId) => setAside(pathOf(feedId), now()),
    remove: (feedId) => rm(pathOf(feedId), { force: true }),
  };
}
