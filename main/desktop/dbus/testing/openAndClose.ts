/**
 * Run as a child process by lazyBus.test.ts: opens the app's lazy bus on the
 * address given, prints its unique name, closes it, and then does nothing.
 * Node exits only when nothing holds the event loop, so a socket (or timer)
 * the close left behind keeps this process alive and fails the test.
 */
import { lazyBus } from '../lazyBus';
import { openSessionBus } from '../sessionBus';

const [address, mode] = process.argv.slice(2);
const lazy = lazyBus(() => openSessionBus(address));
if (mode === 'close-while-opening') {
  const opening = lazy.get();
  lazy.close();
  void opening.then((bus) => process.stdout.write(`${bus === null ? 'null' : 'open'}\n`));
} else {
  const bus = await lazy.get();
  process.stdout.write(`${bus?.uniqueName ?? 'none'}\n`);
  lazy.close();
}
