import { describe, expect, it } from 'vitest';
import { CHANNEL_NAME_LIST, wireChannel, wireEvent } from './channelNames';
import { channels } from './contract';

describe('the plain channel-name list the preload exposes', () => {
  it("holds exactly the contract's channels, in the contract's order", () => {
    // A channel added to a <domain>Channels.ts but not here would be
    // unreachable from every window (the preload would have no method for it).
    expect([...CHANNEL_NAME_LIST]).toEqual(Object.keys(channels));
  });

  it('names each channel once', () => {
    expect(new Set(CHANNEL_NAME_LIST).size).toBe(CHANNEL_NAME_LIST.length);
  });

  it('keeps the wire names main listens on', () => {
    expect(wireChannel('getSettings')).toBe('decompress:getSettings');
    expect(wireEvent('promptState')).toBe('decompress:event:promptState');
  });
});
