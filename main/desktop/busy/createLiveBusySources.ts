import type { Logger } from '../../core/logger';
import type { SessionBus } from '../dbus/sessionBus';
import { guardSource, type GuardedSource } from './guardedSource';
import { lazySessionBus } from './lazySessionBus';
import type { LiveSourceKind, SignalDetector } from './signalDetector';
import { linuxCameraSource } from './linux/cameraSource';
import { linuxDoNotDisturbSource } from './linux/doNotDisturbSource';
import { linuxMicrophoneSource } from './linux/microphoneSource';
import { linuxPresentationSource } from './linux/presentationSource';
import { macFocusSource, macUnseenSource } from './macos/macSources';
import { windowsCapabilitySource, type RegQuery } from './windows/capabilitySource';
import { koffiShellStateProbe, type ShellStateProbe } from './windows/shellStateProbe';
import { windowsDoNotDisturbSource, windowsPresentationSource } from './windows/shellStateSources';

export interface LiveSourcesOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Read at every check: the Settings switch of each source. */
  isEnabled: (kind: LiveSourceKind) => boolean;
  log: Logger;
  /** The session bus (Linux); by default one connection opened on first need. */
  bus?: () => Promise<SessionBus | null>;
  /** Windows only, for tests: the reg.exe runner and the shell probe. */
  regQuery?: RegQuery;
  shellProbe?: ShellStateProbe;
}

function platformSources(
  options: LiveSourcesOptions,
  bus: () => Promise<SessionBus | null>,
): SignalDetector[] {
  const env = options.env ?? process.env;
  switch (options.platform ?? process.platform) {
    case 'linux':
      return [
        // The app's own renderer, GPU and utility processes are its descendants.
        linuxCameraSource({ ignoreDescendantsOf: process.pid }),
        linuxMicrophoneSource(),
        linuxPresentationSource({ bus }),
        linuxDoNotDisturbSource({ bus, currentDesktop: env.XDG_CURRENT_DESKTOP }),
      ];
    case 'win32': {
      // One probe shared by both shell sources; koffi is loaded on its first call only.
      const probe = options.shellProbe ?? koffiShellStateProbe();
      return [
        windowsCapabilitySource({ capability: 'webcam', query: options.regQuery }),
        windowsCapabilitySource({ capability: 'microphone', query: options.regQuery }),
        windowsPresentationSource(probe),
        windowsDoNotDisturbSource(probe),
      ];
    }
    case 'darwin':
      return [
        macUnseenSource('camera', 'Camera'),
        macUnseenSource('microphone', 'Microphone'),
        macUnseenSource('presentation', 'Fullscreen or presentation'),
        macFocusSource(),
      ];
    default:
      return [];
  }
}

/**
 * The live busy sources for this OS (sources on the planner's busy port; ask
 * them with the core's askLiveSources), each wrapped in the policy (switchable,
 * last answer kept, failures count as not busy and are logged once). Nothing
 * is read here: each source reads its signal only when checked.
 */
export function createLiveBusySources(options: LiveSourcesOptions): GuardedSource[] {
  const bus = options.bus ?? lazySessionBus().get;
  return platformSources(options, bus).map((source) =>
    guardSource(source, {
      isEnabled: () => options.isEnabled(source.kind),
      log: options.log,
    }),
  );
}
