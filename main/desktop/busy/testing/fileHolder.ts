import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A separate process that holds a file open, standing in for an app that has /dev/video0 open. */
export interface FileHolder {
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `node` with a one-line program that opens `path` and waits; resolves
 * once the file is open (the child says so), so the test never races it.
 */
export async function holdFileOpen(path: string): Promise<FileHolder> {
  const program = [
    "const fs = require('node:fs');",
    'const fd = fs.openSync(process.argv[1], "r");',
    "process.stdout.write('open ' + fd + '\\n');",
    'setInterval(() => undefined, 1 << 30);',
  ].join(' ');
  const child: ChildProcess = spawn(process.execPath, ['-e', program, path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`file holder exited early (${code})`)));
    if (!child.stdout) throw new Error('no stdout pipe');
    createInterface({ input: child.stdout }).once('line', () => resolve());
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('file holder has no pid');
  return {
    pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
