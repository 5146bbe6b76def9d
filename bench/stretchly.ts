import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Stretchly's break window, for a measurement beside ours in the same run
 * (issue 17 sets "at most half of Stretchly's break window" as the bar).
 *
 * Its break window is plain HTML and CSS (app/break.html) filled in by its
 * preload (app/break.js) once main answers 'send-break-data'. That preload
 * needs Node and Electron (ipcRenderer, @electron/remote, electron-store)
 * and cannot run in a plain page, so the page here is served as it is and
 * the answer is played by an init script: one task after the load event,
 * the idea's title and text are set exactly as break.js sets them. Its
 * preload's own cost (584 KB, 110-120 ms to load in Node per the issue) is
 * therefore NOT included: the figure is a lower bound for Stretchly, which
 * makes our "half of it" bar stricter, never looser.
 */

export const STRETCHLY_GIT_DIR =
  process.env.STRETCHLY_GIT_DIR ?? '/work/.mirror/hovancik+stretchly/repo';

export interface StretchlyCopy {
  /** Folder holding break.html, css/ and images/. */
  appDir: string;
  version: string;
  commit: string;
  remove(): void;
}

/**
 * The files under app/ whose blobs the mirror holds: its largest files (the
 * CJK fonts) may be listed but absent, and git archive complains of each
 * it meets in the tree even when only other paths are asked for (git 2.39),
 * then exits 0 with the rest. Only present files are asked for, and that
 * noise is silenced. The break window's Latin text never loads those fonts.
 */
function presentFiles(gitDir: string): string[] {
  const tree = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', 'HEAD', 'app'], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  })
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const [meta = '', path = ''] = line.split('\t');
      return { oid: meta.split(' ')[2] ?? '', path };
    });
  const answers = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch-check'], {
    input: tree.map((t) => t.oid).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    // It also complains on stderr about each missing blob: the answers say it already.
    stdio: ['pipe', 'pipe', 'ignore'],
  }).split('\n');
  return tree.filter((_, i) => !answers[i]?.endsWith(' missing')).map((t) => t.path);
}

/** Checks Stretchly's app folder out of a git mirror into a temporary folder; null when there is none. */
export function checkOutStretchly(gitDir = STRETCHLY_GIT_DIR): StretchlyCopy | null {
  if (!existsSync(gitDir)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'decompress-bench-stretchly-'));
  try {
    const commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', 'HEAD'], {
      encoding: 'utf8',
    }).trim();
    const archive = execFileSync(
      'git',
      ['--git-dir', gitDir, 'archive', 'HEAD', '--', 'package.json', ...presentFiles(gitDir)],
      { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string };
    return {
      appDir: join(dir, 'app'),
      version: pkg.version ?? 'unknown',
      commit,
      remove: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

/** One of Stretchly's default break ideas (app/utils/defaultBreakIdeas.js), as main sends it. */
const IDEA = [
  'Step away',
  'Do you ever notice how your brain can figure things out by itself? All it takes is to step away from the computer and take a break to think about something totally unrelated.',
];

/** Plays break.js's part: after the load event, one task later (main's answer), the idea is shown. */
export const STRETCHLY_FILL_SCRIPT = `
window.addEventListener('load', () => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    document.querySelector('.break-idea').innerHTML = ${JSON.stringify(IDEA[0])};
    document.querySelector('.break-text').innerHTML = ${JSON.stringify(IDEA[1])};
  };
  channel.port2.postMessage(null);
});
`;
