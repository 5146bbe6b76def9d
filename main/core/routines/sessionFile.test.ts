import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryLogger } from '../logger';
import { openSessionFile, ROUTINE_SESSION_FILE_NAME, sessionPathBeside } from './sessionFile';
import type { SessionSnapshot } from './sessionSnapshot';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'decompress-session-'));
  dirs.push(dir);
  return dir;
}

/** A routine 23 s in, paused: what the service writes. */
const PAUSED: SessionSnapshot = {
  version: 1,
  routineId: 'quick-seated-reset',
  source: 'tray',
  createdAt: NOW,
  savedAt: NOW + 23_000,
  phase: 'running',
  clock: { startedAt: NOW + 1000, pauses: [{ at: NOW + 23_000, resumedAt: null }], jumps: [] },
  painBefore: 4,
  painAfter: null,
  skippedStepIds: [],
  outcome: null,
  endedAt: null,
  recorded: false,
};

function store(dir: string) {
  const log = memoryLogger();
  return { log, file: openSessionFile(join(dir, ROUTINE_SESSION_FILE_NAME), log, () => NOW) };
}

/** Writes `text` as the session file and loads it. */
function loadText(text: string) {
  const dir = folder();
  writeFileSync(join(dir, ROUTINE_SESSION_FILE_NAME), text);
  const opened = store(dir);
  return { dir, ...opened, result: opened.file.load() };
}

const corruptCopies = (dir: string) =>
  readdirSync(dir).filter((name) => name.startsWith('routine-session.corrupt-'));

describe('the routine session file', () => {
  it('sits beside the history log in userData', () => {
    expect(sessionPathBeside('/home/ana/.config/Decompress/history.jsonl')).toBe(
      '/home/ana/.config/Decompress/routine-session.json',
    );
  });

  it('reads back exactly what was saved, and is gone once cleared', () => {
    const dir = folder();
    const { file } = store(dir);
    expect(file.load()).toEqual({ kind: 'none' });
    file.save(PAUSED);
    expect(file.load()).toEqual({ kind: 'found', snapshot: PAUSED });
    file.clear();
    expect(file.load()).toEqual({ kind: 'none' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces the file through a temp file; a temp file left by a crash is ignored and removed', () => {
    const dir = folder();
    const { file } = store(dir);
    file.save(PAUSED);
    // A crash mid-write leaves the temp file beside the intact old one.
    writeFileSync(join(dir, `${ROUTINE_SESSION_FILE_NAME}.tmp`), '{"version":1,"rout');
    expect(file.load()).toEqual({ kind: 'found', snapshot: PAUSED });
    expect(readdirSync(dir)).toEqual([ROUTINE_SESSION_FILE_NAME]);
  });

  it('logs a failed save and carries on (the routine must not stop over a full disk)', () => {
    const dir = folder();
    const { file, log } = store(join(dir, 'gone'));
    expect(() => file.save(PAUSED)).not.toThrow();
    expect(log.entries).toMatchObject([
      { level: 'error', message: 'routines: could not save the routine in progress' },
    ]);
  });
});

describe('a session file that is not one the app wrote', () => {
  const HOSTILE: [string, string][] = [
    ['torn by a crash', JSON.stringify(PAUSED).slice(0, 60)],
    ['empty', ''],
    ['another version', JSON.stringify({ ...PAUSED, version: 2 })],
    ['an unknown routine', JSON.stringify({ ...PAUSED, routineId: '../../etc/passwd' })],
    ['an extra key', JSON.stringify({ ...PAUSED, run: 'rm -rf /' })],
    ['a prototype key', `{"__proto__":{"polluted":true},${JSON.stringify(PAUSED).slice(1)}`],
    ['a negative time', JSON.stringify({ ...PAUSED, createdAt: -5 })],
    ['a time past 2200', JSON.stringify({ ...PAUSED, savedAt: 9e15 })],
    ['a fractional pain score', JSON.stringify({ ...PAUSED, painBefore: 4.5 })],
    ['a running routine without a clock', JSON.stringify({ ...PAUSED, clock: null })],
    ['a check-in with a clock', JSON.stringify({ ...PAUSED, phase: 'checkIn' })],
    ['an ended routine without an outcome', JSON.stringify({ ...PAUSED, phase: 'ended' })],
    ['a skipped step the routine lacks', JSON.stringify({ ...PAUSED, skippedStepIds: ['x'] })],
    [
      'pauses out of order',
      JSON.stringify({
        ...PAUSED,
        clock: {
          ...PAUSED.clock,
          pauses: [
            { at: NOW + 9000, resumedAt: NOW + 8000 },
            { at: NOW + 23_000, resumedAt: null },
          ],
        },
      }),
    ],
    [
      'a clock that records moments after the save',
      JSON.stringify({ ...PAUSED, savedAt: NOW + 10_000 }),
    ],
    [
      'a pause left open before another',
      JSON.stringify({
        ...PAUSED,
        clock: {
          ...PAUSED.clock,
          pauses: [
            { at: NOW + 9000, resumedAt: null },
            { at: NOW + 23_000, resumedAt: null },
          ],
        },
      }),
    ],
    ['a list, not an object', '[1,2,3]'],
    [
      'thousands of jumps',
      JSON.stringify({
        ...PAUSED,
        clock: {
          ...PAUSED.clock,
          jumps: Array.from({ length: 3000 }, () => ({ at: NOW + 2000, toSegmentIndex: 1 })),
        },
      }),
    ],
  ];

  it.each(HOSTILE)(
    '%s: set aside with a log line, nothing offered, never a throw',
    (_name, text) => {
      const { dir, result, log } = loadText(text);
      expect(result.kind).toBe('set-aside');
      expect(existsSync(join(dir, ROUTINE_SESSION_FILE_NAME))).toBe(false);
      const [copy] = corruptCopies(dir);
      expect(copy).toBe('routine-session.corrupt-2026-11-23T09-00-00-000Z.json');
      expect(readFileSync(join(dir, copy ?? ''), 'utf8')).toBe(text);
      expect(log.entries).toMatchObject([
        { level: 'warn', message: 'routines: the saved routine session was unusable; set aside' },
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('too large to be a session: set aside without being read', () => {
    const { result } = loadText(`${JSON.stringify(PAUSED)}${' '.repeat(70 * 1024)}`);
    expect(result).toMatchObject({ kind: 'set-aside', reason: expect.stringMatching(/too large/) });
  });

  it('a link planted in its place is moved aside; what it points to is not touched', () => {
    const dir = folder();
    const target = join(dir, 'precious.json');
    writeFileSync(target, JSON.stringify(PAUSED));
    symlinkSync(target, join(dir, ROUTINE_SESSION_FILE_NAME));
    const { file } = store(dir);
    expect(file.load()).toMatchObject({ kind: 'set-aside', reason: 'not a plain file' });
    expect(readFileSync(target, 'utf8')).toBe(JSON.stringify(PAUSED));
    // The next save writes a plain file of its own, not through the link.
    file.save(PAUSED);
    expect(file.load()).toEqual({ kind: 'found', snapshot: PAUSED });
  });

  it('a folder in its place is moved aside too', () => {
    const dir = folder();
    mkdirSync(join(dir, ROUTINE_SESSION_FILE_NAME));
    const { file } = store(dir);
    expect(file.load()).toMatchObject({ kind: 'set-aside', reason: 'not a plain file' });
    expect(corruptCopies(dir)).toHaveLength(1);
    expect(file.load()).toEqual({ kind: 'none' });
  });
});
