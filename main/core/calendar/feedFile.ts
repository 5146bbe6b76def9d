import { open, stat } from 'node:fs/promises';
import { FEED_MAX_BYTES } from './feedFetcher';

export type FileOutcome =
  | { kind: 'fresh'; text: string; version: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; message: string };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function describe(err: unknown): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  if (code === 'ENOENT') return 'the file is not there any more (moved or deleted?)';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)';
  if (code === 'EISDIR') return 'that is a folder, not a file';
  return 'the file could not be read';
}

/**
 * Reads a local .ics file (an export, or a file a sync tool keeps current).
 * Its size and modification time stand in for an ETag: an unchanged file is
 * `not-modified` and is not read again. Never throws. Reads at most
 * `maxBytes` even if the file grows while it is read.
 */
export async function readFeedFile(
  path: string,
  knownVersion: string | null,
  maxBytes = FEED_MAX_BYTES,
): Promise<FileOutcome> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { kind: 'failed', message: 'that is not a file' };
    if (info.size > maxBytes) return { kind: 'failed', message: `over ${megabytes(maxBytes)}` };
    const version = `${info.size}:${info.mtimeMs}`;
    if (version === knownVersion) return { kind: 'not-modified' };
    const handle = await open(path, 'r');
    try {
      // Room for one byte more than allowed: a file that grew past the cap since stat() is refused.
      const buffer = Buffer.alloc(maxBytes + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length >= buffer.length) break;
      }
      if (length > maxBytes) return { kind: 'failed', message: `over ${megabytes(maxBytes)}` };
      return {
        kind: 'fresh',
        text: new TextDecoder('utf-8').decode(buffer.subarray(0, length)),
        version,
      };
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { kind: 'failed', message: describe(err) };
  }
}
