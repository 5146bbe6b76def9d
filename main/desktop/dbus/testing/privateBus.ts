import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface PrivateBus {
  /** The bus address, as DBUS_SESSION_BUS_ADDRESS would hold it. */
  address: string;
  stop(): Promise<void>;
}

/**
 * Starts a private dbus-daemon (Debian's `dbus` package) for one test, so
 * stand-in desktop services can own the real bus names without touching the
 * machine's own session. Fails loudly when dbus-daemon is missing: a test
 * that needs a bus must not pass without one.
 */
export async function startPrivateBus(): Promise<PrivateBus> {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-bus-'));
  const child = spawn(
    'dbus-daemon',
    [
      '--session',
      '--nofork',
      '--nopidfile',
      '--print-address=1',
      `--address=unix:path=${join(dir, 'bus')}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const address = await new Promise<string>((resolve, reject) => {
    child.once('error', (err) =>
      reject(new Error(`dbus-daemon could not start (${err.message}); apt-get install -y dbus`)),
    );
    child.once('exit', (code) => reject(new Error(`dbus-daemon exited early with code ${code}`)));
    // As a non-root-limit process it warns that it cannot raise its fd limit; anything else is worth seeing.
    createInterface({ input: child.stderr }).on('line', (line) => {
      if (!/fd limit/.test(line)) process.stderr.write(`${line}\n`);
    });
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve(line.trim()));
  });
  return {
    address,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
