import type { IpcError, Issue, Problem } from '../ipc/result';
import { WEEKDAY_LABELS } from '../time';
import { SETTINGS_RULES, type SettingsRule } from './rules';

/**
 * Every refusal in words a person reads at a glance, written once, from the
 * issue's data: zod's issue code with the limits the schema declared, or the
 * app's own rule id with its values. Both windows (Settings and the welcome)
 * and every message about an import show these words; nothing downstream
 * rewrites or parses them.
 */

const FIELD_LABELS: Readonly<Record<string, string>> = {
  version: 'Version',
  officeHours: 'Office hours',
  intervalMinutes: 'Work interval',
  headsUpSeconds: 'Heads-up',
  naturalBreakMinutes: 'Natural break',
  snoozeMinutes: 'Snooze length',
  maxSnoozes: 'Snoozes per reminder',
  nagMinutes: 'Repeat the prompt every',
  nagLevel: 'How insistent',
  graceMinutes: 'Missed while asleep',
  defaultRoutineId: 'Default routine',
  sessions: 'Sessions',
  meetings: 'Meetings',
  soundEnabled: 'Sounds',
  soundVolume: 'Volume',
  spokenCues: 'Spoken cues',
  theme: 'Theme',
  launchAtLogin: 'Launch at login',
  safetyAcknowledgedAt: 'Safety screen',
  partnerSafetyAcknowledgedAt: 'Partner safety screen',
  welcomeCompleted: 'Welcome',
  updateMode: 'Updates',
  startBreakShortcut: 'Shortcut',
  posture: 'Posture cues',
  standingDesk: 'Standing desk',
  skippedBreakReturns: 'Offer a skipped break again',
};

const DAY_LABELS: Readonly<Record<string, string>> = WEEKDAY_LABELS;

/** The meeting settings by the names of their switches in Settings. */
const MEETING_LABELS: Readonly<Record<string, string>> = {
  holdReminders: 'Hold reminders during meetings',
  showTitles: 'Show meeting titles',
  sources: 'What counts as a meeting',
  calendar: 'Calendar',
  camera: 'Camera',
  microphone: 'Microphone',
  presentation: 'Presentation or video',
  doNotDisturb: 'Do not disturb',
};

/** The posture and standing-desk settings by the names of their fields in Settings. */
const DESK_LABELS: Readonly<Record<string, string>> = {
  cues: 'Posture cues',
  everyMinutes: 'Every',
  sound: 'Sound',
  showNextInTray: 'Show the next cue in the tray',
  enabled: 'Standing desk',
  sitMinutes: 'Sit for',
  standMinutes: 'Stand for',
  moveMinutes: 'Move for',
};

/** ['officeHours', 'mon', 0, 'end'] -> "Office hours, Monday, range 1, end": the path in the window's words. */
export function fieldLabel(path: readonly (string | number)[]): string {
  const [key = '', ...rest] = path.map(String);
  const parts = [FIELD_LABELS[key] ?? key];
  if (key === 'officeHours') {
    const [day, range, end] = rest;
    if (day) parts.push(DAY_LABELS[day] ?? day);
    if (range !== undefined) parts.push(`range ${Number(range) + 1}`);
    if (end) parts.push(end);
  } else if (key === 'sessions') {
    const [index, field] = rest;
    if (index !== undefined) parts.push(`session ${Number(index) + 1}`);
    if (field) parts.push(field);
  } else if (key === 'meetings') {
    const last = rest.at(-1);
    if (last) parts.push(MEETING_LABELS[last] ?? last);
  } else if (key === 'posture' || key === 'standingDesk') {
    const last = rest.at(-1);
    if (last) parts.push(DESK_LABELS[last] ?? last);
  } else {
    parts.push(...rest);
  }
  return parts.filter(Boolean).join(', ');
}

type RuleWords = (values: Readonly<Record<string, string | number>>) => string;

const RULE_WORDS: Readonly<Record<SettingsRule, RuleWords>> = {
  [SETTINGS_RULES.rangeEndsAfterStart]: () => 'The end time must be later than the start time.',
  [SETTINGS_RULES.rangesOverlap]: (v) =>
    `${v.start} is inside ${v.otherStart} to ${v.otherEnd}: ranges on one day must not overlap.`,
  [SETTINGS_RULES.weekdaysOnce]: () => 'Choose each weekday at most once.',
  [SETTINGS_RULES.sessionIdsUnique]: () => 'Two sessions have the same id.',
  [SETTINGS_RULES.knownRoutine]: () => 'Choose a routine from the list.',
  [SETTINGS_RULES.naturalBreakShorter]: (v) =>
    `Use less than the work interval (${v.intervalMinutes} min).`,
  [SETTINGS_RULES.acceleratorInvalid]: (v) => `That shortcut ${v.detail}.`,
  [SETTINGS_RULES.httpsLink]: () => 'Only https:// links can be opened.',
  [SETTINGS_RULES.fileTooLarge]: () => 'The file is too large to be Decompress settings.',
  [SETTINGS_RULES.fileNotJson]: () => 'The file is not valid JSON.',
  [SETTINGS_RULES.fileUnreadable]: () => 'The file could not be read.',
  [SETTINGS_RULES.notSettings]: () => 'The file does not hold Decompress settings.',
  [SETTINGS_RULES.newerVersion]: (v) =>
    `It was written by a newer Decompress (settings version ${v.version}); this one reads up to version ${v.supported}.`,
  [SETTINGS_RULES.migrationFailed]: (v) =>
    `Settings from version ${v.from} could not be carried over.`,
};

function isSettingsRule(rule: string): rule is SettingsRule {
  return Object.hasOwn(RULE_WORDS, rule);
}

const TIME_FIELDS = new Set(['start', 'end', 'time']);

/** What a list at `key` holds, for "At most 8 ranges a day.". */
function itemsWord(key: string | undefined, max: number): string {
  const plural = max === 1 ? '' : 's';
  if (key === 'sessions') return `session${plural}`;
  if (key === 'weekdays') return `day${plural}`;
  if (key && Object.hasOwn(DAY_LABELS, key)) return `range${plural} a day`;
  return `item${plural}`;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  int: 'Use a whole number.',
  number: 'Enter a number.',
  boolean: 'Must be on or off.',
  string: 'Must be text.',
  array: 'Must be a list.',
  object: 'Must be a group of values.',
  undefined: 'Nothing may be sent here.',
};

function problemWords(problem: Problem, key: string | undefined): string {
  switch (problem.code) {
    case 'too_small':
      if (problem.origin === 'string') {
        return problem.minimum <= 1
          ? 'Must not be empty.'
          : `Use at least ${problem.minimum} characters.`;
      }
      if (problem.origin === 'array') return `Add at least ${problem.minimum}.`;
      return problem.inclusive
        ? `Use ${problem.minimum} or more.`
        : `Use more than ${problem.minimum}.`;
    case 'too_big':
      if (problem.origin === 'string') return `Use at most ${problem.maximum} characters.`;
      if (problem.origin === 'array')
        return `At most ${problem.maximum} ${itemsWord(key, problem.maximum)}.`;
      return problem.inclusive
        ? `Use ${problem.maximum} or less.`
        : `Use less than ${problem.maximum}.`;
    case 'invalid_type':
      return TYPE_WORDS[problem.expected] ?? `Must be of type ${problem.expected}.`;
    case 'invalid_value':
      if (key === 'version') return `Must be settings version ${problem.values.join(' or ')}.`;
      if (key === 'routineId' || key === 'defaultRoutineId') return RULE_WORDS['known-routine']({});
      return `Choose one of: ${problem.values.join(', ')}.`;
    case 'invalid_format':
      if (problem.format === 'datetime') return 'Must be a date and time.';
      if (key && TIME_FIELDS.has(key)) return 'Enter a full time, for example 08:30.';
      if (key === 'id') return 'Use 1 to 40 lowercase letters, digits or dashes.';
      return 'This is not in the expected format.';
    case 'unrecognized_keys':
      return `Decompress does not know ${problem.keys.length === 1 ? 'the field' : 'the fields'} ${problem.keys.join(', ')}.`;
    case 'custom':
      return isSettingsRule(problem.rule)
        ? RULE_WORDS[problem.rule](problem.values)
        : 'This value is not allowed.';
    case 'other':
      return 'This value is not allowed.';
  }
}

/** The reason for a refused value, as a sentence: "Use 10 or more.". */
export function issueText(issue: Issue): string {
  const last = issue.path.at(-1);
  // A day's list of ranges is named by the day; an array index names nothing.
  const key = typeof last === 'number' ? String(issue.path.at(-2) ?? '') : last;
  return problemWords(issue.problem, key);
}

/** A failed call in words for a banner: the issue when there is one, else main's own message. */
export function errorText(error: IpcError): string {
  return error.issue ? issueText(error.issue) : error.message;
}
