import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { createHttpsFetcher, type FetchOutcome } from './feedFetcher';
import { ICS_OK, startFeedServer, TEST_CA, type FeedServer } from './testing/feedServer';

let server: FeedServer;
beforeEach(async () => {
  server = await startFeedServer();
});
afterEach(async () => {
  await server.close();
});

const NOW = Date.parse('2026-03-02T07:00:00Z');

function fetcher(clock = createManualClock(NOW)) {
  return createHttpsFetcher({ clock, ca: TEST_CA });
}

const get = (
  url: string,
  etag: string | null = null,
  lastModified: string | null = null,
): Promise<FetchOutcome> => fetcher()({ url, etag, lastModified });

describe('the feed fetcher against a local https server', () => {
  it('200: the text and its validators', async () => {
    server.route('/cal.ics', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        etag: '"v1"',
        'last-modified': 'Sun, 01 Mar 2026 12:00:00 GMT',
      });
      res.end(ICS_OK);
    });
    expect(await get(server.url('/cal.ics'))).toEqual({
      kind: 'fresh',
      text: ICS_OK,
      etag: '"v1"',
      lastModified: 'Sun, 01 Mar 2026 12:00:00 GMT',
    });
    expect(server.requests[0]?.headers['if-none-match']).toBeUndefined();
  });

  it('304 with ETag: asks conditionally and reports not-modified', async () => {
    server.route('/cal.ics', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else res.writeHead(200, { etag: '"v1"' }).end(ICS_OK);
    });
    expect(await get(server.url('/cal.ics'), '"v1"', 'Sun, 01 Mar 2026 12:00:00 GMT')).toEqual({
      kind: 'not-modified',
    });
    expect(server.requests[0]?.headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Sun, 01 Mar 2026 12:00:00 GMT',
    });
  });

  it('404 and 500 say the status and the host', async () => {
    server.route('/gone.ics', (_req, res) => res.writeHead(404).end('Not Found'));
    server.route('/broken.ics', (_req, res) => res.writeHead(500).end('oops'));
    expect(await get(server.url('/gone.ics'))).toEqual({
      kind: 'failed',
      message: '404 from 127.0.0.1',
    });
    expect(await get(server.url('/broken.ics'))).toEqual({
      kind: 'failed',
      message: '500 from 127.0.0.1',
    });
  });

  it('a server that never answers times out after 10 s of the core clock', async () => {
    server.route('/slow.ics', () => undefined);
    const clock = createManualClock(NOW);
    const arrived = server.nextRequest('/slow.ics');
    const pending = fetcher(clock)({
      url: server.url('/slow.ics'),
      etag: null,
      lastModified: null,
    });
    await arrived;
    clock.advance(9_999);
    clock.advance(1);
    expect(await pending).toEqual({
      kind: 'failed',
      message: 'timed out after 10 s',
      network: true,
    });
  });

  it('a body that trickles past the deadline times out too', async () => {
    server.route('/trickle.ics', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.write('BEGIN:VCALENDAR\r\n');
    });
    const clock = createManualClock(NOW);
    const arrived = server.nextRequest('/trickle.ics');
    const pending = fetcher(clock)({
      url: server.url('/trickle.ics'),
      etag: null,
      lastModified: null,
    });
    await arrived;
    clock.advance(10_000);
    expect(await pending).toEqual({
      kind: 'failed',
      message: 'timed out after 10 s',
      network: true,
    });
  });

  it('a 50 MB body is cut off at 5 MB: the server is not read to the end', async () => {
    let written = 0;
    let closedEarly = false;
    server.route('/huge.ics', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      const chunk = Buffer.alloc(64 * 1024, 'A');
      res.on('close', () => {
        closedEarly = written < 50 * 1024 * 1024;
      });
      const pump = () => {
        while (written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
    });
    expect(await get(server.url('/huge.ics'))).toEqual({ kind: 'failed', message: 'over 5 MB' });
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(closedEarly || written < 50 * 1024 * 1024).toBe(true);
  });

  it('a declared Content-Length over 5 MB is refused before reading', async () => {
    server.route('/declared.ics', (_req, res) => {
      res.writeHead(200, { 'content-length': String(6 * 1024 * 1024) });
      res.write('BEGIN:VCALENDAR');
    });
    expect(await get(server.url('/declared.ics'))).toEqual({
      kind: 'failed',
      message: 'over 5 MB',
    });
  });

  it('a small gzip that unpacks to 50 MB is cut off at 5 MB', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 'A'));
    server.route('/bomb.ics', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      res.end(bomb);
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await get(server.url('/bomb.ics'))).toEqual({ kind: 'failed', message: 'over 5 MB' });
  });

  it('gzip and brotli bodies are unpacked', async () => {
    server.route('/gz.ics', (_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(ICS_OK));
    });
    expect(await get(server.url('/gz.ics'))).toMatchObject({ kind: 'fresh', text: ICS_OK });
  });

  it('HTML instead of iCalendar comes back as text: the reader judges it, not the fetcher', async () => {
    server.route('/login', (_req, res) => {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>Sign in</title>');
    });
    expect(await get(server.url('/login'))).toMatchObject({
      kind: 'fresh',
      text: '<!doctype html><title>Sign in</title>',
    });
  });

  it('follows a redirect to https, and refuses one to http', async () => {
    server.route('/old.ics', (_req, res) => res.writeHead(301, { location: '/cal.ics' }).end());
    server.route('/cal.ics', (_req, res) => res.writeHead(200).end(ICS_OK));
    server.route('/downgrade.ics', (_req, res) =>
      res.writeHead(302, { location: server.insecureUrl('/cal.ics') }).end(),
    );
    expect(await get(server.url('/old.ics'))).toMatchObject({ kind: 'fresh', text: ICS_OK });
    expect(await get(server.url('/downgrade.ics'))).toEqual({
      kind: 'failed',
      message: 'redirected to an insecure address (http://127.0.0.1)',
    });
    expect(server.requests.map((r) => r.path)).toEqual(['/old.ics', '/cal.ics', '/downgrade.ics']);
  });

  it('gives up on a redirect loop', async () => {
    server.route('/loop.ics', (_req, res) => res.writeHead(302, { location: '/loop.ics' }).end());
    expect(await get(server.url('/loop.ics'))).toEqual({
      kind: 'failed',
      message: 'too many redirects from 127.0.0.1',
    });
  });

  // `network` is what lets the calendar try again at the planner's next wake-up (2 min on)
  // rather than in 15 min: a refused connection and a timeout have it, a 404 or a bad certificate not.
  it('an untrusted certificate and a closed port are failures in words', async () => {
    const untrusting = createHttpsFetcher({ clock: createManualClock(NOW) });
    server.route('/cal.ics', (_req, res) => res.writeHead(200).end(ICS_OK));
    expect(
      await untrusting({ url: server.url('/cal.ics'), etag: null, lastModified: null }),
    ).toEqual({
      kind: 'failed',
      message: 'the certificate of 127.0.0.1 is not trusted',
    });
    const closed = server.url('/cal.ics');
    await server.close();
    expect(await get(closed)).toEqual({
      kind: 'failed',
      message: '127.0.0.1 refused the connection',
      network: true,
    });
    server = await startFeedServer();
  });
});
