import { migrateSettings } from '../../../shared/settings/migrations';
import { SETTINGS_VERSION, settingsSchema, type Settings } from '../../../shared/settings/schema';
import { SETTINGS_RULES } from '../../../shared/settings/rules';
import { SettingsError } from '../settings/settingsError';
import type { SettingsService } from '../settings/settingsService';

/**
 * What the planner needs on top of the settings schema (which already checks
 * times, overlaps, ranges of numbers and routine ids): a natural break
 * shorter than the work interval, else every idle spell long enough to count
 * would outlast the interval it is meant to reset. The first problem as field
 * and reason, or null.
 */
export function plannerSettingsProblem(
  settings: Settings,
): { field: string; reason: string } | null {
  if (settings.naturalBreakMinutes >= settings.intervalMinutes) {
    return {
      field: 'naturalBreakMinutes',
      reason: `must be shorter than the work interval (${settings.intervalMinutes} min)`,
    };
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws a SettingsError naming the field when a schema-valid document is unusable for the planner. */
function refusePlannerProblem(candidate: unknown): void {
  const parsed = settingsSchema.safeParse(candidate);
  // Schema problems are the service's to report, with its own messages.
  if (!parsed.success) return;
  const problem = plannerSettingsProblem(parsed.data);
  if (problem) {
    const issue = {
      path: [problem.field],
      problem: {
        code: 'custom' as const,
        rule: SETTINGS_RULES.naturalBreakShorter,
        values: { intervalMinutes: parsed.data.intervalMinutes },
      },
    };
    throw new SettingsError(issue, problem.reason);
  }
}

/**
 * The settings service with the planner's checks in front of every change:
 * a value the planner cannot use is refused with a clear message and never
 * written, so the planner only ever sees settings it can plan with. Schema
 * checks and migrations of imported files stay the service's own.
 */
export function guardPlannerSettings(service: SettingsService): SettingsService {
  return {
    ...service,
    update(patch) {
      refusePlannerProblem({ ...service.get(), ...patch, version: SETTINGS_VERSION });
      return service.update(patch);
    },
    replace(candidate) {
      if (isRecord(candidate)) {
        const upgraded = migrateSettings(candidate, () => undefined);
        if (upgraded.status === 'current' || upgraded.status === 'migrated') {
          refusePlannerProblem(upgraded.document);
        }
      }
      return service.replace(candidate);
    },
  };
}
