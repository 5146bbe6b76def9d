import type { IncomingMessage } from 'node:http';
import { request } from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Clock } from '../clock';

/** A conditional GET of one feed. */
export interface FeedRequest {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { kind: 'fresh'; text: string; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified' }
  /**
   * `message` is in words a person understands, and never contains the
   * address. `network` marks a failure of the network itself (offline, DNS,
   * refused, cut, timed out): worth trying again soon, unlike a 404.
   */
  | { kind: 'failed'; message: string; network?: true };

/** Fetches a feed. Never rejects: every failure is a `failed` outcome. */
export type FeedFetch = (request: FeedRequest) => Promise<FetchOutcome>;

export const FEED_TIMEOUT_MS = 10_000;
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export interface HttpsFetcherOptions {
  clock: Clock;
  /** The whole exchange, redirects and body included, must end within this. */
  timeoutMs?: number;
  /** Bodies beyond this (after decompression) are cut off and refused. */
  maxBytes?: number;
  /** Extra trusted certificates: tests serve https on 127.0.0.1 with their own. */
  ca?: string;
  userAgent?: string;
}

const ERROR_WORDS: Record<string, (host: string) => string> = {
  ENOTFOUND: (h) => `could not find ${h} (are you offline?)`,
  EAI_AGAIN: (h) => `could not find ${h} (are you offline?)`,
  ECONNREFUSED: (h) => `${h} refused the connection`,
  ECONNRESET: (h) => `the connection to ${h} was cut`,
  EHOSTUNREACH: (h) => `could not reach ${h} (are you offline?)`,
  ENETUNREACH: (h) => `could not reach ${h} (are you offline?)`,
  ETIMEDOUT: (h) => `could not reach ${h} (the connection timed out)`,
  CERT_HAS_EXPIRED: (h) => `the certificate of ${h} has expired`,
  DEPTH_ZERO_SELF_SIGNED_CERT: (h) => `the certificate of ${h} is not trusted`,
  SELF_SIGNED_CERT_IN_CHAIN: (h) => `the certificate of ${h} is not trusted`,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: (h) => `the certificate of ${h} is not trusted`,
  ERR_TLS_CERT_ALTNAME_INVALID: (h) => `the certificate of ${h} is for another site`,
};

/** Socket and resolver errors that say the network (not the server or its certificate) failed. */
const NETWORK_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'ETIMEDOUT',
  'EPIPE',
]);

function failure(err: unknown, host: string): Extract<FetchOutcome, { kind: 'failed' }> {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const message = ERROR_WORDS[code]?.(host) ?? `could not reach ${host}`;
  return NETWORK_CODES.has(code)
    ? { kind: 'failed', message, network: true }
    : { kind: 'failed', message };
}

function decoded(response: IncomingMessage): Readable | null {
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .toLowerCase()
    .trim();
  if (encoding === 'identity' || encoding === '') return response;
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(createGunzip());
  if (encoding === 'deflate') return response.pipe(createInflate());
  if (encoding === 'br') return response.pipe(createBrotliDecompress());
  return null;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * The feed fetcher the app uses: Node's https, in main (never a renderer).
 * Conditional (ETag / If-Modified-Since), bounded in time and size, and
 * redirects are followed only to https, so a feed can never be downgraded to
 * an address someone on the network could read or change.
 */
export function createHttpsFetcher(options: HttpsFetcherOptions): FeedFetch {
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? FEED_MAX_BYTES;
  const agent = options.userAgent ?? 'Decompress (calendar feed)';

  return (feed) =>
    new Promise<FetchOutcome>((resolve) => {
      let settled = false;
      const cleanups: (() => void)[] = [];
      const finish = (outcome: FetchOutcome) => {
        if (settled) return;
        settled = true;
        options.clock.clearTimeout(timer);
        for (const cleanup of cleanups.splice(0)) cleanup();
        resolve(outcome);
      };
      const timer = options.clock.setTimeout(
        () =>
          finish({
            kind: 'failed',
            message: `timed out after ${Math.round(timeoutMs / 1000)} s`,
            network: true,
          }),
        timeoutMs,
      );

      const get = (address: string, hops: number) => {
        let url: URL;
        try {
          url = new URL(address);
        } catch {
          finish({ kind: 'failed', message: 'the address is not valid' });
          return;
        }
        const host = url.hostname;
        if (url.protocol !== 'https:') {
          finish({
            kind: 'failed',
            message: `redirected to an insecure address (${url.protocol}//${host})`,
          });
          return;
        }
        const headers: Record<string, string> = {
          accept: 'text/calendar, text/plain;q=0.8, */*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': agent,
        };
        if (feed.etag) headers['if-none-match'] = feed.etag;
        if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
        let req: ReturnType<typeof request>;
        try {
          req = request(url, { method: 'GET', headers, ...(options.ca ? { ca: options.ca } : {}) });
        } catch (err) {
          finish(failure(err, host));
          return;
        }
        cleanups.push(() => req.destroy());
        req.on('error', (err) => finish(failure(err, host)));
        req.on('response', (response) => {
          const status = response.statusCode ?? 0;
          if (status >= 300 && status < 400 && status !== 304) {
            response.resume();
            const location = response.headers.location;
            if (!location) {
              finish({ kind: 'failed', message: `${status} from ${host} without a new address` });
            } else if (hops >= MAX_REDIRECTS) {
              finish({ kind: 'failed', message: `too many redirects from ${host}` });
            } else {
              get(new URL(location, url).toString(), hops + 1);
            }
            return;
          }
          if (status === 304) {
            response.resume();
            finish(
              feed.etag || feed.lastModified
                ? { kind: 'not-modified' }
                : { kind: 'failed', message: `304 from ${host} for a copy it was never sent` },
            );
            return;
          }
          if (status !== 200) {
            response.resume();
            finish({ kind: 'failed', message: `${status} from ${host}` });
            return;
          }
          const declared = Number(response.headers['content-length'] ?? Number.NaN);
          if (Number.isFinite(declared) && declared > maxBytes) {
            finish({ kind: 'failed', message: `over ${megabytes(maxBytes)}` });
            return;
          }
          const body = decoded(response);
          if (!body) {
            finish({ kind: 'failed', message: `${host} sent the calendar in an unknown encoding` });
            return;
          }
          const chunks: Buffer[] = [];
          let bytes = 0;
          body.on('data', (chunk: Buffer) => {
            bytes += chunk.length;
            // Counted after decompression, so a small gzip bomb is stopped too.
            if (bytes > maxBytes) {
              finish({ kind: 'failed', message: `over ${megabytes(maxBytes)}` });
              return;
            }
            chunks.push(chunk);
          });
          body.on('error', () =>
            finish({ kind: 'failed', message: `the calendar from ${host} arrived damaged` }),
          );
          body.on('end', () => {
            const etag = response.headers.etag;
            const lastModified = response.headers['last-modified'];
            finish({
              kind: 'fresh',
              text: new TextDecoder('utf-8').decode(Buffer.concat(chunks)),
              etag: typeof etag === 'string' ? etag.slice(0, 500) : null,
              lastModified: typeof lastModified === 'string' ? lastModified.slice(0, 100) : null,
            });
          });
          cleanups.push(() => body.destroy());
        });
        req.end();
      };

      get(feed.url, 0);
    });
}
