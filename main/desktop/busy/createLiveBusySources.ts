import type { Logger } from '../../core/logger';
import type { SessionBus } from '../dbus/sessionBus';
import { guardSource, type GuardedSource } from './guardedSource';
import { lazySessionBus } from './lazySessionBus';
import type { BusyAnswer, LiveBusySource, LiveSourceKind } from './liveBusySource';
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
  now: () => number;
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
): LiveBusySource[] {
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
 * The live busy sources for this OS, each wrapped in the policy (switchable,
 * last answer kept, failures count as not busy and are logged once). Nothing
 * is read here: each source reads its signal only when checked.
 */
export function createLiveBusySources(options: LiveSourcesOptions): GuardedSource[] {
  const bus = options.bus ?? lazySessionBus().get;
  return platformSources(options, bus).map((source) =>
    guardSource(source, {
      isEnabled: () => options.isEnabled(source.kind),
      now: options.now,
      log: options.log,
    }),
  );
}

/** Every source asked at once; the first busy answer (in source order) wins, with its label. */
export async function askLiveSources(
  sources: readonly GuardedSource[],
): Promise<
  { busy: false } | { busy: true; until: number | null; because: string; kind: LiveSourceKind }
> {
  const answers: BusyAnswer[] = await Promise.all(sources.map((s) => s.check()));
  for (const [i, answer] of answers.entries()) {
    const source = sources[i];
    if (answer.busy && source) {
      return {
        busy: true,
        until: answer.until,
        because: `${source.label}: ${answer.because}`,
        kind: source.kind,
      };
    }
  }
  return { busy: false };
}
