import type { SignalDetector } from '../signalDetector';
import { doNotDisturbFromFocusAssist, presentationFromShellState } from './shellState';
import type { ShellStateProbe } from './shellStateProbe';

/** Fullscreen or presentation on Windows, from one probe of the shell. */
export function windowsPresentationSource(probe: ShellStateProbe): SignalDetector {
  return {
    kind: 'presentation',
    label: 'Fullscreen or presentation',
    freeWords: 'nothing fullscreen',
    check: async () => presentationFromShellState((await probe()).notificationState),
  };
}

/** Focus assist / Do not disturb on Windows. */
export function windowsDoNotDisturbSource(probe: ShellStateProbe): SignalDetector {
  return {
    kind: 'doNotDisturb',
    label: 'Focus assist',
    freeWords: 'off',
    check: async () => doNotDisturbFromFocusAssist((await probe()).focusAssist),
  };
}
