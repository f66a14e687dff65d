/** How the bytes of a CSV file were read. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis';

/** A CSV file's text and the encoding it was found in. */
export interface DecodedText {
  readonly ok: true;
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Bytes that are not text in the encoding they come closest to: where the first bad sequence
 * starts (a byte offset), its bytes, and the file's text with U+FFFD in place of each bad
 * sequence (to find the row and cell it is in).
 */
export interface InvalidText {
  readonly ok: false;
  readonly kind: 'invalid';
  readonly encoding: 'utf-8' | 'shift_jis';
  readonly offset: number;
  readonly bytes: readonly number[];
  readonly text: string;
}

/** Bytes that are no text at all (a zip, an image): NUL bytes, and no encoding reads them. */
export interface BinaryBytes {
  readonly ok: false;
  readonly kind: 'binary';
}

const FFFD = /\uFFFD/g;

/**
 * Decode the bytes of a CSV file: UTF-16 (little or big endian, with or without a byte order
 * mark: Excel's 「Unicode テキスト」), UTF-8 (with or without a byte order mark) when the bytes
 * are valid UTF-8, otherwise Shift_JIS (CP932, as Excel on Japanese Windows saves "CSV").
 * Valid UTF-8 is tried before Shift_JIS because Japanese text in Shift_JIS is almost never
 * valid UTF-8, while the reverse does not hold. Bytes valid in neither are `invalid`, with the
 * first bad sequence in the encoding they come closest to; bytes with NUL that no encoding
 * reads are `binary`.
 *
 * @example
 * decodeText(new Uint8Array([0x93, 0xfa, 0x96, 0x7b])) //=> { ok: true, text: '日本', encoding: 'shift_jis' }
 */
export function decodeText(bytes: Uint8Array): DecodedText | InvalidText | BinaryBytes {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return utf16(bytes.subarray(2), 'utf-16le') ?? { ok: false, kind: 'binary' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return utf16(bytes.subarray(2), 'utf-16be') ?? { ok: false, kind: 'binary' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (!bom) {
    const order = utf16Order(bytes);
    if (order !== undefined) {
      const read = utf16(bytes, order);
      if (read !== undefined) return read;
    }
  }
  const hasNul = body.includes(0);
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== undefined && !(hasNul && looksBinary(utf8)))
    return { ok: true, text: utf8, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  // Node's (and WHATWG's) 'shift_jis' decoder is Windows-31J (CP932): NEC and IBM extensions included.
  const sjis = bom ? undefined : tryDecode('shift_jis', body);
  if (sjis !== undefined && !(hasNul && looksBinary(sjis)))
    return { ok: true, text: sjis, encoding: 'shift_jis' };
  if (hasNul) return { ok: false, kind: 'binary' };
  // Neither: say where the text breaks in the encoding with fewer bad sequences (a UTF-8 file
  // with one damaged byte is UTF-8; a Shift_JIS file with one stray byte is Shift_JIS).
  const asUtf8 = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
  const asSjis = new TextDecoder('shift_jis').decode(body);
  const encoding = bom || count(asUtf8) <= count(asSjis) ? 'utf-8' : 'shift_jis';
  const offset = firstBadByte(body, encoding);
  return {
    ok: false,
    kind: 'invalid',
    encoding,
    offset: offset + (bom ? 3 : 0),
    bytes: [...body.subarray(offset, offset + (encoding === 'utf-8' ? 4 : 2))].slice(
      0,
      badLength(body, offset, encoding),
    ),
    text: encoding === 'utf-8' ? asUtf8 : asSjis,
  };
}

/**
 * Text with NUL that is binary data rather than a damaged CSV: other control characters than
 * tab and line breaks (an image's 0x1A, a zip's 0x03), or NUL in more than a tenth of it.
 */
function looksBinary(text: string): boolean {
  let nul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul += 1;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13) return true;
  }
  return nul * 10 > text.length;
}

function count(text: string): number {
  return text.match(FFFD)?.length ?? 0;
}

function tryDecode(encoding: 'utf-8' | 'shift_jis', bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText | undefined {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a byte order mark, told by its NUL bytes: the ASCII characters of a table
 * (digits, tabs, line breaks) are a character and a NUL byte, in that order in little endian
 * and the reverse in big endian; UTF-8 and Shift_JIS text has no NUL byte at all.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.1 && even <= odd / 8) return 'utf-16le';
  if (even >= pairs * 0.1 && odd <= even / 8) return 'utf-16be';
  return undefined;
}

/** The offset where the first bad sequence starts: the longest prefix that decodes is found by halving. */
function firstBadByte(bytes: Uint8Array, encoding: 'utf-8' | 'shift_jis'): number {
  const decodes = (end: number): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, end), {
        stream: true,
      });
      return true;
    } catch {
      return false;
    }
  };
  // decodes(lo) holds, decodes(hi) does not.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid;
  }
  // Byte hi - 1 broke the text; it may be the second byte of a sequence whose lead was pending.
  const start = hi - 1;
  const complete = (() => {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, start));
      return true;
    } catch {
      return false;
    }
  })();
  if (complete) return start;
  // Walk back to where the pending sequence began (at most 3 bytes in UTF-8, 1 in Shift_JIS).
  for (let back = 1; back <= 3 && start - back >= 0; back++) {
    try {
      new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, start - back));
      return start - back;
    } catch {
      // keep walking back
    }
  }
  return start;
}

/** How many bytes of the bad sequence to show: the lead byte and the byte that broke it. */
function badLength(bytes: Uint8Array, offset: number, encoding: 'utf-8' | 'shift_jis'): number {
  const lead = bytes[offset] ?? 0;
  if (encoding === 'shift_jis')
    return (lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xfc) ? 2 : 1;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  return 1;
}
