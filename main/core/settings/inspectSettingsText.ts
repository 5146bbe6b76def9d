import type { SettingsDocument } from '../../../shared/settings/migrations';
import { isRecord } from '../../../shared/isRecord';

/** What is wrong with a settings file, in words the notice can use. */
export type SettingsDamage = 'truncated' | 'not-json' | 'not-an-object';

export type SettingsTextInspection =
  | { kind: 'document'; document: SettingsDocument }
  | {
      kind: 'damaged';
      damage: SettingsDamage;
      detail: string;
      /** For a cut-short file: the top-level members that were written whole. */
      partial: SettingsDocument | null;
    };

/**
 * Recovers the complete top-level members of an object cut off mid-write:
 * everything up to the last comma at depth one was written whole. Returns
 * null when not even one member survived.
 */
export function completeMembersOf(text: string): SettingsDocument | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let lastMemberEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 1) lastMemberEnd = i;
  }
  if (lastMemberEnd < 0) return null;
  try {
    const parsed: unknown = JSON.parse(`${text.slice(0, lastMemberEnd)}}`);
    return isRecord(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Reads the raw text of a settings file before any store library sees it:
 * conf throws on text that is not JSON, and would hand an array or a number
 * on as if it were settings. Truncation is told apart from other damage
 * because it has a likely cause (a crash or a full disk) worth naming.
 */
export function inspectSettingsText(text: string): SettingsTextInspection {
  // A byte-order mark is how some editors save UTF-8; it is not damage.
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trim();
  if (trimmed === '' || /^\0+$/.test(trimmed)) {
    return { kind: 'damaged', damage: 'truncated', detail: 'the file is empty', partial: null };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    // An object that opens but never closes was cut short mid-write.
    const cutShort = trimmed.startsWith('{') && !trimmed.endsWith('}');
    return cutShort
      ? { kind: 'damaged', damage: 'truncated', detail, partial: completeMembersOf(trimmed) }
      : { kind: 'damaged', damage: 'not-json', detail, partial: null };
  }
  if (!isRecord(parsed)) {
    const what = Array.isArray(parsed) ? 'a list' : parsed === null ? 'null' : typeof parsed;
    return {
      kind: 'damaged',
      damage: 'not-an-object',
      detail: `the file holds ${what}`,
      partial: null,
    };
  }
  return { kind: 'document', document: parsed };
}
