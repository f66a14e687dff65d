import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.js';

const text = '事業名,協働相手,予算額（千円）\r\n①花いっぱい運動,髙橋商店,１２０\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without and with a byte order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(bom)).toEqual({ text, encoding: 'utf-8-bom' });
  });
  it('reads Shift_JIS as Excel on Japanese Windows writes it, CP932 characters (①, 髙) included', () => {
    const sjis = iconv.encode(text, 'cp932');
    expect(decodeText(sjis)).toEqual({ text, encoding: 'shift_jis' });
  });
  it('reads UTF-16 with its byte order mark', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    expect(decodeText(utf16)).toEqual({ text, encoding: 'utf-16le' });
  });
  it('gives up on bytes that are neither', () => {
    expect(decodeText(new Uint8Array([0x41, 0xff, 0xfe, 0x80, 0xa0]))).toBeUndefined();
  });
});
