/**
 * The app's own validation rules, by id. A refinement in the schema (or a
 * refusal in main) names its rule and values in zod's `params`; the words
 * for each live in ./messages.ts. Ids are data on the wire: never reword
 * one, add a new id instead.
 */
export const SETTINGS_RULES = {
  /** A time range's end is not after its start. */
  rangeEndsAfterStart: 'range-ends-after-start',
  /** Two ranges on one day overlap. Values: start, otherStart, otherEnd. */
  rangesOverlap: 'ranges-overlap',
  /** A session lists a weekday twice. */
  weekdaysOnce: 'weekdays-once',
  /** Two sessions share an id. */
  sessionIdsUnique: 'session-ids-unique',
  /** A routine id the catalogue does not know. */
  knownRoutine: 'known-routine',
  /** The natural break is not shorter than the work interval. Values: intervalMinutes. */
  naturalBreakShorter: 'natural-break-shorter',
  /** A global shortcut Electron would not accept. Values: detail (accelerator.ts's words). */
  acceleratorInvalid: 'accelerator-invalid',
  /** A link that is not https. */
  httpsLink: 'https-link',
  /** An import: the file is too large to be settings. */
  fileTooLarge: 'file-too-large',
  /** An import: the file is not JSON. */
  fileNotJson: 'file-not-json',
  /** An import: the file could not be read. */
  fileUnreadable: 'file-unreadable',
  /** An import: JSON, but not a settings document. */
  notSettings: 'not-settings',
  /** An import from a newer Decompress. Values: version, supported. */
  newerVersion: 'newer-version',
  /** An import whose migration failed. Values: from. */
  migrationFailed: 'migration-failed',
} as const;

export type SettingsRule = (typeof SETTINGS_RULES)[keyof typeof SETTINGS_RULES];

/** The `params` a refinement passes to zod, so the issue carries its rule as data. */
export function ruleParams(
  rule: SettingsRule,
  values: Readonly<Record<string, string | number>> = {},
): Record<string, string | number> {
  return { ...values, rule };
}
