import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  LoadFileOptions,
  Rectangle,
} from 'electron';
import type { StandinRuntime } from './runtime';
import { StandinWebContents } from './webContents';

type UsedWindow = Pick<
  BrowserWindow,
  | 'id'
  | 'loadFile'
  | 'loadURL'
  | 'show'
  | 'showInactive'
  | 'hide'
  | 'focus'
  | 'blur'
  | 'close'
  | 'destroy'
  | 'isDestroyed'
  | 'isVisible'
  | 'isFocused'
  | 'setAlwaysOnTop'
  | 'isAlwaysOnTop'
  | 'setBounds'
  | 'getBounds'
  | 'setPosition'
  | 'getPosition'
  | 'setSize'
  | 'getSize'
  | 'center'
  | 'getTitle'
  | 'setTitle'
  | 'flashFrame'
  | 'setSkipTaskbar'
  | 'moveTop'
  | 'isMinimized'
  | 'restore'
  | 'isResizable'
  | 'isFocusable'
>;

/** What the stand-in knows of the desktop a window lives on. */
export interface WindowDesktop {
  /** Wayland compositors ignore positioning and always-on-top requests from clients. */
  wayland: boolean;
  workArea: Rectangle;
}

/** What a window records beyond Electron's API, for specs (the stand-in's own, never the app's). */
export interface WindowRecord {
  flashed: boolean;
  skipTaskbar: boolean;
  alwaysOnTopLevel: string | null;
}

const windows = new Map<number, StandinBrowserWindow>();
let nextId = 1;
let focusedId: number | null = null;

interface CancellableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

function cancellable(): CancellableEvent {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/**
 * Electron's BrowserWindow over one real Chromium page. Size, position,
 * visibility and focus are bookkeeping (there is no window manager here);
 * the page, its preload, its title and its IPC are real.
 */
export class StandinBrowserWindow extends EventEmitter implements UsedWindow {
  readonly id = nextId++;
  readonly webContents: StandinWebContents;
  readonly record: WindowRecord = { flashed: false, skipTaskbar: false, alwaysOnTopLevel: null };
  private bounds: Rectangle;
  private title: string;
  private visible = false;
  private alwaysOnTop: boolean;
  private readonly resizable: boolean;
  private readonly focusable: boolean;
  private destroyed = false;
  private readyToShowSent = false;
  private loads: { resolve(): void; reject(err: Error): void }[] = [];

  constructor(
    private readonly runtime: StandinRuntime,
    private readonly desktop: WindowDesktop,
    onCreated: (win: StandinBrowserWindow) => void,
    options: BrowserWindowConstructorOptions = {},
  ) {
    super();
    runtime.requireReady('Cannot create BrowserWindow before app is ready');
    const prefs = options.webPreferences ?? {};
    // The stand-in can only be what the app promises to be: sandboxed and isolated.
    if (
      prefs.nodeIntegration === true ||
      prefs.contextIsolation === false ||
      prefs.sandbox === false
    ) {
      throw new Error(
        'standin: only sandboxed, context-isolated windows without Node integration are supported',
      );
    }
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    const area = desktop.workArea;
    this.bounds = {
      x: options.x ?? Math.round(area.x + (area.width - width) / 2),
      y: options.y ?? Math.round(area.y + (area.height - height) / 2),
      width,
      height,
    };
    this.title = options.title ?? 'Electron';
    this.alwaysOnTop = !desktop.wayland && (options.alwaysOnTop ?? false);
    this.record.skipTaskbar = options.skipTaskbar ?? false;
    this.resizable = options.resizable ?? true;
    this.focusable = options.focusable ?? true;
    this.webContents = new StandinWebContents(runtime);
    this.webContents.onCloseRequested = () => this.close();
    windows.set(this.id, this);
    const preloadSource = prefs.preload ? readFileSync(prefs.preload, 'utf8') : null;
    runtime.send({
      op: 'create',
      windowId: this.id,
      webContentsId: this.webContents.id,
      spec: { width, height, preloadSource },
    });
    onCreated(this);
    if (options.show ?? true) this.show();
  }

  /** The driver says the page finished (or failed) loading, or changed its title. */
  pageLoaded(url: string, title: string): void {
    this.runtime.trace(`window ${this.id} loaded ${url}`);
    if (title && title !== this.webContents.title) this.pageTitle(title);
    this.webContents.url = url;
    this.webContents.loading = false;
    this.webContents.emit('did-finish-load');
    for (const load of this.loads.splice(0)) load.resolve();
    if (!this.readyToShowSent) {
      this.readyToShowSent = true;
      this.emit('ready-to-show');
    }
  }

  pageFailed(url: string, message: string): void {
    this.webContents.loading = false;
    this.webContents.emit('did-fail-load', {}, -6, message, url, true);
    // Electron rejects loadURL/loadFile with the net error (ERR_FILE_NOT_FOUND and the like).
    for (const load of this.loads.splice(0)) load.reject(new Error(`${message} loading '${url}'`));
  }

  pageTitle(title: string): void {
    const event = cancellable();
    this.emit('page-title-updated', event, title, true);
    this.webContents.title = title;
    // Electron lets the page's <title> win unless the app prevents it.
    if (!event.defaultPrevented) this.title = title;
  }

  loadURL(url: string): Promise<void> {
    if (this.destroyed) return Promise.reject(new Error('Object has been destroyed'));
    this.webContents.loading = true;
    this.runtime.send({ op: 'load', webContentsId: this.webContents.id, url });
    return new Promise<void>((resolve, reject) => this.loads.push({ resolve, reject }));
  }

  loadFile(filePath: string, options?: LoadFileOptions): Promise<void> {
    const url = pathToFileURL(filePath);
    if (options?.search) url.search = options.search;
    if (options?.hash) url.hash = options.hash;
    return this.loadURL(url.href);
  }

  show(): void {
    this.visible = true;
    this.focus();
    this.emit('show');
  }

  isResizable(): boolean {
    return this.resizable;
  }

  isFocusable(): boolean {
    return this.focusable;
  }

  showInactive(): void {
    this.visible = true;
    this.emit('show');
  }

  hide(): void {
    this.visible = false;
    if (focusedId === this.id) focusedId = null;
    this.emit('hide');
  }

  focus(): void {
    if (focusedId !== this.id) {
      const previous = focusedId === null ? undefined : windows.get(focusedId);
      previous?.emit('blur');
      focusedId = this.id;
      this.emit('focus');
    }
  }

  blur(): void {
    if (focusedId === this.id) {
      focusedId = null;
      this.emit('blur');
    }
  }

  close(): void {
    if (this.destroyed) return;
    const event = cancellable();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    if (focusedId === this.id) focusedId = null;
    windows.delete(this.id);
    this.runtime.send({ op: 'close', webContentsId: this.webContents.id });
    this.webContents.markDestroyed();
    // Electron aborts a load still in flight when its window goes.
    const url = this.webContents.url || 'about:blank';
    for (const load of this.loads.splice(0))
      load.reject(new Error(`ERR_ABORTED (-3) loading '${url}'`));
    // Electron emits 'closed' once the native window is gone, after the current task.
    setImmediate(() => this.emit('closed'));
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isVisible(): boolean {
    return this.visible;
  }

  isFocused(): boolean {
    return focusedId === this.id;
  }

  setAlwaysOnTop(
    flag: boolean,
    level: Parameters<BrowserWindow['setAlwaysOnTop']>[1] = 'floating',
  ): void {
    if (this.desktop.wayland) return;
    this.alwaysOnTop = flag;
    this.record.alwaysOnTopLevel = flag ? level : null;
  }

  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }

  setBounds(bounds: Partial<Rectangle>): void {
    const sizeChanged =
      (bounds.width !== undefined && bounds.width !== this.bounds.width) ||
      (bounds.height !== undefined && bounds.height !== this.bounds.height);
    // A Wayland client may size its window but never place it.
    const placed = this.desktop.wayland ? {} : { x: bounds.x, y: bounds.y };
    this.bounds = {
      x: placed.x ?? this.bounds.x,
      y: placed.y ?? this.bounds.y,
      width: bounds.width ?? this.bounds.width,
      height: bounds.height ?? this.bounds.height,
    };
    if (sizeChanged) {
      this.runtime.send({
        op: 'resize',
        webContentsId: this.webContents.id,
        width: this.bounds.width,
        height: this.bounds.height,
      });
      this.emit('resize');
    }
  }

  getBounds(): Rectangle {
    return { ...this.bounds };
  }

  setPosition(x: number, y: number): void {
    this.setBounds({ x, y });
  }

  getPosition(): number[] {
    return [this.bounds.x, this.bounds.y];
  }

  setSize(width: number, height: number): void {
    this.setBounds({ width, height });
  }

  getSize(): number[] {
    return [this.bounds.width, this.bounds.height];
  }

  center(): void {
    const area = this.desktop.workArea;
    this.setBounds({
      x: Math.round(area.x + (area.width - this.bounds.width) / 2),
      y: Math.round(area.y + (area.height - this.bounds.height) / 2),
    });
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): void {
    this.title = title;
  }

  flashFrame(flag: boolean): void {
    this.record.flashed = flag;
  }

  setSkipTaskbar(skip: boolean): void {
    this.record.skipTaskbar = skip;
  }

  moveTop(): void {
    // Stacking order is the window manager's; there is none to tell here.
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {
    this.show();
  }

  static getAllWindows(): StandinBrowserWindow[] {
    return [...windows.values()];
  }

  static fromWebContents(webContents: StandinWebContents): StandinBrowserWindow | null {
    for (const win of windows.values()) if (win.webContents === webContents) return win;
    return null;
  }

  static fromId(id: number): StandinBrowserWindow | null {
    return windows.get(id) ?? null;
  }

  static getFocusedWindow(): StandinBrowserWindow | null {
    return focusedId === null ? null : (windows.get(focusedId) ?? null);
  }
}
