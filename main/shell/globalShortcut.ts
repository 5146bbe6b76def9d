import { globalShortcut } from 'electron';
import {
  acceleratorProblemOn,
  checkGlobalShortcut,
  type DesktopPlatform,
} from '../../shared/settings/accelerator';
import type { Logger } from '../core/logger';

/** Where the shortcut stands, in words Settings can show next to the key recorder. */
export type ShortcutStatus =
  | { state: 'off' }
  | { state: 'active'; accelerator: string; note: string | null }
  /** The OS said no: another app (or the desktop itself) holds the combination. */
  | { state: 'taken'; accelerator: string; message: string }
  /** Not something this OS or Electron accepts. */
  | { state: 'refused'; accelerator: string; message: string };

export interface GlobalShortcutOptions {
  platform: DesktopPlatform;
  /** A Wayland session: shortcuts go through the desktop's portal, which may ask first. */
  wayland?: boolean;
  /** The core action: start the default break routine. */
  onPress(): void;
  log: Logger;
}

export interface GlobalShortcutControl {
  /** Registers `accelerator` (null turns the shortcut off) and says how it went. */
  apply(accelerator: string | null): ShortcutStatus;
  status(): ShortcutStatus;
  /** Releases the key (the app is quitting). */
  dispose(): void;
}

/**
 * Owns the one global shortcut. Electron's register() answers false when
 * another app holds the key and throws on a string it cannot read; both
 * come back as a status, never as an exception.
 */
export function createGlobalShortcut(options: GlobalShortcutOptions): GlobalShortcutControl {
  const { log } = options;
  let status: ShortcutStatus = { state: 'off' };
  let held: string | null = null;

  function release(): void {
    if (held === null) return;
    try {
      globalShortcut.unregister(held);
    } catch (err) {
      log.warn('shortcut: could not release the old key', { error: String(err) });
    }
    held = null;
  }

  function refuse(accelerator: string, message: string): ShortcutStatus {
    status = { state: 'refused', accelerator, message };
    log.warn('shortcut: refused', { message });
    return status;
  }

  return {
    apply(accelerator) {
      if (accelerator === null) {
        release();
        status = { state: 'off' };
        return status;
      }
      if (accelerator === held && status.state === 'active') return status;
      const check = checkGlobalShortcut(accelerator);
      if (!check.ok) return refuse(accelerator, `${accelerator} ${check.message}.`);
      const problem = acceleratorProblemOn(check.accelerator, options.platform);
      if (problem) return refuse(accelerator, `${problem}.`);

      release();
      let registered: boolean;
      try {
        registered = globalShortcut.register(accelerator, () => {
          log.info('shortcut: pressed');
          options.onPress();
        });
      } catch (err) {
        log.warn('shortcut: Electron could not read the accelerator', { error: String(err) });
        return refuse(accelerator, `Electron cannot use ${accelerator} as a shortcut.`);
      }
      if (!registered) {
        status = {
          state: 'taken',
          accelerator,
          message: `${accelerator} is already taken by another app or by the system. Choose another shortcut.`,
        };
        log.info('shortcut: taken elsewhere');
        return status;
      }
      held = accelerator;
      status = {
        state: 'active',
        accelerator,
        note: options.wayland
          ? 'On Wayland your desktop may ask once whether Decompress may use this shortcut.'
          : null,
      };
      log.info('shortcut: registered');
      return status;
    },
    status: () => status,
    dispose() {
      release();
      status = { state: 'off' };
    },
  };
}
