import { existsSync } from 'node:fs';
import {
  busyBecause,
  NOT_BUSY,
  SignalUnavailableError,
  type SignalDetector,
} from '../signalDetector';
import { readCaptureSubstreams } from './alsaCapture';

export interface LinuxMicrophoneOptions {
  /** /proc/asound; tests point this at a temporary tree of the same shape. */
  asoundRoot?: string;
  ownPid?: number;
}

/**
 * The microphone is in use when an ALSA capture substream is RUNNING.
 *
 * How the sound servers behave, and so what this sees:
 * - PipeWire (default on Fedora, Ubuntu 22.10+, Debian 12 GNOME): an ALSA
 *   source node opens its hw: device when a client links to it and starts
 *   the PCM; WirePlumber suspends a node that has been idle for
 *   session.suspend-timeout-seconds (5 s by default), which closes the
 *   device. So RUNNING means someone records; "closed" when no one does.
 * - PulseAudio: module-suspend-on-idle (loaded by default.pa) closes an
 *   idle source after 5 s; while a recording stream exists the source runs
 *   and the capture PCM is RUNNING.
 * - Either server with suspend-on-idle turned off (a common fix for
 *   pops or buzzing, usually on the sink, sometimes on the source) keeps
 *   the capture PCM RUNNING all the time: this reads as always busy. The
 *   owner_pid is then the sound server, as it is for every real recording,
 *   so it cannot tell the two apart.
 * - A meeting app that mutes by stopping its stream reads as free while
 *   muted; most (Zoom, Teams, Meet, Jitsi) keep capturing while muted.
 * - Not seen: Bluetooth headsets (HFP/HSP audio goes from BlueZ over SCO
 *   sockets to the sound server and never touches ALSA), network and
 *   virtual sources, and a monitor of an output (screen recording audio).
 *   USB headsets and built-in microphones are ALSA devices and are seen.
 * - Playback (pcmNp) is ignored: music is not a call.
 */
export function linuxMicrophoneSource(options: LinuxMicrophoneOptions = {}): SignalDetector {
  const root = options.asoundRoot ?? '/proc/asound';
  const ownPid = options.ownPid ?? process.pid;
  return {
    kind: 'microphone',
    label: 'Microphone',
    freeWords: 'not in use',
    async check() {
      if (!existsSync(root)) {
        throw new SignalUnavailableError('cannot be seen: this system has no ALSA sound cards');
      }
      const running = readCaptureSubstreams(root).filter(
        (sub) => sub.state === 'RUNNING' && sub.ownerPid !== ownPid,
      );
      return running.length > 0 ? busyBecause('in use by another app') : NOT_BUSY;
    },
  };
}
