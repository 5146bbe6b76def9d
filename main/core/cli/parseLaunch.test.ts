import { describe, expect, it } from 'vitest';
import type { RoutineId } from '../../../shared/routines/catalogue';
import type { LaunchRequest } from './launchCommand';
import { startedAtLogin } from './autostartSwitch';
import { parseLaunchArguments, parseLink } from './parseLaunch';

const request = (...args: string[]): LaunchRequest => parseLaunchArguments(args).request;
const problem = (...args: string[]): string | null => {
  const r = request(...args);
  return r.kind === 'invalid' ? r.problem : null;
};

describe('the command line', () => {
  it('reads each command', () => {
    expect(request('--start', 'standing-desk-reset')).toEqual({
      kind: 'command',
      command: { kind: 'start-routine', routineId: 'standing-desk-reset' },
      via: 'option',
    });
    expect(request('--start=mat-rest')).toMatchObject({
      command: { kind: 'start-routine', routineId: 'mat-rest' },
    });
    expect(request('--start-now')).toMatchObject({ command: { kind: 'start-default' } });
    expect(request('--resume')).toMatchObject({ command: { kind: 'resume' } });
    expect(request('--settings')).toMatchObject({ command: { kind: 'open', route: 'settings' } });
    expect(request('--history')).toMatchObject({ command: { kind: 'open', route: 'history' } });
    for (const length of ['30m', '1h', '2h', 'today']) {
      expect(request('--pause', length)).toMatchObject({
        command: { kind: 'pause', choice: length },
      });
      expect(request(`--pause=${length}`)).toMatchObject({
        command: { kind: 'pause', choice: length },
      });
    }
  });

  it('is a plain launch with no arguments, or only an empty one (a .desktop %U with no link)', () => {
    expect(request()).toEqual({ kind: 'none' });
    expect(request('')).toEqual({ kind: 'none' });
    expect(request('--')).toEqual({ kind: 'none' });
  });

  it('is a plain launch from the login entry too (--autostart), which startedAtLogin tells apart', () => {
    expect(parseLaunchArguments(['--autostart'])).toEqual({
      request: { kind: 'none' },
      ignored: [],
    });
    expect(request('--no-sandbox', '--autostart')).toEqual({ kind: 'none' });
    expect(startedAtLogin(['--no-sandbox', '--autostart'])).toBe(true);
    expect(startedAtLogin([])).toBe(false);
    expect(startedAtLogin(['--settings'])).toBe(false);
  });

  it('answers --help (and -h) wherever it appears, without acting', () => {
    expect(request('--help')).toEqual({ kind: 'help' });
    expect(request('-h')).toEqual({ kind: 'help' });
    expect(request('--start', 'mat-rest', '--help')).toEqual({ kind: 'help' });
    expect(request('--bogus', '--help')).toEqual({ kind: 'help' });
  });

  it('matches option names in any case (Chromium lowercases switches on Windows)', () => {
    expect(request('--START-NOW')).toMatchObject({ command: { kind: 'start-default' } });
    expect(request('--Pause=1H')).toMatchObject({ command: { kind: 'pause', choice: '1h' } });
  });

  it('reports bad values and unknown options in words', () => {
    expect(problem('--start')).toBe('--start needs a routine id');
    expect(problem('--start=')).toBe('--start needs a routine id');
    expect(problem('--start', '--settings')).toBe('--start needs a routine id');
    expect(problem('--pause')).toBe('--pause needs a length: 30m, 1h, 2h, today');
    expect(problem('--pause', '3h')).toBe('--pause takes 30m, 1h, 2h, today, not "3h"');
    expect(problem('--pause', 'indefinite')).toBe(
      '--pause takes 30m, 1h, 2h, today, not "indefinite"',
    );
    expect(problem('--resume=now')).toBe('--resume takes no value');
    expect(problem('--strat-now')).toBe('unknown option "--strat-now"');
    expect(problem('--secret=hunter2')).toBe('unknown option "--secret"');
    expect(problem('-x')).toBe('unknown option "-x"');
    expect(problem('start-now')).toBe('unexpected argument "start-now"');
  });

  it('takes one command per launch', () => {
    expect(problem('--settings', '--history')).toBe(
      'one command at a time: "--settings" and "--history"',
    );
    expect(problem('--start-now', 'decompress://start/mat-rest')).toBe(
      'one command at a time: "--start-now" and "decompress://start/mat-rest"',
    );
  });

  it('refuses a routine id that is not one: paths, unknown ids, look-alikes', () => {
    expect(problem('--start=../../etc')).toBe('"../../etc" is not a routine id');
    expect(problem('--start', '/etc/passwd')).toBe('"/etc/passwd" is not a routine id');
    expect(problem('--start', 'Quick-Seated-Reset')).toBe(
      '"Quick-Seated-Reset" is not a routine id',
    );
    expect(problem('--start', 'yoga-flow')).toBe('there is no routine called "yoga-flow"');
    // Fullwidth q, and a Cyrillic е that looks like e.
    expect(problem('--start', '\uff51uick-seated-reset')).toBe(
      '"\\u{ff51}uick-seated-reset" is not a routine id',
    );
    expect(problem('--start', 'mat-r\u0435st')).toBe('"mat-r\\u{435}st" is not a routine id');
  });

  it('keeps hostile text out of the log line: no newlines, no bidi controls, bounded length', () => {
    expect(problem('--start', 'x\nlaunch: command start-routine')).toBe(
      '"x\\u{a}launch: command start-routine" is not a routine id',
    );
    expect(problem('--start', '\u202emat-rest')).toBe('"\\u{202e}mat-rest" is not a routine id');
    const long = problem('--start', 'a'.repeat(100_000));
    expect(long).toBe(`"${'a'.repeat(60)}"…(100000 characters) is not a routine id`);
  });

  it('takes the catalogue from the caller when given', () => {
    const onlyMatRest = (id: string): id is RoutineId => id === 'mat-rest';
    expect(
      parseLaunchArguments(['--start', 'quick-seated-reset'], { isRoutineId: onlyMatRest }).request,
    ).toEqual({ kind: 'invalid', problem: 'there is no routine called "quick-seated-reset"' });
  });
});

describe('switches that belong to Chromium, Electron, Node and installers', () => {
  it('are passed over and listed, around a command or alone', () => {
    const parsed = parseLaunchArguments([
      '--no-sandbox',
      '--original-process-start-time=13371337',
      '--allow-file-access-from-files',
      '--start-now',
      '--ozone-platform-hint=auto',
      '--enable-features=WaylandWindowDecorations',
      '--inspect=5858',
      '-psn_0_4711',
    ]);
    expect(parsed.request).toMatchObject({ command: { kind: 'start-default' } });
    expect(parsed.ignored).toEqual([
      '"--no-sandbox"',
      '"--original-process-start-time=13371337"',
      '"--allow-file-access-from-files"',
      '"--ozone-platform-hint=auto"',
      '"--enable-features=WaylandWindowDecorations"',
      '"--inspect=5858"',
      '"-psn_0_4711"',
    ]);
    expect(parseLaunchArguments(['--no-sandbox']).request).toEqual({ kind: 'none' });
  });

  it('may stand between an option and its value (Windows puts switches first)', () => {
    const parsed = parseLaunchArguments(['--start', '--original-process-start-time=1', 'mat-rest']);
    expect(parsed.request).toMatchObject({
      command: { kind: 'start-routine', routineId: 'mat-rest' },
    });
    expect(parsed.ignored).toEqual(['"--original-process-start-time=1"']);
  });

  it('10,000 of them are passed over quickly, the list for the log stays short', () => {
    const args = Array.from({ length: 10_000 }, (_, i) => `--enable-logging=${i}`);
    const parsed = parseLaunchArguments([...args, '--resume']);
    expect(parsed.request).toMatchObject({ command: { kind: 'resume' } });
    expect(parsed.ignored).toHaveLength(21);
    expect(parsed.ignored.at(-1)).toBe('…and 9980 more');
  });

  it('10,000 plain arguments stop at the first, without a crash', () => {
    const args = Array.from({ length: 10_000 }, (_, i) => `junk${i}`);
    expect(parseLaunchArguments(args).request).toEqual({
      kind: 'invalid',
      problem: 'unexpected argument "junk0"',
    });
  });
});

describe('decompress:// links', () => {
  it('start the routine they name', () => {
    expect(request('decompress://start/floor-decompression')).toEqual({
      kind: 'command',
      command: { kind: 'start-routine', routineId: 'floor-decompression' },
      via: 'link',
    });
    // Windows hands some links over with a trailing slash; schemes are case-insensitive.
    expect(request('decompress://start/mat-rest/')).toMatchObject({
      command: { routineId: 'mat-rest' },
    });
    expect(request('DECOMPRESS://START/mat-rest')).toMatchObject({
      command: { routineId: 'mat-rest' },
    });
  });

  it('arrive among Chromium switches in a second instance', () => {
    expect(
      request('--allow-file-access-from-files', 'decompress://start/mat-rest', '--no-sandbox'),
    ).toMatchObject({ command: { routineId: 'mat-rest' }, via: 'link' });
  });

  it('refuse everything else under the scheme', () => {
    expect(parseLink('decompress://start/')).toBe(
      'the link "decompress://start/" names no routine',
    );
    expect(parseLink('decompress://start')).toBe(
      '"decompress://start" is not a link Decompress understands (try decompress://start/<routine-id>)',
    );
    expect(parseLink('decompress://settings')).toBe(
      '"decompress://settings" is not a link Decompress understands (try decompress://start/<routine-id>)',
    );
    expect(parseLink('decompress://start/../../etc/passwd')).toBe(
      // The URL parser resolves the dots away before we see the path.
      '"etc/passwd" is not a routine id',
    );
    expect(parseLink('decompress://start/%2e%2e%2fetc')).toBe('"%2e%2e%2fetc" is not a routine id');
    expect(parseLink('decompress://start/mat-rest/extra')).toBe(
      '"mat-rest/extra" is not a routine id',
    );
    expect(parseLink('decompress://start/yoga')).toBe('there is no routine called "yoga"');
    expect(parseLink('decompress:start')).toBe(
      '"decompress:start" is not a link Decompress understands (try decompress://start/<routine-id>)',
    );
    expect(parseLink(`decompress://start/${'a'.repeat(3000)}`)).toBe(
      'the link is longer than 2048 characters',
    );
  });

  it('with a query or fragment still name only the routine', () => {
    expect(parseLink('decompress://start/mat-rest?minutes=999#x')).toEqual({
      kind: 'start-routine',
      routineId: 'mat-rest',
    });
  });
});
