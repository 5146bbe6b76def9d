/**
 * The one hand-written Electron double for main/shell unit tests. Use with
 * `vi.mock('electron', () => import('./testing/electronMock'))`. It records
 * what the shell asked for and lets tests fire Electron's events.
 */
type Listener = (...args: unknown[]) => void;

class Emitter {
  private listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(event, wrapped);
      listener(...args);
    };
    return this.on(event, wrapped);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]): boolean {
    const list = this.listeners.get(event) ?? [];
    for (const l of list) l(...args);
    return list.length > 0;
  }
  listenerCount(event: string): number {
    return (this.listeners.get(event) ?? []).length;
  }
}

let nextId = 1;

export class MockWebContents extends Emitter {
  readonly id = nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
}

export class BrowserWindow extends Emitter {
  static all: BrowserWindow[] = [];
  readonly id = nextId++;
  readonly webContents = new MockWebContents();
  readonly loaded: { file?: string; url?: string; hash?: string }[] = [];
  destroyed = false;
  visible = false;
  focused = false;
  shownInactive = false;
  bounds = { x: 0, y: 0, width: 0, height: 0 };
  alwaysOnTop: [boolean, string?] = [false];
  flashing = false;
  /** Geometry and stacking calls in order, to show which ones a window system was spared. */
  readonly calls: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.bounds.width = Number(options.width ?? 800);
    this.bounds.height = Number(options.height ?? 600);
    BrowserWindow.all.push(this);
  }
  /** How the next load ends: Electron rejects loadFile/loadURL with the net error. */
  static nextLoadError: Error | null = null;
  loadFile(file: string, options?: { hash?: string }): Promise<void> {
    this.loaded.push({ file, hash: options?.hash });
    const error = BrowserWindow.nextLoadError;
    BrowserWindow.nextLoadError = null;
    return error ? Promise.reject(error) : Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push({ url });
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** Electron destroys a closed window (no 'close' veto here) and then emits 'closed'. */
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  show(): void {
    this.visible = true;
  }
  showInactive(): void {
    this.visible = true;
    this.shownInactive = true;
  }
  /** Electron emits 'focus' when the window gains focus. */
  focus(): void {
    this.focused = true;
    this.emit('focus');
  }
  setBounds(b: { x: number; y: number; width: number; height: number }): void {
    this.calls.push('setBounds');
    this.bounds = b;
  }
  getSize(): number[] {
    return [this.bounds.width, this.bounds.height];
  }
  setPosition(x: number, y: number): void {
    this.calls.push('setPosition');
    this.bounds = { ...this.bounds, x, y };
  }
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.calls.push('setAlwaysOnTop');
    this.alwaysOnTop = [flag, level];
  }
  flashFrame(flag: boolean): void {
    this.flashing = flag;
  }
}

export const screen = {
  /** How often the pointer was asked for (Wayland does not tell clients where it is). */
  cursorReads: 0,
  getCursorScreenPoint() {
    this.cursorReads++;
    return { x: 10, y: 10 };
  },
  getDisplayNearestPoint: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
};

type Handler = (event: unknown, payload: unknown) => unknown;
export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

export class Menu {
  static built: unknown[] = [];
  static buildFromTemplate(template: unknown[]): Menu {
    Menu.built.push(template);
    return new Menu(template);
  }
  constructor(readonly template: unknown[]) {}
}

export class Tray {
  static created: Tray[] = [];
  tooltip = '';
  menu: Menu | null = null;
  images: unknown[] = [];
  constructor(image: unknown) {
    this.images.push(image);
    Tray.created.push(this);
  }
  setToolTip(t: string): void {
    this.tooltip = t;
  }
  setContextMenu(m: Menu): void {
    this.menu = m;
  }
  setImage(i: unknown): void {
    this.images.push(i);
  }
  destroy(): void {}
}

export const nativeImage = { createFromPath: (path: string) => ({ path }) };

export const app = Object.assign(new Emitter(), {
  isPackaged: false,
  dock: {
    hidden: false,
    hide() {
      this.hidden = true;
    },
  },
  userModelId: '',
  setAppUserModelId(id: string) {
    this.userModelId = id;
  },
  loginItem: { openAtLogin: false },
  setLoginItemSettings(settings: { openAtLogin: boolean }) {
    this.loginItem = settings;
  },
  getPath: () => '/tmp/decompress-mock',
  getVersion: () => '0.0.0-mock',
});

export const session = {
  defaultSession: {
    permissionRequestHandler: null as null | ((...a: unknown[]) => void),
    permissionCheckHandler: null as null | ((...a: unknown[]) => boolean),
    setPermissionRequestHandler(h: (...a: unknown[]) => void) {
      this.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: (...a: unknown[]) => boolean) {
      this.permissionCheckHandler = h;
    },
  },
};

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  },
  openPath: () => Promise.resolve(''),
};

export class Notification extends Emitter {
  static supported = true;
  /**
   * Electron's native side does not keep a shown notification's JS object
   * alive: once the app drops it, it can be collected and its listeners go
   * with it. The mock keeps only weak references, so a test can see that.
   */
  private static shownRefs: WeakRef<Notification>[] = [];
  static shownCount = 0;
  static isSupported(): boolean {
    return Notification.supported;
  }
  /** The shown notifications that are still reachable, oldest first. */
  static live(): Notification[] {
    return Notification.shownRefs.flatMap((ref) => {
      const notification = ref.deref();
      return notification ? [notification] : [];
    });
  }
  static reset(): void {
    Notification.shownRefs = [];
    Notification.shownCount = 0;
    Notification.supported = true;
  }
  closed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  show(): void {
    Notification.shownRefs.push(new WeakRef(this));
    Notification.shownCount++;
  }
  close(): void {
    this.closed = true;
  }
}

export const powerMonitor = Object.assign(new Emitter(), { getSystemIdleTime: () => 0 });
export const dialog = {
  showSaveDialog: () => Promise.resolve({ canceled: true, filePath: '' }),
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
};

/**
 * Electron's globalShortcut. register() returns false for an accelerator
 * another app holds (`takenElsewhere`), as the OS makes it, and throws on a
 * string Electron cannot convert, as Electron does; `press` plays a key press.
 */
export const globalShortcut = {
  registered: new Map<string, () => void>(),
  takenElsewhere: new Set<string>(),
  /** Accelerators Electron would fail to convert (it throws a TypeError). */
  unconvertible: new Set<string>(),
  register(accelerator: string, callback: () => void): boolean {
    if (this.unconvertible.has(accelerator)) {
      throw new TypeError(
        `Error processing argument at index 0, conversion failure from ${accelerator}`,
      );
    }
    if (this.takenElsewhere.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  },
  unregisterAll(): void {
    this.registered.clear();
  },
  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator);
  },
  press(accelerator: string): void {
    this.registered.get(accelerator)?.();
  },
};

/**
 * safeStorage's async API. The stand-in cipher is reversible and visibly not
 * plain text; the real one needs an OS keyring, which tests do not have.
 */
const mockCipher = (text: string) =>
  Buffer.from(text, 'utf8').toString('base64').split('').reverse().join('');
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  /** The OS key's version; raising it makes older ciphertext ask for re-encryption. */
  keyVersion: 1,
  isAsyncEncryptionAvailable(): Promise<boolean> {
    return Promise.resolve(this.available);
  },
  encryptStringAsync(plainText: string): Promise<Buffer> {
    if (!this.available) return Promise.reject(new Error('Encryption is not available.'));
    return Promise.resolve(
      Buffer.from(`mock-v${this.keyVersion}:${mockCipher(plainText)}`, 'utf8'),
    );
  },
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    const match = /^mock-v(\d+):(.*)$/s.exec(encrypted.toString('utf8'));
    if (!this.available || !match) {
      return Promise.reject(
        new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'),
      );
    }
    const body = (match[2] ?? '').split('').reverse().join('');
    return Promise.resolve({
      result: Buffer.from(body, 'base64').toString('utf8'),
      shouldReEncrypt: Number(match[1]) < this.keyVersion,
    });
  },
  getSelectedStorageBackend(): string {
    return this.backend;
  },
};

/** Resets recorded state between tests. */
export function resetElectronMock(): void {
  BrowserWindow.all = [];
  Menu.built = [];
  Tray.created = [];
  Notification.reset();
  screen.cursorReads = 0;
  ipcMain.handlers.clear();
  shell.opened = [];
  globalShortcut.registered.clear();
  globalShortcut.takenElsewhere.clear();
  globalShortcut.unconvertible.clear();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  safeStorage.keyVersion = 1;
}

export default {
  app,
  BrowserWindow,
  screen,
  ipcMain,
  Menu,
  Tray,
  nativeImage,
  session,
  shell,
  Notification,
  powerMonitor,
  dialog,
  globalShortcut,
  safeStorage,
};
