import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the feed answers for its channel files (latest-linux.yml, latest.yml). */
export type FeedAnswer =
  | { kind: 'release'; version: string }
  | { kind: 'malformed' }
  | { kind: 'bad-version' }
  | { kind: 'status'; code: number }
  | { kind: 'damaged-download'; version: string };

export interface LocalUpdateFeed {
  /** Base URL, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Paths asked for, in order (query strings dropped). */
  requests: string[];
  answer(next: FeedAnswer): void;
  close(): Promise<void>;
}

/**
 * The bytes served as each release's installer: small, checked by sha512
 * like a real one, and a shell script that exits 0, because installing an
 * AppImage on quit runs the new file once (APPIMAGE_EXIT_AFTER_INSTALL).
 */
export function installerBytes(version: string): Buffer {
  return Buffer.from(
    `#!/bin/sh\n${`# Decompress ${version} stand-in installer\n`.repeat(64)}exit 0\n`,
  );
}

function sha512(bytes: Buffer): string {
  return createHash('sha512').update(bytes).digest('base64');
}

/** The channel file electron-builder publishes, for one installer. */
function channelFile(version: string, fileName: string, bytes: Buffer): string {
  return [
    `version: ${version}`,
    'files:',
    `  - url: ${fileName}`,
    `    sha512: ${sha512(bytes)}`,
    `    size: ${bytes.length}`,
    `path: ${fileName}`,
    `sha512: ${sha512(bytes)}`,
    "releaseDate: '2026-11-20T10:00:00.000Z'",
    '',
  ].join('\n');
}

/**
 * A generic-provider update feed on 127.0.0.1, as electron-builder would
 * publish it: latest-linux.yml names an AppImage, latest.yml an NSIS
 * installer, and both installers are served with matching checksums.
 */
export async function startLocalUpdateFeed(): Promise<LocalUpdateFeed> {
  let current: FeedAnswer = { kind: 'release', version: '0.1.0' };
  const requests: string[] = [];
  const installers: Record<string, string> = {
    'latest-linux.yml': 'AppImage',
    'latest.yml': 'exe',
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.slice(1);
    requests.push(path);
    const answer = current;
    const extension = installers[path];
    if (extension) {
      if (answer.kind === 'status') {
        res.writeHead(answer.code, { 'content-type': 'text/html' });
        res.end('<html><body>Internal trouble at /srv/feed (secret stack here)</body></html>');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/yaml' });
      if (answer.kind === 'malformed') {
        res.end('version: 0.3.0\nfiles: [\n  - url: {{{{\n');
      } else if (answer.kind === 'bad-version') {
        res.end(channelFile('latest-and-greatest', 'x.AppImage', installerBytes('x')));
      } else {
        const name =
          extension === 'exe'
            ? `Decompress-Setup-${answer.version}.exe`
            : `Decompress-${answer.version}.AppImage`;
        res.end(channelFile(answer.version, name, installerBytes(answer.version)));
      }
      return;
    }
    const file = /^Decompress-(?:Setup-)?(.+)\.(AppImage|exe)$/.exec(path);
    if (file?.[1] && (answer.kind === 'release' || answer.kind === 'damaged-download')) {
      const bytes = installerBytes(file[1]);
      // A damaged download: same length, one byte changed, so only the checksum can tell.
      if (answer.kind === 'damaged-download') bytes[10] = (bytes[10] ?? 0) ^ 0xff;
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': bytes.length,
      });
      res.end(bytes);
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    answer(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
