import type { ChannelName } from './contract';

/**
 * Every invokable channel's name, as plain strings, in the contract's order.
 * The preload builds `window.decompress` from this list alone, so it need
 * not bundle the contract's zod validators (main validates every argument).
 * channelNames.test.ts holds it equal to the contract's keys; `satisfies`
 * refuses a name the contract does not have.
 */
export const CHANNEL_NAME_LIST = [
  'getAppInfo',
  'openWindow',
  'closeWindow',
  'openExternal',
  'getNotices',
  'dismissNotice',
  'getSettings',
  'updateSettings',
  'resetSettings',
  'exportSettings',
  'importSettings',
  'getHistorySummary',
  'exportHistoryCsv',
  'getPlannerStatus',
  'getPromptState',
  'answerPrompt',
  'pauseReminders',
  'resumeReminders',
  'getRoutineSession',
  'startRoutine',
  'controlRoutine',
  'recordPain',
  'acknowledgeSafety',
  'getPendingRoutine',
  'cancelPendingRoutine',
  'listCalendarFeeds',
  'addCalendarFeedUrl',
  'addCalendarFeedFile',
  'removeCalendarFeed',
  'refreshCalendarFeeds',
  'getUpdateStatus',
  'checkForUpdates',
  'runUpdateStep',
  'getShortcutStatus',
  'getTrayHost',
  'getBusySources',
  'checkBusySources',
  'claimNoTrayLine',
  'getCueState',
  'answerCue',
] as const satisfies readonly ChannelName[];

/** Wire names, namespaced so nothing else on ipcMain can collide. */
export const wireChannel = (name: string): string => `decompress:${name}`;
export const wireEvent = (name: string): string => `decompress:event:${name}`;
