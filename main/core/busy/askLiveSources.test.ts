import { describe, expect, it } from 'vitest';
import { createManualClock } from '../testing/manualClock';
import { askLiveSources } from './askLiveSources';
import type { BusyAnswer, LiveBusySource } from './busySource';

const NOW = Date.parse('2026-03-02T10:00:00Z');

function source(id: string, ask: LiveBusySource['ask']): LiveBusySource {
  return { type: 'live', id, ask };
}

describe('asking live sources', () => {
  it('passes answers through in the order of the sources', async () => {
    const clock = createManualClock(NOW);
    const camera: BusyAnswer = {
      state: 'busy',
      sourceId: 'camera',
      kind: 'camera',
      until: null,
    };
    const answers = await askLiveSources(
      [
        source('camera', () => Promise.resolve(camera)),
        source('dnd', () => Promise.resolve({ state: 'free', sourceId: 'dnd' })),
      ],
      NOW,
      clock,
    );
    expect(answers).toEqual([camera, { state: 'free', sourceId: 'dnd' }]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('turns a rejection, a throw and a hang into "unavailable" without blocking the others', async () => {
    const clock = createManualClock(NOW);
    const pending = askLiveSources(
      [
        source('mic', () => Promise.reject(new Error('PipeWire is not running'))),
        source('camera', () => {
          throw new Error('no /dev/video0');
        }),
        source('dnd', () => new Promise<BusyAnswer>(() => undefined)),
      ],
      NOW,
      clock,
      2_000,
    );
    await Promise.resolve();
    clock.advance(2_000);
    expect(await pending).toEqual([
      { state: 'unavailable', sourceId: 'mic', why: 'PipeWire is not running' },
      { state: 'unavailable', sourceId: 'camera', why: 'no /dev/video0' },
      { state: 'unavailable', sourceId: 'dnd', why: 'did not answer within 2 s' },
    ]);
  });
});
