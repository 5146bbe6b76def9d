import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One capture substream and what the kernel says about it. */
export interface CaptureSubstream {
  /** e.g. "card0/pcm0c/sub0" */
  id: string;
  /** "closed", or the PCM state name: RUNNING, PREPARED, SETUP, XRUN, PAUSED, SUSPENDED, DRAINING, OPEN */
  state: string;
  /** The process that opened it (the sound server under PipeWire or PulseAudio), when open. */
  ownerPid: number | null;
}

/**
 * Parses one /proc/asound/cardN/pcmMc/subK/status, as sound/core/pcm.c
 * writes it: "closed\n" for a closed substream, otherwise "state: NAME"
 * followed by "owner_pid   : N" and timing lines. Anything else (an
 * "error -N" line, an empty read) is reported as state "unknown".
 */
export function parsePcmStatus(text: string): { state: string; ownerPid: number | null } {
  const trimmed = text.trim();
  if (trimmed === 'closed') return { state: 'closed', ownerPid: null };
  const state = /^state:\s*(\S+)/m.exec(trimmed)?.[1];
  if (!state) return { state: 'unknown', ownerPid: null };
  const owner = /^owner_pid\s*:\s*(-?\d+)/m.exec(trimmed)?.[1];
  return { state, ownerPid: owner === undefined ? null : Number(owner) };
}

function list(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir).filter((name) => pattern.test(name));
  } catch {
    return [];
  }
}

/**
 * Every capture substream under `asoundRoot` (/proc/asound): the cardN
 * folders, their pcmMc (c = capture) devices and subK substreams. A card
 * without capture devices, or a system without ALSA, gives an empty list.
 */
export function readCaptureSubstreams(asoundRoot = '/proc/asound'): CaptureSubstream[] {
  const found: CaptureSubstream[] = [];
  for (const card of list(asoundRoot, /^card\d+$/)) {
    for (const pcm of list(join(asoundRoot, card), /^pcm\d+c$/)) {
      for (const sub of list(join(asoundRoot, card, pcm), /^sub\d+$/)) {
        let text: string;
        try {
          text = readFileSync(join(asoundRoot, card, pcm, sub, 'status'), 'utf8');
        } catch {
          continue;
        }
        found.push({ id: `${card}/${pcm}/${sub}`, ...parsePcmStatus(text) });
      }
    }
  }
  return found;
}
