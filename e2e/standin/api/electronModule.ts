import type { BrowserWindowConstructorOptions } from 'electron';
import { createApp, type AppIdentity, type StandinApp } from './app';
import { createAutoUpdater, type StandinAutoUpdater } from './autoUpdater';
import { StandinBrowserWindow } from './browserWindow';
import { createIpcMain, frameOf, type StandinIpcMain } from './ipcMain';
import { createNet, type StandinNet } from './net';
import { StandinNotification } from './notification';
import type { StandinRuntime } from './runtime';
import {
  createDialog,
  createGlobalShortcut,
  createNativeTheme,
  createPowerMonitor,
  createSafeStorage,
  createScreen,
  createSessionModule,
  createShell,
  createSystemRecord,
  STANDIN_WORK_AREA,
  type StandinDialog,
  type StandinGlobalShortcut,
  type StandinNativeTheme,
  type StandinPowerMonitor,
  type StandinSafeStorage,
  type StandinScreen,
  type StandinSessionModule,
  type StandinShell,
  type SystemRecord,
} from './system';
import { StandinMenu, StandinMenuItem, StandinNativeImage, StandinTray } from './tray';
import { StandinWebContents } from './webContents';

/** `new BrowserWindow(options)` and the class's static lookups, as the app calls them. */
export interface BrowserWindowClass {
  new (options?: BrowserWindowConstructorOptions): StandinBrowserWindow;
  getAllWindows(): StandinBrowserWindow[];
  fromWebContents(webContents: StandinWebContents): StandinBrowserWindow | null;
  fromId(id: number): StandinBrowserWindow | null;
  getFocusedWindow(): StandinBrowserWindow | null;
}

export interface TrayClass {
  new (image: StandinNativeImage | string): StandinTray;
}

/** The stand-in's `electron` module. */
export interface ElectronStandin {
  app: StandinApp;
  BrowserWindow: BrowserWindowClass;
  webContents: typeof StandinWebContents;
  ipcMain: StandinIpcMain;
  Tray: TrayClass;
  Menu: typeof StandinMenu;
  MenuItem: typeof StandinMenuItem;
  nativeImage: typeof StandinNativeImage;
  Notification: typeof StandinNotification;
  nativeTheme: StandinNativeTheme;
  powerMonitor: StandinPowerMonitor;
  screen: StandinScreen;
  shell: StandinShell;
  dialog: StandinDialog;
  session: StandinSessionModule;
  net: StandinNet;
  autoUpdater: StandinAutoUpdater;
  safeStorage: StandinSafeStorage;
  globalShortcut: StandinGlobalShortcut;
  ipcRenderer: undefined;
  contextBridge: undefined;
  /** The stand-in's own record of what the app asked; no such export exists in Electron. */
  record: SystemRecord;
}

export interface ModuleOptions {
  identity: AppIdentity;
  wayland: boolean;
}

/**
 * The `electron` module the built app gets in place of Electron's. Every
 * export is typed against electron.d.ts where the app or its libraries use
 * it (see each file's `Pick<...>`), so a signature drift fails tsc.
 */
export function createElectronModule(
  runtime: StandinRuntime,
  markReady: () => void,
  options: ModuleOptions,
): ElectronStandin {
  const record: SystemRecord = createSystemRecord();
  const app: StandinApp = createApp(runtime, options.identity, markReady);
  const ipcMain: StandinIpcMain = createIpcMain(runtime);
  const desktop = { wayland: options.wayland, workArea: STANDIN_WORK_AREA };

  const BrowserWindow: BrowserWindowClass = class BrowserWindow extends StandinBrowserWindow {
    constructor(windowOptions?: BrowserWindowConstructorOptions) {
      super(
        runtime,
        desktop,
        (win) => {
          app.emit('browser-window-created', {}, win);
          app.emit('web-contents-created', {}, win.webContents);
        },
        windowOptions,
      );
    }
  };

  const Tray: TrayClass = class Tray extends StandinTray {
    constructor(image: StandinNativeImage | string) {
      super(runtime, image);
    }
  };

  const windowOf = (webContentsId: number) =>
    StandinBrowserWindow.getAllWindows().find((w) => w.webContents.id === webContentsId);

  runtime.onDriverEvent((event) => {
    switch (event.ev) {
      case 'targetId': {
        const wc = StandinWebContents.fromId(event.webContentsId);
        if (wc) wc.devToolsTargetId = event.targetId;
        return;
      }
      case 'loaded':
        windowOf(event.webContentsId)?.pageLoaded(event.url, event.title);
        return;
      case 'loadFailed':
        windowOf(event.webContentsId)?.pageFailed(event.url, event.message);
        return;
      case 'title':
        windowOf(event.webContentsId)?.pageTitle(event.title);
        return;
      case 'invoke':
        void ipcMain
          .dispatchInvoke(
            event.webContentsId,
            frameOf(event.frameUrl, event.isMainFrame),
            event.channel,
            event.args,
          )
          .then((reply) =>
            runtime.send(
              reply.ok
                ? { op: 'reply', replyId: event.replyId, ok: true, value: reply.value }
                : { op: 'reply', replyId: event.replyId, ok: false, message: reply.message },
            ),
          );
        return;
      case 'message':
        ipcMain.dispatchMessage(
          event.webContentsId,
          frameOf(event.frameUrl, event.isMainFrame),
          event.channel,
          event.args,
        );
        return;
      case 'pageClosed':
        // Closed from the Chromium side (a spec's page.close()): the window goes with it.
        windowOf(event.webContentsId)?.destroy();
        return;
      default:
        return;
    }
  });

  return {
    app,
    BrowserWindow,
    webContents: StandinWebContents,
    ipcMain,
    Tray,
    Menu: StandinMenu,
    MenuItem: StandinMenuItem,
    nativeImage: StandinNativeImage,
    Notification: StandinNotification,
    nativeTheme: createNativeTheme(runtime),
    powerMonitor: createPowerMonitor(runtime, record),
    screen: createScreen(runtime, options.wayland),
    shell: createShell(record),
    dialog: createDialog(record),
    session: createSessionModule(runtime),
    net: createNet(runtime),
    autoUpdater: createAutoUpdater(),
    safeStorage: createSafeStorage(runtime),
    globalShortcut: createGlobalShortcut(runtime, record),
    // Renderer-only modules are undefined in main, as in Electron.
    ipcRenderer: undefined,
    contextBridge: undefined,
    record,
  };
}
