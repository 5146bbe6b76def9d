import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazyBus } from './lazyBus';
import { openSessionBus, type SessionBus } from './sessionBus';
import { usePrivateBus } from './testing/usePrivateBus';

const DBUS = {
  destination: 'org.freedesktop.DBus',
  path: '/org/freedesktop/DBus',
  interface: 'org.freedesktop.DBus',
};

async function names(observer: SessionBus): Promise<string[]> {
  const [list] = await observer.call({ ...DBUS, member: 'ListNames' });
  return Array.isArray(list) ? list.map(String) : [];
}

/**
 * Subscribes (and is awaited for that) to the daemon's NameOwnerChanged;
 * `done` resolves when `name` has lost its owner: the connection is gone.
 */
async function watchGone(
  observer: SessionBus,
  name: () => string | null,
): Promise<{ done: Promise<void> }> {
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolve = r));
  const unsubscribe = await observer.onSignal(
    {
      sender: 'org.freedesktop.DBus',
      interface: 'org.freedesktop.DBus',
      member: 'NameOwnerChanged',
    },
    ([changed, , newOwner]) => {
      if (changed === name() && newOwner === '') resolve();
    },
  );
  return { done: done.finally(unsubscribe) };
}

/** Runs testing/openAndClose.ts in a Node of its own; resolves with its exit code and output. */
function child(
  address: string,
  mode = 'open-then-close',
): Promise<{ code: number | null; out: string }> {
  const script = join(import.meta.dirname, 'testing', 'openAndClose.ts');
  const proc = spawn(process.execPath, ['--import', 'tsx', script, address, mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve) => proc.once('exit', (code) => resolve({ code, out: out.trim() })));
}

describe('the lazy bus connection is closed at quit, against a private dbus-daemon', () => {
  const bus = usePrivateBus();

  it('opens on the first ask, once; after close the daemon no longer lists it and asks get null', async () => {
    let opened = 0;
    const lazy = lazyBus(() => {
      opened++;
      return openSessionBus(bus.address);
    });
    expect(lazy.isOpen()).toBe(false);
    const [first, second] = await Promise.all([lazy.get(), lazy.get()]);
    expect(first).toBe(second);
    expect(opened).toBe(1);
    const name = first?.uniqueName ?? null;
    expect(name).toMatch(/^:1\.\d+$/);
    const observer = await bus.connect();
    expect(await names(observer)).toContain(name);

    const left = await watchGone(observer, () => name);
    lazy.close();
    await left.done;
    expect(await names(observer)).not.toContain(name);
    expect(lazy.isOpen()).toBe(false);
    expect(await lazy.get()).toBeNull();
    expect(opened).toBe(1);
  });

  it('a close while the connection is still being opened closes it when it arrives', async () => {
    const observer = await bus.connect();
    let newcomer: string | null = null;
    await observer.onSignal(
      {
        sender: 'org.freedesktop.DBus',
        interface: 'org.freedesktop.DBus',
        member: 'NameOwnerChanged',
      },
      ([changed, oldOwner, newOwner]) => {
        if (
          typeof changed === 'string' &&
          changed.startsWith(':') &&
          oldOwner === '' &&
          newOwner === changed
        ) {
          newcomer = changed;
        }
      },
    );
    const left = await watchGone(observer, () => newcomer);
    const lazy = lazyBus(() => openSessionBus(bus.address));
    const opening = lazy.get();
    lazy.close();
    expect(await opening).toBeNull();
    await left.done;
    expect(await names(observer)).not.toContain(newcomer);
  });

  it('after close nothing keeps the process alive: a Node that opened and closed it exits by itself', async () => {
    const observer = await bus.connect();
    const run = await child(bus.address);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^:1\.\d+$/);
    expect(await names(observer)).not.toContain(run.out);
    const early = await child(bus.address, 'close-while-opening');
    expect(early).toEqual({ code: 0, out: 'null' });
  });
});
