import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../shared/history/events';
import { getRoutine } from '../../../shared/routines/catalogue';
import { routineDurationMs } from '../../../shared/routines/timeline';
import { DEFAULT_POSTURE, defaultSettings } from '../../../shared/settings/defaults';
import type { Route } from '../../../shared/routes';
import { createCore } from '../createCore';
import { openHistoryLog, readHistoryFile } from '../history/historyLog';
import type { CallContext } from '../ipc/router';
import { memoryLogger } from '../logger';
import { createManualClock } from '../testing/manualClock';
import type { ShellPorts } from '../ports';
import { memorySettingsStore } from '../settings/memorySettingsStore';
import type { MenuItemModel, TrayModel } from '../tray/trayMenu';

// Monday 23 November 2026, 10:00 in Berlin: inside default office hours.
const START = Date.UTC(2026, 10, 23, 9, 0);
const MIN = 60_000;
const ROUTINE_WINDOW: CallContext = { route: 'routine', windowId: 7 };
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The real core over a temp history file, with doubles for the desktop. */
function coreRig(acknowledged = true) {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-routines-'));
  dirs.push(dir);
  const clock = createManualClock(START);
  const open = new Set<Route>();
  const opened: Route[] = [];
  const trays: TrayModel[] = [];
  const shell: ShellPorts = {
    windows: {
      open(route) {
        open.add(route);
        opened.push(route);
      },
      close: (route) => void open.delete(route),
      closeWindow: () => undefined,
      isOpen: (route) => open.has(route),
      broadcast: () => undefined,
    },
    tray: { update: (model) => void trays.push(model) },
    notifier: { notify: () => undefined },
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null },
    links: { open: () => undefined },
    loginItem: { setEnabled: () => undefined },
    app: {
      info: { name: 'Decompress', version: 'test', platform: 'linux', trayLocation: 'tray' },
      quit: () => undefined,
      openLogFolder: () => undefined,
    },
    cron: { schedule: () => ({ stop: () => undefined }) },
    idle: { idleSeconds: () => 0 },
  };
  const historyPath = join(dir, 'history.jsonl');
  const core = createCore({
    clock,
    log: memoryLogger(),
    shell,
    settingsStore: memorySettingsStore(join(dir, 'settings.json')),
    initialSettings: {
      ...defaultSettings(),
      // No posture cues: these tests list the windows a routine opens.
      posture: { ...DEFAULT_POSTURE, cues: false },
      safetyAcknowledgedAt: acknowledged ? '2026-11-01T08:00:00.000Z' : null,
    },
    history: openHistoryLog(historyPath),
    version: 'test',
  });
  const call = (channel: string, payload?: unknown) =>
    core.router.call(channel, payload, ROUTINE_WINDOW);
  const events = (): HistoryEvent[] => readHistoryFile(historyPath).events;
  return { core, clock, opened, trays, call, events, shell };
}

function startItems(model: TrayModel | undefined): MenuItemModel[] {
  const items = model?.items ?? [];
  const submenu = items.find((i) => i.kind === 'submenu' && i.label === 'Start a routine');
  const nested = submenu?.kind === 'submenu' ? submenu.items : [];
  return [...items.filter((i) => i.kind === 'action' && i.action === 'start-default'), ...nested];
}

describe('the routine service inside the core', () => {
  it('the tray starts the default routine and greys out starting another while it plays', async () => {
    const r = coreRig();
    r.core.trayAction('start-default');
    expect(r.opened).toContain('routine');
    expect(r.core.routines.session()).toMatchObject({
      routineId: 'quick-seated-reset',
      source: 'tray',
    });
    const playing = startItems(r.trays.at(-1));
    expect(playing.length).toBeGreaterThan(1);
    expect(playing.every((i) => i.kind === 'action' && !i.enabled)).toBe(true);
    expect(r.trays.at(-1)?.items).toContainEqual(
      expect.objectContaining({ label: 'Start Quick seated reset now' }),
    );

    await r.call('recordPain', { when: 'before', score: 2 });
    r.clock.advance(routineDurationMs(getRoutine('quick-seated-reset')));
    expect(startItems(r.trays.at(-1)).every((i) => i.kind === 'action' && i.enabled)).toBe(true);
  });

  it('a player window closed mid-routine frees the tray; the next start records it as stopped', async () => {
    const r = coreRig();
    r.core.trayAction('start-default');
    await r.call('recordPain', { when: 'before', score: null });
    r.clock.advance(30_000);
    r.shell.windows.close('routine');
    r.core.refreshTray();
    expect(startItems(r.trays.at(-1)).every((i) => i.kind === 'action' && i.enabled)).toBe(true);
    r.core.trayAction('start:standing-desk-reset');
    expect(r.events().map((e) => e.type)).toEqual(['started', 'stopped', 'started']);
    expect(r.core.routines.session()?.routineId).toBe('standing-desk-reset');
  });

  it('the end of a routine is a break: the next reminder counts from there', async () => {
    const r = coreRig();
    await r.call('startRoutine', { routineId: 'standing-desk-reset', source: 'manual' });
    r.clock.advance(MIN);
    await r.call('recordPain', { when: 'before', score: null });
    const lengthMs = routineDurationMs(getRoutine('standing-desk-reset'));
    r.clock.advance(lengthMs);
    const endedAt = START + MIN + lengthMs;
    expect(r.core.reminders.status().nextReminderAt).toBe(endedAt + 45 * MIN);
    await r.call('recordPain', { when: 'after', score: 1 });
    expect(r.events().map((e) => e.type)).toEqual(['started', 'completed']);
  });

  it('starting without the safety acknowledgement opens the safety window; acknowledging starts it', async () => {
    const r = coreRig(false);
    expect(
      await r.call('startRoutine', { routineId: 'quick-seated-reset', source: 'manual' }),
    ).toEqual({
      ok: true,
      value: { status: 'needs-safety', scope: 'general' },
    });
    expect(r.opened).toEqual(['safety']);
    expect(await r.call('getPendingRoutine')).toMatchObject({
      value: { routineId: 'quick-seated-reset', scope: 'general' },
    });
    expect(await r.call('acknowledgeSafety', { scope: 'general' })).toEqual({
      ok: true,
      value: { started: true, pending: null },
    });
    expect(r.core.settings.get().safetyAcknowledgedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(r.opened).toEqual(['safety', 'routine']);
  });

  it('the reminder count restarts when a routine really starts, not when the safety screen opens', async () => {
    const r = coreRig(false);
    r.clock.advance(20 * MIN);
    r.core.trayAction('start-default');
    expect(r.opened).toEqual(['safety']);
    // The person reads the list and declines: no break was taken.
    await r.call('cancelPendingRoutine');
    expect(r.core.reminders.status().nextReminderAt).toBe(START + 45 * MIN);

    r.clock.advance(5 * MIN);
    r.core.trayAction('start-default');
    r.clock.advance(2 * MIN);
    expect(await r.call('acknowledgeSafety', { scope: 'general' })).toMatchObject({
      value: { started: true },
    });
    // The routine started on the acknowledgement, 27 minutes in: that is the break.
    expect(r.core.reminders.status().nextReminderAt).toBe(START + 27 * MIN + 45 * MIN);
  });

  it('refuses bad payloads with a clear message and changes nothing', async () => {
    const r = coreRig();
    expect(
      await r.call('startRoutine', { routineId: 'back-cracker', source: 'tray' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'bad-payload',
        message: 'startRoutine: routineId: must be a routine from the catalogue',
        issue: { path: ['routineId'], problem: { code: 'invalid_value' } },
      },
    });
    await r.call('startRoutine', { routineId: 'quick-seated-reset', source: 'tray' });
    const bad = await r.call('recordPain', { when: 'before', score: 11 });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'bad-payload',
        issue: { path: ['score'], problem: { code: 'too_big', maximum: 10 } },
      },
    });
    expect(await r.call('controlRoutine', { action: 'explode' })).toMatchObject({
      ok: false,
      error: { issue: { path: ['action'] } },
    });
    expect(r.core.routines.session()?.phase).toBe('checkIn');
    expect(await r.call('controlRoutine', { action: 'pause' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The routine has not started yet' },
    });
  });
});
