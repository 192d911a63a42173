/**
 * Payload sizes: how many bytes a value takes as UTF-8 JSON, the unit both the Office
 * adapter (to plan request chunks) and the fake host (to enforce Excel's 5 MB limit) count in.
 */

/** UTF-8 length of a string, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 length of `JSON.stringify(value)` (0 for undefined). */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

/**
 * Bytes of `value` as office.js sends it: JSON text carried inside the JSON message envelope,
 * so each `"` and `\` of the JSON is escaped once more (see src/workbook/fake/context.ts for the
 * office.js functions that do it). The Office adapter plans its requests in this unit.
 */
export function envelopedBytes(value: unknown): number {
  const json = JSON.stringify(value);
  if (json === undefined) return 0;
  let escapes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 34 || c === 92) escapes++;
  }
  return utf8Length(json) + escapes;
}
