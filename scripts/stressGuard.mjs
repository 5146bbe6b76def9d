/**
 * The stress run's worker: keeps `threads` cores busy, runs the command
 * under test in a process group of its own, and owns the end of the run.
 * It is up and listening before the command exists, so there is no moment
 * in which the command could outlive everything that would stop it.
 *
 * It ends the command's whole group (so nothing it started is left behind)
 * and exits on whichever comes first:
 * - the command exiting: exit code the command's (128 + n for signal n);
 * - its stdin closing: the stress script ended, was interrupted or was
 *   killed outright (the pipe closes with it, whatever the signal): 130;
 * - SIGINT, SIGTERM or SIGHUP: 130;
 * - the deadline, when the command hung: 124.
 *
 * Usage: node scripts/stressGuard.mjs <deadline epoch ms> <threads> -- <command> [args...]
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { Worker } from 'node:worker_threads';

const [deadlineArg, threadsArg, separator, command, ...args] = process.argv.slice(2);
const deadline = Number(deadlineArg);
const threads = Number(threadsArg);
if (!Number.isFinite(deadline) || !Number.isInteger(threads) || separator !== '--' || !command) {
  console.error('usage: stressGuard <deadline epoch ms> <threads> -- <command> [args...]');
  process.exit(2);
}

/** Grace between asking what is left of the command's group to stop and forcing it. */
const GRACE_MS = 5_000;

// Each thread spins flat out; they end with this process.
const workers = Array.from(
  { length: threads },
  () => new Worker('for (;;) { Math.sqrt(Math.random()); }', { eval: true }),
);

const run = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: true });
const pgid = run.pid;

function signalGroup(signal) {
  if (pgid === undefined) return false;
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    // ESRCH: nothing of the group is left.
    return false;
  }
}

let stopping = false;
function stop(reason, code) {
  if (stopping) return;
  stopping = true;
  for (const worker of workers) void worker.terminate();
  const cpu = process.cpuUsage();
  const burnt = Math.round((cpu.user + cpu.system) / 1e6);
  console.error(`stress: load stopped (${burnt} s of CPU burnt on ${threads} threads)`);
  if (signalGroup('SIGTERM')) {
    console.error(`stress: ${reason}; stopping what is left of the command under test`);
    // Whatever ignores SIGTERM gets SIGKILL; then this process ends, with nothing left behind.
    setTimeout(() => {
      signalGroup('SIGKILL');
      process.exit(code);
    }, GRACE_MS);
  } else {
    process.exit(code);
  }
}

run.on('error', (err) => {
  console.error(`stress: could not start ${command}: ${err.message}`);
  stop('the command did not start', 127);
});
run.on('exit', (code, signal) => {
  const status = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
  stop(`the command exited (${signal ?? code})`, status);
});
process.stdin.on('end', () => stop('the stress run ended', 130));
process.stdin.on('close', () => stop('the stress run ended', 130));
process.stdin.resume();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => stop(`${signal} received`, 130));
}
setTimeout(
  () => stop('the time limit was reached: the command under test hung', 124),
  Math.max(0, deadline - Date.now()),
);
