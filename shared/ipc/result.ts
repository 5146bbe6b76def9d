/**
 * What crosses the wire for every invoke, and what every bridge method
 * resolves to. A failure is data, not a thrown exception: Electron's
 * contextBridge copies plain objects into the page whole but keeps only the
 * message of an Error, so a thrown error would lose its field and reason.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export type IpcErrorCode =
  /** No such channel in the contract. */
  | 'unknown-channel'
  /** The call did not come from one of the app's windows. */
  | 'forbidden-sender'
  /** The argument failed the channel's validator: see `issue`. */
  | 'bad-payload'
  /** The argument was well-formed but main refused it (a settings rule, an import): see `issue`. */
  | 'refused'
  /** The handler failed for another reason: `message` says what. */
  | 'failed'
  /** Main could not be reached at all (the bridge's transport threw). */
  | 'unreachable';

export interface IpcError {
  code: IpcErrorCode;
  /**
   * For logs and developers, in main's words. Screens show `issue` worded by
   * shared/settings/messages.ts when there is one; they never pick this apart.
   */
  message: string;
  /** What was wrong with which value, when the call was refused for its content. */
  issue?: Issue;
}

/** One thing wrong with one value, as data: where it is and which rule it broke. */
export interface Issue {
  /** Where in the argument or document, e.g. ['officeHours', 'mon', 0, 'end']; [] for the whole. */
  path: readonly (string | number)[];
  problem: Problem;
}

/** The size a too_small or too_big refers to. */
export type SizeOrigin = 'number' | 'string' | 'array' | 'other';

/**
 * The rule a value broke. zod's issue codes with the numbers the schema
 * declared (`minimum`, `maximum`, the allowed values), plus the app's own
 * rules as `custom` with a rule id and its values.
 */
export type Problem =
  | { code: 'too_small'; origin: SizeOrigin; minimum: number; inclusive: boolean }
  | { code: 'too_big'; origin: SizeOrigin; maximum: number; inclusive: boolean }
  | { code: 'invalid_type'; expected: string }
  | { code: 'invalid_value'; values: readonly (string | number | boolean | null)[] }
  | { code: 'invalid_format'; format: string }
  | { code: 'unrecognized_keys'; keys: readonly string[] }
  | { code: 'custom'; rule: string; values: Readonly<Record<string, string | number>> }
  | { code: 'other' };
