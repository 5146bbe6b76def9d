import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SignalUnavailableError } from '../signalDetector';
import { parsePcmStatus, readCaptureSubstreams } from './alsaCapture';
import { linuxMicrophoneSource } from './microphoneSource';

// The status text exactly as sound/core/pcm.c prints it for an open substream.
function openStatus(state: string, ownerPid: number): string {
  return [
    `state: ${state}`,
    `owner_pid   : ${ownerPid}`,
    'trigger_time: 4711.123456789',
    'tstamp      : 4713.987654321',
    'delay       : 512',
    'avail       : 0',
    'avail_max   : 1024',
    '-----',
    'hw_ptr      : 220160',
    'appl_ptr    : 219648',
    '',
  ].join('\n');
}

describe('the Linux microphone detector, on a tree shaped like /proc/asound', () => {
  let root: string;
  function substream(path: string, status: string): void {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'status'), status);
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'decompress-asound-'));
    // A laptop: HDA card with playback, capture and an HDMI output; a USB headset.
    substream('card0/pcm0p/sub0', openStatus('RUNNING', 1234));
    substream('card0/pcm0c/sub0', 'closed\n');
    substream('card0/pcm3p/sub0', 'closed\n');
    substream('card1/pcm0p/sub0', 'closed\n');
    substream('card1/pcm0c/sub0', 'closed\n');
    writeFileSync(join(root, 'cards'), ' 0 [PCH            ]: HDA-Intel - HDA Intel PCH\n');
    mkdirSync(join(root, 'seq'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads the kernel format: closed, and open with a state and owner', () => {
    expect(parsePcmStatus('closed\n')).toEqual({ state: 'closed', ownerPid: null });
    expect(parsePcmStatus(openStatus('PREPARED', 99))).toEqual({ state: 'PREPARED', ownerPid: 99 });
    expect(parsePcmStatus('error -19\n')).toEqual({ state: 'unknown', ownerPid: null });
    expect(readCaptureSubstreams(root).map((s) => s.id)).toEqual([
      'card0/pcm0c/sub0',
      'card1/pcm0c/sub0',
    ]);
  });

  it('is not busy while only playback runs (music is not a call)', async () => {
    expect(await linuxMicrophoneSource({ asoundRoot: root }).check()).toEqual({ busy: false });
  });

  it('is busy while a capture substream runs, on any card', async () => {
    substream('card1/pcm0c/sub0', openStatus('RUNNING', 2001));
    expect(await linuxMicrophoneSource({ asoundRoot: root }).check()).toEqual({
      busy: true,
      until: null,
      because: 'in use by another app',
    });
  });

  it('an open but stopped capture (PREPARED, SETUP, PAUSED) is not a recording', async () => {
    substream('card0/pcm0c/sub0', openStatus('PREPARED', 2001));
    substream('card1/pcm0c/sub0', openStatus('PAUSED', 2001));
    expect(await linuxMicrophoneSource({ asoundRoot: root }).check()).toEqual({ busy: false });
  });

  it('a capture we opened ourselves does not count', async () => {
    substream('card0/pcm0c/sub0', openStatus('RUNNING', 4242));
    const mic = linuxMicrophoneSource({ asoundRoot: root, ownPid: 4242 });
    expect(await mic.check()).toEqual({ busy: false });
  });

  it('says plainly that it cannot see a microphone where there is no ALSA', async () => {
    const mic = linuxMicrophoneSource({ asoundRoot: join(root, 'missing') });
    await expect(mic.check()).rejects.toBeInstanceOf(SignalUnavailableError);
  });
});
