/**
 * The stand-in's desktop controls over a REAL Electron, for
 * `npm run test:electron`: loaded into Electron's main process with
 * `-r` before the app, it records trays and notifications by wrapping their
 * prototypes (Electron's own objects stay in charge), installs the same fake
 * clock when STANDIN_FAKE_NOW is set, and publishes the controls the app
 * specs use as `globalThis.__standin`. What a real desktop cannot be asked
 * (is the system dark? how long idle?) is steered through Electron's own
 * switches: themeSource, and the idle reading the app calls.
 *
 * It has never run on these machines (no Electron binary can be fetched
 * here); it is typed against electron.d.ts so it stays in step.
 */
import { createRequire } from 'node:module';
import type * as Electron from 'electron';
import { withGlobal, type Clock as FakeClock } from '@sinonjs/fake-timers';
import type { MenuItemView, NotificationView, WindowView } from './control';

const require = createRequire(__filename);
const electron = require('electron') as typeof Electron;
const { app, BrowserWindow, Notification, Tray, nativeTheme, powerMonitor } = electron;

let clock: FakeClock | null = null;
if (process.env.STANDIN_FAKE_NOW) {
  clock = withGlobal(globalThis).install({
    now: Number(process.env.STANDIN_FAKE_NOW),
    toFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'Date',
      'hrtime',
      'performance',
    ],
  });
}
// So a spec can collect garbage and see what an unreferenced Notification loses.
app.commandLine.appendSwitch('js-flags', '--expose-gc');

interface TrayRecord {
  tray: Electron.Tray;
  images: string[];
  tooltip: string;
  menu: Electron.Menu | null;
}
const trays = new Map<Electron.Tray, TrayRecord>();
function trayRecord(tray: Electron.Tray): TrayRecord {
  let record = trays.get(tray);
  if (!record) {
    record = { tray, images: [], tooltip: '', menu: null };
    trays.set(tray, record);
  }
  return record;
}
const trayProto = Tray.prototype;
const setImage = trayProto.setImage;
trayProto.setImage = function (this: Electron.Tray, image) {
  trayRecord(this).images.push(typeof image === 'string' ? image : image.toDataURL().slice(0, 64));
  return setImage.call(this, image);
};
const setToolTip = trayProto.setToolTip;
trayProto.setToolTip = function (this: Electron.Tray, text) {
  trayRecord(this).tooltip = text;
  return setToolTip.call(this, text);
};
const setContextMenu = trayProto.setContextMenu;
trayProto.setContextMenu = function (this: Electron.Tray, menu) {
  trayRecord(this).menu = menu;
  return setContextMenu.call(this, menu);
};

interface Shown {
  title: string;
  body: string;
  silent: boolean;
  ref: WeakRef<Electron.Notification>;
  closed: boolean;
}
const shown: Shown[] = [];
const show = Notification.prototype.show;
Notification.prototype.show = function (this: Electron.Notification) {
  const entry: Shown = {
    title: this.title,
    body: this.body,
    silent: this.silent,
    ref: new WeakRef(this),
    closed: false,
  };
  shown.push(entry);
  this.once('close', () => {
    entry.closed = true;
  });
  return show.call(this);
};

let idleSeconds: number | null = null;
const getIdle = powerMonitor.getSystemIdleTime.bind(powerMonitor);
powerMonitor.getSystemIdleTime = () => idleSeconds ?? getIdle();

function menuView(menu: Electron.Menu | null): MenuItemView[] {
  return (menu?.items ?? []).map((item) => ({
    label: item.label,
    type: item.type,
    enabled: item.enabled,
    submenu: item.submenu ? menuView(item.submenu) : null,
  }));
}

function onlyTray(): TrayRecord {
  const record = [...trays.values()].find((r) => !r.tray.isDestroyed());
  if (!record) throw new Error('real electron: the app has no tray icon');
  return record;
}

const controls = {
  clock: {
    faked: clock !== null,
    now: () => Date.now(),
    async tick(ms: number) {
      if (!clock) throw new Error('real electron: start with STANDIN_FAKE_NOW to move time');
      await clock.tickAsync(ms);
    },
    async stepWallClock(ms: number) {
      if (!clock) throw new Error('real electron: start with STANDIN_FAKE_NOW to move time');
      clock.setSystemTime(Date.now() + ms);
    },
    pendingTimers: () => (clock ? clock.countTimers() : 0),
  },
  tray: {
    exists: () => [...trays.values()].some((r) => !r.tray.isDestroyed()),
    image: () => onlyTray().images.at(-1) ?? null,
    images: () => [...onlyTray().images],
    tooltip: () => onlyTray().tooltip,
    menu: () => menuView(onlyTray().menu),
    click(...labels: string[]) {
      let items = onlyTray().menu?.items ?? [];
      for (const [index, label] of labels.entries()) {
        const item = items.find((i) => i.label === label);
        if (!item) throw new Error(`real electron: no tray item "${label}"`);
        if (index === labels.length - 1) {
          if (!item.enabled) throw new Error(`real electron: tray item "${label}" is disabled`);
          // MenuItem.click is typed as Function; Electron calls it with (event, window, webContents).
          (item.click as () => void)();
          return;
        }
        items = item.submenu?.items ?? [];
      }
    },
  },
  notifications: {
    list: (): NotificationView[] =>
      shown.map((n) => ({
        title: n.title,
        body: n.body,
        // Electron shows no buttons on Linux; elsewhere the OS draws them and they cannot be read back.
        actionLabels: [],
        silent: n.silent,
        closed: n.closed,
        collected: n.ref.deref() === undefined,
      })),
    click(title: string) {
      const target = [...shown]
        .reverse()
        .find((n) => n.title === title)
        ?.ref.deref();
      target?.emit('click', {});
      return target !== undefined;
    },
    fail(title: string, error = 'notification service unavailable') {
      const target = [...shown]
        .reverse()
        .find((n) => n.title === title)
        ?.ref.deref();
      target?.emit('failed', {}, error);
      return target !== undefined;
    },
  },
  /** The recorder's own lists, as the stand-in's forgetRecords. */
  forgetRecords() {
    for (const record of trays.values()) record.images.splice(0, record.images.length - 1);
    shown.length = 0;
  },
  gc() {
    const collect = (globalThis as { gc?: () => void }).gc;
    if (!collect) throw new Error('real electron: --expose-gc did not take');
    collect();
  },
  power(event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown') {
    powerMonitor.emit(event);
  },
  setIdleSeconds(seconds: number) {
    idleSeconds = seconds;
  },
  // The system theme cannot be switched from here; the app-level source moves what the app reads.
  setSystemDark(dark: boolean) {
    nativeTheme.themeSource = dark ? 'dark' : 'light';
  },
  windows: (): WindowView[] =>
    BrowserWindow.getAllWindows().map((w) => ({
      id: w.id,
      title: w.getTitle(),
      url: w.webContents.getURL(),
      visible: w.isVisible(),
      focused: w.isFocused(),
      alwaysOnTop: w.isAlwaysOnTop(),
      resizable: w.isResizable(),
      focusable: w.isFocusable(),
      alwaysOnTopLevel: null,
      skipTaskbar: null,
      flashed: null,
      bounds: w.getBounds(),
    })),
};

Object.assign(globalThis, { __standin: controls });
