import { ROUTINE_IDS } from '../../../shared/routines/catalogue';

/**
 * What `decompress --help` prints. Commands go to the copy already running
 * (a second launch hands them over and exits), so they work from scripts,
 * launchers and desktop shortcuts alike.
 */
export function helpText(executable = 'decompress'): string {
  return [
    'Usage: ' + executable + ' [command]',
    '',
    'Sends one command to Decompress, starting it first if it is not running.',
    '',
    'Commands:',
    '  --start <routine-id>   Start a routine now (also --start=<routine-id>)',
    '  --start-now            Start your default break routine now',
    '  --pause <length>       Pause reminders: 30m, 1h, 2h or today',
    '  --resume               Resume reminders',
    '  --settings             Open Settings',
    '  --history              Open History',
    '  --help, -h             Show this help and exit',
    '',
    'Links: decompress://start/<routine-id> starts a routine, like --start.',
    '',
    'Routine ids:',
    ...ROUTINE_IDS.map((id) => `  ${id}`),
    '',
    'With no command, a second launch opens Settings. An argument Decompress',
    'does not understand is written to the log and Settings opens instead.',
    '',
  ].join('\n');
}
