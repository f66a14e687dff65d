import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unwrap } from '@kyodo/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../packages/cli/src/io/readWorkbook.js';
import { DIST, type Harness, loadAddon } from '../../testing/addon/fakes/loadAddon.js';
import { addGrid } from '../../testing/addon/fixtures.js';
import { FORMULA_SHEET, torideWorkbook, XSS_TEXT } from '../../testing/addon/workbooks.js';

// Screenshots go to out/screenshots/ (ignored by git) on every run, so `npm test` leaves the tree
// as it found it; `npm run screenshots` writes them into docs/images/ for the guide.
const IMAGES = fileURLToPath(
  new URL(
    process.env.KYODO_UPDATE_SCREENSHOTS === '1' ? '../../docs/images/' : '../../out/screenshots/',
    import.meta.url,
  ),
);
mkdirSync(IMAGES, { recursive: true });
const URL_ = 'https://sidebar.kyodo.test/Sidebar.html';

function containsDate(value: unknown, seen = new Set<unknown>()): boolean {
  if (Object.prototype.toString.call(value) === '[object Date]') return true;
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((v) => containsDate(v, seen));
}

/** google.script.run in the page: each handler call goes to the vm-loaded Code.js; Dates are refused both ways. */
const SHIM = `
(() => {
  const hasDate = (v) => Object.prototype.toString.call(v) === '[object Date]' ||
    (v !== null && typeof v === 'object' && Object.values(v).some(hasDate));
  const runner = (ok, fail) => new Proxy({}, {
    get(_, name) {
      if (name === 'withSuccessHandler') return (f) => runner(f, fail);
      if (name === 'withFailureHandler') return (f) => runner(ok, f);
      return (...args) => {
        if (hasDate(args)) { setTimeout(() => fail && fail(new Error('Failed due to illegal value in property: 0'))); return; }
        window.__kyodoCall(String(name), JSON.stringify(args)).then((text) => {
          const value = JSON.parse(text);
          if (value && value.__transportError) fail && fail(new Error(value.__transportError));
          else ok && ok(value);
        });
      };
    },
  });
  window.google = { script: { run: runner(null, null) } };
})();
`;

let browser: Browser;
let page: Page;
let h: Harness;
const calls: string[] = [];
const dialogs: string[] = [];
const transportErrors: string[] = [];
/** A delay before the next call answers, to see the sidebar while it waits. */
let nextDelayMs = 0;

async function openSidebar(harness: Harness, width = 300): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 1100 }, locale: 'ja-JP' });
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await p.route('**/*', (route) =>
    route.request().url() === URL_
      ? route.fulfill({
          body: readFileSync(`${DIST}Sidebar.html`, 'utf8'),
          contentType: 'text/html; charset=utf-8',
        })
      : route.abort(),
  );
  await p.exposeFunction('__kyodoCall', async (name: string, json: string) => {
    calls.push(name);
    if (nextDelayMs > 0) {
      const ms = nextDelayMs;
      nextDelayMs = 0;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    try {
      const result = harness.call(name, ...(JSON.parse(json) as unknown[]));
      if (containsDate(result)) {
        transportErrors.push(`${name} returned a Date`);
        return JSON.stringify({ __transportError: 'Failed due to illegal value in property: return' });
      }
      return JSON.stringify(result ?? null);
    } catch (error) {
      return JSON.stringify({ __transportError: String((error as Error).message) });
    }
  });
  await p.addInitScript(SHIM);
  await p.addInitScript(WATCH);
  await p.goto(URL_);
  return p;
}

/** Every Content-Security-Policy violation of the page, kept where a test can read it. */
const WATCH = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

/** The violations a page saw, and whether a payload's script ran. */
async function watched(p: Page): Promise<{ violations: string[]; pwned: unknown }> {
  return p.evaluate(() => ({
    violations: (window as unknown as { __violations: string[] }).__violations,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
  }));
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  h = loadAddon();
  torideWorkbook(h.ss);
  page = await openSidebar(h);
});

afterAll(async () => {
  await browser?.close();
});

describe('the sidebar in headless Chromium, on the vm-loaded Code.js', () => {
  it('starts in Japanese with the profiles and the scope choice', async () => {
    await page.locator('#validate').waitFor();
    expect(await page.locator('h1').textContent()).toBe('協働チェック');
    const profiles = await page.locator('#profile option').allTextContents();
    expect(profiles.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#profile').inputValue()).toBe('ichinoseki');
  });

  it('validates, lists issues, and selects an issue’s cell when it is clicked', async () => {
    await page.selectOption('#profile', 'toride');
    nextDelayMs = 1500;
    await page.locator('#validate').click();
    // While the call runs: progress, and every control disabled.
    await page.getByText('3 枚のシートを検証しています…').waitFor();
    expect(await page.locator('#validate').isDisabled()).toBe(true);
    expect(await page.locator('#clear').isDisabled()).toBe(true);
    expect(await page.locator('#profile').isDisabled()).toBe(true);
    await page.locator('button.issue').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#validate').isDisabled()).toBe(false);
    expect(calls).toContain('validate');
    const issue = page.locator('button.issue[data-cell]:not([data-cell=""])').first();
    const cell = await issue.getAttribute('data-cell');
    const sheet = await issue.getAttribute('data-sheet');
    expect(cell).toMatch(/^[A-Z]+\d+$/);
    h.ss.activeRange = null;
    await issue.click();
    await expect.poll(() => h.ss.activeRange?.getA1Notation()).toBe(cell);
    expect(h.ss.activeSheet?.name).toBe(sheet);
  });

  it('shows markup typed into cells as text: no dialog, no img element', async () => {
    expect(await page.getByText(XSS_TEXT, { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('runs under its Content-Security-Policy with no violation: the policy takes nothing the sidebar uses', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(await watched(page)).toEqual({ violations: [], pwned: undefined });
  });

  it('never sends a Date through google.script.run', () => {
    expect(transportErrors).toEqual([]);
  });

  it('fits 300 px: nothing wider than the sidebar', async () => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(300);
  });

  it('maps the columns of a sheet detection could not read, remembers it with the document, and validates again', async () => {
    const card = page.locator('.card', { hasText: 'メモ —' });
    await card.locator('details.mapping > summary').click();
    await card.locator('details.mapping select').first().selectOption('regional-plan');
    const selects = card.locator('details.mapping select');
    await selects.nth(1).selectOption('A');
    await selects.nth(2).selectOption('B');
    await card.getByRole('button', { name: '保存して再検証' }).click();
    await page.locator('.card h3', { hasText: 'メモ — 地域づくり計画書' }).waitFor({ timeout: 30_000 });
    const saved = JSON.parse(h.services.documentProperties.data.get('kyodo.mapping:メモ') ?? '{}');
    expect(saved).toEqual({ kind: 'regional-plan', fields: { item: 'A', project: 'B' } });
    expect(await page.locator('img').count()).toBe(0);
  });

  it('clears the marks from the sidebar and says how many cells it restored', async () => {
    await page.locator('#clear').click();
    await page.getByText(/セルを元に戻しました。/).waitFor();
    expect(h.ss.sheets.map((s) => s.name)).toEqual(['協働事業一覧', 'メモ', FORMULA_SHEET]);
  });

  it('speaks English to a user whose locale is English', async () => {
    const en = loadAddon({ locale: 'en_US' });
    torideWorkbook(en.ss);
    const p = await openSidebar(en);
    await p.locator('#validate').waitFor();
    expect(await p.locator('#validate').textContent()).toBe('Validate');
    await p.locator('#validate').click();
    await p.locator('button.issue').first().waitFor({ timeout: 30_000 });
    expect(await p.locator('h2').first().textContent()).toBe('Results');
    expect(await p.locator('button.issue .message').first().textContent()).toMatch(/[a-z]{3,}/);
    await p.close();
  });

  it('loads a municipality’s own profile pasted as JSON and selects it', async () => {
    const own = loadAddon();
    torideWorkbook(own.ss);
    const p = await openSidebar(own);
    await p.locator('#own-profile > summary').click();
    await p
      .locator('#profile-json')
      .fill(
        readFileSync(fileURLToPath(new URL('../../examples/custom-profile.json', import.meta.url)), 'utf8'),
      );
    await p.locator('#load-profile').click();
    await p.getByText('プロファイル「みらい市（例）（この文書）」を読み込みました。').waitFor();
    expect(await p.locator('#profile').inputValue()).toBe('mirai');
    await p.close();
  });

  it('shows the ranking of a review sheet funded from the budget typed in, and remembers the budget', async () => {
    const own = loadAddon();
    const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
    const book = unwrap(await readWorkbook(`${examples}mirai-review.xlsx`));
    for (const grid of book.sheets) addGrid(own.ss, grid);
    expect(
      (own.call('saveProfileJson', readFileSync(`${examples}custom-profile.json`, 'utf8')) as { ok: boolean })
        .ok,
    ).toBe(true);
    const p = await openSidebar(own);
    await p.locator('#validate').waitFor();
    expect(await p.locator('#profile').inputValue()).toBe('mirai');
    await p.locator('#budget').fill('1,600,000円');
    await p.locator('#validate').click();
    const table = p.locator('.ranking table');
    await table.waitFor({ timeout: 30_000 });
    expect(await p.locator('.ranking .budget').textContent()).toBe(
      '予算 1,600,000円 → 交付 1,600,000円、残り 0円',
    );
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(12);
    expect(rows[0]).toContain('子ども食堂の運営と食材寄付の仕組みづくり');
    expect(rows[8]).toContain('30,000円減額交付');
    expect(rows[10]).toContain('基準未満');
    expect(own.services.documentProperties.data.get('kyodo.reviewBudget')).toBe('1,600,000円');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await p
      .locator('.card')
      .first()
      .screenshot({ path: `${IMAGES}sidebar-review.png` });
    // A budget that cannot be read is said as a sentence, and nothing is remembered.
    await p.locator('#budget').fill('たくさん');
    await p.locator('#validate').click();
    await p.locator('[role=alert]').waitFor();
    expect(await p.locator('[role=alert]').textContent()).toContain('予算額を読めません');
    expect(own.services.documentProperties.data.get('kyodo.reviewBudget')).toBe('1,600,000円');
    await p.close();
  });

  it('refuses a bad hand mapping with a sentence', () => {
    expect(h.call('saveMapping', 'メモ', { kind: 'nope', fields: {} })).toEqual({
      ok: false,
      error: '「nope」はシートの種類ではありません。',
    });
    expect(h.call('saveMapping', 'メモ', { kind: 'projects', fields: { name: '1A' } })).toEqual({
      ok: false,
      error: '「1A」は列の記号（A、B、…）ではありません。',
    });
  });

  it('shows a failure as a sentence: several Google accounts signed in', async () => {
    const p = await browser.newPage({ viewport: { width: 300, height: 600 }, locale: 'ja-JP' });
    await p.route('**/*', (route) =>
      route.request().url() === URL_
        ? route.fulfill({
            body: readFileSync(`${DIST}Sidebar.html`, 'utf8'),
            contentType: 'text/html; charset=utf-8',
          })
        : route.abort(),
    );
    await p.addInitScript(`
      const message = "ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.";
      let onFailure = null;
      const runner = new Proxy({
        withSuccessHandler() { return runner; },
        withFailureHandler(f) { onFailure = f; return runner; },
      }, { get(target, key) { return key in target ? target[key] : () => setTimeout(() => onFailure(new Error(message))); } });
      window.google = { script: { run: runner } };
    `);
    await p.goto(URL_);
    const alert = p.locator('[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('複数の Google アカウント');
    await p.screenshot({ path: `${IMAGES}sidebar-error.png`, fullPage: true });
    await p.close();
  });

  it('shows every user text as text: sheet names, headers, cells and a profile name with markup run nothing', async () => {
    const payload = '<img src=x onerror="window.__pwned=1;alert(1)">';
    const hostile = loadAddon();
    hostile.ss.addSheet(`${payload}名簿`, [
      [`${payload}事業名`, '協働相手', '協働の形態', '主催'],
      ['花いっぱい運動', `<script>window.__pwned=2</script>`, payload, '市民'],
    ]);
    const p = await openSidebar(hostile);
    await p.locator('#own-profile > summary').click();
    const profile = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../examples/custom-profile.json', import.meta.url)), 'utf8'),
    ) as { name: { ja: string } };
    profile.name.ja = `${payload}みらい市`;
    await p.locator('#profile-json').fill(JSON.stringify(profile));
    await p.locator('#load-profile').click();
    await p.getByText('を読み込みました。', { exact: false }).waitFor();
    await p.locator('#validate').click();
    await p.locator('.card').first().waitFor({ timeout: 30_000 });
    await p.locator('details.mapping > summary').first().click();
    expect(await p.getByText(payload, { exact: false }).count()).toBeGreaterThan(0);
    expect(await p.locator('img, script:not(:first-of-type), iframe').count()).toBe(0);
    expect(await watched(p)).toEqual({ violations: [], pwned: undefined });
    expect(dialogs).toEqual([]);
    await p.close();
  });
});

// The guide's pictures (docs/addon.md) show what a city's staff will see: the bundled example
// workbooks (examples/), not the hostile strings the tests above feed the sidebar.
describe('the guide’s pictures, on the bundled examples', () => {
  const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

  it('validates examples/ichinoseki.xlsx: the start, the summary with its charts, the issues', async () => {
    const city = loadAddon();
    const book = unwrap(await readWorkbook(`${examples}ichinoseki.xlsx`));
    for (const grid of book.sheets) addGrid(city.ss, grid);
    const p = await openSidebar(city);
    await p.locator('#validate').waitFor();
    expect(await p.locator('#profile').inputValue()).toBe('ichinoseki');
    await p.screenshot({ path: `${IMAGES}sidebar-start.png`, clip: { x: 0, y: 0, width: 300, height: 250 } });
    await p.locator('#validate').click();
    await p.locator('button.issue').first().waitFor({ timeout: 30_000 });
    const messages = (await p.locator('button.issue .message').allTextContents()).join('\n');
    // The mistakes examples/README.md lists for 協働事業一覧, as staff read them.
    expect(messages).toContain('「協働」は一関市の協働の形態にありません');
    expect(messages).not.toMatch(/<img|onerror|=1\+1/u);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await p.screenshot({
      path: `${IMAGES}sidebar-results.png`,
      clip: { x: 0, y: 0, width: 300, height: 1000 },
    });
    // The first issues of the list (the whole list of this workbook is 3,000 px long).
    const list = await p.locator('ul.issues').first().boundingBox();
    if (list === null) throw new Error('no list of issues');
    await p.screenshot({
      path: `${IMAGES}sidebar-issues.png`,
      fullPage: true,
      clip: { x: list.x, y: list.y, width: list.width, height: Math.min(list.height, 900) },
    });
    await p.close();
  });

  it('maps by hand a 地域づくり計画書 whose headers the profile does not know', async () => {
    const city = loadAddon();
    city.ss.addSheet('大東地区 取組一覧', [
      ['取組', '内容', '担い手'],
      ['防災マップづくり', '危険箇所を歩いて地図にまとめる', '自主防災会'],
      ['高齢者の見守り', '地区の声かけ当番を決める', '地域協働体'],
      ['大東夏まつり', '地区の団体が加わり運営する', '実行委員会'],
    ]);
    const p = await openSidebar(city);
    await p.locator('#validate').click();
    const card = p.locator('.card', { hasText: '大東地区 取組一覧 —' });
    await card.waitFor({ timeout: 30_000 });
    await card.locator('details.mapping > summary').click();
    await card.locator('details.mapping select').first().selectOption('regional-plan');
    const selects = card.locator('details.mapping select');
    await selects.nth(1).selectOption('A');
    await selects.nth(2).selectOption('B');
    await selects.nth(3).selectOption('C');
    await card.screenshot({ path: `${IMAGES}sidebar-mapping.png` });
    await card.getByRole('button', { name: '保存して再検証' }).click();
    await p
      .locator('.card h3', { hasText: '大東地区 取組一覧 — 地域づくり計画書' })
      .waitFor({ timeout: 30_000 });
    await p.close();
  });
});
