/**
 * Where a launch's own arguments are in Electron's argv.
 *
 * - Packaged (all OSes): `[executable, ...args]`.
 * - Unpackaged (`electron .`, electron-vite dev/preview): `[electron, <app
 *   path>, ...args]`; electron-vite adds --inspect/--remote-debugging-port
 *   and may put them first. `process.defaultApp` is true in this case.
 * - second-instance on Windows: Chromium moves switches ahead of plain
 *   arguments and adds its own (--original-process-start-time), so the app
 *   path is not always argv[1]; it is the first plain argument.
 */
export interface ArgvLayout {
  /** Electron's `process.defaultApp`: the app path follows the executable. */
  defaultApp: boolean;
}

/** Hard limit on what a launch may hand over; more is refused rather than parsed. */
export const MOST_ARGUMENTS = 10_000;
const LONGEST_ARGUMENT = 8192;

/** The arguments the person (or a link) gave, without the executable and the app path. */
export function userArguments(argv: readonly string[], layout: ArgvLayout): string[] {
  const rest = argv.slice(1);
  if (!layout.defaultApp) return rest;
  const appPath = rest.findIndex((arg) => !arg.startsWith('-'));
  return appPath === -1 ? rest : [...rest.slice(0, appPath), ...rest.slice(appPath + 1)];
}

/** What the second instance sends through requestSingleInstanceLock's additionalData. */
export interface LaunchData {
  decompressLaunch: 1;
  args: string[];
}

/**
 * The payload for `app.requestSingleInstanceLock(data)`: the second
 * instance's own arguments, exactly as it received them. Electron's note on
 * second-instance says argv may be reordered and extended, and is empty
 * when another user launches; additionalData is passed through as is.
 */
export function launchData(args: readonly string[]): LaunchData {
  return { decompressLaunch: 1, args: [...args] };
}

function isLaunchData(value: unknown): value is LaunchData {
  if (typeof value !== 'object' || value === null) return false;
  const { decompressLaunch, args } = value as Record<string, unknown>;
  return (
    decompressLaunch === 1 &&
    Array.isArray(args) &&
    args.length <= MOST_ARGUMENTS &&
    args.every((arg) => typeof arg === 'string' && arg.length <= LONGEST_ARGUMENT)
  );
}

/**
 * The arguments of a second launch, as the first instance sees them in
 * 'second-instance': the additionalData when it is ours and well formed,
 * else argv (an older build, or a launch by another user), laid out like our
 * own argv because it is the same executable.
 */
export function secondInstanceArguments(
  argv: readonly string[],
  additionalData: unknown,
  layout: ArgvLayout,
): string[] {
  if (isLaunchData(additionalData)) return additionalData.args;
  return userArguments(argv.slice(0, MOST_ARGUMENTS), layout);
}
