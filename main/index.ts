import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, nativeTheme, powerMonitor, shell as electronShell } from 'electron';
import { systemClock } from './core/clock';
import { HISTORY_FILE_NAME, openHistoryLog } from './core/history/historyLog';
import { createCore } from './core/createCore';
import { watchScreenLock } from './desktop/screenLock';
import { loadSettings } from './core/settings/loadSettings';
import { SETTINGS_FILE_NAME } from './core/settings/settingsStore';
import { createFileLogger, logFolder } from './shell/fileLogger';
import { fileDialogs } from './shell/fileDialogs';
import { hardenApp, openExternalSafely } from './shell/hardening';
import { isAppUrl, registerIpc } from './shell/ipcMainBridge';
import { appendChromiumSwitches } from './shell/chromiumSwitches';
import { nodeCronScheduler } from './shell/cronScheduler';
import { displayServer } from './shell/displayServer';
import { createNotifier } from './shell/notifier';
import { forwardPowerEvents } from './shell/powerEvents';
import { applyPlatformSetup, createLoginItem } from './shell/platformSetup';
import { openElectronSettingsStore } from './shell/settingsStoreBackend';
import { createTrayController } from './shell/trayController';
import { trayIconFile } from './shell/trayIconPaths';
import { createWindowManager } from './shell/windowManager';

const here = fileURLToPath(new URL('.', import.meta.url));
const resourcesDir = app.isPackaged ? process.resourcesPath : join(here, '../../resources');
const rendererIndex = join(here, '../renderer/index.html');
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

// Tests pass an isolated profile so they never touch the person's settings.
const userDataOverride = process.env.DECOMPRESS_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

// Chromium reads these as it starts, so they go in before ready.
appendChromiumSwitches(app.commandLine, process.platform);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

function platformName(): 'darwin' | 'win32' | 'linux' | 'other' {
  const p = process.platform;
  return p === 'darwin' || p === 'win32' || p === 'linux' ? p : 'other';
}

const TRAY_LOCATION = {
  darwin: 'the menu bar at the top right of your screen',
  win32: 'the system tray at the bottom right (it may hide behind the ^ arrow)',
  linux: 'the top bar or system tray, depending on your desktop',
  other: 'your system tray',
};

function start(): void {
  const log = createFileLogger();
  hardenApp();
  applyPlatformSetup(process.platform);

  const userDataDir = app.getPath('userData');
  const settingsPath = join(userDataDir, SETTINGS_FILE_NAME);
  const loaded = loadSettings(
    settingsPath,
    () => openElectronSettingsStore(userDataDir),
    existsSync,
    log,
  );

  const notifier = createNotifier(join(resourcesDir, 'icon.png'), {
    platform: process.platform,
    log,
  });
  const windows = createWindowManager(
    join(here, '../preload/index.cjs'),
    { ...(devUrl ? { devUrl } : {}), indexFile: rendererIndex },
    {
      displayServer: displayServer(
        process.platform,
        process.env,
        app.commandLine.getSwitchValue('ozone-platform'),
      ),
      notifier,
    },
  );
  const appOrigin = {
    ...(devUrl ? { devUrl } : {}),
    indexFileUrl: pathToFileURL(rendererIndex).href,
  };

  let trayAction: (action: string) => void = () => undefined;
  // Windows' taskbar can be dark while apps are light: ask about the system UI there.
  const darkTray = () =>
    process.platform === 'win32'
      ? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI
      : nativeTheme.shouldUseDarkColors;
  const tray = createTrayController(
    (state) => join(resourcesDir, trayIconFile(state, process.platform, darkTray())),
    (action) => trayAction(action),
  );
  const loginItem = createLoginItem(process.platform, {
    executablePath: process.execPath,
    // Unpackaged, the Electron binary needs the app folder to know what to run.
    args: app.isPackaged ? [] : [app.getAppPath()],
  });

  const platform = platformName();
  const core = createCore({
    clock: systemClock,
    log,
    settingsStore: loaded.store,
    initialSettings: loaded.settings,
    history: openHistoryLog(join(userDataDir, HISTORY_FILE_NAME)),
    version: app.getVersion(),
    settingsNotice: loaded.notice,
    firstRun: loaded.firstRun,
    shell: {
      windows,
      tray,
      notifier,
      dialogs: fileDialogs,
      links: { open: openExternalSafely },
      loginItem,
      app: {
        info: {
          name: 'Decompress',
          version: app.getVersion(),
          platform,
          trayLocation: TRAY_LOCATION[platform],
        },
        quit: () => app.quit(),
        openLogFolder: () => void electronShell.openPath(logFolder()),
      },
      cron: nodeCronScheduler,
      idle: { idleSeconds: () => powerMonitor.getSystemIdleTime() },
    },
  });
  trayAction = core.trayAction;
  // Re-applied at start so the autostart entry follows a moved AppImage.
  if (core.settings.get().launchAtLogin) loginItem.setEnabled(true);
  nativeTheme.on('updated', () => core.refreshTray());
  const stopPowerEvents = forwardPowerEvents(powerMonitor, core.power);
  // powerMonitor has no lock events on Linux; the desktop announces them over D-Bus.
  const screenLock =
    process.platform === 'linux' ? watchScreenLock({ log, onChange: (e) => core.power(e) }) : null;
  if (process.env.DECOMPRESS_TEST_HOOKS === '1') {
    // Electron specs cannot click a real tray icon; they call the same action.
    Object.assign(globalThis, { __decompressTest: { trayAction: core.trayAction } });
  }

  registerIpc(core.router, (event) =>
    event.senderFrame && isAppUrl(event.senderFrame.url, appOrigin)
      ? windows.identify(event.sender)
      : null,
  );

  // A second launch means "where is it?": answer by showing settings.
  app.on('second-instance', () => windows.open('settings'));
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => {
    stopPowerEvents();
    void screenLock?.then((watch) => watch.stop());
    core.stop();
  });

  log.info('app: started', { version: app.getVersion(), firstRun: loaded.firstRun });
}
