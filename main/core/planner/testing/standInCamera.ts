import type { BusyAnswer, LiveBusySource } from '../../busy/busySource';

/**
 * A live busy source the test switches: `camera.busy` says in use, `hang`
 * never answers. `asks` holds the (fake) time of every question put to it.
 */
export function standInCamera() {
  const asks: number[] = [];
  const camera = { busy: false, hang: false };
  const source: LiveBusySource = {
    type: 'live',
    id: 'camera',
    ask(): Promise<BusyAnswer> {
      asks.push(Date.now());
      if (camera.hang) return new Promise(() => undefined);
      return Promise.resolve(
        camera.busy
          ? { state: 'busy', sourceId: 'camera', kind: 'camera', until: null }
          : { state: 'free', sourceId: 'camera' },
      );
    },
  };
  return { asks, camera, source };
}
