/**
 * What the .desktop files electron-builder writes must hold (checked by
 * `npm run package:check` on the files it generates for the AppImage and the
 * .deb): the "Start a break now" and "Settings" actions, so a desktop with
 * no tray (stock GNOME) has both one right-click away in the dock and the
 * app grid, and each action's command is one the app's own parser reads;
 * and the decompress:// scheme's handler (electron-builder's `protocols`),
 * without which a desktop opens no link in Decompress.
 */
import { parseLaunchArguments } from '../main/core/cli/parseLaunch';
import type { LaunchCommand } from '../main/core/cli/launchCommand';

/** The actions every menu entry carries, with the command each must send. */
export const REQUIRED_ACTIONS: readonly { id: string; name: string; command: LaunchCommand }[] = [
  { id: 'StartBreak', name: 'Start a break now', command: { kind: 'start-default' } },
  { id: 'Settings', name: 'Settings', command: { kind: 'open', route: 'settings' } },
];

/** The MIME type that makes this entry the handler of decompress:// links. */
export const LINK_MIME_TYPE = 'x-scheme-handler/decompress';

/** A desktop entry's groups ("Desktop Entry", "Desktop Action StartBreak"), each key to value. */
export type DesktopEntryGroups = Map<string, Map<string, string>>;

/** Reads a .desktop file (freedesktop Desktop Entry): groups, keys, values; comments and blanks skipped. */
export function parseDesktopEntry(text: string): DesktopEntryGroups {
  const groups: DesktopEntryGroups = new Map();
  let current: Map<string, string> | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header?.[1]) {
      current = new Map();
      groups.set(header[1], current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current && eq > 0) current.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return groups;
}

/** Exec's words, without field codes (%U, %f…), which the launcher fills in. */
function execWords(exec: string): string[] {
  return exec.split(/\s+/).filter((word) => word !== '' && !/^%[fFuUick]$/.test(word));
}

function sameCommand(a: LaunchCommand, b: LaunchCommand): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Problems with one generated .desktop file, in words (empty when it is
 * right). `label` names the package in the messages ("AppImage", "deb").
 * Each action must run the same program, with the same switches, as the
 * entry's own Exec (an AppImage integration tool rewrites the first word of
 * every Exec to the AppImage's path), plus one command the parser reads as
 * the action's.
 */
export function desktopEntryProblems(label: string, text: string): string[] {
  const problems: string[] = [];
  const groups = parseDesktopEntry(text);
  const entry = groups.get('Desktop Entry');
  const mainExec = entry?.get('Exec');
  if (!entry || !mainExec) return [`${label}: the .desktop file has no [Desktop Entry] with Exec`];
  const [program, ...switches] = execWords(mainExec);
  const listed = (entry.get('Actions') ?? '').split(';').filter(Boolean);
  const mimeTypes = (entry.get('MimeType') ?? '').split(';').filter(Boolean);
  if (!mimeTypes.includes(LINK_MIME_TYPE)) {
    problems.push(
      `${label}: MimeType= does not list ${LINK_MIME_TYPE}, so decompress:// links open nothing`,
    );
  }
  // A link arrives as the URL in place of %U; without it the app never sees one.
  if (mimeTypes.includes(LINK_MIME_TYPE) && !/(^|\s)%[uU](\s|$)/.test(mainExec)) {
    problems.push(`${label}: Exec (${mainExec}) has no %U or %u, so a link's URL is dropped`);
  }
  for (const action of REQUIRED_ACTIONS) {
    if (!listed.includes(action.id)) {
      problems.push(
        `${label}: Actions= does not list ${action.id} (it lists "${listed.join(';')}")`,
      );
    }
    const group = groups.get(`Desktop Action ${action.id}`);
    if (!group) {
      problems.push(`${label}: no [Desktop Action ${action.id}] group`);
      continue;
    }
    if (group.get('Name') !== action.name) {
      problems.push(
        `${label}: ${action.id} is named "${group.get('Name') ?? ''}", not "${action.name}"`,
      );
    }
    const [actionProgram, ...args] = execWords(group.get('Exec') ?? '');
    if (actionProgram !== program) {
      problems.push(
        `${label}: ${action.id} runs ${actionProgram ?? 'nothing'}, the entry runs ${program ?? 'nothing'}`,
      );
    }
    const missing = switches.filter((s) => !args.includes(s));
    if (missing.length > 0) {
      problems.push(`${label}: ${action.id} lacks the entry's ${missing.join(' ')}`);
    }
    const request = parseLaunchArguments(args.filter((a) => !switches.includes(a))).request;
    if (request.kind !== 'command' || !sameCommand(request.command, action.command)) {
      problems.push(
        `${label}: ${action.id}'s Exec (${group.get('Exec') ?? ''}) is not the app's ${JSON.stringify(action.command)}`,
      );
    }
  }
  for (const id of listed) {
    if (!groups.has(`Desktop Action ${id}`))
      problems.push(`${label}: Actions= lists ${id}, which has no group`);
  }
  return problems;
}
