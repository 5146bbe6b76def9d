import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/defaults';
import type { Clock } from '../clock';
import { memoryLogger } from '../logger';
import { createManualClock } from '../testing/manualClock';
import { createRoutineService } from './routineService';
import { openSessionFile, ROUTINE_SESSION_FILE_NAME } from './sessionFile';
import type { SessionSnapshot } from './sessionSnapshot';
import { historyOn, startRoutineCore, type RoutineCoreRig } from './testing/routineCoreRig';

/** Monday 23 November 2026, 10:00 in Berlin. */
const START = Date.UTC(2026, 10, 23, 9, 0);
const SEC = 1000;
const MIN = 60 * SEC;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function userData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-restore-'));
  dirs.push(dir);
  return dir;
}

const fileOf = (dir: string) => join(dir, ROUTINE_SESSION_FILE_NAME);
function onDisk(dir: string): SessionSnapshot | null {
  return existsSync(fileOf(dir))
    ? (JSON.parse(readFileSync(fileOf(dir), 'utf8')) as SessionSnapshot)
    : null;
}

/** Starts the quick reset from the tray and answers the check-in, as the person would. */
async function play(rig: RoutineCoreRig, pain: number | null = 4): Promise<void> {
  rig.core.trayAction('start-default');
  await rig.call('recordPain', { when: 'before', score: pain });
}

function trayLabels(rig: RoutineCoreRig): string[] {
  return (rig.trays.at(-1)?.items ?? []).flatMap((item) =>
    item.kind === 'action' || item.kind === 'status' ? [item.label] : [],
  );
}

/**
 * A "crash": the first core is simply abandoned (never stopped, its clock
 * never moved again) and a second one starts on the same folder.
 */
function restartAt(dir: string, at: number): RoutineCoreRig {
  return startRoutineCore(dir, at);
}

describe('the routine in progress on disk', () => {
  it('is saved on every change: start, pause, resume, skip, back, stop; gone once finished', async () => {
    const dir = userData();
    const rig = startRoutineCore(dir, START);
    rig.core.trayAction('start-default');
    expect(onDisk(dir)).toMatchObject({ phase: 'checkIn', clock: null, savedAt: START });

    rig.clock.advance(2 * SEC);
    await rig.call('recordPain', { when: 'before', score: 3 });
    expect(onDisk(dir)).toMatchObject({
      phase: 'running',
      painBefore: 3,
      clock: { startedAt: START + 2 * SEC },
    });

    rig.clock.advance(SEC);
    await rig.call('controlRoutine', { action: 'pause' });
    expect(onDisk(dir)?.clock?.pauses).toEqual([{ at: START + 3 * SEC, resumedAt: null }]);
    rig.clock.advance(SEC);
    await rig.call('controlRoutine', { action: 'resume' });
    expect(onDisk(dir)?.clock?.pauses).toEqual([
      { at: START + 3 * SEC, resumedAt: START + 4 * SEC },
    ]);
    await rig.call('controlRoutine', { action: 'next' });
    expect(onDisk(dir)?.clock?.jumps).toEqual([{ at: START + 4 * SEC, toSegmentIndex: 1 }]);
    rig.clock.advance(4 * SEC);
    await rig.call('controlRoutine', { action: 'next' });
    expect(onDisk(dir)?.skippedStepIds).toEqual(['armrest-lift']);
    await rig.call('controlRoutine', { action: 'back' });
    expect(onDisk(dir)?.clock?.jumps).toHaveLength(3);
    await rig.call('controlRoutine', { action: 'stop' });
    expect(onDisk(dir)).toMatchObject({ phase: 'ended', outcome: 'stopped', recorded: false });
    await rig.call('recordPain', { when: 'after', score: 2 });
    expect(onDisk(dir)).toMatchObject({ phase: 'ended', recorded: true, painAfter: 2 });
    await rig.call('controlRoutine', { action: 'finish' });
    expect(onDisk(dir)).toBeNull();
  });

  it('is removed when the app quits normally: the routine is recorded as stopped instead', async () => {
    const dir = userData();
    const rig = startRoutineCore(dir, START);
    await play(rig);
    rig.clock.advance(30 * SEC);
    rig.core.stop();
    expect(onDisk(dir)).toBeNull();
    expect(historyOn(rig).map((e) => e.type)).toEqual(['started', 'stopped']);
    const again = startRoutineCore(dir, START + MIN);
    expect(again.opened).toEqual([]);
  });
});

describe('after a crash: "Resume where you left off?"', () => {
  it('is offered for a routine cut off 9:59 ago, not for one cut off 10:00 ago', async () => {
    for (const [ago, offered] of [
      [10 * MIN - 1, true],
      [10 * MIN, false],
    ] as const) {
      const dir = userData();
      const first = startRoutineCore(dir, START);
      await play(first);
      first.clock.advance(7 * SEC);
      await first.call('controlRoutine', { action: 'pause' });
      const again = restartAt(dir, START + 7 * SEC + ago);
      expect(again.core.routines.session()?.phase === 'interrupted', `${ago} ms`).toBe(offered);
      expect(historyOn(again).map((e) => e.type)).toEqual(
        offered ? ['started'] : ['started', 'interrupted'],
      );
    }
  });

  it('a routine cut off at the check-in comes back to the check-in', async () => {
    const dir = userData();
    const first = startRoutineCore(dir, START);
    first.core.trayAction('start-default');
    const again = restartAt(dir, START + 4 * MIN);
    expect(again.core.routines.session()).toMatchObject({
      phase: 'interrupted',
      resumesTo: 'checkIn',
      clock: null,
      interruptedAt: START,
    });
    await again.call('controlRoutine', { action: 'resume' });
    expect(again.core.routines.session()).toMatchObject({ phase: 'checkIn', clock: null });
    await again.call('recordPain', { when: 'before', score: 1 });
    expect(again.core.routines.session()?.clock?.startedAt).toBe(START + 4 * MIN);
  });

  it('"Start over" records the cut-off run as interrupted and opens a fresh check-in', async () => {
    const dir = userData();
    const first = startRoutineCore(dir, START);
    await play(first, 5);
    first.clock.advance(40 * SEC);
    await first.call('controlRoutine', { action: 'pause' });
    const again = restartAt(dir, START + 40 * SEC + MIN);
    await again.call('controlRoutine', { action: 'restart' });
    expect(again.core.routines.session()).toMatchObject({
      phase: 'checkIn',
      routineId: 'quick-seated-reset',
      painBefore: null,
      interruptedAt: null,
    });
    expect(historyOn(again)).toEqual([
      { type: 'started', at: START, routineId: 'quick-seated-reset', source: 'tray' },
      {
        type: 'interrupted',
        at: START + 40 * SEC,
        routineId: 'quick-seated-reset',
        startedAt: START,
        painBefore: 5,
        skippedSteps: 0,
      },
      {
        type: 'started',
        at: START + 41 * SEC + 59 * SEC,
        routineId: 'quick-seated-reset',
        source: 'tray',
      },
    ]);
    expect(onDisk(dir)).toMatchObject({ phase: 'checkIn', createdAt: START + 100 * SEC });
  });

  it('"Not now" records it as interrupted, removes the file and the tray item', async () => {
    const dir = userData();
    const first = startRoutineCore(dir, START);
    await play(first);
    first.clock.advance(12 * SEC);
    const again = restartAt(dir, START + 5 * MIN);
    expect(trayLabels(again)).toContain('Resume where you left off…');
    expect(await again.call('controlRoutine', { action: 'dismiss' })).toEqual({
      ok: true,
      value: null,
    });
    expect(again.core.routines.session()).toBeNull();
    expect(onDisk(dir)).toBeNull();
    expect(trayLabels(again)).not.toContain('Resume where you left off…');
    // The last save was the 5 s boundary, where the first hold began.
    expect(historyOn(again).at(-1)).toMatchObject({ type: 'interrupted', at: START + 5 * SEC });
  });

  it('while asked, only Resume, Start over or Not now apply; the rest say why', async () => {
    const dir = userData();
    const first = startRoutineCore(dir, START);
    await play(first);
    const again = restartAt(dir, START + MIN);
    for (const action of ['pause', 'next', 'back', 'stop', 'hurts']) {
      expect(await again.call('controlRoutine', { action })).toMatchObject({
        ok: false,
        error: {
          message: 'This routine was interrupted: resume it, start over or let it go first',
        },
      });
    }
    expect(await again.call('recordPain', { when: 'before', score: 2 })).toMatchObject({
      ok: false,
    });
    expect(again.core.routines.session()?.phase).toBe('interrupted');
    // Outside the question, Start over and Not now are refused too.
    await again.call('controlRoutine', { action: 'resume' });
    expect(await again.call('controlRoutine', { action: 'dismiss' })).toMatchObject({ ok: false });
  });

  it('the tray brings the question back after its window was closed', async () => {
    const dir = userData();
    const first = startRoutineCore(dir, START);
    await play(first);
    const again = restartAt(dir, START + MIN);
    again.open.delete('routine');
    again.core.trayAction('resume-routine');
    expect(again.opened).toEqual(['routine', 'routine']);
    expect(again.core.routines.session()?.phase).toBe('interrupted');
  });

  it('starting another routine instead answers the question: the cut-off one is interrupted', async () => {
    const dir = userData();
    const first = startRoutineCore(dir, START);
    await play(first);
    const again = restartAt(dir, START + MIN);
    again.core.trayAction('start:standing-desk-reset');
    expect(again.core.routines.session()).toMatchObject({
      routineId: 'standing-desk-reset',
      phase: 'checkIn',
    });
    expect(historyOn(again).map((e) => e.type)).toEqual(['started', 'interrupted', 'started']);
  });

  it('unanswered at quit, the question stays for the next start, timed from the crash', async () => {
    const dir = userData();
    const first = startRoutineCore(dir, START);
    await play(first);
    first.clock.advance(23 * SEC);
    await first.call('controlRoutine', { action: 'pause' });
    const before = readFileSync(fileOf(dir), 'utf8');

    const second = restartAt(dir, START + 23 * SEC + 2 * MIN);
    second.core.stop();
    expect(readFileSync(fileOf(dir), 'utf8')).toBe(before);
    expect(historyOn(second).map((e) => e.type)).toEqual(['started']);

    const third = restartAt(dir, START + 23 * SEC + 9 * MIN);
    expect(third.core.routines.session()?.interruptedAt).toBe(START + 23 * SEC);
    third.core.stop();
    // Ten minutes after the crash it is no longer offered, however often the app restarted.
    const fourth = restartAt(dir, START + 23 * SEC + 10 * MIN);
    expect(fourth.core.routines.session()).toBeNull();
    expect(historyOn(fourth).map((e) => e.type)).toEqual(['started', 'interrupted']);
  });

  it('a routine that had ended before the crash is recorded as it ended, without the after check-in', async () => {
    const dir = userData();
    const first = startRoutineCore(dir, START);
    await play(first, 6);
    // 117 s is the whole quick reset: it completes, the after check-in is on screen.
    first.clock.advance(117 * SEC);
    expect(first.core.routines.session()).toMatchObject({ phase: 'ended', recorded: false });
    const again = restartAt(dir, START + 117 * SEC + MIN);
    expect(again.opened).toEqual([]);
    expect(historyOn(again).at(-1)).toEqual({
      type: 'completed',
      at: START + 117 * SEC,
      routineId: 'quick-seated-reset',
      startedAt: START,
      painBefore: 6,
      painAfter: null,
      skippedSteps: 0,
    });
    expect(onDisk(dir)).toBeNull();
  });

  it('a damaged file is set aside with a log line; the app starts and works', () => {
    const dir = userData();
    writeFileSync(fileOf(dir), '{"version":1,"routineId":"quick-seated-re');
    const rig = startRoutineCore(dir, START);
    expect(rig.opened).toEqual([]);
    expect(rig.log.entries).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'routines: the saved routine session was unusable; set aside',
      }),
    );
    rig.core.trayAction('start-default');
    expect(rig.core.routines.session()?.phase).toBe('checkIn');
    expect(onDisk(dir)?.phase).toBe('checkIn');
  });

  it('a wall clock stepped back mid-routine still leaves a file that reads back', () => {
    const dir = userData();
    const manual = createManualClock(START);
    let stepBack = 0;
    // The system clock an NTP step can move backwards: the manual clock, an hour behind once told.
    const clock: Clock = {
      now: () => manual.now() - stepBack,
      // Monotonic time does not step back with the wall clock.
      monotonicNow: manual.monotonicNow,
      setTimeout: manual.setTimeout,
      clearTimeout: manual.clearTimeout,
    };
    const log = memoryLogger();
    const store = openSessionFile(fileOf(dir), log, clock.now);
    const settings = { ...defaultSettings(), safetyAcknowledgedAt: '2026-11-01T08:00:00.000Z' };
    const service = createRoutineService({
      clock,
      windows: { open: () => undefined, isOpen: () => true, broadcast: () => undefined },
      history: { append: () => undefined },
      settings: { get: () => settings, update: () => settings },
      log,
      store,
      onBreakTaken: () => undefined,
    });
    service.start('quick-seated-reset', 'tray');
    service.recordPain('before', null);
    manual.advance(8 * SEC);
    service.control('pause');
    stepBack = 60 * MIN;
    service.control('resume');
    // Stamped no earlier than what the session itself records, so it still makes sense.
    expect(onDisk(dir)?.savedAt).toBe(START + 8 * SEC);
    expect(store.load()).toMatchObject({ kind: 'found' });
    expect(log.entries.filter((e) => e.level !== 'info')).toEqual([]);
  });
});
