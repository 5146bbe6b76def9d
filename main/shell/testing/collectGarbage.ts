import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Tests that prove an object stays reachable need a real, full collection.
// The flag only takes effect for contexts created after it is set, hence the
// fresh context that hands back its `gc`.
setFlagsFromString('--expose-gc');
const gc: unknown = runInNewContext('gc');

/**
 * Runs a full garbage collection once the current job has finished (V8 keeps
 * every WeakRef target created or read in a job alive until the job ends).
 */
export async function collectGarbage(): Promise<void> {
  if (typeof gc !== 'function') throw new Error('V8 did not expose gc()');
  // V8's gc takes no arguments and returns nothing; typeof only says "a function".
  const collect = gc as () => void;
  await new Promise<void>((resolve) => setImmediate(resolve));
  collect();
}
