import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/settings/schema';
import { defaultSettings } from '../../../shared/settings/defaults';
import { memoryLogger } from '../logger';
import { SettingsError } from '../settings/settingsError';
import { Refusal } from './refusal';
import { createRouter, type CallContext, type Handlers } from './router';

const ctx: CallContext = { route: 'settings', windowId: 7 };

function routerWith(overrides: Partial<Handlers> = {}) {
  const calls: { channel: string; arg: unknown; ctx: CallContext }[] = [];
  let settings: Settings = defaultSettings();
  const record =
    (channel: string, value: unknown = undefined) =>
    (arg: unknown, c: CallContext) => {
      calls.push({ channel, arg, ctx: c });
      return value;
    };
  const handlers = {
    getAppInfo: record('getAppInfo', { name: 'Decompress' }),
    openWindow: record('openWindow'),
    closeWindow: record('closeWindow'),
    openExternal: record('openExternal'),
    getNotices: record('getNotices', []),
    dismissNotice: record('dismissNotice'),
    getSettings: () => settings,
    updateSettings: (patch: Partial<Settings>) => {
      settings = { ...settings, ...patch };
      return settings;
    },
    resetSettings: record('resetSettings'),
    exportSettings: record('exportSettings'),
    importSettings: record('importSettings'),
    ...overrides,
  } as unknown as Handlers;
  const log = memoryLogger();
  return { router: createRouter(handlers, log), calls, log, current: () => settings };
}

describe('IPC router', () => {
  it('dispatches a valid call to its handler with the caller context', async () => {
    const { router, calls } = routerWith();
    const result = await router.call('openWindow', { route: 'history' }, ctx);
    expect(result).toEqual({ ok: true, value: undefined });
    expect(calls).toEqual([{ channel: 'openWindow', arg: { route: 'history' }, ctx }]);
  });

  it('refuses a sender that is not one of the app windows, before the handler runs', async () => {
    const { router, calls, log } = routerWith();
    const result = await router.call('openWindow', { route: 'history' }, null);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden-sender',
        message: 'Calls are only accepted from Decompress windows',
      },
    });
    expect(calls).toEqual([]);
    expect(log.entries.at(-1)?.level).toBe('warn');
  });

  it('refuses an unknown channel, including prototype names', async () => {
    const { router } = routerWith();
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      const result = await router.call(name, undefined, ctx);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('answers a bad payload with the field and the rule as data, and changes nothing', async () => {
    const { router, current } = routerWith();
    const before = current();
    const result = await router.call('updateSettings', { intervalMinutes: 'soon' }, ctx);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'bad-payload',
        message: 'updateSettings: intervalMinutes: Invalid input: expected number, received string',
        issue: { path: ['intervalMinutes'], problem: { code: 'invalid_type', expected: 'number' } },
      },
    });
    expect(current()).toBe(before);
  });

  it("carries the schema's own limit, not zod's sentence, for a number out of range", async () => {
    const { router } = routerWith();
    const result = await router.call('updateSettings', { intervalMinutes: 5 }, ctx);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad-payload',
        issue: {
          path: ['intervalMinutes'],
          problem: { code: 'too_small', origin: 'number', minimum: 10, inclusive: true },
        },
      },
    });
  });

  it('sends a refusal from a handler on as data: its issue, under the code "refused"', async () => {
    const issue = {
      path: ['naturalBreakMinutes'],
      problem: {
        code: 'custom' as const,
        rule: 'natural-break-shorter',
        values: { intervalMinutes: 20 },
      },
    };
    for (const refusal of [new Refusal(issue, 'too long'), new SettingsError(issue, 'too long')]) {
      const { router } = routerWith({
        updateSettings: () => {
          throw refusal;
        },
      });
      expect(await router.call('updateSettings', { naturalBreakMinutes: 30 }, ctx)).toEqual({
        ok: false,
        error: { code: 'refused', message: 'naturalBreakMinutes: too long', issue },
      });
    }
  });

  it('refuses keys the contract does not know (no smuggled fields)', async () => {
    const { router } = routerWith();
    const result = await router.call('updateSettings', { intervalMinutes: 30, admin: true }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
  });

  it('refuses a payload on a channel that takes none', async () => {
    const { router } = routerWith();
    const result = await router.call('getSettings', { sneaky: 1 }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-payload' } });
  });

  it('refuses non-https links', async () => {
    const { router, calls } = routerWith();
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'x']) {
      const result = await router.call('openExternal', { url }, ctx);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'bad-payload', issue: { path: ['url'] } },
      });
    }
    expect(calls).toEqual([]);
  });

  it('turns a handler failure into an error result instead of a crash', async () => {
    const { router } = routerWith({
      getNotices: () => {
        throw new Error('disk on fire');
      },
    });
    const result = await router.call('getNotices', undefined, ctx);
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'disk on fire' } });
  });
});
