/**
 * Child process for the routine crash test: the real core on a userData
 * folder, on a manual clock, until it is killed with SIGKILL.
 *
 * Usage: playUntilKilled <userData> <start epoch ms> script
 *   Reads one command a line from stdin and answers "ok <now>" once it has
 *   been carried out (and so saved):
 *     tray <action> | pain <0-10|null> | control <action> | advance <ms>
 * Usage: playUntilKilled <userData> <start epoch ms> churn
 *   Plays routines with a control every 700 ms of its clock, as fast as it
 *   can, answering "ack <now>" after each one returned.
 */
import { createInterface } from 'node:readline';
import { startRoutineCore } from './routineCoreRig';

const [userData, start, mode] = process.argv.slice(2);
if (!userData || !start || (mode !== 'script' && mode !== 'churn')) {
  throw new Error('usage: playUntilKilled <userData> <start epoch ms> script|churn');
}

const rig = startRoutineCore(userData, Number(start));
const { core, clock } = rig;

if (mode === 'script') {
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const [command, arg = ''] = line.trim().split(/\s+/);
    const done = () => process.stdout.write(`ok ${clock.now()}\n`);
    const fail = (err: unknown) => process.stdout.write(`error ${String(err)}\n`);
    if (command === 'tray') {
      core.trayAction(arg);
      done();
    } else if (command === 'advance') {
      clock.advance(Number(arg));
      done();
    } else if (command === 'pain') {
      const score = arg === 'null' ? null : Number(arg);
      rig.call('recordPain', { when: 'before', score }).then(done, fail);
    } else if (command === 'control') {
      rig.call('controlRoutine', { action: arg }).then(done, fail);
    } else fail(`unknown command ${command ?? ''}`);
  });
  process.stdout.write('ready\n');
} else {
  const actions = ['pause', 'resume', 'next', 'back', 'next', 'pause', 'resume'] as const;
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const session = core.routines.session();
    if (!session || session.phase === 'ended') {
      if (session) core.routines.control('finish');
      core.trayAction('start-default');
      core.routines.recordPain('before', 3);
    }
    clock.advance(700);
    try {
      core.routines.control(actions[i % actions.length] ?? 'pause');
    } catch {
      // An action that does not apply at this moment is refused; the loop goes on.
    }
    process.stdout.write(`ack ${clock.now()}\n`);
  }
}
