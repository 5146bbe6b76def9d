import type { Issue } from '../../../shared/ipc/result';
import { issuePath } from '../../../shared/ipc/zodIssue';

/**
 * A handler's "no" to well-formed input, with what was wrong as data. The
 * router sends it on as a 'refused' result carrying the issue, so a window
 * can say why next to the right field without reading the message.
 */
export class Refusal extends Error {
  constructor(
    readonly issue: Issue,
    /** For logs: main's own words. */
    reason: string,
  ) {
    const path = issuePath(issue);
    super(path ? `${path}: ${reason}` : reason);
    this.name = 'Refusal';
  }
}
