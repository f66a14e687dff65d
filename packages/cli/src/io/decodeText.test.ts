import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText.js';

const text = '事業名,協働相手,予算額（千円）\r\n①花いっぱい運動,髙橋商店,１２０\r\n';
const tabbed = '事業名\t協働相手\t予算額\r\n花いっぱい運動\t一関花の会\t120000\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without and with a byte order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeText(utf8)).toEqual({ ok: true, text, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(bom)).toEqual({ ok: true, text, encoding: 'utf-8-bom' });
  });
  it('reads Shift_JIS as Excel on Japanese Windows writes it, CP932 characters (①, 髙) included', () => {
    const sjis = iconv.encode(text, 'cp932');
    expect(decodeText(sjis)).toEqual({ ok: true, text, encoding: 'shift_jis' });
  });
  it('reads UTF-16 little and big endian, with and without a byte order mark', () => {
    expect(decodeText(iconv.encode(tabbed, 'utf-16le', { addBOM: true }))).toEqual({
      ok: true,
      text: tabbed,
      encoding: 'utf-16le',
    });
    expect(decodeText(iconv.encode(tabbed, 'utf-16le'))).toEqual({
      ok: true,
      text: tabbed,
      encoding: 'utf-16le',
    });
    expect(decodeText(iconv.encode(tabbed, 'utf-16be', { addBOM: true }))).toEqual({
      ok: true,
      text: tabbed,
      encoding: 'utf-16be',
    });
    expect(decodeText(iconv.encode(tabbed, 'utf-16be'))).toEqual({
      ok: true,
      text: tabbed,
      encoding: 'utf-16be',
    });
  });
  it('says where Shift_JIS text breaks: the offset and the bytes of the bad sequence', () => {
    const good = iconv.encode('事業名,予算額\r\n清掃,', 'cp932');
    const bytes = new Uint8Array([...good, 0x85, 0x40, ...iconv.encode('1000\r\n', 'cp932')]);
    const read = decodeText(bytes);
    expect(read).toMatchObject({ ok: false, kind: 'invalid', encoding: 'shift_jis', offset: good.length });
    expect(read.ok === false && read.kind === 'invalid' && read.bytes).toEqual([0x85, 0x40]);
  });
  it('says where UTF-8 text breaks', () => {
    const good = new TextEncoder().encode('事業名,予算額\n清掃,');
    const bytes = new Uint8Array([...good, 0xe6, 0x41, ...new TextEncoder().encode('花壇\n')]);
    const read = decodeText(bytes);
    expect(read).toMatchObject({ ok: false, kind: 'invalid', encoding: 'utf-8', offset: good.length });
  });
  it('calls an image named .csv binary, though its bytes happen to decode as Shift_JIS', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(decodeText(png)).toEqual({ ok: false, kind: 'binary' });
  });
  it('calls bytes with NUL that no encoding reads binary', () => {
    expect(
      decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0xff, 0xfd, 0x80])),
    ).toEqual({
      ok: false,
      kind: 'binary',
    });
  });
});
