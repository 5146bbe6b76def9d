import type { Issue } from '../../../shared/ipc/result';
import { Refusal } from '../ipc/refusal';

/** A refused settings change or import: the issue as data, e.g. intervalMinutes too_small 10. */
export class SettingsError extends Refusal {
  constructor(issue: Issue, reason: string) {
    super(issue, reason);
    this.name = 'SettingsError';
  }

  /** The dotted path of the field, for logs and tests ("" for the document). */
  get field(): string {
    return this.issue.path.join('.');
  }
}
