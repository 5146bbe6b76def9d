import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../shared/history/events';
import type { RoutineSessionView } from '../../../shared/ipc/routineChannels';
import { getRoutine, type RoutineId } from '../../../shared/routines/catalogue';
import { expand, positionAt, timelineDurationMs } from '../../../shared/routines/timeline';
import { defaultSettings } from '../../../shared/settings/defaults';
import type { Settings, SettingsPatch } from '../../../shared/settings/schema';
import type { Route } from '../../../shared/routes';
import { memoryLogger } from '../logger';
import { createManualClock } from '../testing/manualClock';
import { createRoutineService, ENDED_SESSION_TIMEOUT_MS } from './routineService';
import { openSessionFile, ROUTINE_SESSION_FILE_NAME } from './sessionFile';
import type { SessionSnapshot } from './sessionSnapshot';

const dirs = mkdtempSync(join(tmpdir(), 'decompress-routines-'));
afterAll(() => rmSync(dirs, { recursive: true, force: true }));

const START = Date.UTC(2026, 10, 23, 9, 0);
const SEC = 1000;
const QUICK = expand(getRoutine('quick-seated-reset'));
const QUICK_MS = timelineDurationMs(QUICK);

function rig(options: { acknowledged?: boolean; partnerAcknowledged?: boolean } = {}) {
  const clock = createManualClock(START);
  const userData = mkdtempSync(join(dirs, 'user-'));
  const log = memoryLogger();
  const history: HistoryEvent[] = [];
  const open = new Set<Route>();
  const opened: Route[] = [];
  const pushes: (RoutineSessionView | null)[] = [];
  const breaks: number[] = [];
  let settings: Settings = {
    ...defaultSettings(),
    safetyAcknowledgedAt: options.acknowledged === false ? null : '2026-11-01T08:00:00.000Z',
    partnerSafetyAcknowledgedAt: options.partnerAcknowledged ? '2026-11-01T08:00:00.000Z' : null,
  };
  const service = createRoutineService({
    clock,
    windows: {
      open(route) {
        open.add(route);
        opened.push(route);
      },
      isOpen: (route) => open.has(route),
      broadcast(event, payload) {
        if (event === 'routineSession') pushes.push(payload as RoutineSessionView | null);
      },
    },
    history: { append: (event) => void history.push(event) },
    settings: {
      get: () => settings,
      update(patch: SettingsPatch) {
        settings = { ...settings, ...patch };
        return settings;
      },
    },
    log,
    store: openSessionFile(join(userData, ROUTINE_SESSION_FILE_NAME), log, clock.now),
    onBreakTaken: (at) => void breaks.push(at),
  });
  return {
    clock,
    history,
    open,
    opened,
    pushes,
    breaks,
    service,
    settings: () => settings,
    /** What the session file on disk holds now, or null when there is none. */
    saved(): SessionSnapshot | null {
      const path = join(userData, ROUTINE_SESSION_FILE_NAME);
      return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SessionSnapshot) : null;
    },
    of: <T extends HistoryEvent['type']>(type: T) =>
      history.filter((e): e is Extract<HistoryEvent, { type: T }> => e.type === type),
    /** Starts a routine and answers the pain check-in, so the clock runs. */
    play(id: RoutineId = 'quick-seated-reset', painBefore: number | null = 4) {
      service.start(id, 'tray');
      return service.recordPain('before', painBefore);
    },
    where() {
      const view = service.session();
      if (!view?.clock) throw new Error('no clock');
      return positionAt(expand(getRoutine(view.routineId)), view.clock, clock.now());
    },
  };
}

describe('starting a routine', () => {
  it('opens the player on the pain check-in, with the clock not yet running', () => {
    const r = rig();
    expect(r.service.start('quick-seated-reset', 'prompt')).toEqual({ status: 'started' });
    expect(r.opened).toEqual(['routine']);
    expect(r.service.session()).toMatchObject({
      phase: 'checkIn',
      clock: null,
      title: 'Quick seated reset',
    });
    expect(r.of('started')).toEqual([
      { type: 'started', at: START, routineId: 'quick-seated-reset', source: 'prompt' },
    ]);
    expect(r.service.running()).toBe(true);
  });

  it('starts the clock when the check-in is answered or skipped, whenever that is', () => {
    const r = rig();
    r.service.start('quick-seated-reset', 'tray');
    r.clock.advance(20 * SEC);
    const view = r.service.recordPain('before', null);
    expect(view).toMatchObject({ phase: 'running', painBefore: null });
    expect(view.clock).toEqual({ startedAt: START + 20 * SEC, pauses: [], jumps: [] });
  });

  it('shows the safety screen first and starts the routine once it is acknowledged', () => {
    const r = rig({ acknowledged: false });
    expect(r.service.start('floor-decompression', 'session')).toEqual({
      status: 'needs-safety',
      scope: 'general',
    });
    expect(r.opened).toEqual(['safety']);
    expect(r.of('started')).toEqual([]);
    expect(r.service.pending()).toEqual({
      routineId: 'floor-decompression',
      title: 'Floor decompression',
      source: 'session',
      scope: 'general',
    });
    r.clock.advance(45 * SEC);
    expect(r.service.acknowledgeSafety('general')).toEqual({ started: true, pending: null });
    expect(r.settings().safetyAcknowledgedAt).toBe('2026-11-23T09:00:45.000Z');
    expect(r.opened).toEqual(['safety', 'routine']);
    expect(r.of('started')[0]).toMatchObject({
      routineId: 'floor-decompression',
      source: 'session',
    });
  });

  it('asks again before partner traction, after the general list', () => {
    const r = rig({ acknowledged: false });
    r.service.start('partner-traction', 'tray');
    expect(r.service.acknowledgeSafety('general')).toEqual({
      started: false,
      pending: {
        routineId: 'partner-traction',
        title: 'Partner traction',
        source: 'tray',
        scope: 'partner',
      },
    });
    expect(r.service.session()).toBeNull();
    expect(r.service.acknowledgeSafety('partner')).toEqual({ started: true, pending: null });
    expect(r.service.session()?.routineId).toBe('partner-traction');
    expect(r.settings().partnerSafetyAcknowledgedAt).not.toBeNull();
  });

  it('asks the partner checks even when the general list was acknowledged long ago', () => {
    const r = rig();
    expect(r.service.start('partner-traction', 'tray')).toEqual({
      status: 'needs-safety',
      scope: 'partner',
    });
    expect(r.service.start('quick-seated-reset', 'tray')).toEqual({ status: 'started' });
    expect(r.service.pending()).toBeNull();
  });

  it('forgets the waiting routine when the person says it is not for them', () => {
    const r = rig({ acknowledged: false });
    r.service.start('quick-seated-reset', 'tray');
    r.service.cancelPending();
    expect(r.service.acknowledgeSafety('general')).toEqual({ started: false, pending: null });
    expect(r.service.session()).toBeNull();
  });

  it('brings the playing routine to the front instead of starting another', () => {
    const r = rig();
    r.play();
    r.opened.length = 0;
    expect(r.service.start('standing-desk-reset', 'tray')).toEqual({ status: 'already-running' });
    expect(r.opened).toEqual(['routine']);
    expect(r.service.session()?.routineId).toBe('quick-seated-reset');
  });

  it('treats a routine whose window was closed as stopped when another starts', () => {
    const r = rig();
    r.play();
    r.clock.advance(30 * SEC);
    r.open.delete('routine');
    expect(r.service.start('standing-desk-reset', 'tray')).toEqual({ status: 'started' });
    expect(r.of('stopped')).toEqual([
      {
        type: 'stopped',
        at: START + 30 * SEC,
        routineId: 'quick-seated-reset',
        startedAt: START,
        reason: 'user',
        painBefore: 4,
        painAfter: null,
        skippedSteps: 0,
      },
    ]);
    expect(r.service.session()?.routineId).toBe('standing-desk-reset');
  });
});

describe('playing', () => {
  it('completes itself when the timeline ends, then records the after check-in', () => {
    const r = rig();
    r.play('quick-seated-reset', 5);
    r.clock.advance(QUICK_MS - 1);
    expect(r.service.session()?.phase).toBe('running');
    r.clock.advance(1);
    expect(r.service.session()).toMatchObject({
      phase: 'ended',
      outcome: 'completed',
      endedAt: START + QUICK_MS,
      playedMs: QUICK_MS,
      recorded: false,
    });
    expect(r.breaks).toEqual([START + QUICK_MS]);
    expect(r.of('completed')).toEqual([]);
    r.clock.advance(8 * SEC);
    expect(r.service.recordPain('after', 2)).toMatchObject({ recorded: true, painAfter: 2 });
    expect(r.of('completed')).toEqual([
      {
        type: 'completed',
        at: START + QUICK_MS,
        routineId: 'quick-seated-reset',
        startedAt: START,
        painBefore: 5,
        painAfter: 2,
        skippedSteps: 0,
      },
    ]);
    expect(r.service.control('finish')).toBeNull();
    expect(r.service.session()).toBeNull();
    expect(r.of('completed')).toHaveLength(1);
  });

  it('holds its place while paused and finishes later by exactly the pause', () => {
    const r = rig();
    r.play();
    r.clock.advance(12 * SEC);
    r.service.control('pause');
    const paused = r.where();
    r.clock.advance(10 * 60 * SEC);
    expect(r.where()).toMatchObject({
      segmentIndex: paused.segmentIndex,
      elapsedInSegmentMs: paused.elapsedInSegmentMs,
      paused: true,
    });
    expect(r.service.session()?.phase).toBe('running');
    r.service.control('resume');
    r.clock.advance(QUICK_MS - 12 * SEC - 1);
    expect(r.service.session()?.phase).toBe('running');
    r.clock.advance(1);
    expect(r.service.session()).toMatchObject({ outcome: 'completed', playedMs: QUICK_MS });
  });

  it('wakes for the end and to save at segment boundaries, a minute apart at most; never polls', () => {
    const r = rig();
    r.play();
    // The end, and the save when the 5 s get-ready is over.
    expect(r.clock.pendingTimers()).toBe(2);
    expect(r.saved()?.savedAt).toBe(START);
    r.clock.advance(5 * SEC - 1);
    expect(r.saved()?.savedAt).toBe(START);
    r.clock.advance(1);
    expect(r.saved()?.savedAt).toBe(START + 5 * SEC);

    // Paused: no end to wait for; the file is re-saved once a minute.
    r.service.control('pause');
    expect(r.clock.pendingTimers()).toBe(1);
    r.clock.advance(60 * SEC - 1);
    expect(r.saved()?.savedAt).toBe(START + 5 * SEC);
    r.clock.advance(1);
    expect(r.saved()?.savedAt).toBe(START + 65 * SEC);

    // Played to the end: one wake-up per segment boundary (the quick reset has 10 segments).
    r.service.control('resume');
    let saves = 0;
    let last = r.saved()?.savedAt;
    while (r.service.session()?.phase === 'running') {
      r.clock.advance(100);
      const now = r.saved()?.savedAt;
      if (now !== last) saves++;
      last = now;
    }
    // Resumed at the start of segment 1: saves as segments 2-9 begin, then one as it ends.
    expect(saves).toBe(QUICK.length - 1);
    expect(QUICK).toHaveLength(10);
    expect(r.saved()?.phase).toBe('ended');
    // Ended, the window still open: only the wait for the after check-in remains.
    expect(r.clock.pendingTimers()).toBe(1);
  });

  it('counts a step as skipped only when Skip cuts its work short', () => {
    const r = rig();
    r.play();
    // In the get-ready: skipping it leaves nothing undone.
    r.service.control('next');
    expect(r.where()).toMatchObject({ segmentIndex: 1, elapsedInSegmentMs: 0 });
    expect(r.service.session()?.skippedStepIds).toEqual([]);
    r.clock.advance(3 * SEC);
    r.service.control('next');
    expect(r.service.session()?.skippedStepIds).toEqual(['armrest-lift']);
    r.service.control('next');
    r.service.control('next');
    expect(r.service.session()?.skippedStepIds).toEqual(['armrest-lift']);
  });

  it('skipping past the last segment completes the routine at once', () => {
    const r = rig();
    r.play();
    for (let i = 0; i < QUICK.length; i++) r.service.control('next');
    expect(r.service.session()).toMatchObject({
      phase: 'ended',
      outcome: 'completed',
      skippedStepIds: ['armrest-lift', 'seated-pelvic-tilts', 'seated-forward-hang'],
    });
  });

  it('Back restarts the current hold and moves the end later', () => {
    const r = rig();
    r.play();
    r.clock.advance(5 * SEC + 8 * SEC);
    r.service.control('back');
    expect(r.where()).toMatchObject({ segmentIndex: 1, elapsedInSegmentMs: 0 });
    r.clock.advance(QUICK_MS - 5 * SEC - 1);
    expect(r.service.session()?.phase).toBe('running');
    r.clock.advance(1);
    expect(r.service.session()?.outcome).toBe('completed');
  });

  it('pushes the new state to the windows on every change', () => {
    const r = rig();
    r.service.start('quick-seated-reset', 'tray');
    r.service.recordPain('before', 3);
    r.service.control('pause');
    r.service.control('resume');
    expect(r.pushes.map((v) => v?.phase)).toEqual(['checkIn', 'running', 'running', 'running']);
    expect(r.pushes[2]?.clock?.pauses).toEqual([{ at: START, resumedAt: null }]);
  });

  it('refuses actions that do not apply, saying why', () => {
    const r = rig();
    expect(() => r.service.control('pause')).toThrow('No routine is running');
    r.service.start('quick-seated-reset', 'tray');
    expect(() => r.service.control('next')).toThrow('The routine has not started yet');
    expect(() => r.service.recordPain('after', 3)).toThrow('The routine has not ended yet');
    r.service.recordPain('before', 3);
    expect(() => r.service.recordPain('before', 3)).toThrow('The routine has already started');
    expect(() => r.service.control('finish')).toThrow('still playing');
  });
});

describe('ending early', () => {
  it('"this hurts" ends the routine and records it at once, without asking again', () => {
    const r = rig();
    r.play('quick-seated-reset', 3);
    r.clock.advance(40 * SEC);
    expect(r.service.control('hurts')).toMatchObject({
      phase: 'ended',
      outcome: 'hurts',
      recorded: true,
    });
    expect(r.of('stopped')).toEqual([
      {
        type: 'stopped',
        at: START + 40 * SEC,
        routineId: 'quick-seated-reset',
        startedAt: START,
        reason: 'hurts',
        painBefore: 3,
        painAfter: null,
        skippedSteps: 0,
      },
    ]);
    expect(r.breaks).toEqual([START + 40 * SEC]);
    expect(() => r.service.recordPain('after', 8)).toThrow('already recorded');
    expect(r.clock.pendingTimers()).toBe(1);
  });

  it('"this hurts" works from the check-in too', () => {
    const r = rig();
    r.service.start('quick-seated-reset', 'tray');
    expect(r.service.control('hurts')).toMatchObject({ outcome: 'hurts', recorded: true });
    expect(r.breaks).toEqual([]);
  });

  it('Stop asks the after check-in, and Finish without it records no pain', () => {
    const r = rig();
    r.play();
    r.clock.advance(20 * SEC);
    r.service.control('pause');
    r.clock.advance(15 * SEC);
    expect(r.service.control('stop')).toMatchObject({
      outcome: 'stopped',
      recorded: false,
      playedMs: 20 * SEC,
    });
    r.service.control('finish');
    expect(r.of('stopped')).toEqual([
      expect.objectContaining({ at: START + 35 * SEC, reason: 'user', painAfter: null }),
    ]);
  });

  it('cancelling at the check-in records the stop and closes the session', () => {
    const r = rig();
    r.service.start('quick-seated-reset', 'tray');
    r.clock.advance(5 * SEC);
    expect(r.service.control('stop')).toBeNull();
    expect(r.of('stopped')).toEqual([
      expect.objectContaining({ at: START + 5 * SEC, startedAt: START, reason: 'user' }),
    ]);
    expect(r.service.running()).toBe(false);
  });

  it('an ended routine left on screen is recorded without the check-in after a while', () => {
    const r = rig();
    r.play();
    r.clock.advance(QUICK_MS);
    r.clock.advance(ENDED_SESSION_TIMEOUT_MS - 1);
    expect(r.of('completed')).toEqual([]);
    r.clock.advance(1);
    expect(r.of('completed')).toEqual([expect.objectContaining({ painAfter: null })]);
    expect(r.service.session()).toBeNull();
    expect(r.pushes.at(-1)).toBeNull();
  });

  it('a player window closed before the end means the person left: recorded as stopped', () => {
    const r = rig();
    r.play();
    r.open.delete('routine');
    r.clock.advance(QUICK_MS);
    expect(r.of('stopped')).toEqual([expect.objectContaining({ reason: 'user' })]);
    expect(r.service.session()).toBeNull();
  });

  it('quitting the app mid-routine records it as stopped', () => {
    const r = rig();
    r.play();
    r.clock.advance(10 * SEC);
    r.service.stop();
    expect(r.of('stopped')).toEqual([expect.objectContaining({ at: START + 10 * SEC })]);
    expect(r.clock.pendingTimers()).toBe(0);
  });
});
