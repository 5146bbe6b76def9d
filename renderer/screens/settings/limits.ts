import type { z } from 'zod';
import {
  MAX_RANGES_PER_DAY,
  MAX_SESSIONS,
  postureSchema,
  settingsFieldsSchema,
  standingDeskSchema,
} from '../../../shared/settings/schema';

type Fields = typeof settingsFieldsSchema.shape;

/** Every setting the schema holds as a number: the type follows the schema, never a hand-kept list. */
export type NumberSettingKey = {
  [K in keyof Fields]: Fields[K] extends z.ZodNumber ? K : never;
}[keyof Fields];

/** The allowed range of a number setting, read from the schema so a hint can never disagree with main. */
export function numberLimits(key: NumberSettingKey): { min: number; max: number } {
  const schema = settingsFieldsSchema.shape[key];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

type NumberKeyOf<S extends z.ZodRawShape> = {
  [K in keyof S]: S[K] extends z.ZodNumber ? K : never;
}[keyof S];

function rangeOf(schema: z.ZodNumber): { min: number; max: number } {
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** A posture-cue number's range (posture.everyMinutes), read from the schema. */
export function postureLimits(key: NumberKeyOf<typeof postureSchema.shape>): {
  min: number;
  max: number;
} {
  return rangeOf(postureSchema.shape[key]);
}

/** A standing-desk number's range (sit, stand, move minutes), read from the schema. */
export function standingDeskLimits(key: NumberKeyOf<typeof standingDeskSchema.shape>): {
  min: number;
  max: number;
} {
  return rangeOf(standingDeskSchema.shape[key]);
}

/** How many ranges a weekday and how many sessions the schema accepts. */
export const LIMITS = { rangesPerDay: MAX_RANGES_PER_DAY, sessions: MAX_SESSIONS } as const;
