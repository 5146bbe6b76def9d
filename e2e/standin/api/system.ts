import { EventEmitter } from 'node:events';
import type {
  Dialog,
  Display,
  GlobalShortcut,
  NativeTheme,
  PowerMonitor,
  SafeStorage,
  Screen,
  Shell,
} from 'electron';
import type { StandinRuntime } from './runtime';

/** What the app asked of the desktop, for specs to read, and the answers a spec has set up. */
export interface SystemRecord {
  externalLinks: string[];
  openedPaths: string[];
  errorBoxes: { title: string; content: string }[];
  /** The next save/open dialog answers; null cancels. */
  dialogAnswers: { savePath: string | null; openPath: string | null };
  /** What powerMonitor.getSystemIdleTime() answers, in seconds. */
  idleSeconds: number;
  shortcuts: Map<string, () => void>;
  /** Accelerators the "OS" refuses, as if another app held them. */
  takenShortcuts: Set<string>;
}

export function createSystemRecord(): SystemRecord {
  return {
    externalLinks: [],
    openedPaths: [],
    errorBoxes: [],
    dialogAnswers: { savePath: null, openPath: null },
    idleSeconds: 0,
    shortcuts: new Map(),
    takenShortcuts: new Set(),
  };
}

type UsedTheme = Pick<
  NativeTheme,
  | 'shouldUseDarkColors'
  | 'shouldUseDarkColorsForSystemIntegratedUI'
  | 'shouldUseHighContrastColors'
  | 'themeSource'
>;

export type StandinNativeTheme = UsedTheme &
  EventEmitter & {
    /** Switches the desktop's own theme, as the person would in their system settings. */
    setSystemDark(dark: boolean): void;
  };

/**
 * nativeTheme: the system's preference plus the app's themeSource, with
 * 'updated' when what the app should use changes. Pages follow it, as
 * Electron's prefers-color-scheme does.
 */
export function createNativeTheme(runtime: StandinRuntime): StandinNativeTheme {
  const emitter = new EventEmitter();
  let systemDark = false;
  let source: NativeTheme['themeSource'] = 'system';
  const dark = () => (source === 'system' ? systemDark : source === 'dark');
  const apply = (wasDark: boolean) => {
    runtime.send({ op: 'colorScheme', scheme: dark() ? 'dark' : 'light' });
    if (wasDark !== dark()) emitter.emit('updated');
  };
  // defineProperties, not Object.assign: assign would copy the getters' values once.
  const theme = Object.defineProperties(emitter, {
    shouldUseDarkColors: { get: dark, enumerable: true },
    shouldUseDarkColorsForSystemIntegratedUI: { get: () => systemDark, enumerable: true },
    shouldUseHighContrastColors: { value: false, enumerable: true },
    themeSource: {
      get: () => source,
      set(value: NativeTheme['themeSource']) {
        const wasDark = dark();
        source = value;
        apply(wasDark);
      },
      enumerable: true,
    },
    setSystemDark: {
      value(value: boolean) {
        const wasDark = dark();
        systemDark = value;
        apply(wasDark);
      },
    },
  }) as StandinNativeTheme;
  return theme;
}

export type StandinPowerMonitor = Pick<PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'> &
  EventEmitter;

/** powerMonitor: unusable before ready (as in Electron); idle time is what the spec says. */
export function createPowerMonitor(
  runtime: StandinRuntime,
  record: SystemRecord,
): StandinPowerMonitor {
  const emitter = new EventEmitter();
  const guard = () =>
    runtime.requireReady("The 'powerMonitor' module can't be used before the app 'ready' event");
  const api: Pick<PowerMonitor, 'getSystemIdleTime' | 'getSystemIdleState'> = {
    getSystemIdleTime() {
      guard();
      return record.idleSeconds;
    },
    getSystemIdleState(threshold) {
      guard();
      return record.idleSeconds >= threshold ? 'idle' : 'active';
    },
  };
  const on = emitter.on.bind(emitter);
  return Object.assign(emitter, api, {
    on(event: string, listener: (...args: unknown[]) => void) {
      guard();
      return on(event, listener);
    },
  });
}

const WORK_AREA = { x: 0, y: 0, width: 1920, height: 1080 - 32 };

function display(): Display {
  return {
    id: 1,
    label: 'Stand-in display',
    bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    workArea: { ...WORK_AREA },
    size: { width: 1920, height: 1080 },
    workAreaSize: { width: WORK_AREA.width, height: WORK_AREA.height },
    scaleFactor: 1,
    rotation: 0,
    internal: false,
    monochrome: false,
    accelerometerSupport: 'unknown',
    colorDepth: 24,
    colorSpace: '',
    depthPerComponent: 8,
    detected: true,
    displayFrequency: 60,
    maximumCursorSize: { width: 0, height: 0 },
    nativeOrigin: { x: 0, y: 0 },
    touchSupport: 'unknown',
  };
}

export const STANDIN_WORK_AREA = WORK_AREA;

export type StandinScreen = Pick<
  Screen,
  'getCursorScreenPoint' | 'getPrimaryDisplay' | 'getDisplayNearestPoint' | 'getAllDisplays'
>;

/** One 1920x1080 display. The cursor is at its centre; on Wayland the position is unknown (0, 0). */
export function createScreen(runtime: StandinRuntime, wayland: boolean): StandinScreen {
  const guard = () =>
    runtime.requireReady("The 'screen' module can't be used before the app 'ready' event");
  return {
    getCursorScreenPoint() {
      guard();
      return wayland ? { x: 0, y: 0 } : { x: 960, y: 540 };
    },
    getPrimaryDisplay() {
      guard();
      return display();
    },
    getDisplayNearestPoint() {
      guard();
      return display();
    },
    getAllDisplays() {
      guard();
      return [display()];
    },
  };
}

export type StandinShell = Pick<Shell, 'openExternal' | 'openPath' | 'showItemInFolder'>;

export function createShell(record: SystemRecord): StandinShell {
  return {
    async openExternal(url) {
      record.externalLinks.push(url);
    },
    async openPath(path) {
      record.openedPaths.push(path);
      return '';
    },
    showItemInFolder(path) {
      record.openedPaths.push(path);
    },
  };
}

export type StandinDialog = Pick<Dialog, 'showErrorBox'> & {
  showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }>;
  showOpenDialog(...args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }>;
  showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }>;
};

/** Dialogs answer what the spec set up beforehand, as the person would have clicked. */
export function createDialog(record: SystemRecord): StandinDialog {
  return {
    showErrorBox(title, content) {
      record.errorBoxes.push({ title, content });
    },
    async showSaveDialog() {
      const path = record.dialogAnswers.savePath;
      return path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path };
    },
    async showOpenDialog() {
      const path = record.dialogAnswers.openPath;
      return path === null
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: [path] };
    },
    async showMessageBox() {
      return { response: 0, checkboxChecked: false };
    },
  };
}

export interface StandinSession {
  setPermissionRequestHandler(handler: unknown): void;
  setPermissionCheckHandler(handler: unknown): void;
  setPreloads(preloads: string[]): void;
  getPreloads(): string[];
  permissionHandlersSet(): boolean;
}

export interface StandinSessionModule {
  readonly defaultSession: StandinSession;
  /** A session by partition name (electron-updater downloads in its own, uncached). */
  fromPartition(partition: string, options?: { cache?: boolean }): StandinSession;
}

function createSession(): StandinSession {
  let requestHandler: unknown = null;
  let checkHandler: unknown = null;
  let preloads: string[] = [];
  return {
    setPermissionRequestHandler(handler) {
      requestHandler = handler;
    },
    setPermissionCheckHandler(handler) {
      checkHandler = handler;
    },
    setPreloads(list) {
      preloads = [...list];
    },
    getPreloads: () => preloads,
    permissionHandlersSet: () => requestHandler !== null && checkHandler !== null,
  };
}

/** Sessions exist only once the app is ready, as in Electron; one per partition name. */
export function createSessionModule(runtime: StandinRuntime): StandinSessionModule {
  const session = createSession();
  const partitions = new Map<string, StandinSession>();
  return {
    get defaultSession() {
      runtime.requireReady('Session can only be received when app is ready');
      return session;
    },
    fromPartition(partition) {
      runtime.requireReady('Session can only be received when app is ready');
      if (partition === '') return session;
      const existing = partitions.get(partition);
      if (existing) return existing;
      const created = createSession();
      partitions.set(partition, created);
      return created;
    },
  };
}

export type StandinSafeStorage = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

/**
 * safeStorage as on a Linux desktop without a keyring: Electron falls back
 * to 'basic_text' (a hard-coded key), which is what headless machines get.
 * The "encryption" is reversible by design here; what matters to the app is
 * that it can tell it is not protected.
 */
export function createSafeStorage(runtime: StandinRuntime): StandinSafeStorage {
  const PREFIX = 'v10';
  return {
    isEncryptionAvailable: () => runtime.isReady(),
    encryptString(plainText) {
      if (!runtime.isReady()) throw new Error('Encryption is not available.');
      return Buffer.concat([
        Buffer.from(PREFIX),
        Buffer.from(plainText, 'utf8').map((b) => b ^ 0x5a),
      ]);
    },
    decryptString(encrypted) {
      if (!runtime.isReady()) throw new Error('Decryption is not available.');
      if (encrypted.subarray(0, 3).toString() !== PREFIX)
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
        );
      return Buffer.from(encrypted.subarray(3).map((b) => b ^ 0x5a)).toString('utf8');
    },
    getSelectedStorageBackend: () => 'basic_text',
  };
}

export type StandinGlobalShortcut = Pick<
  GlobalShortcut,
  'register' | 'unregister' | 'isRegistered' | 'unregisterAll'
>;

/** Global shortcuts: register answers false for one the "OS" refuses, as Electron does for a taken one. */
export function createGlobalShortcut(
  runtime: StandinRuntime,
  record: SystemRecord,
): StandinGlobalShortcut {
  const guard = () => runtime.requireReady('globalShortcut cannot be used before the app is ready');
  return {
    register(accelerator, callback) {
      guard();
      if (record.takenShortcuts.has(accelerator) || record.shortcuts.has(accelerator)) return false;
      record.shortcuts.set(accelerator, callback);
      return true;
    },
    unregister(accelerator) {
      guard();
      record.shortcuts.delete(accelerator);
    },
    isRegistered(accelerator) {
      guard();
      return record.shortcuts.has(accelerator);
    },
    unregisterAll() {
      guard();
      record.shortcuts.clear();
    },
  };
}
