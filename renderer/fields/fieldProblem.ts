import type { IpcError } from '../../shared/ipc/result';
import { errorText } from '../../shared/settings/messages';

/** A refused value: where it is (the settings path) and why, in words to show next to it. */
export interface FieldProblem {
  /** e.g. ['officeHours', 'mon', 0, 'end']; [] when the change as a whole was refused. */
  path: readonly (string | number)[];
  message: string;
}

/** Main's refusal as a field problem: the issue's path, worded once in shared/settings/messages.ts. */
export function problemFromError(error: IpcError): FieldProblem {
  return { path: error.issue?.path ?? [], message: errorText(error) };
}

/** A problem found in this window before asking main (a half-typed time, an empty number). */
export function localProblem(message: string): FieldProblem {
  return { path: [], message };
}

/** Whether a problem belongs to `path` or anything inside it. */
export function isUnder(problem: FieldProblem | null, path: readonly (string | number)[]): boolean {
  if (!problem || problem.path.length < path.length) return false;
  return path.every((part, i) => String(problem.path[i]) === String(part));
}
