import type { z } from 'zod';
import { appChannels, appEvents } from './appChannels';
import { calendarChannels, calendarEvents } from './calendarChannels';
import { desktopChannels, desktopEvents } from './desktopChannels';
import type { ChannelSpec, EventSpec } from './channel';
import { historyChannels, historyEvents } from './historyChannels';
import { postureChannels, postureEvents } from './postureChannels';
import { reminderChannels, reminderEvents } from './reminderChannels';
import { routineChannels, routineEvents } from './routineChannels';
import { settingsChannels, settingsEvents } from './settingsChannels';
import { updatesChannels, updatesEvents } from './updatesChannels';

/**
 * Every invokable channel, once. Each domain declares its own in
 * `<domain>Channels.ts`; this map is what the router, the preload and the
 * renderer's types are all derived from.
 */
export const channels = {
  ...appChannels,
  ...settingsChannels,
  ...historyChannels,
  ...reminderChannels,
  ...routineChannels,
  ...calendarChannels,
  ...updatesChannels,
  ...desktopChannels,
  ...postureChannels,
};

/** Every push from main to a renderer. */
export const events = {
  ...appEvents,
  ...settingsEvents,
  ...historyEvents,
  ...reminderEvents,
  ...routineEvents,
  ...calendarEvents,
  ...updatesEvents,
  ...desktopEvents,
  ...postureEvents,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type Events = typeof events;
export type EventName = keyof Events;

/** What the renderer passes (before parsing). */
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['args']>;
/** What a handler receives (after parsing and defaults). */
export type ChannelArg<K extends ChannelName> = z.output<Channels[K]['args']>;
export type ChannelResult<K extends ChannelName> =
  Channels[K] extends ChannelSpec<z.ZodType, infer R> ? R : never;
export type EventPayload<E extends EventName> = Events[E] extends EventSpec<infer P> ? P : never;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

// Defined beside the plain channel-name list, which the preload reads without zod.
export { wireChannel, wireEvent } from './channelNames';

export function isChannelName(value: string): value is ChannelName {
  return Object.hasOwn(channels, value);
}
