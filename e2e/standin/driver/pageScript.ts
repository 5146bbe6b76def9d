/**
 * What runs in every stand-in window before the page's own scripts. It is
 * shipped into the page as source text (Function#toString), so it must not
 * reference anything outside its body.
 *
 * - Takes the driver's binding out of the page's reach (every frame gets
 *   one from Playwright; the page must see only what the preload exposes).
 * - Reports the page `<title>`, which Electron turns into the window title.
 * - In the main frame only (nodeIntegrationInSubFrames is off), runs the
 *   app's REAL built preload with `require('electron')` giving
 *   contextBridge and ipcRenderer. Electron runs it in an isolated world;
 *   here it runs in a closure before the page, so the page sees only what
 *   contextBridge put on `window`, which is what the specs check.
 */
export function pageScript(
  bindingName: string,
  runPreload:
    | ((
        require: (id: string) => unknown,
        module: { exports: unknown },
        exports: unknown,
        process: unknown,
      ) => void)
    | null,
): void {
  type Binding = (payload: unknown) => Promise<unknown>;
  const globals = globalThis as unknown as Record<string, unknown>;
  const binding = globals[bindingName] as Binding | undefined;
  Reflect.deleteProperty(globals, bindingName);
  if (typeof binding !== 'function' || window !== window.top) return;

  let lastTitle = '';
  const reportTitle = () => {
    const title = document.title;
    if (title && title !== lastTitle) {
      lastTitle = title;
      void binding({ kind: 'title', title });
    }
  };
  new MutationObserver(reportTitle).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
  });

  if (!runPreload) return;

  type Listener = (event: unknown, ...args: unknown[]) => void;
  const listeners = new Map<string, Listener[]>();
  const sender = {};

  /** Electron's IPC uses the structured clone algorithm: functions and DOM nodes are refused. */
  const cloneArgs = (args: unknown[]): unknown[] => structuredClone(args);

  const ipcRenderer = {
    async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      const reply = (await binding({ kind: 'invoke', channel, args: cloneArgs(args) })) as
        { ok: true; value: unknown } | { ok: false; message: string };
      if (reply.ok) return reply.value;
      // Electron's wording: the handler's error arrives wrapped, message only.
      throw new Error(`Error invoking remote method '${channel}': ${reply.message}`);
    },
    send(channel: string, ...args: unknown[]): void {
      void binding({ kind: 'send', channel, args: cloneArgs(args) });
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    once(channel: string, listener: Listener) {
      const wrapped: Listener = (event, ...args) => {
        ipcRenderer.removeListener(channel, wrapped);
        listener(event, ...args);
      };
      return ipcRenderer.on(channel, wrapped);
    },
    removeListener(channel: string, listener: Listener) {
      const list = listeners.get(channel) ?? [];
      const index = list.indexOf(listener);
      if (index >= 0) list.splice(index, 1);
      return ipcRenderer;
    },
    off(channel: string, listener: Listener) {
      return ipcRenderer.removeListener(channel, listener);
    },
    removeAllListeners(channel?: string) {
      if (channel === undefined) listeners.clear();
      else listeners.delete(channel);
      return ipcRenderer;
    },
  };

  /**
   * Electron copies what crosses the bridge, in both directions: plain data
   * is cloned, functions (the API's methods, and callbacks the page hands
   * in) and promises are proxied, an Error keeps only its message,
   * prototypes are dropped.
   */
  const crossWorlds = (value: unknown, depth: number): unknown => {
    if (depth > 1000) throw new Error('contextBridge: object too deep');
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => crossWorlds(fn(...args.map((a) => crossWorlds(a, 0))), 0);
    }
    if (value instanceof Promise) {
      return new Promise((resolve, reject) => {
        value.then(
          (v: unknown) => resolve(crossWorlds(v, 0)),
          (err: unknown) => reject(new Error(err instanceof Error ? err.message : String(err))),
        );
      });
    }
    if (value instanceof Error) return new Error(value.message);
    if (Array.isArray(value)) return value.map((v) => crossWorlds(v, depth + 1));
    if (value !== null && typeof value === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) copy[k] = crossWorlds(v, depth + 1);
      return copy;
    }
    return value;
  };

  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (Object.prototype.hasOwnProperty.call(window, key)) {
        throw new Error(`Cannot bind an API on top of an existing property on the window object`);
      }
      Object.defineProperty(window, key, {
        value: Object.freeze(crossWorlds(api, 0)),
        enumerable: true,
        configurable: false,
        writable: false,
      });
    },
  };

  const sandboxedProcess = Object.freeze({
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
    platform: navigator.platform.toLowerCase().startsWith('linux') ? 'linux' : 'other',
    argv: [],
    env: {},
  });
  const requireInPreload = (id: string): unknown => {
    if (id === 'electron') return { contextBridge, ipcRenderer };
    // A sandboxed preload can require only a few modules; ours needs only electron.
    throw new Error(`module not found: ${id}`);
  };
  const preloadModule = { exports: {} as unknown };
  runPreload(requireInPreload, preloadModule, preloadModule.exports, sandboxedProcess);

  // Pushes from main (webContents.send) arrive by long poll: no global is left for the page to find.
  const pump = async () => {
    for (;;) {
      let batch: { channel: string; args: unknown[] }[];
      try {
        batch = (await binding({ kind: 'poll' })) as { channel: string; args: unknown[] }[];
      } catch {
        return;
      }
      for (const { channel, args } of batch) {
        for (const listener of [...(listeners.get(channel) ?? [])]) {
          listener({ sender, senderId: 0 }, ...args);
        }
      }
    }
  };
  void pump();
}

/** The init script for one window: the function above applied to this window's binding and preload. */
export function pageScriptSource(bindingName: string, preloadSource: string | null): string {
  const preload =
    preloadSource === null
      ? 'null'
      : `function (require, module, exports, process) {\n${preloadSource}\n}`;
  return `(${pageScript.toString()})(${JSON.stringify(bindingName)}, ${preload});`;
}
