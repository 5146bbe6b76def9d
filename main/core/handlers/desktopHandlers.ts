import type { desktopChannels } from '../../../shared/ipc/desktopChannels';
import type { DesktopFacts } from '../desktopFacts';
import type { Handlers } from '../ipc/router';

type DesktopHandlers = Pick<Handlers, keyof typeof desktopChannels>;

/** Settings' and the welcome's questions about the desktop: the shortcut as the OS took it, the tray, the busy sources. */
export function desktopHandlers(facts: DesktopFacts | null): DesktopHandlers {
  return {
    getShortcutStatus: () => facts?.shortcutStatus() ?? { state: 'off' },
    // Without a shell that asked (the harness), there is nothing to warn about.
    getTrayHost: () => facts?.trayHost() ?? { status: 'present', advice: null },
    getBusySources: () => facts?.busySources() ?? [],
    checkBusySources: () => facts?.checkBusySources() ?? Promise.resolve([]),
    // Only the prompt says it; another window asking would use up the one line.
    claimNoTrayLine: ({ promptOpenedAt }, ctx) =>
      ctx.route === 'prompt' && (facts?.claimNoTrayLine(promptOpenedAt) ?? false),
  };
}
