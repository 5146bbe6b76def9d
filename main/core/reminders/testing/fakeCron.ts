import type { ManualClock } from '../../manualClock';
import type { CronPort } from '../../ports';

/**
 * A CronPort on a ManualClock that fires the way node-cron does in the
 * process's zone: at the wall-clock minute, skipping a minute that does not
 * exist (spring-forward), and once on a fall-back day. `fallBack: 'twice'`
 * imitates a naive scheduler that fires at both occurrences of a repeated
 * minute, to prove the planner still runs a session once.
 */
export interface FakeCron extends CronPort {
  readonly tasks: { expression: string; stopped: boolean; fired: number[] }[];
}

/** node-cron's default missedExecutionTolerance. */
const MISSED_TOLERANCE_MS = 1000;

interface Expression {
  minute: number;
  hour: number;
  weekdays: number[];
}

function parse(expression: string): Expression {
  const match = /^(\d{1,2}) (\d{1,2}) \* \* ([0-6](?:,[0-6])*)$/.exec(expression);
  if (!match) throw new Error(`fake cron only understands "M H * * D,D": ${expression}`);
  return {
    minute: Number(match[1]),
    hour: Number(match[2]),
    weekdays: (match[3] ?? '').split(',').map(Number),
  };
}

const offsetMinutes = (t: number) => -new Date(t).getTimezoneOffset();

/**
 * The instant node-cron 4 picks for a wall-clock time (its localTimeToTimestamp):
 * the UTC guess corrected by the offset at the guess, re-checked once. On a
 * fall-back day that lands on one of the two occurrences (the first in New
 * York, the second in Berlin and Sydney); in a spring-forward gap on an
 * instant that does not read back, which node-cron then skips.
 */
function nodeCronInstant(year: number, month: number, day: number, e: Expression): number | null {
  const guess = Date.UTC(year, month, day, e.hour, e.minute);
  const c1 = guess - offsetMinutes(guess) * 60_000;
  const c2 = guess - offsetMinutes(c1) * 60_000;
  const reads = (t: number) => {
    const d = new Date(t);
    return d.getDate() === day && d.getHours() === e.hour && d.getMinutes() === e.minute;
  };
  if (reads(c1)) return c1;
  if (reads(c2)) return c2;
  return null;
}

/** Both occurrences of a repeated wall-clock time, for the naive scheduler. */
function everyInstant(year: number, month: number, day: number, e: Expression): number[] {
  const one = nodeCronInstant(year, month, day, e);
  if (one === null) return [];
  const reads = (t: number) => {
    const d = new Date(t);
    return d.getDate() === day && d.getHours() === e.hour && d.getMinutes() === e.minute;
  };
  return [one - 3_600_000, one, one + 3_600_000].filter(reads);
}

export function createFakeCron(
  clock: ManualClock,
  options: { fallBack?: 'once' | 'twice' } = {},
): FakeCron {
  const tasks: FakeCron['tasks'] = [];

  function nextMatch(e: Expression, after: number): number {
    const start = new Date(after);
    for (let i = 0; i < 400; i++) {
      const date = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i, 12);
      if (!e.weekdays.includes(date.getDay())) continue;
      const [y, m, d] = [date.getFullYear(), date.getMonth(), date.getDate()];
      const one = nodeCronInstant(y, m, d, e);
      const candidates =
        options.fallBack === 'twice' ? everyInstant(y, m, d, e) : one === null ? [] : [one];
      const found = candidates.find((t) => t > after);
      if (found !== undefined) return found;
    }
    throw new Error('no match within 400 days');
  }

  return {
    tasks,
    schedule(expression, task) {
      const e = parse(expression);
      const entry = { expression, stopped: false, fired: [] as number[] };
      tasks.push(entry);
      let handle = arm(clock.now());
      function arm(after: number) {
        const at = nextMatch(e, after);
        return clock.setTimeout(() => {
          if (entry.stopped) return;
          // Like node-cron: a run more than a second late (the machine slept) is skipped, not replayed.
          if (clock.now() - at > MISSED_TOLERANCE_MS) {
            handle = arm(clock.now());
            return;
          }
          entry.fired.push(clock.now());
          handle = arm(at);
          task();
        }, at - clock.now());
      }
      return {
        stop() {
          entry.stopped = true;
          clock.clearTimeout(handle);
        },
      };
    },
  };
}
