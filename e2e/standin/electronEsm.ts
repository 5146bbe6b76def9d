import type { ElectronStandin } from './api/electronModule';

/**
 * What `import ... from 'electron'` gives the app: the one stand-in module
 * instance that boot.ts created (the CommonJS view hands out the same one).
 */
const electron = (globalThis as { __electronStandin?: ElectronStandin }).__electronStandin;
if (!electron) throw new Error('standin: the electron module was loaded outside the stand-in');

export default electron;
export const {
  app,
  BrowserWindow,
  webContents,
  ipcMain,
  Tray,
  Menu,
  MenuItem,
  nativeImage,
  Notification,
  nativeTheme,
  powerMonitor,
  screen,
  shell,
  dialog,
  session,
  net,
  autoUpdater,
  safeStorage,
  globalShortcut,
  ipcRenderer,
  contextBridge,
} = electron;
