import { isRecord } from '../../../shared/isRecord';
import { defaultSettings } from '../../../shared/settings/defaults';
import {
  MAX_SESSIONS,
  sessionSchema,
  settingsFieldsSchema,
  settingsSchema,
  type OfficeHours,
  type SessionConfig,
  type Settings,
} from '../../../shared/settings/schema';

export interface SalvageResult {
  settings: Settings;
  /** Top-level keys taken (wholly or, for office hours and sessions, partly) from the damaged document. */
  kept: string[];
  /** Keys (or parts, e.g. "officeHours.sat", "sessions.2") that fell back to defaults. */
  reset: string[];
}

/** Keeps each weekday whose ranges are valid; a broken Saturday should not cost Monday's hours. */
function salvageOfficeHours(
  value: Record<string, unknown>,
  fallback: OfficeHours,
  reset: string[],
): { hours: OfficeHours; partlyKept: boolean } {
  const result = structuredClone(fallback);
  const days = settingsFieldsSchema.shape.officeHours.shape;
  let keptDays = 0;
  for (const day of Object.keys(days) as (keyof OfficeHours)[]) {
    const parsed = days[day].safeParse(value[day]);
    if (parsed.success) {
      result[day] = parsed.data;
      keptDays++;
    } else {
      reset.push(`officeHours.${day}`);
    }
  }
  return { hours: result, partlyKept: keptDays > 0 };
}

/** Keeps every valid session, once per id, up to the schema's limit. */
function salvageSessions(value: unknown[], reset: string[]): SessionConfig[] {
  const sessions: SessionConfig[] = [];
  const ids = new Set<string>();
  value.forEach((candidate, index) => {
    const parsed = sessionSchema.safeParse(candidate);
    if (parsed.success && !ids.has(parsed.data.id) && sessions.length < MAX_SESSIONS) {
      ids.add(parsed.data.id);
      sessions.push(parsed.data);
    } else {
      reset.push(`sessions.${index}`);
    }
  });
  return sessions;
}

/**
 * Builds valid settings from a document that failed the schema: every key
 * that is valid on its own is kept, the rest come from the defaults. Office
 * hours and sessions are salvaged per day and per session.
 */
export function salvageSettings(candidate: unknown): SalvageResult {
  const defaults = defaultSettings();
  const doc = isRecord(candidate) ? candidate : {};
  const result: Record<string, unknown> = { ...defaults };
  const kept: string[] = [];
  const reset: string[] = [];
  const shape = settingsFieldsSchema.shape;

  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    if (key === 'version' || !Object.hasOwn(doc, key)) continue;
    const value = doc[key];
    const parsed = shape[key].safeParse(value);
    if (parsed.success) {
      result[key] = parsed.data;
      kept.push(key);
    } else if (key === 'officeHours' && isRecord(value)) {
      const { hours, partlyKept } = salvageOfficeHours(value, defaults.officeHours, reset);
      result[key] = hours;
      if (partlyKept) kept.push(key);
    } else if (key === 'sessions' && Array.isArray(value)) {
      const sessions = salvageSessions(value, reset);
      result[key] = sessions;
      if (sessions.length > 0) kept.push(key);
    } else {
      reset.push(key);
    }
  }

  // Every field is valid on its own now; what can still fail is a rule across
  // fields. The field a rule names goes back to its default, like any other
  // damage (the defaults keep every rule, so this ends).
  for (;;) {
    const parsed = settingsSchema.safeParse(result);
    if (parsed.success) return { settings: parsed.data, kept, reset };
    const named = new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')));
    const fields = [...named].filter(
      (key): key is keyof Settings => key !== 'version' && Object.hasOwn(defaults, key),
    );
    if (fields.length === 0 || fields.every((key) => reset.includes(key))) {
      return { settings: defaults, kept: [], reset: ['(all)'] };
    }
    for (const key of fields) {
      result[key] = defaults[key];
      if (!reset.includes(key)) reset.push(key);
      const at = kept.indexOf(key);
      if (at >= 0) kept.splice(at, 1);
    }
  }
}
