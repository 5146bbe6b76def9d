import type { Clock as FakeClock } from '@sinonjs/fake-timers';
import { StandinBrowserWindow } from './api/browserWindow';
import type { ElectronStandin } from './api/electronModule';
import { StandinNotification } from './api/notification';
import type { StandinRuntime } from './api/runtime';
import { StandinTray, type StandinMenu } from './api/tray';

/** One window as a spec sees it: plain data, so it survives Playwright's evaluate. */
export interface WindowView {
  id: number;
  title: string;
  url: string;
  visible: boolean;
  focused: boolean;
  alwaysOnTop: boolean;
  resizable: boolean;
  focusable: boolean;
  alwaysOnTopLevel: string | null;
  /** Null where it cannot be read back (Electron has no getter; only the stand-in knows). */
  skipTaskbar: boolean | null;
  flashed: boolean | null;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface MenuItemView {
  label: string;
  type: string;
  enabled: boolean;
  submenu: MenuItemView[] | null;
}

export interface NotificationView {
  title: string;
  body: string;
  actionLabels: string[];
  silent: boolean;
  closed: boolean;
  /** The Notification object was garbage-collected: a click on it reaches nobody. */
  collected: boolean;
}

function menuView(menu: StandinMenu | null): MenuItemView[] {
  return (menu?.items ?? []).map((item) => ({
    label: item.label,
    type: item.type,
    enabled: item.enabled,
    submenu: item.submenu ? menuView(item.submenu) : null,
  }));
}

/**
 * What a spec can do to the desktop around the app, and read back: the
 * stand-in's equivalent of a person at the machine. Reached from a spec
 * with `app.evaluate(({ __standin }) => ...)`.
 */
export function createControls(
  electron: ElectronStandin,
  runtime: StandinRuntime,
  clock: FakeClock | null,
) {
  function tray(): StandinTray {
    const current = StandinTray.all()[0];
    if (!current) throw new Error('standin: the app has no tray icon');
    return current;
  }

  async function syncPages(): Promise<void> {
    runtime.send({ op: 'clock', now: Date.now() });
  }

  return {
    clock: {
      faked: clock !== null,
      now: () => Date.now(),
      /** Moves main's time forward, running every timer that falls due (and the promises they start). */
      async tick(ms: number): Promise<void> {
        if (!clock) throw new Error('standin: start with STANDIN_FAKE_NOW to move time');
        await clock.tickAsync(ms);
        await syncPages();
      },
      /** Steps the wall clock without moving timers or monotonic time: an NTP correction. */
      async stepWallClock(ms: number): Promise<void> {
        if (!clock) throw new Error('standin: start with STANDIN_FAKE_NOW to move time');
        clock.setSystemTime(Date.now() + ms);
        await syncPages();
      },
      pendingTimers: () => (clock ? clock.countTimers() : 0),
    },
    tray: {
      exists: () => StandinTray.all().length > 0,
      image: () => tray().image.path,
      images: () => [...tray().images],
      tooltip: () => tray().tooltip,
      menu: () => menuView(tray().menu),
      /** Clicks the item reached by this path of labels (a submenu's label first). */
      click(...labels: string[]): void {
        let items = tray().menu?.items ?? [];
        for (const [index, label] of labels.entries()) {
          const item = items.find((i) => i.label === label);
          if (!item) {
            throw new Error(
              `standin: no tray item "${label}" (have: ${items.map((i) => i.label).join(' | ')})`,
            );
          }
          if (index === labels.length - 1) {
            if (!item.enabled) throw new Error(`standin: tray item "${label}" is disabled`);
            item.click();
            return;
          }
          items = item.submenu?.items ?? [];
        }
      },
    },
    notifications: {
      list: (): NotificationView[] =>
        StandinNotification.shown().map((n) => ({
          title: n.title,
          body: n.body,
          actionLabels: n.actionLabels,
          silent: n.silent,
          closed: n.closed,
          collected: n.ref.deref() === undefined,
        })),
      /** The person clicks the latest notification with this title; false when it reached nobody. */
      click(title: string): boolean {
        const entry = [...StandinNotification.shown()].reverse().find((n) => n.title === title);
        if (!entry) throw new Error(`standin: no notification titled "${title}"`);
        const target = entry.ref.deref();
        if (!target) return false;
        target.emit('click', {});
        return true;
      },
      /** The desktop's notification service refuses it (Electron's 'failed'). */
      fail(title: string, error = 'org.freedesktop.Notifications: service unavailable'): boolean {
        const entry = [...StandinNotification.shown()].reverse().find((n) => n.title === title);
        const target = entry?.ref.deref();
        if (!target) return false;
        target.emit('failed', {}, error);
        return true;
      },
    },
    /**
     * Forgets the tray's past images and the notifications shown. The
     * stand-in keeps both for specs to read, in main's own heap, so they grow
     * with every reminder (about 1 KB a reminder together); a long bench run clears them
     * before it weighs main's heap, so the figure is the app's alone.
     */
    forgetRecords(): void {
      for (const each of StandinTray.all()) each.forgetImages();
      StandinNotification.forgetShown();
    },
    /** Runs V8's garbage collector (the stand-in starts Node with --expose-gc). */
    gc(): void {
      const collect = (globalThis as { gc?: () => void }).gc;
      if (!collect) throw new Error('standin: started without --expose-gc');
      collect();
    },
    power(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown'): void {
      electron.powerMonitor.emit(event);
    },
    setIdleSeconds(seconds: number): void {
      electron.record.idleSeconds = seconds;
    },
    setSystemDark(dark: boolean): void {
      electron.nativeTheme.setSystemDark(dark);
    },
    answerDialogs(answers: { savePath?: string | null; openPath?: string | null }): void {
      Object.assign(electron.record.dialogAnswers, answers);
    },
    records: () => ({
      externalLinks: [...electron.record.externalLinks],
      openedPaths: [...electron.record.openedPaths],
      errorBoxes: [...electron.record.errorBoxes],
      loginItem: electron.app.loginItem().openAtLogin,
      switches: Object.fromEntries(electron.app.switches()),
      ipcHandlers: electron.ipcMain.handlerCount(),
      shortcuts: [...electron.record.shortcuts.keys()],
    }),
    pressShortcut(accelerator: string): boolean {
      const callback = electron.record.shortcuts.get(accelerator);
      callback?.();
      return callback !== undefined;
    },
    takeShortcut(accelerator: string): void {
      electron.record.takenShortcuts.add(accelerator);
    },
    windows: (): WindowView[] =>
      StandinBrowserWindow.getAllWindows().map((w) => ({
        id: w.id,
        title: w.getTitle(),
        url: w.webContents.getURL(),
        visible: w.isVisible(),
        focused: w.isFocused(),
        alwaysOnTop: w.isAlwaysOnTop(),
        resizable: w.isResizable(),
        focusable: w.isFocusable(),
        alwaysOnTopLevel: w.record.alwaysOnTopLevel,
        skipTaskbar: w.record.skipTaskbar,
        flashed: w.record.flashed,
        bounds: w.getBounds(),
      })),
  };
}

export type StandinControls = ReturnType<typeof createControls>;
