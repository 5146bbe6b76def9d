import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRoutine } from '../../../shared/routines/catalogue';
import { expand, positionAt } from '../../../shared/routines/timeline';
import { ROUTINE_SESSION_FILE_NAME } from './sessionFile';
import { parseSessionSnapshot } from './sessionSnapshot';
import { historyOn, startRoutineCore, type RoutineCoreRig } from './testing/routineCoreRig';

/** Monday 23 November 2026, 10:00 in Berlin. */
const START = Date.UTC(2026, 10, 23, 9, 0);
const SEC = 1000;
const MIN = 60 * SEC;
const QUICK = expand(getRoutine('quick-seated-reset'));
const KILLS = 20;

let root: string;
let child: string;

/** The real core, bundled once into a plain script a child Node can run (as the history kill test does). */
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'decompress-routine-kill-'));
  const outDir = join(root, 'bin');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: join(import.meta.dirname, 'testing', 'playUntilKilled.ts'),
      outDir,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'playUntilKilled.mjs' } },
    },
    ssr: { noExternal: true },
  });
  child = join(outDir, 'playUntilKilled.mjs');
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

let runs = 0;
function freshUserData(): string {
  return mkdtempSync(join(root, `user-${runs++}-`));
}

interface Child {
  proc: ChildProcessWithoutNullStreams;
  /** Sends a command and resolves with the child's clock once it has been carried out. */
  send(command: string): Promise<number>;
  /** SIGKILL, and resolves once the process is gone. */
  kill(): Promise<void>;
}

/** Starts the app in a child process, on its own manual clock, driven line by line. */
function startChild(userData: string, startMs: number): Promise<Child> {
  const proc = spawn(process.execPath, [child, userData, String(startMs), 'script']);
  let out = '';
  let err = '';
  const waiting: ((line: string) => void)[] = [];
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    let newline = out.indexOf('\n');
    while (newline !== -1) {
      const line = out.slice(0, newline);
      out = out.slice(newline + 1);
      waiting.shift()?.(line);
      newline = out.indexOf('\n');
    }
  });
  const exited = new Promise<string | null>((resolve) =>
    proc.on('close', (_code, signal) => resolve(signal)),
  );
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      waiting.push(resolve);
      void exited.then(() => reject(new Error(`the child ended: ${err}`)));
    });
  const ready = nextLine();
  return ready.then((line) => {
    if (line !== 'ready') throw new Error(`the child said ${line}: ${err}`);
    return {
      proc,
      async send(command) {
        const answer = nextLine();
        proc.stdin.write(`${command}\n`);
        const line = await answer;
        const match = /^ok (\d+)$/.exec(line);
        if (!match?.[1]) throw new Error(`"${command}" failed in the child: ${line}`);
        return Number(match[1]);
      },
      async kill() {
        proc.kill('SIGKILL');
        expect(await exited).toBe('SIGKILL');
      },
    };
  });
}

/** Where the offered routine stands, from the view main sends the window. */
function offeredPosition(rig: RoutineCoreRig) {
  const view = rig.core.routines.session();
  if (!view?.clock) throw new Error('no routine with a clock is on offer');
  return positionAt(QUICK, view.clock, rig.clock.now());
}

function trayLabels(rig: RoutineCoreRig): string[] {
  return (rig.trays.at(-1)?.items ?? []).flatMap((item) =>
    item.kind === 'action' || item.kind === 'status' ? [item.label] : [],
  );
}

describe('a crash of main mid-routine (SIGKILL of a child process)', () => {
  it('offers to resume at the same step and second after a restart within 10 minutes', async () => {
    const userData = freshUserData();
    const app = await startChild(userData, START);
    await app.send('tray start-default');
    await app.send('pain 4');
    // 23 s in: the second armrest hold (20-30 s), 7 s left; paused there.
    await app.send('advance 23000');
    const pausedAt = await app.send('control pause');
    expect(pausedAt).toBe(START + 23 * SEC);
    await app.kill();

    // Three minutes later the app starts again on the same folder.
    const again = startRoutineCore(userData, START + 23 * SEC + 3 * MIN);
    expect(again.opened).toEqual(['routine']);
    expect(again.core.routines.session()).toMatchObject({
      phase: 'interrupted',
      resumesTo: 'running',
      routineId: 'quick-seated-reset',
      interruptedAt: START + 23 * SEC,
      painBefore: 4,
      playedMs: 23 * SEC,
    });
    const where = offeredPosition(again);
    expect(QUICK[where.segmentIndex]).toMatchObject({
      stepId: 'armrest-lift',
      kind: 'hold',
      set: 2,
    });
    expect(where).toMatchObject({ segmentIndex: 3, elapsedInSegmentMs: 3 * SEC, paused: true });
    expect(trayLabels(again)).toContain('Quick seated reset was interrupted');
    expect(trayLabels(again)).toContain('Resume where you left off…');
    expect(again.trays.at(-1)?.tooltip).toBe(
      'Decompress: Quick seated reset was interrupted. Resume where you left off?',
    );

    // Resume carries on from that second: 7 s later the rest begins.
    await again.call('controlRoutine', { action: 'resume' });
    expect(offeredPosition(again)).toMatchObject({ segmentIndex: 3, elapsedInSegmentMs: 3 * SEC });
    again.clock.advance(7 * SEC - 1);
    expect(offeredPosition(again).segmentIndex).toBe(3);
    again.clock.advance(1);
    expect(QUICK[offeredPosition(again).segmentIndex]?.kind).toBe('rest');
    expect(trayLabels(again)).not.toContain('Resume where you left off…');
    expect(historyOn(again).map((e) => e.type)).toEqual(['started']);
    again.core.stop();
  }, 120_000);

  it('cut off while playing, resumes at the last save: the start of the segment it was in', async () => {
    const userData = freshUserData();
    const app = await startChild(userData, START);
    await app.send('tray start-default');
    await app.send('pain null');
    await app.send('advance 23000');
    await app.kill();

    const again = startRoutineCore(userData, START + 23 * SEC + 2 * MIN);
    // The last save was at the 20 s boundary, where the second hold began.
    expect(again.core.routines.session()?.interruptedAt).toBe(START + 20 * SEC);
    expect(offeredPosition(again)).toMatchObject({ segmentIndex: 3, elapsedInSegmentMs: 0 });
    again.core.stop();
  }, 120_000);

  it('records a routine cut off 10 minutes or more before the restart as interrupted, and offers nothing', async () => {
    const userData = freshUserData();
    const app = await startChild(userData, START);
    await app.send('tray start-default');
    await app.send('pain 6');
    await app.send('advance 23000');
    await app.send('control pause');
    await app.kill();

    const again = startRoutineCore(userData, START + 23 * SEC + 11 * MIN);
    expect(again.opened).toEqual([]);
    expect(again.core.routines.session()).toBeNull();
    expect(historyOn(again)).toEqual([
      { type: 'started', at: START, routineId: 'quick-seated-reset', source: 'tray' },
      {
        type: 'interrupted',
        at: START + 23 * SEC,
        routineId: 'quick-seated-reset',
        startedAt: START,
        painBefore: 6,
        skippedSteps: 0,
      },
    ]);
    expect(existsSync(join(userData, ROUTINE_SESSION_FILE_NAME))).toBe(false);
    expect(trayLabels(again)).not.toContain('Resume where you left off…');
    again.core.stop();
  }, 120_000);

  it(`never leaves a torn or stale session file, across ${KILLS} kills at random moments`, async () => {
    const userData = freshUserData();
    let startAt = START;
    let offered = 0;
    for (let run = 0; run < KILLS; run++) {
      const acks: number[] = [];
      const proc = spawn(process.execPath, [child, userData, String(startAt), 'churn']);
      let out = '';
      let err = '';
      proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      const signal = await new Promise<string | null>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        // Killed after a random number of acknowledged changes (not a time, which a busy
        // machine would stretch), while the next one is already under way.
        const killAfter = 1 + Math.floor(Math.random() * 25);
        proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          if (!timer && (out.match(/^ack /gm)?.length ?? 0) >= killAfter) {
            timer = setTimeout(() => proc.kill('SIGKILL'), 0);
          }
        });
        proc.on('close', (_code, sig) => {
          clearTimeout(timer);
          resolve(sig);
        });
      });
      expect(signal, err).toBe('SIGKILL');
      for (const line of out.split('\n').slice(0, -1)) {
        const match = /^ack (\d+)$/.exec(line);
        if (match?.[1]) acks.push(Number(match[1]));
      }

      // What is on disk is a whole snapshot: the last acknowledged change or the one in flight.
      const path = join(userData, ROUTINE_SESSION_FILE_NAME);
      const lastAck = acks.at(-1) ?? startAt;
      if (existsSync(path)) {
        const parsed = parseSessionSnapshot(readFileSync(path, 'utf8'));
        expect(parsed.ok, `run ${run}: ${parsed.ok ? '' : parsed.reason}`).toBe(true);
        if (parsed.ok) {
          expect(parsed.snapshot.savedAt, `run ${run}`).toBeGreaterThanOrEqual(
            acks.length ? lastAck : startAt,
          );
          expect(parsed.snapshot.savedAt, `run ${run}`).toBeLessThanOrEqual(lastAck + 700);
        }
      }

      // A restart a minute later takes it up; "Not now" lets it go for the next run.
      const leftOpen = existsSync(path);
      const again = startRoutineCore(userData, lastAck + 2 * MIN);
      expect(
        again.log.entries.filter((e) => e.level !== 'info'),
        `run ${run}`,
      ).toEqual([]);
      // Whatever was left open on disk is offered: it was cut off two minutes ago.
      expect(again.core.routines.session()?.phase === 'interrupted', `run ${run}`).toBe(leftOpen);
      if (again.core.routines.session()?.phase === 'interrupted') {
        offered++;
        await again.call('controlRoutine', { action: 'dismiss' });
      }
      expect(existsSync(path), `run ${run}`).toBe(false);
      again.core.stop();
      startAt = lastAck + 3 * MIN;
    }
    // Killed after at least one change: a routine is open nearly every time.
    expect(offered).toBeGreaterThan(0);
  }, 600_000);
});
