import { z } from 'zod';
import { ROUTES, type Route } from '../routes';
import { ruleParams, SETTINGS_RULES } from '../settings/rules';
import { channel, event } from './channel';

export interface AppInfo {
  name: string;
  version: string;
  platform: 'darwin' | 'win32' | 'linux' | 'other';
  /** Where the tray icon lives on this OS, in words a person recognises. */
  trayLocation: string;
}

/** A one-off message for the person, e.g. "Your settings file was damaged...". */
export interface Notice {
  id: string;
  level: 'info' | 'warning';
  message: string;
}

const httpsUrl = z
  .string()
  .max(2048)
  .refine(
    (value) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'must be an https:// link', params: ruleParams(SETTINGS_RULES.httpsLink) },
  );

/**
 * The windows a page may ask for. The cue is main's alone: it opens and
 * closes with the planner's clock, so a page asking for it is refused.
 */
export const OPENABLE_ROUTES = ROUTES.filter(
  (route): route is Exclude<Route, 'cue'> => route !== 'cue',
);

export const appChannels = {
  getAppInfo: channel<AppInfo>()(z.undefined()),
  openWindow: channel<undefined>()(z.object({ route: z.enum(OPENABLE_ROUTES) }).strict()),
  /** Closes the caller's own window. */
  closeWindow: channel<undefined>()(z.undefined()),
  openExternal: channel<undefined>()(z.object({ url: httpsUrl }).strict()),
  getNotices: channel<Notice[]>()(z.undefined()),
  dismissNotice: channel<undefined>()(z.object({ id: z.string().min(1).max(100) }).strict()),
};

export const appEvents = {
  notice: event<Notice>(),
};
