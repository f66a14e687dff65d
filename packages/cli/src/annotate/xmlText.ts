/**
 * Text as it may stand in an OOXML part's element content or attribute value: XML's special
 * characters escaped, and the characters XML 1.0 cannot hold (control characters, unpaired
 * surrogates) written as _xHHHH_, as ECMA-376 Part 1 §22.9.2.19 (ST_Xstring) escapes them; a
 * literal `_x0041_` in the text is itself escaped (`_x005F_x0041_`), so it reads back as typed.
 */
export function xmlText(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot hold
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
