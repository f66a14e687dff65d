/**
 * The built core runs where municipal systems run it (docs/contributing.md "Packages"): inside a bare
 * V8 context with no require and no import — as Apps Script loads code — and in a browser
 * from a script tag. Both load dist/kyodo-core.global.js, the IIFE build (global KyodoCore).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const bundlePath = fileURLToPath(new URL('../dist/kyodo-core.global.js', import.meta.url));

function bundle(): string {
  if (!existsSync(bundlePath)) {
    throw new Error(`${bundlePath} is missing: run npm run build first (npm test does)`);
  }
  return readFileSync(bundlePath, 'utf8');
}

/** What the bundle is asked to do in each place: the same few calls across the library. */
const exercise = `(() => {
  const K = KyodoCore;
  const fy = K.unwrap(K.parseFiscalYear('令和六年度'));
  const day = K.unwrap(K.parseDate('R6.4.1(月)'));
  const yen = K.unwrap(K.parseYen('３６万円'));
  const profile = K.unwrap(K.getProfile('ichinoseki'));
  const program = K.unwrap(K.findProgram(profile, '地域協働体支援事業費補助金'));
  const subsidy = K.unwrap(K.computeSubsidy(program, { fiscalYear: '平成26年度', eligibleExpense: yen }));
  const bad = K.parseDate('令和0年4月1日');
  return JSON.stringify({
    fy, day, yen,
    nendo: K.formatFiscalYear(fy),
    amount: subsidy.amount,
    badCode: bad.ok ? null : bad.problems[0].code,
    hasRequire: typeof require !== 'undefined',
  });
})()`;

const expected = {
  fy: 2024,
  day: '2024-04-01',
  yen: 360_000,
  nendo: '令和6年度',
  amount: 200_000,
  hasRequire: false,
};

describe('the core bundle', () => {
  it('runs in a bare V8 context with no require and no import, as Apps Script loads it', () => {
    const context = createContext({});
    runInContext(bundle(), context, { filename: 'kyodo-core.global.js' });
    const result = JSON.parse(runInContext(exercise, context) as string);
    expect(result).toMatchObject(expected);
    expect(result.badCode).toMatch(/^calendar\./);
    // The bundle declares one global of its own; zod (bundled inside) keeps its configuration
    // in one more, `__zod_globalConfig`. Nothing else leaks into the shared global scope, which
    // matters in Apps Script, where every file of a project shares it.
    expect(Object.keys(context).sort()).toEqual(['KyodoCore', '__zod_globalConfig']);
  });

  it('runs in a browser from a script tag', async () => {
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      await page.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      await page.setContent('<!doctype html><html lang="ja"><body></body></html>');
      await page.addScriptTag({ content: bundle() });
      const result = JSON.parse((await page.evaluate(exercise)) as string);
      expect(result).toMatchObject(expected);
      expect(result.badCode).toMatch(/^calendar\./);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
