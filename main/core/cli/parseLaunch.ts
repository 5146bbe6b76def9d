import { isRoutineId, type RoutineId } from '../../../shared/routines/catalogue';
import {
  CLI_PAUSE_CHOICES,
  type CliPauseChoice,
  type LaunchCommand,
  type LaunchParse,
  type LaunchRequest,
} from './launchCommand';
import { AUTOSTART_SWITCH } from './autostartSwitch';
import { printableArgument } from './printableArgument';

/** The URL scheme registered for Decompress (electron-builder.yml `protocols`). */
export const LINK_SCHEME = 'decompress';

const ROUTINE_ID_SHAPE = /^[a-z0-9-]{1,60}$/;
const LONGEST_LINK = 2048;
/** Ignored switches kept for the log; the rest are only counted. */
const IGNORED_KEPT = 20;

/**
 * Switch prefixes that others put on our command line: Chromium and Electron
 * (second-instance argv gains --original-process-start-time and friends,
 * AppImage users add --no-sandbox, Wayland users --ozone-platform), Node's
 * inspector (electron-vite dev), the NSIS updater (--updated) and macOS
 * Finder (-psn_). They are passed over; anything else unknown is an error.
 */
const FOREIGN_SWITCHES = [
  /^--(enable|disable|force|use|ozone|no|allow|ignore|gpu|proxy|host|trace|log|remote-debugging)-/i,
  /^--(inspect|inspect-brk|inspect-port|js-flags|lang|user-data-dir|gtk-version|password-store|v|vmodule|wm-class|class|user-agent|in-process-gpu|high-dpi-support|kiosk|headless|updated|force-run|original-process-start-time|field-trial-handle|enable-logging|no-sandbox|squirrel-[a-z]+|process-start-args|app-user-model-id)(=.*)?$/i,
  /^-psn_\d+_\d+$/,
  // Chromium on Windows also reads "/switch:value".
  /^\/prefetch:\d+$/i,
];

type OptionName = 'start' | 'start-now' | 'pause' | 'resume' | 'settings' | 'history' | 'help';

const OPTIONS: Readonly<Record<string, OptionName>> = {
  '--start': 'start',
  '--start-now': 'start-now',
  '--pause': 'pause',
  '--resume': 'resume',
  '--settings': 'settings',
  '--history': 'history',
  '--help': 'help',
  '-h': 'help',
};

const TAKES_VALUE: ReadonlySet<OptionName> = new Set(['start', 'pause']);

export interface ParseOptions {
  /** Which routine ids exist; the catalogue unless a test says otherwise. */
  isRoutineId?: (id: string) => id is RoutineId;
}

function isForeignSwitch(arg: string): boolean {
  return FOREIGN_SWITCHES.some((pattern) => pattern.test(arg));
}

/** `--Start=x` -> { name: '--start', value: 'x' }. Windows' Chromium lowercases switches, so names are matched in lower case. */
function splitOption(arg: string): { name: string; value: string | null } {
  const eq = arg.indexOf('=');
  return eq === -1
    ? { name: arg.toLowerCase(), value: null }
    : { name: arg.slice(0, eq).toLowerCase(), value: arg.slice(eq + 1) };
}

function looksLikeLink(arg: string): boolean {
  return arg.toLowerCase().startsWith(`${LINK_SCHEME}:`);
}

function invalid(problem: string): LaunchRequest {
  return { kind: 'invalid', problem };
}

function routineCommand(
  id: string,
  isKnown: (id: string) => id is RoutineId,
): LaunchCommand | string {
  if (!ROUTINE_ID_SHAPE.test(id)) return `${printableArgument(id)} is not a routine id`;
  if (!isKnown(id)) return `there is no routine called ${printableArgument(id)}`;
  return { kind: 'start-routine', routineId: id };
}

function pauseCommand(value: string): LaunchCommand | string {
  const choice = CLI_PAUSE_CHOICES.find((c) => c === value.toLowerCase());
  if (!choice) {
    return `--pause takes ${CLI_PAUSE_CHOICES.join(', ')}, not ${printableArgument(value)}`;
  }
  return { kind: 'pause', choice: choice satisfies CliPauseChoice };
}

/**
 * Reads `decompress://start/<routine-id>`. Anything else under the scheme is
 * refused: a link comes from a web page, so it is as untrusted as input gets.
 */
export function parseLink(
  link: string,
  isKnown: (id: string) => id is RoutineId = isRoutineId,
): LaunchCommand | string {
  if (link.length > LONGEST_LINK) return `the link is longer than ${LONGEST_LINK} characters`;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return `${printableArgument(link)} is not a link`;
  }
  if (url.protocol !== `${LINK_SCHEME}:`) return `${printableArgument(link)} is not a link`;
  const action = url.host.toLowerCase();
  if (action !== 'start' || !url.pathname.startsWith('/')) {
    return `${printableArgument(link)} is not a link Decompress understands (try decompress://start/<routine-id>)`;
  }
  // Windows adds a trailing slash to some links; one is allowed.
  const id = url.pathname.slice(1).replace(/\/$/, '');
  if (id.length === 0) return `the link ${printableArgument(link)} names no routine`;
  return routineCommand(id, isKnown);
}

/**
 * Turns a launch's own arguments (see userArguments) into a request. One
 * command per launch; a second one, an unknown option or a bad value makes
 * the whole launch invalid, with the reason in words.
 */
export function parseLaunchArguments(
  args: readonly string[],
  options: ParseOptions = {},
): LaunchParse {
  const isKnown = options.isRoutineId ?? isRoutineId;
  const ignored: string[] = [];
  let ignoredCount = 0;
  const ignore = (arg: string) => {
    ignoredCount += 1;
    if (ignored.length < IGNORED_KEPT) ignored.push(printableArgument(arg));
  };
  const result = (request: LaunchRequest): LaunchParse => {
    if (ignoredCount > ignored.length) ignored.push(`…and ${ignoredCount - ignored.length} more`);
    return { request, ignored };
  };

  // --help wins wherever it is, so `decompress --start x --help` explains rather than acts.
  if (args.some((arg) => OPTIONS[splitOption(arg).name] === 'help')) {
    return { request: { kind: 'help' }, ignored: [] };
  }

  let found: { command: LaunchCommand; via: 'option' | 'link'; arg: string } | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') continue;
    if (arg.length === 0) continue;
    // Our own login entry's marker: a plain launch, said apart by startedAtLogin().
    if (arg.toLowerCase() === AUTOSTART_SWITCH) continue;

    let command: LaunchCommand | string;
    let via: 'option' | 'link' = 'option';
    if (looksLikeLink(arg)) {
      command = parseLink(arg, isKnown);
      via = 'link';
    } else if (arg.startsWith('-')) {
      const { name, value: inline } = splitOption(arg);
      const option = OPTIONS[name];
      if (!option) {
        if (isForeignSwitch(arg)) {
          ignore(arg);
          continue;
        }
        return result(invalid(`unknown option ${printableArgument(splitOption(arg).name)}`));
      }
      let value = inline;
      if (TAKES_VALUE.has(option) && value === null) {
        // Chromium on Windows moves switches ahead of plain arguments in the
        // second instance's argv, so the value may sit behind foreign switches.
        let j = i + 1;
        while (j < args.length && isForeignSwitch(args[j] ?? '')) j++;
        const next = args[j];
        if (next !== undefined && !next.startsWith('-') && !looksLikeLink(next)) {
          value = next;
          for (let k = i + 1; k < j; k++) ignore(args[k] ?? '');
          i = j;
        }
      }
      if (!TAKES_VALUE.has(option) && value !== null) {
        return result(invalid(`${name} takes no value`));
      }
      switch (option) {
        case 'start':
          command = value ? routineCommand(value, isKnown) : '--start needs a routine id';
          break;
        case 'pause':
          command = value
            ? pauseCommand(value)
            : `--pause needs a length: ${CLI_PAUSE_CHOICES.join(', ')}`;
          break;
        case 'start-now':
          command = { kind: 'start-default' };
          break;
        case 'resume':
          command = { kind: 'resume' };
          break;
        case 'settings':
        case 'history':
          command = { kind: 'open', route: option };
          break;
        case 'help':
          return { request: { kind: 'help' }, ignored: [] };
      }
    } else {
      return result(invalid(`unexpected argument ${printableArgument(arg)}`));
    }

    if (typeof command === 'string') return result(invalid(command));
    if (found) {
      return result(
        invalid(
          `one command at a time: ${printableArgument(found.arg)} and ${printableArgument(arg)}`,
        ),
      );
    }
    found = { command, via, arg };
  }
  return result(
    found ? { kind: 'command', command: found.command, via: found.via } : { kind: 'none' },
  );
}
