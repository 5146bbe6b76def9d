import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { setAside, writeFileAtomic } from './atomicFile';

/** Which feeds the person added. The address of a URL feed is not here: it is in the SecretStore. */
export type FeedEntry = {
  id: string;
  label: string;
  /** The person's addresses, to find their replies to invitations. */
  myAddresses: string[];
  addedAt: number;
} & ({ kind: 'url'; host: string } | { kind: 'file'; path: string });

export const MAX_FEEDS = 10;
export const FEEDS_FILE_NAME = 'feeds.json';

const entrySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('url'),
      id: z.string().regex(/^[a-z0-9]{6,32}$/),
      label: z.string().max(120),
      host: z.string().max(300),
      myAddresses: z.array(z.string().max(254)).max(10),
      addedAt: z.number().finite(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('file'),
      id: z.string().regex(/^[a-z0-9]{6,32}$/),
      label: z.string().max(120),
      path: z.string().max(4096),
      myAddresses: z.array(z.string().max(254)).max(10),
      addedAt: z.number().finite(),
    })
    .strict(),
]);
const fileSchema = z
  .object({ version: z.literal(1), feeds: z.array(entrySchema).max(MAX_FEEDS) })
  .strict();

export type RegistryRead =
  { feeds: FeedEntry[]; damaged: false } | { feeds: []; damaged: true; setAsideTo: string | null };

/** The list of feeds, kept in `<dir>/feeds.json` and written atomically. */
export interface FeedRegistry {
  read(): Promise<RegistryRead>;
  /** Throws on a write failure; the previous list is then intact. */
  write(feeds: readonly FeedEntry[]): Promise<void>;
}

export function createFeedRegistry(dir: string, now: () => number): FeedRegistry {
  const path = join(dir, FEEDS_FILE_NAME);
  return {
    async read() {
      let raw: string;
      try {
        raw = await readFile(path, 'utf8');
      } catch {
        return { feeds: [], damaged: false };
      }
      try {
        return { feeds: fileSchema.parse(JSON.parse(raw)).feeds, damaged: false };
      } catch {
        return { feeds: [], damaged: true, setAsideTo: await setAside(path, now()) };
      }
    },
    write: (feeds) => writeFileAtomic(path, `${JSON.stringify({ version: 1, feeds }, null, 2)}\n`),
  };
}
