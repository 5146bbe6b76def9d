/**
 * The switch the login (autostart) entry adds to its command line. A plain
 * launch and a login start look the same otherwise, and on a desktop with no
 * tray only the first should open a window: someone who opened Decompress
 * from the app menu wants to see it; a login start must stay quiet.
 */
export const AUTOSTART_SWITCH = '--autostart';

/** Whether this launch came from the login entry. */
export function startedAtLogin(args: readonly string[]): boolean {
  return args.some((arg) => arg.toLowerCase() === AUTOSTART_SWITCH);
}
