/**
 * Characters a terminal would act on instead of showing: C0 controls but tab (ESC starts escape
 * sequences that clear the screen or retitle the window, BEL rings), DEL, C1 controls (U+009B
 * is a one-character CSI), the line and paragraph separators, and the bidirectional controls
 * that reorder what is shown (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C: "Trojan
 * Source"). Line breaks are kept only where the renderer puts them.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of text made safe to print on a terminal: each character of cell text that a
 * terminal would act on is shown escaped (ESC as \x1B, BEL as \x07, U+202E as \u202E), never
 * sent raw; everything else, Japanese included, is left as it is.
 *
 * @example
 * terminalText('事業名\u001b[2J\u0007') //=> '事業名\\x1B[2J\\x07'
 */
export function terminalText(line: string): string {
  return line.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
