import { EventEmitter } from 'node:events';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App, CommandLine, LoginItemSettings, Settings } from 'electron';
import type { StandinRuntime } from './runtime';
import { createSingleInstanceLock, type SingleInstanceLock } from './singleInstanceLock';

type UsedApp = Pick<
  App,
  | 'whenReady'
  | 'isReady'
  | 'getPath'
  | 'setPath'
  | 'getName'
  | 'getVersion'
  | 'getAppPath'
  | 'getLocale'
  | 'getSystemLocale'
  | 'quit'
  | 'exit'
  | 'relaunch'
  | 'focus'
  | 'requestSingleInstanceLock'
  | 'hasSingleInstanceLock'
  | 'releaseSingleInstanceLock'
  | 'setLoginItemSettings'
  | 'getLoginItemSettings'
  | 'setAppUserModelId'
  | 'setAsDefaultProtocolClient'
  | 'isPackaged'
  | 'commandLine'
  | 'dock'
  | 'name'
>;

export interface AppIdentity {
  /** package.json's productName, else name: what Electron calls the app. */
  name: string;
  version: string;
  appPath: string;
  execPath: string;
}

/** What `app.quit()` must do once the app's own handlers have run (close windows, stop Chromium). */
export interface QuitSteps {
  closeAllWindows(): boolean;
  finish(exitCode: number): void;
}

export type StandinApp = UsedApp &
  EventEmitter & {
    /** Called by the boot sequence when Chromium is up: emits will-finish-launching and ready. */
    emitReady(): void;
    setQuitSteps(steps: QuitSteps): void;
    switches(): ReadonlyMap<string, string>;
    loginItem(): LoginItemSettings;
    /** What app.relaunch() was asked for: the stand-in records it and does not start again. */
    relaunches(): { args: string[]; execPath: string }[];
  };

/**
 * Electron's `app`, as documented: ready ordering, paths derived from the
 * app's name, the single-instance lock, and the quit sequence
 * (before-quit -> windows close -> will-quit -> quit), each preventable.
 */
export function createApp(
  runtime: StandinRuntime,
  identity: AppIdentity,
  markReady: () => void,
): StandinApp {
  const emitter = new EventEmitter();
  const paths = new Map<string, string>();
  const switches = new Map<string, string>();
  let quitSteps: QuitSteps | null = null;
  let quitting = false;
  let lock: SingleInstanceLock | null = null;
  let loginItem = { openAtLogin: false } as LoginItemSettings;
  const relaunches: { args: string[]; execPath: string }[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });

  const appData = () => process.env.XDG_CONFIG_HOME || join(homedir(), '.config');
  function getPath(name: Parameters<App['getPath']>[0]): string {
    const set = paths.get(name);
    if (set) return set;
    switch (name) {
      case 'home':
        return homedir();
      case 'appData':
        return appData();
      case 'userData':
      case 'sessionData':
        return join(getPath('appData'), identity.name);
      case 'logs':
        return join(getPath('userData'), 'logs');
      case 'crashDumps':
        return join(getPath('userData'), 'Crashpad');
      case 'temp':
        return tmpdir();
      case 'exe':
        return identity.execPath;
      case 'module':
        return identity.execPath;
      case 'assets':
        return identity.appPath;
      default:
        return join(homedir(), name);
    }
  }

  const commandLine: CommandLine = {
    appendSwitch(name, value) {
      if (runtime.isReady()) {
        // Chromium reads its switches at start-up; Electron ignores late ones silently.
        runtime.trace(`commandLine.appendSwitch(${name}) after ready has no effect`);
      }
      switches.set(name, value ?? '');
    },
    appendArgument: () => undefined,
    hasSwitch: (name) => switches.has(name),
    getSwitchValue: (name) => switches.get(name) ?? '',
    removeSwitch: (name) => void switches.delete(name),
  };

  function runQuit(exitCode: number): void {
    if (quitting) return;
    const beforeQuit = { defaultPrevented: false, preventDefault: () => undefined };
    beforeQuit.preventDefault = () => {
      beforeQuit.defaultPrevented = true;
    };
    emitter.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    quitting = true;
    if (quitSteps && !quitSteps.closeAllWindows()) {
      quitting = false;
      return;
    }
    const willQuit = { defaultPrevented: false, preventDefault: () => undefined };
    willQuit.preventDefault = () => {
      willQuit.defaultPrevented = true;
    };
    emitter.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      quitting = false;
      return;
    }
    emitter.emit('quit', {}, exitCode);
    lock?.release();
    quitSteps?.finish(exitCode);
  }

  const app: UsedApp = {
    whenReady: () => ready,
    isReady: () => runtime.isReady(),
    getPath,
    setPath(name, path) {
      paths.set(name, path);
    },
    getName: () => identity.name,
    getVersion: () => identity.version,
    getAppPath: () => identity.appPath,
    getLocale: () => 'en-US',
    getSystemLocale: () => 'en-US',
    quit: () => runQuit(0),
    // exit() skips the quit events, as in Electron.
    exit(exitCode = 0) {
      lock?.release();
      quitSteps?.finish(exitCode);
    },
    // Electron starts a new instance when this one exits; it does not quit by itself.
    relaunch(options) {
      relaunches.push({
        args: options?.args ?? process.argv.slice(1),
        execPath: options?.execPath ?? identity.execPath,
      });
      runtime.trace('app.relaunch() recorded; the stand-in does not start a new instance');
    },
    focus: () => undefined,
    requestSingleInstanceLock(additionalData) {
      if (lock) return lock.held;
      lock = createSingleInstanceLock(getPath('userData'), runtime, (argv, cwd, data) =>
        emitter.emit('second-instance', {}, argv, cwd, data),
      );
      return lock.acquire(process.argv, process.cwd(), additionalData ?? {});
    },
    hasSingleInstanceLock: () => lock?.held ?? false,
    releaseSingleInstanceLock() {
      lock?.release();
      lock = null;
    },
    setLoginItemSettings(settings: Settings) {
      loginItem = { ...loginItem, openAtLogin: settings.openAtLogin ?? false };
    },
    getLoginItemSettings: () => loginItem,
    setAppUserModelId: () => undefined,
    setAsDefaultProtocolClient: () => true,
    isPackaged: false,
    commandLine,
    // Only macOS has a dock; on Linux Electron's `app.dock` is undefined.
    dock: undefined,
    name: identity.name,
  };

  return Object.assign(emitter, app, {
    emitReady() {
      emitter.emit('will-finish-launching');
      markReady();
      resolveReady();
      emitter.emit('ready', {}, {});
    },
    setQuitSteps(steps: QuitSteps) {
      quitSteps = steps;
    },
    switches: () => switches,
    loginItem: () => loginItem,
    relaunches: () => [...relaunches],
  });
}
