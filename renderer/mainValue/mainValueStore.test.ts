import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '../../shared/ipc/result';
import type { PlannerStatus } from '../../shared/reminders/plannerStatus';
import { createBridgeMock, failed, ok } from '../testing/bridgeMock';

const bridgeMock = createBridgeMock();
vi.mock('../bridge', () => ({ bridge: bridgeMock }));
const { createMainValueStore } = await import('./mainValueStore');

/** A read whose answer the test releases when it wants, to cross it with a push. */
function heldRead<T>() {
  let release: (result: IpcResult<T>) => void = () => undefined;
  const get = vi.fn(
    () =>
      new Promise<IpcResult<T>>((resolve) => {
        release = resolve;
      }),
  );
  return { get, answer: (result: IpcResult<T>) => release(result) };
}

const status = (statusLine: string, sentAt: number) => ({ statusLine, sentAt }) as PlannerStatus;
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => vi.clearAllMocks());

describe('a value main holds, read then kept current', () => {
  it('reads once when the first window part subscribes, and shows the answer', async () => {
    const read = heldRead<PlannerStatus>();
    const store = createMainValueStore(read.get, 'plannerStatus');
    expect(store.snapshot()).toEqual({ status: 'loading' });
    const off = store.subscribe(() => undefined);
    store.subscribe(() => undefined);
    expect(read.get).toHaveBeenCalledTimes(1);
    read.answer(ok(status('Next reminder in 20 min', 1)));
    await flush();
    expect(store.snapshot()).toMatchObject({ status: 'ready', value: { sentAt: 1 } });
    off();
  });

  it('never lets an answer that was on its way replace a newer push', async () => {
    const read = heldRead<PlannerStatus>();
    const store = createMainValueStore(read.get, 'plannerStatus');
    store.subscribe(() => undefined);
    bridgeMock.emit('plannerStatus', status('pushed', 2));
    read.answer(ok(status('stale answer', 1)));
    await flush();
    expect(store.snapshot()).toMatchObject({ value: { statusLine: 'pushed' } });
  });

  it('with an order rule, drops a push older than what it shows', () => {
    const store = createMainValueStore(async () => ok(status('x', 0)), 'plannerStatus', {
      isNewer: (next, current) => next.sentAt >= current.sentAt,
    });
    store.subscribe(() => undefined);
    store.accept(status('answer to my call', 5));
    bridgeMock.emit('plannerStatus', status('late push', 3));
    expect(store.snapshot()).toMatchObject({ value: { statusLine: 'answer to my call' } });
  });

  it('reads again on a "changed" push, and reports a failed first read as data', async () => {
    const get = vi
      .fn<() => Promise<IpcResult<number>>>()
      .mockResolvedValueOnce(failed({ code: 'failed', message: 'the log could not be read' }))
      .mockResolvedValueOnce(ok(7));
    const store = createMainValueStore(get, { refetchOn: 'historyChanged' });
    store.subscribe(() => undefined);
    await flush();
    expect(store.snapshot()).toEqual({
      status: 'failed',
      error: { code: 'failed', message: 'the log could not be read' },
    });
    bridgeMock.emit('historyChanged', null);
    await flush();
    expect(store.snapshot()).toMatchObject({ status: 'ready', value: 7 });
  });

  it('stops listening when the last subscriber leaves', () => {
    const store = createMainValueStore(async () => ok(status('x', 0)), 'plannerStatus');
    const off = store.subscribe(() => undefined);
    const unsubscribe = bridgeMock.on.mock.results[0]?.value as () => void;
    expect(typeof unsubscribe).toBe('function');
    off();
    const seen: string[] = [];
    store.subscribe(() => seen.push('changed'));
    bridgeMock.emit('plannerStatus', status('after', 9));
    // One listener now, from the new subscription; the old one is gone.
    expect(seen).toEqual(['changed']);
  });
});
