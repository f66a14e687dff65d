/**
 * Runs the same scenarios through two builds of Code.js in the in-memory Apps Script fakes and
 * says which differ: every fixture workbook validated from the menu and the sidebar with each
 * built-in profile, in Japanese and English; marks cleared; hand mappings; own profiles (valid
 * and broken JSON); the four custom functions over a few hundred inputs. Each scenario's
 * returns, thrown errors, sheets (values, notes, fills), alerts, properties and service calls
 * are compared. For changes to the build that must not change behaviour (issue 7, size passes).
 * Run: npx tsx addon/scripts/compareBundles.ts <old Code.js> <new Code.js>
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as fx from '../../packages/sheets/test/fixtures/index.js';
import { type Harness, loadAddon } from '../test/fakes/loadAddon.js';
import { addGrid } from '../test/fixtures.js';
import { bigWorkbook, torideWorkbook } from '../test/workbooks.js';

const [oldPath, newPath] = process.argv.slice(2);
// The own profile of docs/addon.md (examples/custom-profile.json): saved, used and broken below.
const CUSTOM = readFileSync(new URL('../../examples/custom-profile.json', import.meta.url), 'utf8');
/** JSON that tells undefined, NaN and Infinity apart, and Dates of the add-on's realm by time. */
const replacer = (_k: string, v: unknown) =>
  v === undefined
    ? '__undef'
    : typeof v === 'number' && !Number.isFinite(v)
      ? `__num${v}`
      : v instanceof Object && Object.prototype.toString.call(v) === '[object Date]'
        ? `Date(${(v as Date).getTime()})`
        : v;
/** A call's return, or what it threw: a difference in either is a difference. */
function attempt(f: () => unknown): unknown {
  try {
    return { ok: f() };
  } catch (e) {
    return { threw: String((e as Error)?.message ?? e), name: (e as Error)?.name };
  }
}
/** Everything a user or a later run could see of the document and the services. */
function snapshot(h: Harness) {
  return {
    sheets: h.ss.sheets.map((s) => s.state()),
    active: h.ss.activeSheet?.name ?? null,
    toasts: h.ss.toasts,
    alerts: h.services.ui.alerts,
    menus: h.services.ui.menus,
    props: [...h.services.documentProperties.data.entries()],
    calls: h.log.snapshot(),
    events: h.log.events,
  };
}
const grids = {
  ichinosekiProjects: fx.ichinosekiProjects,
  torideProjects: fx.torideProjects,
  plan004Projects: fx.plan004Projects,
  ichinosekiSubsidies: fx.ichinosekiSubsidies,
  torideSubsidies: fx.torideSubsidies,
  ichinosekiEvaluations: fx.ichinosekiEvaluations,
  torideEvaluations: fx.torideEvaluations,
  plan004Evaluations: fx.plan004Evaluations,
  ichinosekiIndicators: fx.ichinosekiIndicators,
  ichinosekiRegionalPlan: fx.ichinosekiRegionalPlan,
} as Record<string, () => Parameters<typeof addGrid>[1]>;

type Scenario = [string, (h: Harness) => unknown, { locale?: string }?];
const scenarios: Scenario[] = [];
for (const locale of ['ja', 'en_US']) {
  scenarios.push([
    `menu ${locale}`,
    (h) => [
      attempt(() => h.call('onOpen', { authMode: 'NONE' })),
      attempt(() => h.call('onInstall', { authMode: 'FULL' })),
      attempt(() => h.call('showSidebar')),
      snapshot(h),
    ],
    { locale },
  ]);
  for (const [name, g] of Object.entries(grids)) {
    scenarios.push([
      `menuValidate ${name} ${locale}`,
      (h) => {
        addGrid(h.ss, g());
        const r = [attempt(() => h.call('menuValidate')), snapshot(h)];
        r.push(
          attempt(() => h.call('menuClear')),
          snapshot(h),
        );
        return r;
      },
      { locale },
    ]);
    for (const profile of ['ichinoseki', 'toride', 'plan-004']) {
      scenarios.push([
        `validate ${name} ${profile} ${locale}`,
        (h) => {
          addGrid(h.ss, g());
          return [
            attempt(() => h.call('getSidebarInfo')),
            attempt(() => h.call('validate', { scope: 'workbook', profile })),
            snapshot(h),
            attempt(() => h.call('validate', { scope: 'sheet', profile })),
            attempt(() => h.call('clearMarks')),
            snapshot(h),
          ];
        },
        { locale },
      ]);
    }
  }
  scenarios.push([
    `all grids ${locale}`,
    (h) => {
      for (const g of Object.values(grids))
        try {
          addGrid(h.ss, g());
        } catch {
          /* duplicate names */
        }
      return [
        attempt(() => h.call('validate', { scope: 'workbook' })),
        snapshot(h),
        attempt(() => h.call('menuValidate')),
        snapshot(h),
      ];
    },
    { locale },
  ]);
  scenarios.push([
    `toride workbook ${locale}`,
    (h) => {
      torideWorkbook(h.ss);
      const r: unknown[] = [
        attempt(() => h.call('menuValidate')),
        snapshot(h),
        attempt(() => h.call('menuValidate')),
        snapshot(h),
      ];
      const view = attempt(() => h.call('validate', { scope: 'workbook', profile: 'toride' }));
      r.push(
        view,
        attempt(() => h.call('selectCell', '協働事業一覧', 'J12')),
        attempt(() => h.call('selectCell', 'nope', 'A1')),
        attempt(() => h.call('selectCell', '協働事業一覧', 'ZZZ')),
      );
      r.push(
        attempt(() => h.call('saveMapping', 'メモ', { kind: 'nope', fields: {} })),
        attempt(() => h.call('saveMapping', 'メモ', { kind: 'projects', fields: { name: '1A' } })),
        attempt(() =>
          h.call('saveMapping', 'メモ', { kind: 'projects', fields: { name: 'A', budget: 'B' } }),
        ),
        attempt(() => h.call('getSidebarInfo')),
        attempt(() => h.call('validate', { scope: 'workbook' })),
        attempt(() => h.call('clearMapping', 'メモ')),
        attempt(() => h.call('menuClear')),
        snapshot(h),
      );
      return r;
    },
    { locale },
  ]);
  scenarios.push([
    `big workbook ${locale}`,
    (h) => {
      bigWorkbook(h.ss, 300);
      return [
        attempt(() => h.call('menuValidate')),
        snapshot(h),
        attempt(() => h.call('menuClear')),
        snapshot(h),
      ];
    },
    { locale },
  ]);
  scenarios.push([
    `own profile ${locale}`,
    (h) => {
      torideWorkbook(h.ss);
      const p = JSON.parse(CUSTOM);
      const variants = [
        CUSTOM,
        '{ "id": ',
        '[]',
        'null',
        '"x"',
        JSON.stringify({ id: 'x', name: { ja: '', en: 'X' } }),
        CUSTOM.replace('"id": "mirai"', '"id": "plan-004"'),
        JSON.stringify({ ...p, extends: 'nowhere' }),
        JSON.stringify({ ...p, extra: 1 }),
        JSON.stringify({ ...p, programs: [{ id: 1 }] }),
        JSON.stringify({ ...p, forms: 'x' }),
        JSON.stringify({ ...p, evaluation: { frameworks: [{}] } }),
        JSON.stringify({ ...p, missingMarkers: [1] }),
        JSON.stringify({ ...p, sources: [] }),
        JSON.stringify({
          id: 'min',
          name: { ja: 'ミニ市', en: 'Mini' },
          sources: [{ document: 'mini.pdf', title: { ja: '方針', en: 'Policy' } }],
          forms: [],
        }),
        JSON.stringify({ id: 'ext', extends: 'toride', name: { ja: '拡張', en: 'Ext' } }),
        CUSTOM,
      ];
      const r: unknown[] = [];
      for (const v of variants)
        r.push(
          attempt(() => h.call('saveProfileJson', v)),
          attempt(() => h.call('listProfiles')),
        );
      r.push(
        attempt(() => h.call('validate', { scope: 'workbook' })),
        attempt(() => h.call('KYODO_SUBSIDY', 'mirai/shimin-teian', 'R6', 700000, '', '', 'mirai')),
        snapshot(h),
        attempt(() => h.call('removeProfileJson')),
        attempt(() => h.call('listProfiles')),
        snapshot(h),
      );
      return r;
    },
    { locale },
  ]);
}
// Custom functions over many inputs.
scenarios.push([
  'custom',
  (h) => {
    const d = (s: string) => h.ss.dateOf(s);
    const years = [
      'H26',
      '平成26年度',
      'R6',
      '令和6年度',
      2024,
      '2024',
      'H27',
      'R1',
      '令和元年度',
      '',
      'x',
      1990,
      45000,
      null,
      d('2019-05-01'),
      'H31',
      'S60',
    ];
    const amounts = [
      0,
      1,
      999,
      40000,
      60000,
      123456,
      360000,
      1e7,
      -5,
      '12,000',
      '１２万',
      '千円',
      '',
      null,
      1.5,
      NaN,
    ];
    const out: unknown[] = [];
    const programs = [
      'ichinoseki/kyodotai-shien',
      'ichinoseki/goi-keisei',
      'nope',
      '',
      'toride/x',
      '地域協働体支援事業',
    ];
    for (const p of programs)
      for (const y of years)
        for (const a of amounts) out.push(attempt(() => h.call('KYODO_SUBSIDY', p, y, a)));
    for (const a of amounts)
      out.push(
        attempt(() => h.call('KYODO_SUBSIDY', 'ichinoseki/goi-keisei', 'H27', 40000, a, 30000)),
        attempt(() => h.call('KYODO_SUBSIDY', 'ichinoseki/kyodotai-shien', 'H28', 300000, 0, a)),
      );
    out.push(
      attempt(() =>
        h.call(
          'KYODO_SUBSIDY',
          [['ichinoseki/kyodotai-shien'], ['nope'], ['']],
          [['H26'], ['H27'], ['']],
          [[360000], [1], ['']],
        ),
      ),
    );
    out.push(attempt(() => h.call('KYODO_SUBSIDY', [['a', 'b']], 'H26', 1)));
    for (const prof of [undefined, 'toride', 'plan-004', 'ichinoseki', 'nope'])
      for (const f of [undefined, 'nope', 'standard'])
        for (const lv of [
          [['A', 'B', 'C']],
          [['A']],
          [['4', '3', '', 'D']],
          [[1, 2, 3, 4]],
          [['x']],
          [
            ['A', 'B'],
            ['C', ''],
            ['', ''],
          ],
          'A',
          '',
        ])
          out.push(attempt(() => h.call('KYODO_SCORE', lv, prof, f)));
    for (const form of ['委託', '補助', '共催', '協力', '事業協力', 'x', '', [['委託'], ['共催'], ['x']]])
      for (const org of ['市', '市民', '共同', '主催', 'x', '', [['市'], ['市民'], ['']]])
        for (const prof of [undefined, 'toride', 'ichinoseki', 'plan-004'])
          out.push(attempt(() => h.call('KYODO_DOMAIN', form, org, prof)));
    for (const v of [
      'R6.4.1',
      '令和6年4月1日',
      '2024/4/1',
      '2024-03-31',
      'H31.4.30',
      'R1.5.1',
      '平成31年5月1日',
      45383,
      1,
      60,
      61,
      '',
      'x',
      null,
      d('2019-05-01'),
      d('2024-03-31'),
      d('2024-04-01'),
      [[d('2024-04-01')], [d('2024-05-01')], ['']],
      '昭和64年1月7日',
      '平成元年1月8日',
      '2024年4月',
      'R6',
    ])
      out.push(attempt(() => h.call('KYODO_NENDO', v)));
    return [out, h.log.snapshot()];
  },
]);

/** Each scenario's name, a digest of everything it observed, and that record's length. */
function digests(path: string): (readonly [string, string, number])[] {
  const code = readFileSync(path, 'utf8');
  return scenarios.map(([name, run, opts]) => {
    const h = loadAddon({ code, ...(opts ?? {}) });
    const json = JSON.stringify(run(h), replacer);
    return [name, createHash('sha256').update(json).digest('hex').slice(0, 16), json.length] as const;
  });
}

if (oldPath === undefined || newPath === undefined) {
  console.error('Usage: npx tsx addon/scripts/compareBundles.ts <old Code.js> <new Code.js>');
  process.exit(2);
}
const before = digests(oldPath);
const after = digests(newPath);
const differ = before.filter((x, i) => x[1] !== after[i]?.[1]);
for (const [name, , length] of differ)
  console.log(`differs: ${name} (${length} → ${after.find((y) => y[0] === name)?.[2]} characters)`);
const observed = before.reduce((sum, x) => sum + x[2], 0);
console.log(
  `${before.length - differ.length}/${before.length} scenarios identical (${observed} characters observed)`,
);
if (differ.length > 0) process.exit(1);
