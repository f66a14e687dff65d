import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, examples, kyodo, root } from './kyodo.js';

// The publication summaries of the bundled examples (docs/cli.md "kyodo report": the HTML
// summary of the bundled examples is in examples/ and looks right in the screenshot test). Each is made by the built
// command from its workbook; the committed page must be what the command makes today
// (`npm run examples:reports` rewrites them), and each is opened in Chromium and looked at.

const TODAY = '2025-05-31';

/** One summary per example workbook, with the command that makes it. */
const REPORTS = [
  { profile: 'ichinoseki', extra: ['--publisher', '一関市 まちづくり推進部 まちづくり推進課'] },
  { profile: 'toride', extra: [] },
  { profile: 'plan-004', extra: [] },
] as const;

const update = process.env.KYODO_UPDATE_EXAMPLES === '1';
const shots = join(root, 'out', 'screenshots');
let dir: string;
let browser: Browser;

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-example-reports-'));
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe.each(REPORTS)('examples/$profile-report.html', ({ profile, extra }) => {
  const committed = `${examples}${profile}-report.html`;

  it('is what `kyodo report` makes of the example workbook today', () => {
    const out = join(dir, `${profile}-report.html`);
    const r = kyodo([
      'report',
      `examples/${profile}.xlsx`,
      '--profile',
      profile,
      '--today',
      TODAY,
      ...extra,
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const made = readFileSync(out, 'utf8');
    if (update) writeFileSync(committed, made);
    expect(
      made === readFileSync(committed, 'utf8'),
      `examples/${profile}-report.html is out of date: run npm run examples:reports`,
    ).toBe(true);
  });

  it('shows its charts and Japanese text in a browser, fetching nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
    const requested: string[] = [];
    await page.route('**', (route) => {
      requested.push(route.request().url());
      return route.abort();
    });
    await page.setContent(readFileSync(committed, 'utf8'), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(shots, `example-${profile}-report.png`), fullPage: true });
    expect(requested).toEqual([]);
    // The per-item means, the city against the partner, plan against actual.
    expect(await page.locator('svg.chart').count()).toBe(3);
    expect(await page.locator('#chart-items rect.bar-item').count()).toBeGreaterThan(0);
    expect(await page.locator('h1').textContent()).toContain('協働事業の評価・検証結果');
    expect(await page.locator('h2', { hasText: '評価項目ごとの平均' }).isVisible()).toBe(true);
    // The glyphs of the title are drawn with a Japanese font, not as boxes.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root: doc } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector: 'h1' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName).join(',')).toMatch(/Noto Sans CJK JP/u);
    await page.close();
  });
});
