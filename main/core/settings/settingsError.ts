/** A refused settings change, naming the field and why, e.g. "intervalMinutes: must be at least 10". */
export class SettingsError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(field ? `${field}: ${reason}` : reason);
    this.name = 'SettingsError';
  }
}
