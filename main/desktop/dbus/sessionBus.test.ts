import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dbusErrorName, openSessionBus, type SessionBus } from './sessionBus';
import { startPrivateBus, type PrivateBus } from './testing/privateBus';
import { exportStandInService, type StandInService } from './testing/standInService';

describe('the session bus client, against a private dbus-daemon', () => {
  let privateBus: PrivateBus;
  let service: StandInService | null = null;
  let client: SessionBus | null = null;

  beforeEach(async () => {
    privateBus = await startPrivateBus();
  });
  afterEach(async () => {
    client?.close();
    service?.close();
    client = null;
    service = null;
    await privateBus.stop();
  });

  async function standIn(): Promise<StandInService> {
    service = await exportStandInService(privateBus.address, {
      name: 'org.example.Desk',
      path: '/org/example/Desk',
      interface: 'org.example.Desk',
      properties: { Inhibited: { signature: 'b', value: true } },
      methods: {
        Echo: { inSignature: 's', outSignature: 's', handler: (text) => `echo ${String(text)}` },
        Hang: { outSignature: 's', handler: () => new Promise(() => undefined) },
      },
      signals: { Changed: 'b' },
    });
    return service;
  }

  it('answers null, without throwing, where there is no bus', async () => {
    expect(await openSessionBus(undefined)).toBeNull();
    expect(await openSessionBus('unix:path=/nonexistent/decompress-bus')).toBeNull();
  });

  it('calls a method, reads a property and sees who owns a name', async () => {
    await standIn();
    client = await openSessionBus(privateBus.address);
    if (!client) throw new Error('no client');
    expect(await client.nameHasOwner('org.example.Desk')).toBe(true);
    expect(await client.nameHasOwner('org.example.Absent')).toBe(false);
    const [reply] = await client.call({
      destination: 'org.example.Desk',
      path: '/org/example/Desk',
      interface: 'org.example.Desk',
      member: 'Echo',
      signature: 's',
      body: ['hi'],
    });
    expect(reply).toBe('echo hi');
    expect(
      await client.getProperty(
        'org.example.Desk',
        '/org/example/Desk',
        'org.example.Desk',
        'Inhibited',
      ),
    ).toBe(true);
  });

  it('names the D-Bus error of a failed call, and gives null for a timeout', async () => {
    await standIn();
    client = await openSessionBus(privateBus.address);
    if (!client) throw new Error('no client');
    const absent = await client
      .call({
        destination: 'org.example.Absent',
        path: '/org/example/Absent',
        interface: 'org.example.Absent',
        member: 'Anything',
      })
      .then(
        () => 'answered',
        (err: unknown) => dbusErrorName(err),
      );
    expect(absent).toBe('org.freedesktop.DBus.Error.ServiceUnknown');
    const hung = await client
      .call(
        {
          destination: 'org.example.Desk',
          path: '/org/example/Desk',
          interface: 'org.example.Desk',
          member: 'Hang',
        },
        100,
      )
      .then(
        () => 'answered',
        (err: unknown) => dbusErrorName(err),
      );
    expect(hung).toBeNull();
  });

  it('gives up on a service that hangs, within the timeout', async () => {
    await standIn();
    client = await openSessionBus(privateBus.address);
    if (!client) throw new Error('no client');
    await expect(
      client.call(
        {
          destination: 'org.example.Desk',
          path: '/org/example/Desk',
          interface: 'org.example.Desk',
          member: 'Hang',
        },
        200,
      ),
    ).rejects.toThrow(/no answer in 200 ms/);
  });

  it('delivers a signal until unsubscribed', async () => {
    const desk = await standIn();
    client = await openSessionBus(privateBus.address);
    if (!client) throw new Error('no client');
    const heard: unknown[][] = [];
    let resolveFirst: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (resolveFirst = resolve));
    const unsubscribe = await client.onSignal(
      { interface: 'org.example.Desk', member: 'Changed' },
      (body) => {
        heard.push(body);
        resolveFirst();
      },
    );
    desk.emit('Changed', false);
    await first;
    expect(heard).toEqual([[false]]);
    unsubscribe();
    desk.emit('Changed', true);
    // A call answered after the signal was sent proves the signal had its chance to arrive.
    await client.call({
      destination: 'org.example.Desk',
      path: '/org/example/Desk',
      interface: 'org.example.Desk',
      member: 'Echo',
      signature: 's',
      body: ['after'],
    });
    expect(heard).toEqual([[false]]);
  });
});
