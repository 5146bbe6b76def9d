import type { z } from 'zod';
import type { Issue, Problem, SizeOrigin } from './result';

const SIZE_ORIGINS: readonly string[] = ['number', 'string', 'array'];

function sizeOrigin(origin: string): SizeOrigin {
  return SIZE_ORIGINS.includes(origin) ? (origin as SizeOrigin) : 'other';
}

function plainValues(values: readonly unknown[]): (string | number | boolean | null)[] {
  return values.filter(
    (v): v is string | number | boolean | null =>
      v === null || ['string', 'number', 'boolean'].includes(typeof v),
  );
}

/** The app's own rule ids and values, as a refinement declares them in `params`. */
function customProblem(params: Record<string, unknown> | undefined): Problem {
  const { rule, ...rest } = params ?? {};
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  }
  return { code: 'custom', rule: typeof rule === 'string' ? rule : '', values };
}

function problemOf(issue: z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'too_small':
      return {
        code: 'too_small',
        origin: sizeOrigin(issue.origin),
        minimum: Number(issue.minimum),
        inclusive: issue.inclusive ?? true,
      };
    case 'too_big':
      return {
        code: 'too_big',
        origin: sizeOrigin(issue.origin),
        maximum: Number(issue.maximum),
        inclusive: issue.inclusive ?? true,
      };
    case 'invalid_type':
      return { code: 'invalid_type', expected: issue.expected };
    case 'invalid_value':
      return { code: 'invalid_value', values: plainValues(issue.values) };
    case 'invalid_format':
      return { code: 'invalid_format', format: issue.format };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', keys: [...issue.keys] };
    case 'custom':
      return customProblem(issue.params);
    default:
      return { code: 'other' };
  }
}

/**
 * A zod issue as plain data for the wire: its path and the rule it broke,
 * with the schema's own numbers. zod's English message is not carried: the
 * words come from shared/settings/messages.ts.
 */
export function issueFromZod(issue: z.core.$ZodIssue): Issue {
  return {
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    problem: problemOf(issue),
  };
}

/** The dotted path of an issue, for logs: "officeHours.mon.0.end". */
export function issuePath(issue: Issue): string {
  return issue.path.join('.');
}
