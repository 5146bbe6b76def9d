import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSessionBus, type SessionBus } from './dbus/sessionBus';
import { startPrivateBus, type PrivateBus } from './dbus/testing/privateBus';
import type { StandInService } from './dbus/testing/standInService';
import { watchTrayHost, watchTrayHostOnSessionBus, type TrayHostAnswer } from './trayHost';
import { exportTrayWatcher } from './testing/standInTrayWatcher';

/** Stock GNOME on Wayland: no watcher means no icon anywhere. */
const GNOME = {
  platform: 'linux',
  env: { XDG_CURRENT_DESKTOP: 'GNOME', XDG_SESSION_TYPE: 'wayland' },
};

/** The answers a watch gives, and a way to await the next one. */
function answerLog() {
  const answers: TrayHostAnswer[] = [];
  const waiting: ((answer: TrayHostAnswer) => void)[] = [];
  return {
    answers,
    onAnswer(answer: TrayHostAnswer) {
      answers.push(answer);
      waiting.shift()?.(answer);
    },
    /** The answer after the `count` already heard. */
    answerNumber(count: number): Promise<TrayHostAnswer> {
      const heard = answers[count - 1];
      if (heard) return Promise.resolve(heard);
      return new Promise((resolve) => waiting.push(resolve));
    },
  };
}

/** Unix-socket handles this process holds: a bus connection is one. */
function openPipes(): number {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'PipeWrap').length;
}

describe('watchTrayHostOnSessionBus: its own connection to the bus at an address', () => {
  let privateBus: PrivateBus;
  let observer: SessionBus | null = null;
  const services: StandInService[] = [];

  beforeEach(async () => {
    privateBus = await startPrivateBus();
    observer = await openSessionBus(privateBus.address);
  });
  afterEach(async () => {
    for (const s of services.splice(0)) s.close();
    observer?.close();
    observer = null;
    await privateBus.stop();
  });

  function bus(): SessionBus {
    if (!observer) throw new Error('no observer connection');
    return observer;
  }

  /** The connections on the bus, by unique name (":1.4"), as the daemon lists them. */
  async function connections(): Promise<string[]> {
    const [names] = await bus().call({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'ListNames',
    });
    if (!Array.isArray(names)) throw new Error('ListNames answered no list');
    return names.filter((n): n is string => typeof n === 'string' && n.startsWith(':')).sort();
  }

  /** GNOME's AppIndicator extension switched on: it takes the name and its host registers. */
  async function startWatcher(): Promise<StandInService> {
    const service = await exportTrayWatcher(privateBus.address);
    service.emit('StatusNotifierHostRegistered');
    services.push(service);
    return service;
  }

  it('hears the watcher appear and disappear (the extension switched on, then off)', async () => {
    const log = answerLog();
    const stop = await watchTrayHostOnSessionBus(privateBus.address, GNOME, log.onAnswer);
    try {
      expect(await log.answerNumber(1)).toMatchObject({ status: 'absent', reason: 'no-watcher' });

      const watcher = await startWatcher();
      // Between the name and the object, a check may see the name without the object ("unknown").
      let answer = await log.answerNumber(2);
      if (answer.status === 'unknown') answer = await log.answerNumber(3);
      expect(answer).toMatchObject({ status: 'present', reason: 'host-registered' });

      const heard = log.answers.length;
      watcher.close();
      services.splice(services.indexOf(watcher), 1);
      expect(await log.answerNumber(heard + 1)).toMatchObject({
        status: 'absent',
        reason: 'no-watcher',
        desktop: 'gnome',
      });
    } finally {
      stop();
    }
  });

  it('stopped, it closes its connection and hears nothing more', async () => {
    const before = await connections();
    const pipesBefore = openPipes();
    const log = answerLog();
    const stop = await watchTrayHostOnSessionBus(privateBus.address, GNOME, log.onAnswer);
    await log.answerNumber(1);
    const during = await connections();
    expect(during).toHaveLength(before.length + 1);
    expect(openPipes()).toBe(pipesBefore + 1);

    stop();
    // The daemon drops the connection, so no signal can reach the stopped watch.
    await expect.poll(connections, { timeout: 15_000 }).toEqual(before);
    // At most as many as before: pipes of earlier tests' daemons may close meanwhile (CI saw 8 -> 4).
    await expect.poll(openPipes, { timeout: 15_000 }).toBeLessThanOrEqual(pipesBefore);

    // A watch still running hears the watcher come; the stopped one heard only its first answer.
    const live = answerLog();
    const stopLive = await watchTrayHost(bus(), GNOME, live.onAnswer);
    try {
      await startWatcher();
      let answer = await live.answerNumber(2);
      if (answer.status === 'unknown') answer = await live.answerNumber(3);
      expect(answer.status).toBe('present');
      expect(log.answers.map((a) => a.status)).toEqual(['absent']);
    } finally {
      stopLive();
    }
  });
});

describe('watchTrayHostOnSessionBus without a bus', () => {
  it('answers "unknown" once, without throwing, when no bus listens at the address', async () => {
    const pipesBefore = openPipes();
    const log = answerLog();
    const stop = await watchTrayHostOnSessionBus(
      'unix:path=/nonexistent/decompress-tray-bus',
      GNOME,
      log.onAnswer,
    );
    expect(log.answers).toEqual([
      expect.objectContaining({ status: 'unknown', reason: 'no-session-bus', desktop: 'gnome' }),
    ]);
    expect(() => stop()).not.toThrow();
    // At most as many as before: pipes of earlier tests' daemons may close meanwhile (CI saw 8 -> 4).
    await expect.poll(openPipes, { timeout: 15_000 }).toBeLessThanOrEqual(pipesBefore);
  });

  it('answers "unknown" when the session has no bus address at all (DBUS_SESSION_BUS_ADDRESS empty)', async () => {
    const log = answerLog();
    const stop = await watchTrayHostOnSessionBus('', GNOME, log.onAnswer);
    stop();
    expect(log.answers).toHaveLength(1);
    expect(log.answers[0]?.status).toBe('unknown');
  });

  it('opens no connection on macOS or Windows, where a tray always exists', async () => {
    const pipesBefore = openPipes();
    const log = answerLog();
    const stop = await watchTrayHostOnSessionBus(
      'unix:path=/nonexistent/x',
      {
        platform: 'win32',
        env: {},
      },
      log.onAnswer,
    );
    expect(log.answers).toEqual([
      { status: 'present', reason: 'not-linux', desktop: null, advice: null },
    ]);
    expect(openPipes()).toBe(pipesBefore);
    stop();
  });
});
