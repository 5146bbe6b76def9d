import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { PowerEvent } from '../core/planner/events';
import { forwardPowerEvents } from './powerEvents';

describe('power events', () => {
  it('forwards suspend, resume, lock and unlock to the core, and stops when asked', () => {
    const monitor = new EventEmitter();
    const seen: PowerEvent[] = [];
    const stop = forwardPowerEvents(monitor, (e) => seen.push(e));
    for (const name of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'on-ac'])
      monitor.emit(name);
    expect(seen).toEqual(['suspend', 'resume', 'lock', 'unlock']);
    stop();
    monitor.emit('suspend');
    expect(seen).toHaveLength(4);
    expect(monitor.listenerCount('suspend')).toBe(0);
  });
});
