import { settingsSchema } from '../../../shared/settings/schema';

export type NumberSettingKey =
  | 'intervalMinutes'
  | 'headsUpSeconds'
  | 'naturalBreakMinutes'
  | 'snoozeMinutes'
  | 'maxSnoozes'
  | 'nagMinutes'
  | 'graceMinutes';

/** The allowed range of a number setting, read from the schema so a hint can never disagree with main. */
export function numberLimits(key: NumberSettingKey): { min: number; max: number } {
  const schema = settingsSchema.shape[key];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}
