import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POSTURE, defaultSettings } from '../../../shared/settings/defaults';
import type { Settings } from '../../../shared/settings/schema';
import { openCore } from '../openCore';
import { openTestSettingsStore } from '../settings/fixtures/testSettingsStore';
import { SETTINGS_FILE_NAME } from '../settings/settingsStore';
import { createRecordingShell } from '../testing/recordingShell';
import type { CallContext } from '../ipc/router';
import { memoryLogger } from '../logger';
import { createManualClock } from '../testing/manualClock';
import type { MenuItemModel, TrayModel } from '../tray/trayMenu';

const PROMPT: CallContext = { route: 'prompt', windowId: 7 };
const CUE: CallContext = { route: 'cue', windowId: 8 };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The real core on a manual clock, with shell doubles that remember what was asked. */
function startCore(patch: Partial<Settings> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-reminders-'));
  dirs.push(dir);
  const clock = createManualClock(new Date(2026, 10, 23, 9, 0).getTime());
  const { shell, record } = createRecordingShell();
  const { open, opens, trays, broadcasts } = record;
  // The settings as a file the store opens, as the app's would be.
  // Posture cues off unless a test turns them on: these tests are about the prompt.
  const settings = { ...defaultSettings(), posture: { ...DEFAULT_POSTURE, cues: false }, ...patch };
  writeFileSync(join(dir, SETTINGS_FILE_NAME), JSON.stringify(settings));
  const { core } = openCore({
    userDataDir: dir,
    openSettingsStore: () => openTestSettingsStore(dir),
    clock,
    log: memoryLogger(),
    shell,
    version: 'test',
  });
  const history = core.history;
  const tray = () => trays[trays.length - 1];
  const statusOf = (model: TrayModel | undefined) =>
    model?.items.find((i): i is Extract<MenuItemModel, { kind: 'status' }> => i.kind === 'status')
      ?.label;
  return {
    core,
    clock,
    open,
    opens,
    broadcasts,
    tray,
    trayStatus: () => statusOf(tray()),
    events: () => history.readAll().events,
    call: (channel: string, payload?: unknown) => core.router.call(channel, payload, PROMPT),
    callFromCue: (channel: string, payload?: unknown) => core.router.call(channel, payload, CUE),
  };
}

describe('the planner in the core', () => {
  it('the tray always says what happens next, and shows a due break', () => {
    const app = startCore();
    expect(app.trayStatus()).toBe('Next reminder in 45 min (at 09:45)');
    expect(app.tray()?.tooltip).toBe('Decompress: Next reminder in 45 min (at 09:45)');
    app.clock.advance(45 * 60_000);
    expect(app.trayStatus()).toBe('Time for a break');
    expect(app.tray()?.icon).toBe('due');
    expect(app.open.has('prompt')).toBe(true);
  });

  it('pause and resume from the tray', () => {
    const app = startCore();
    app.core.trayAction('pause:30m');
    expect(app.trayStatus()).toBe('Paused until 09:30');
    expect(app.tray()?.icon).toBe('paused');
    app.core.trayAction('resume');
    expect(app.trayStatus()).toBe('Next reminder in 45 min (at 09:45)');
  });

  it('starting from the tray works at any time: history and the routine window', () => {
    const app = startCore({ safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z' });
    app.clock.setTo(new Date(2026, 10, 23, 22, 0).getTime());
    app.core.trayAction('start:floor-decompression');
    app.open.delete('routine'); // that routine's window was closed
    app.core.trayAction('start-default');
    app.core.trayAction('start:not-a-routine');
    expect(app.events().filter((e) => e.type === 'started')).toEqual([
      { type: 'started', at: app.clock.now(), routineId: 'floor-decompression', source: 'tray' },
      { type: 'started', at: app.clock.now(), routineId: 'quick-seated-reset', source: 'tray' },
    ]);
    expect(app.open.has('routine')).toBe(true);
  });

  it('the prompt window answers through IPC; main keeps the state, and pushes every change', async () => {
    const app = startCore();
    app.clock.advance(45 * 60_000);
    const state = await app.call('getPromptState');
    expect(state).toMatchObject({ ok: true, value: { status: 'open', reason: 'interval' } });
    expect(app.broadcasts.some((b) => b.event === 'promptState')).toBe(true);
    expect(await app.call('answerPrompt', { action: 'snooze' })).toMatchObject({
      ok: true,
      value: { status: 'none' },
    });
    expect(app.events().map((e) => e.type)).toEqual(['prompted', 'snoozed']);
    expect(await app.call('getPlannerStatus')).toMatchObject({
      value: { phase: 'snoozed', statusLine: 'Snoozed until 09:50' },
    });
  });

  it('the cue window reads and answers the posture cue through IPC; an answer with no cue open changes nothing', async () => {
    const app = startCore({ posture: { ...DEFAULT_POSTURE, cues: true } });
    expect(await app.callFromCue('answerCue', { action: 'done' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'No cue is open' },
    });
    expect(app.events()).toEqual([]);
    // 20 min of active time from 09:00.
    app.clock.advance(20 * 60_000);
    expect(app.opens.filter((o) => o.route === 'cue')).toHaveLength(1);
    expect(await app.callFromCue('getCueState')).toMatchObject({
      ok: true,
      value: { status: 'open', kind: 'posture', title: 'Sit tall' },
    });
    expect(app.broadcasts.some((b) => b.event === 'cueState')).toBe(true);
    expect(await app.callFromCue('answerCue', { action: 'dismiss' })).toMatchObject({
      ok: true,
      value: { status: 'none' },
    });
    expect(await app.callFromCue('answerCue', { action: 'dismiss' })).toMatchObject({ ok: false });
    expect(app.events()).toEqual([
      {
        type: 'cue',
        at: new Date(2026, 10, 23, 9, 20).getTime(),
        kind: 'posture',
        cueId: 'sit-tall',
        outcome: 'dismissed',
      },
    ]);
  });

  it('refuses bad payloads and answers not on offer, with clear messages, changing nothing', async () => {
    const app = startCore({ nagLevel: 'strict' });
    expect(await app.call('answerPrompt', { action: 'dance' })).toMatchObject({
      ok: false,
      error: {
        code: 'bad-payload',
        issue: { path: ['action'], problem: { code: 'invalid_value' } },
      },
    });
    expect(await app.call('answerPrompt', { action: 'start' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'No reminder is waiting for an answer' },
    });
    app.clock.advance(45 * 60_000);
    expect(await app.call('answerPrompt', { action: 'skip' })).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Strict reminders have no Skip: start the routine or snooze',
      },
    });
    expect(await app.call('pauseReminders', { choice: 'forever' })).toMatchObject({ ok: false });
    expect(app.events().map((e) => e.type)).toEqual(['prompted']);
  });

  it('pause and resume through IPC', async () => {
    const app = startCore();
    expect(await app.call('pauseReminders', { choice: 'indefinite' })).toMatchObject({
      value: { paused: true, statusLine: 'Paused until you resume' },
    });
    expect(await app.call('resumeReminders')).toMatchObject({ value: { paused: false } });
  });

  it('a settings change re-plans at once, and a change the planner cannot use is refused', async () => {
    const app = startCore();
    const ok = await app.core.router.call(
      'updateSettings',
      { intervalMinutes: 20 },
      { route: 'settings', windowId: 2 },
    );
    expect(ok.ok).toBe(true);
    expect(app.trayStatus()).toBe('Next reminder in 20 min (at 09:20)');
    const bad = await app.core.router.call(
      'updateSettings',
      { naturalBreakMinutes: 30 },
      { route: 'settings', windowId: 2 },
    );
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'refused',
        message: 'naturalBreakMinutes: must be shorter than the work interval (20 min)',
        issue: {
          path: ['naturalBreakMinutes'],
          problem: {
            code: 'custom',
            rule: 'natural-break-shorter',
            values: { intervalMinutes: 20 },
          },
        },
      },
    });
    expect(app.core.settings.get().naturalBreakMinutes).toBe(5);
  });

  it('a due break puts "Answer the break" in the tray, which brings the prompt up with focus', () => {
    const app = startCore();
    const answerItem = () =>
      app.tray()?.items.find((i) => i.kind === 'action' && i.action === 'answer-break');
    expect(answerItem()).toBeUndefined();
    app.clock.advance(45 * 60_000);
    expect(app.opens).toEqual([{ route: 'prompt', focus: false, escalated: false }]);
    expect(answerItem()).toMatchObject({ label: 'Answer the break…', enabled: true });
    app.core.trayAction('answer-break');
    expect(app.opens.at(-1)).toMatchObject({ route: 'prompt', focus: true });
  });

  it('power events from the shell reach the planner', () => {
    const app = startCore();
    app.clock.advance(10 * 60_000);
    app.core.power('lock');
    app.clock.advance(10 * 60_000);
    app.core.power('unlock');
    expect(app.events()).toEqual([
      { type: 'naturalBreak', at: app.clock.now(), idleMs: 10 * 60_000, cause: 'lock' },
    ]);
  });
});
