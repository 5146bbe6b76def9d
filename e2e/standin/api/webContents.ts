import { EventEmitter } from 'node:events';
import type { HandlerDetails, WebContents, WindowOpenHandlerResponse } from 'electron';
import type { StandinRuntime } from './runtime';

type UsedWebContents = Pick<
  WebContents,
  | 'id'
  | 'send'
  | 'getURL'
  | 'getTitle'
  | 'isDestroyed'
  | 'isLoading'
  | 'close'
  | 'setWindowOpenHandler'
  | 'getOSProcessId'
  | 'isCrashed'
>;

/** The frame a message came from, as Electron's WebFrameMain describes it (the fields the app reads). */
export interface StandinFrame {
  readonly url: string;
  readonly origin: string;
  readonly name: string;
  readonly isMainFrame: boolean;
}

const all = new Map<number, StandinWebContents>();
let nextId = 1;

/**
 * One page. Its document lives in the Chromium driver; this side keeps what
 * Electron answers synchronously (URL, title, destroyed) up to date from the
 * driver's events.
 */
export class StandinWebContents extends EventEmitter implements UsedWebContents {
  readonly id = nextId++;
  url = '';
  title = '';
  loading = false;
  devToolsTargetId: string | null = null;
  destroyed = false;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  /** Set by the owning window: what closing the page means for it. */
  onCloseRequested: () => void = () => undefined;

  constructor(private readonly runtime: StandinRuntime) {
    super();
    all.set(this.id, this);
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    // Electron clones IPC arguments with the structured clone algorithm; so does postMessage.
    this.runtime.send({ op: 'send', webContentsId: this.id, channel, args });
  }

  getURL(): string {
    return this.url;
  }

  getTitle(): string {
    return this.title;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isLoading(): boolean {
    return this.loading;
  }

  close(): void {
    this.onCloseRequested();
  }

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }

  getOSProcessId(): number {
    return 0;
  }

  isCrashed(): boolean {
    return false;
  }

  markDestroyed(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    all.delete(this.id);
    this.emit('destroyed');
  }

  static fromId(id: number): StandinWebContents | undefined {
    return all.get(id);
  }

  static fromDevToolsTargetId(targetId: string): StandinWebContents | undefined {
    for (const wc of all.values()) if (wc.devToolsTargetId === targetId) return wc;
    return undefined;
  }

  static getAllWebContents(): StandinWebContents[] {
    return [...all.values()];
  }

  static getFocusedWebContents(): StandinWebContents | null {
    return null;
  }
}
