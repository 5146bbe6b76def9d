import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';

/** The test certificate for 127.0.0.1 (self-signed, valid until 2126); trust it with `ca: TEST_CA`. */
export const TEST_CA = readFileSync(join(import.meta.dirname, 'localhost-test.crt'), 'utf8');
const TEST_KEY = readFileSync(join(import.meta.dirname, 'localhost-test.key'), 'utf8');

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface FeedServer {
  /** https://127.0.0.1:<port><path> */
  url(path: string): string;
  /** http://127.0.0.1:<port><path>, a plain-http twin for downgrade redirects. */
  insecureUrl(path: string): string;
  /** What was asked, in order. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  /** Replaces the handler of a path. */
  route(path: string, handler: Route): void;
  /** Resolves when the next request for `path` has arrived (before it is answered). */
  nextRequest(path: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * An https server on 127.0.0.1 (and an http twin) serving routes set by the
 * test, so the real fetcher is tested over a real TLS connection.
 */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const waiting = new Map<string, (() => void)[]>();
  const requests: FeedServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers });
    for (const resolve of waiting.get(path)?.splice(0) ?? []) resolve();
    const route = routes.get(path);
    if (route) route(req, res);
    else res.writeHead(404).end('not here');
  };
  const secure = createHttpsServer({ key: TEST_KEY, cert: TEST_CA }, handle);
  const plain = createHttpServer(handle);
  for (const server of [secure, plain]) {
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  }
  const port = (secure.address() as AddressInfo).port;
  const plainPort = (plain.address() as AddressInfo).port;
  return {
    url: (path) => `https://127.0.0.1:${port}${path}`,
    insecureUrl: (path) => `http://127.0.0.1:${plainPort}${path}`,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    nextRequest: (path) =>
      new Promise<void>((resolve) => waiting.set(path, [...(waiting.get(path) ?? []), resolve])),
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(
        [secure, plain].map(
          (server) => new Promise<void>((resolve) => server.close(() => resolve())),
        ),
      );
    },
  };
}

export const ICS_OK = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Fastmail/2020.5//EN',
  'X-WR-CALNAME:Work',
  'BEGIN:VEVENT',
  'UID:team-sync@fastmail',
  'DTSTART:20260302T090000Z',
  'DTEND:20260302T100000Z',
  'SUMMARY:Team sync',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** The same calendar after the organiser moved the meeting to 10:00-11:00. */
export const ICS_MOVED = ICS_OK.replace(
  'DTSTART:20260302T090000Z\r\nDTEND:20260302T100000Z',
  'DTSTART:20260302T100000Z\r\nDTEND:20260302T110000Z',
);
