/** The Focus modes switched on, from ~/Library/DoNotDisturb/DB/Assertions.json. */
export function activeFocusModes(assertionsJson: string): string[] {
  const parsed: unknown = JSON.parse(assertionsJson);
  const data = (parsed as { data?: unknown }).data;
  if (!Array.isArray(data)) throw new Error('Assertions.json has no data list');
  const modes: string[] = [];
  for (const entry of data) {
    const records = (entry as { storeAssertionRecords?: unknown }).storeAssertionRecords;
    if (records === undefined) continue;
    if (!Array.isArray(records)) throw new Error('storeAssertionRecords is not a list');
    for (const record of records) {
      const details = (
        record as { assertionDetails?: { assertionDetailsModeIdentifier?: unknown } }
      ).assertionDetails;
      const mode = details?.assertionDetailsModeIdentifier;
      modes.push(typeof mode === 'string' ? mode : 'unknown');
    }
  }
  return modes;
}

/** A mode's name ("Work") from ModeConfigurations.json, or null when it is not there. */
export function focusModeName(configurationsJson: string, modeId: string): string | null {
  try {
    const parsed: unknown = JSON.parse(configurationsJson);
    const data = (
      parsed as { data?: { modeConfigurations?: Record<string, { mode?: { name?: unknown } }> }[] }
    ).data;
    const name = data?.[0]?.modeConfigurations?.[modeId]?.mode?.name;
    return typeof name === 'string' && name ? name : null;
  } catch {
    return null;
  }
}
