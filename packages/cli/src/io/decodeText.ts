/** How the bytes of a CSV file were read. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'shift_jis';

/** A CSV file's text and the encoding it was found in. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Decode the bytes of a CSV file: UTF-8 (with or without a byte order mark) when the bytes are
 * valid UTF-8, otherwise Shift_JIS (CP932, as Excel on Japanese Windows saves "CSV"); undefined
 * when they are neither (issue 6 item 1). UTF-16 with its byte order mark ("Unicode" text) is read too. Valid UTF-8 is tried first because Japanese text in
 * Shift_JIS is almost never valid UTF-8, while the reverse does not hold.
 *
 * @example
 * decodeText(new Uint8Array([0x93, 0xfa, 0x96, 0x7b])) //=> { text: '日本', encoding: 'shift_jis' }
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    try {
      return {
        text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)),
        encoding: 'utf-16le',
      };
    } catch {
      return undefined;
    }
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bom ? bytes.subarray(3) : bytes,
    );
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // not UTF-8: try Shift_JIS below
  }
  try {
    // Node's (and WHATWG's) 'shift_jis' decoder is Windows-31J (CP932): NEC and IBM extensions included.
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return { text, encoding: 'shift_jis' };
  } catch {
    return undefined;
  }
}
