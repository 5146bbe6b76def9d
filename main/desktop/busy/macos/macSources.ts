import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  busyBecause,
  NOT_BUSY,
  SignalUnavailableError,
  type SignalDetector,
  type LiveSourceKind,
} from '../signalDetector';
import { activeFocusModes, focusModeName } from './focusAssertions';

/** What Settings says for every live signal macOS does not let us see. */
export const MACOS_CALENDAR_ONLY = 'on macOS, Decompress sees meetings from your calendar only';

/**
 * A source that always says it cannot see its signal on macOS. Camera and
 * microphone use is known to CoreMediaIO (kCMIODevicePropertyDeviceIsRunningSomewhere)
 * and CoreAudio (kAudioDevicePropertyDeviceIsRunningSomewhere), both C APIs
 * with no file, command or notification a plain process can read; the
 * orange/green menu-bar dots are drawn by Control Center from private state.
 * `lsof` sees no device file for either. Fullscreen and presentation have no
 * public query at all. Reaching the two C APIs would take an FFI call (koffi
 * could), untested here, so it is left for a later change.
 */
export function macUnseenSource(kind: LiveSourceKind, label: string): SignalDetector {
  return {
    kind,
    label,
    freeWords: 'not in use',
    check: () => Promise.reject(new SignalUnavailableError(MACOS_CALENDAR_ONLY)),
  };
}

export interface MacFocusOptions {
  /** ~/Library/DoNotDisturb/DB; tests point this at fixtures. */
  directory?: string;
}

/**
 * Focus (Do not disturb and the other Focus modes) on macOS 12+, from the
 * files the system keeps: Assertions.json lists the modes switched on by
 * hand (Control Center, a keyboard shortcut, another Apple device).
 * - The folder needs Full Disk Access on recent macOS: without it the read
 *   fails with EPERM and the source says so (Settings can point to the
 *   Privacy & Security pane).
 * - Not seen: a Focus switched on by its schedule or by location, which
 *   writes no assertion (ModeConfigurations.json holds the schedule, and
 *   evaluating it is not done here); Focus filters of single apps.
 */
export function macFocusSource(options: MacFocusOptions = {}): SignalDetector {
  const directory = options.directory ?? join(homedir(), 'Library', 'DoNotDisturb', 'DB');
  return {
    kind: 'doNotDisturb',
    label: 'Focus',
    freeWords: 'off',
    async check() {
      let assertions: string;
      try {
        assertions = await readFile(join(directory, 'Assertions.json'), 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EPERM' || code === 'EACCES') {
          throw new SignalUnavailableError(
            'cannot be read: macOS shows Focus only to apps with Full Disk Access',
          );
        }
        if (code === 'ENOENT') {
          throw new SignalUnavailableError(
            'cannot be seen: this Mac keeps no Focus records (macOS 12 or later does)',
          );
        }
        throw err;
      }
      const modes = activeFocusModes(assertions);
      const first = modes[0];
      if (first === undefined) return NOT_BUSY;
      const configurations = await readFile(
        join(directory, 'ModeConfigurations.json'),
        'utf8',
      ).catch(() => '');
      const name = focusModeName(configurations, first);
      return busyBecause(name ? `Focus is on (${name})` : 'Focus is on');
    },
  };
}
