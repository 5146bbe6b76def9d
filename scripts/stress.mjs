/**
 * `npm run test:stress`: runs `npm test` while every core is kept busy, to
 * show that no test depends on how fast the machine is.
 *
 * Bounded: the run ends by itself at the time limit (default 40 min), even
 * if the command under test hangs. Nothing is left behind: a guard process
 * (scripts/stressGuard.mjs, which also makes the load) starts the command
 * in a process group of its own and ends that group when the command exits,
 * at the time limit, or when this script ends for any reason, a SIGKILL
 * included (the guard's stdin is a pipe from here, which closes then).
 *
 * Usage: node scripts/stress.mjs [--threads N] [--timeout-minutes M] [-- command args...]
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

function parse(argv) {
  const options = { threads: availableParallelism(), timeoutMinutes: 40, command: ['npm', 'test'] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      const rest = argv.slice(i + 1);
      if (rest.length) options.command = rest;
      break;
    }
    const value = Number(argv[i + 1]);
    if (arg === '--threads' && Number.isInteger(value) && value >= 0 && value <= 64) {
      options.threads = value;
      i++;
    } else if (arg === '--timeout-minutes' && value > 0 && value <= 240) {
      options.timeoutMinutes = value;
      i++;
    } else {
      console.error(`stress: unknown or bad argument ${arg}`);
      process.exit(2);
    }
  }
  return options;
}

const options = parse(process.argv.slice(2));
const shown = options.command.join(' ');
const startedAt = Date.now();
const deadline = startedAt + options.timeoutMinutes * 60_000;

console.log(
  `stress: running "${shown}" with ${options.threads} busy threads ` +
    `on ${availableParallelism()} cores, for at most ${options.timeoutMinutes} min`,
);

const guard = spawn(
  process.execPath,
  [
    join(import.meta.dirname, 'stressGuard.mjs'),
    String(deadline),
    String(options.threads),
    '--',
    ...options.command,
  ],
  { stdio: ['pipe', 'inherit', 'inherit'] },
);

let interrupted = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = signal;
    // The guard ends the command's group and the load, then exits.
    guard.stdin.end();
  });
}

// Should the guard itself fail to stop at the limit, this script still does.
const backstop = setTimeout(
  () => {
    console.log('stress: HUNG (the guard did not stop at the time limit)');
    process.exit(124);
  },
  deadline - startedAt + 30_000,
);

guard.on('exit', (code, signal) => {
  clearTimeout(backstop);
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  const took = `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const outcome =
    code === 0
      ? 'PASSED'
      : code === 124
        ? 'HUNG (stopped at the time limit)'
        : interrupted
          ? `INTERRUPTED (${interrupted})`
          : `FAILED (${signal ? `signal ${signal}` : `exit ${code}`})`;
  console.log(
    `stress: ${outcome}: "${shown}" took ${took} with ${options.threads} busy threads; ` +
      `load average at the end ${load}`,
  );
  process.exit(code ?? 1);
});
