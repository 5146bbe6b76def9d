// Over 300 lines on purpose: this is the app's wiring, in start order
// (essentials, then guarded optional steps). Each line is a call into a module
// that does the work; reading the order top to bottom is the point.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, dialog, nativeTheme, powerMonitor, shell as electronShell } from 'electron';
import { deliverLaunch, launchActionsFromTray, type LaunchOrigin } from './core/cli/deliverLaunch';
import { AUTOSTART_SWITCH, startedAtLogin } from './core/cli/autostartSwitch';
import { helpText } from './core/cli/helpText';
import { launchData, secondInstanceArguments, userArguments } from './core/cli/launchArguments';
import { parseLaunchArguments } from './core/cli/parseLaunch';
import { createCalendarService, type CalendarService } from './core/calendar/calendarService';
import { createHttpsFetcher } from './core/calendar/feedFetcher';
import { refreshOnNetworkReturn } from './core/calendar/networkReturnRefresh';
import { systemClock } from './core/clock';
import type { Core } from './core/createCore';
import { openCore } from './core/openCore';
import { createDesktopFacts } from './core/desktopFacts';
import type { Logger } from './core/logger';
import type { Settings } from '../shared/settings/schema';
import { ROUTES, windowPage } from '../shared/routes';
import { createLiveBusySources } from './desktop/busy/createLiveBusySources';
import type { GuardedSource } from './desktop/busy/guardedSource';
import { createSourceBoard } from './desktop/busy/sourceBoard';
import { lazySessionBus } from './desktop/busy/lazySessionBus';
import type { LazyBus } from './desktop/dbus/lazyBus';
import { openSystemBus } from './desktop/dbus/sessionBus';
import { dbusNetworkWatch } from './desktop/network/networkReturn';
import type { LiveSourceKind } from './desktop/busy/signalDetector';
import { watchScreenLock } from './desktop/screenLock';
import { trayHostView, watchTrayHostOnSessionBus } from './desktop/trayHost';
import { createFileLogger, logFolder } from './shell/fileLogger';
import { fileDialogs } from './shell/fileDialogs';
import { createGlobalShortcut, type ShortcutStatus } from './shell/globalShortcut';
import { hardenApp, openExternalSafely } from './shell/hardening';
import { isAppUrl, registerIpc } from './shell/ipcMainBridge';
import { appendChromiumSwitches } from './shell/chromiumSwitches';
import { nodeCronScheduler } from './shell/cronScheduler';
import { displayServer } from './shell/displayServer';
import { createNotifier } from './shell/notifier';
import { createSafeStorageSecretStore } from './shell/secretStore';
import { forwardPowerEvents } from './shell/powerEvents';
import { applyPlatformSetup, createLoginItem } from './shell/platformSetup';
import { openElectronSettingsStore } from './shell/settingsStoreBackend';
import { attempt, guardedPort } from './shell/startupSteps';
import { createTrayController } from './shell/trayController';
import { trayIconFile } from './shell/trayIconPaths';
import type { appUpdates } from './shell/updater';
import { createWindowManager } from './shell/windowManager';

const here = fileURLToPath(new URL('.', import.meta.url));
const resourcesDir = app.isPackaged ? process.resourcesPath : join(here, '../../resources');
const rendererDir = join(here, '../renderer');
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

// Tests pass an isolated profile so they never touch the person's settings.
const userDataOverride = process.env.DECOMPRESS_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);

// Chromium reads these as it starts, so they go in before ready.
appendChromiumSwitches(app.commandLine, process.platform);

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

/** The running core, once start() has built it; launches before then wait for it. */
let core: Core | null = null;
/** Launches (a second instance, a decompress:// link) that arrived while the core was starting. */
const pendingLaunches: { args: string[]; origin: LaunchOrigin }[] = [];
let logger: Logger | null = null;

// Unpackaged (electron ., electron-vite), argv carries the app folder after the executable.
const argvLayout = { defaultApp: process.defaultApp === true };
const ownArguments = userArguments(process.argv, argvLayout);
const firstLaunch = parseLaunchArguments(ownArguments);

function deliver(args: string[], origin: LaunchOrigin): void {
  if (!core || !logger) {
    pendingLaunches.push({ args, origin });
    return;
  }
  deliverLaunch(parseLaunchArguments(args), origin, launchActionsFromTray(core.trayAction), logger);
}

if (firstLaunch.request.kind === 'help') {
  // `decompress --help` answers and leaves: no lock, no window, no tray.
  process.stdout.write(helpText());
  app.exit(0);
} else if (!app.requestSingleInstanceLock(launchData(ownArguments))) {
  // The first instance gets our arguments through 'second-instance' and acts on them.
  app.quit();
} else {
  // Registered before ready, as Electron advises: a launch during start-up is
  // remembered and carried out once the core exists.
  app.on('second-instance', (_event, argv, _cwd, additionalData) =>
    deliver(secondInstanceArguments(argv, additionalData, argvLayout), 'second-instance'),
  );
  // macOS hands decompress:// links to the running app this way.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    deliver([url], 'open-url');
  });
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);
  // electron-updater loads only in the instance that stays (a second launch leaves at once).
  const updater = import('./shell/updater');
  app.whenReady().then(async () => start((await updater).appUpdates), failStart);
}

/**
 * A start that cannot build the core must not leave a tray-less process
 * holding the single-instance lock (every later launch would hand over to
 * it and vanish): say so, and quit.
 */
function failStart(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  try {
    createFileLogger().error('app: start failed', { message });
  } catch {
    // The log itself may be what failed; the dialog still tells the person.
  }
  dialog.showErrorBox(
    'Decompress could not start',
    `${message}\n\nPlease quit and start it again; if this keeps happening, reinstall Decompress.`,
  );
  app.exit(1);
}

/**
 * Calendar feeds (main/core/calendar): the feed list and last good copies
 * from disk (no network), so a meeting is known offline from the first
 * minute. Optional: a calendar that cannot be built leaves the app without one.
 */
async function openCalendar(userDataDir: string, log: Logger): Promise<CalendarService | null> {
  try {
    const calendar = createCalendarService({
      clock: systemClock,
      log,
      dir: join(userDataDir, 'calendar'),
      secrets: createSafeStorageSecretStore(join(userDataDir, 'secrets.json'), log),
      fetch: createHttpsFetcher({
        clock: systemClock,
        userAgent: `Decompress/${app.getVersion()}`,
      }),
    });
    // Disk only; never throws on damaged files, but a bug must not stop the start.
    await calendar.load();
    return calendar;
  } catch (err) {
    log.error('app: calendar failed; carrying on without it', {
      message: err instanceof Error ? err.message : String(err),
    });
    return null;
  }
}

/**
 * The live busy sources for this OS. Each reads its Settings switch at every
 * check (a source turned off is never read); nothing is read here.
 */
function openLiveSources(
  settings: () => Settings | null,
  bus: LazyBus,
  log: Logger,
): readonly GuardedSource[] {
  try {
    return createLiveBusySources({
      bus: bus.get,
      isEnabled: (kind: LiveSourceKind) => {
        const meetings = settings()?.meetings;
        return meetings !== undefined && meetings.holdReminders && meetings.sources[kind];
      },
      log,
    });
  } catch (err) {
    log.error('app: busy sources failed; carrying on without them', {
      message: err instanceof Error ? err.message : String(err),
    });
    return [];
  }
}

async function start(loadUpdates: typeof appUpdates): Promise<void> {
  const log: Logger = createFileLogger();
  // The essentials first, in this order: nothing below may stop the app
  // from answering its windows (IPC) and a second launch.
  hardenApp();
  const userDataDir = app.getPath('userData');
  const notifier = createNotifier(join(resourcesDir, 'icon.png'), {
    platform: process.platform,
    log,
  });
  const windows = createWindowManager(
    join(here, '../preload/index.cjs'),
    { ...(devUrl ? { devUrl } : {}), pagesDir: rendererDir },
    {
      displayServer: displayServer(
        process.platform,
        process.env,
        app.commandLine.getSwitchValue('ozone-platform'),
      ),
      notifier,
      log,
    },
  );
  const appOrigin = {
    ...(devUrl ? { devUrl } : {}),
    pageFileUrls: ROUTES.map((route) => pathToFileURL(join(rendererDir, windowPage(route))).href),
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
    // The marker says a login start apart from a plain launch (startedAtLogin).
    args: [...(app.isPackaged ? [] : [app.getAppPath()]), AUTOSTART_SWITCH],
  });

  const platform = platformName();
  const calendar = await openCalendar(userDataDir, log);
  // Read at every check; before the core exists no source is asked.
  let currentSettings = (): Settings | null => null;
  // One session-bus connection, opened on first need (a live source, the network portal), closed at quit.
  const sessionBus = lazySessionBus();
  // Settings shows each source's last answer; the board passes on every answer the planner gets.
  const busySources = createSourceBoard(
    openLiveSources(() => currentSettings(), sessionBus, log),
    () => systemClock.now(),
    (views) => windows.broadcast('busySourcesChanged', views),
  );
  const liveSources = busySources.sources;
  // Updates and the desktop's answers (issue 18), each optional: a failure here
  // leaves the app without updates, never without its core.
  const made: { updates: ReturnType<typeof appUpdates> } = { updates: null };
  attempt('updates', log, () => (made.updates = loadUpdates(app.isPackaged, log, userDataDir)));
  const { updates } = made;
  let shortcutStatus = (): ShortcutStatus => ({ state: 'off' });
  const desktop = createDesktopFacts(
    () => shortcutStatus(),
    (view) => windows.broadcast('trayHostChanged', view),
    busySources,
  );
  const { core: running, loaded } = openCore({
    userDataDir,
    openSettingsStore: () => openElectronSettingsStore(userDataDir),
    ...(updates ? { updates } : {}),
    desktop,
    clock: systemClock,
    log,
    version: app.getVersion(),
    shell: {
      windows,
      // A desktop without a tray (or a refused login item) must not take the core down with it.
      tray: guardedPort(tray, 'tray', log),
      notifier,
      dialogs: fileDialogs,
      links: { open: openExternalSafely },
      loginItem: guardedPort(loginItem, 'login item', log),
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
    ...(calendar ? { calendar } : {}),
    liveSources,
  });
  currentSettings = () => running.settings.get();
  trayAction = running.trayAction;
  registerIpc(running.router, (event) =>
    event.senderFrame && isAppUrl(event.senderFrame.url, appOrigin)
      ? windows.identify(event.sender)
      : null,
  );
  core = running;
  logger = log;
  // The first launch's own command (decompress --start-now), then any that came in meanwhile.
  if (firstLaunch.request.kind !== 'none') {
    deliverLaunch(firstLaunch, 'first-launch', launchActionsFromTray(running.trayAction), log);
  }
  for (const launch of pendingLaunches.splice(0)) deliver(launch.args, launch.origin);

  // Then the desktop integrations, each on its own: one that throws is logged and skipped.
  const stops: (() => void)[] = [];
  attempt('platform setup', log, () => applyPlatformSetup(process.platform));
  // Re-applied at start so the autostart entry follows a moved AppImage.
  attempt('login item', log, () => {
    if (running.settings.get().launchAtLogin) loginItem.setEnabled(true);
  });
  attempt('theme', log, () => nativeTheme.on('updated', () => running.refreshTray()));
  attempt('power events', log, () => stops.push(forwardPowerEvents(powerMonitor, running.power)));
  if (calendar) {
    const feeds = calendar;
    // refresh() never rejects and coalesces concurrent calls; scheduled ones come from the planner.
    void feeds.refresh('start');
    attempt('calendar wake refresh', log, () => {
      const onResume = () => void feeds.refresh('wake');
      powerMonitor.on('resume', onResume);
      stops.push(() => powerMonitor.off('resume', onResume));
    });
    stops.push(() => feeds.stop());
    // Linux announces the network over D-Bus; elsewhere (and as the fallback) the calendar
    // retries a network failure on the planner's next wake-up.
    if (process.platform === 'linux') {
      attempt('calendar network refresh', log, () => {
        const watch = dbusNetworkWatch({ sessionBus: sessionBus.get, log, openSystemBus });
        const follower = refreshOnNetworkReturn(feeds, watch, log);
        stops.push(() => follower.stop());
      });
    }
  }
  // powerMonitor has no lock events on Linux; the desktop announces them over D-Bus.
  if (process.platform === 'linux') {
    const screenLock = watchScreenLock({ log, onChange: (e) => running.power(e) });
    stops.push(() => void screenLock.then((watch) => watch.stop()));
    // Is there a panel that shows the icon? Asked at start and followed (it may come later).
    let plainLaunchShowsSettings =
      firstLaunch.request.kind === 'none' && !startedAtLogin(ownArguments);
    const trayHost = watchTrayHostOnSessionBus(
      process.env.DBUS_SESSION_BUS_ADDRESS,
      { platform: process.platform, env: process.env },
      (answer) => {
        log.info('tray host', { status: answer.status, reason: answer.reason });
        desktop.setTrayHost(trayHostView(answer));
        // Opened from the app menu with no tray to show it: show Settings (it carries
        // the tray's actions), once. A login start stays quiet; the welcome has its own window.
        if (answer.status === 'absent' && plainLaunchShowsSettings) {
          plainLaunchShowsSettings = false;
          if (running.settings.get().welcomeCompleted) windows.open('settings', { focus: true });
        }
      },
    );
    stops.push(() => void trayHost.then((stop) => stop()));
  }
  attempt('shortcut', log, () => {
    const shortcut = createGlobalShortcut({
      platform: platform === 'other' ? 'linux' : platform,
      wayland: process.env.XDG_SESSION_TYPE === 'wayland',
      onPress: () => running.trayAction('start-default'),
      log,
    });
    shortcut.apply(running.settings.get().startBreakShortcut);
    shortcutStatus = () => shortcut.status();
    stops.push(
      running.settings.onChange((next, previous) => {
        if (next.startBreakShortcut !== previous.startBreakShortcut) {
          shortcut.apply(next.startBreakShortcut);
        }
      }),
      () => shortcut.dispose(),
    );
  });
  if (process.env.DECOMPRESS_TEST_HOOKS === '1') {
    // Electron specs on real Electron cannot click a real tray icon; they call the same action.
    Object.assign(globalThis, { __decompressTest: { trayAction: running.trayAction } });
  }

  app.on('before-quit', () => {
    for (const stop of stops.splice(0)) stop();
    updates?.dispose();
    running.stop();
    // Last: a socket left open would keep the process alive after quit.
    sessionBus.close();
    tray.destroy();
  });

  log.info('app: started', { version: app.getVersion(), firstRun: loaded.firstRun });
}
