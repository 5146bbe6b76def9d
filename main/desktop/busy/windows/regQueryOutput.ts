/** One value line of `reg query`: name, type and data as reg.exe prints them. */
export interface RegValue {
  name: string;
  type: string;
  data: string;
}

/** One key of `reg query ... /s` output with the values printed under it. */
export interface RegKey {
  path: string;
  values: RegValue[];
}

/** reg.exe indents values by four spaces and separates name, type and data by four spaces. */
const VALUE_LINE = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

/**
 * Parses the text reg.exe writes for `reg query KEY /s`: a blank line, the
 * full key path ("HKEY_CURRENT_USER\..."), its values, a blank line, the
 * next key. CRLF or LF; the "End of search" summary that /f adds is skipped.
 * The unnamed value prints as "(Default)" (localised on other languages).
 */
export function parseRegQueryOutput(text: string): RegKey[] {
  const keys: RegKey[] = [];
  let current: RegKey | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') continue;
    if (/^HKEY_[A-Z_]+(\\|$)/.test(line)) {
      current = { path: line.trim(), values: [] };
      keys.push(current);
      continue;
    }
    const value = VALUE_LINE.exec(line);
    if (value && current) {
      current.values.push({ name: value[1] ?? '', type: value[2] ?? '', data: value[3] ?? '' });
    }
  }
  return keys;
}

/** A REG_QWORD or REG_DWORD as reg.exe prints it ("0x1d9c5a3b2e4f6a0") as a bigint, or null. */
export function regNumber(data: string): bigint | null {
  return /^0x[0-9a-f]+$/i.test(data.trim()) ? BigInt(data.trim()) : null;
}
