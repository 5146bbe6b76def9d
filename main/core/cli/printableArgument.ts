const SHOWN_CHARACTERS = 60;

/**
 * An argument as it may appear in a log line: quoted, cut to 60 characters,
 * and with everything outside printable ASCII escaped, so a hostile argument
 * cannot forge log lines (newlines) or reverse the text (bidi controls).
 */
export function printableArgument(arg: string): string {
  const chars = [...arg];
  const shown = chars.slice(0, SHOWN_CHARACTERS).map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') return `\\${ch}`;
    return code >= 0x20 && code < 0x7f ? ch : `\\u{${code.toString(16)}}`;
  });
  const more = chars.length > SHOWN_CHARACTERS ? `…(${chars.length} characters)` : '';
  return `"${shown.join('')}"${more}`;
}
