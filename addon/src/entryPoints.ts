import { both } from './i18n/strings.js';

/**
 * Every function Apps Script calls by its global name: triggers, menu actions, sidebar
 * handlers (google.script.run) and custom functions. The build writes one top-level
 * `function name() { return __kyodo.name.apply(this, arguments) }` per entry, after the
 * bundle, with the entry's JSDoc: the Sheets editor finds custom functions, and their help,
 * only on top-level declarations (docs/addon.md "Apps Script facts").
 */
export interface EntryPoint {
  readonly name: string;
  readonly kind: 'trigger' | 'menu' | 'sidebar' | 'custom';
  /** JSDoc lines, without the comment markers. Custom functions carry @customfunction. */
  readonly doc: readonly string[];
}

/** The global the bundle is assigned to (tsup `globalName`). */
export const GLOBAL_NAME = '__kyodo';

export const entryPoints: readonly EntryPoint[] = [
  {
    name: 'onOpen',
    kind: 'trigger',
    doc: ['Adds the 協働チェック menu (works in AuthMode.NONE).', '@param {Object} e the open event'],
  },
  {
    name: 'onInstall',
    kind: 'trigger',
    doc: ['Runs onOpen when the add-on is installed.', '@param {Object} e the install event'],
  },
  { name: 'showSidebar', kind: 'menu', doc: [`メニュー: ${both('openSidebar')}.`] },
  { name: 'menuValidate', kind: 'menu', doc: [`メニュー: ${both('validateWorkbook')}.`] },
  { name: 'menuClear', kind: 'menu', doc: [`メニュー: ${both('clear')}.`] },
  { name: 'getSidebarInfo', kind: 'sidebar', doc: ['Sidebar: language, profiles, sheets, saved choices.'] },
  { name: 'listProfiles', kind: 'sidebar', doc: ['Sidebar: the profiles to choose from.'] },
  { name: 'validate', kind: 'sidebar', doc: ['Sidebar: validate the workbook or the active sheet.'] },
  { name: 'selectCell', kind: 'sidebar', doc: ['Sidebar: select a cell (jump to an issue).'] },
  { name: 'saveMapping', kind: 'sidebar', doc: ['Sidebar: save a column mapping.'] },
  { name: 'clearMapping', kind: 'sidebar', doc: ['Sidebar: forget a column mapping.'] },
  { name: 'clearMarks', kind: 'sidebar', doc: ['Sidebar: remove the marks and the results sheet.'] },
  {
    name: 'saveProfileJson',
    kind: 'sidebar',
    doc: ["Sidebar: keep the document's own profile (JSON)."],
  },
  { name: 'removeProfileJson', kind: 'sidebar', doc: ["Sidebar: forget the document's own profile."] },
  {
    name: 'KYODO_SUBSIDY',
    kind: 'custom',
    doc: [
      '補助金額を計算します（プロファイルの補助事業の算定式: 補助率・上限額・端数処理）。',
      '範囲を渡すと行ごとの金額を1列で返します。対象外・入力誤りはそのセルに理由を表示します。',
      '例: =KYODO_SUBSIDY(B2:B20, C2:C20, D2:D20)',
      '@param {string|Array<Array<string>>} program 補助事業（IDまたは名称）',
      '@param {string|number|Array<Array<string|number>>} fiscalYear 年度（令和6年度、R6、2024 など）',
      '@param {number|Array<Array<number>>} expense 補助対象経費（円）',
      '@param {number|Array<Array<number>>} [ineligible] 対象外経費（円）',
      '@param {number|Array<Array<number>>} [prior] 前年度までの交付額（円）',
      '@param {string} [profile] プロファイルID（省略時 ichinoseki）',
      '@param {Date|string|Array<Array<Date|string>>} [founded] 設立日（期限のある補助事業で必要）',
      '@return 補助金額（円）',
      '@customfunction',
    ],
  },
  {
    name: 'KYODO_SCORE',
    kind: 'custom',
    doc: [
      '評価の平均点を計算します（回答された項目の平均。空欄は数えません）。',
      '複数行の範囲を渡すと行ごとの平均を1列で返します。',
      '例: =KYODO_SCORE(C2:H20)',
      '@param {Array<Array<string|number>>} levels 評価（A〜D、4〜1 など、1行が1件）',
      '@param {string} [profile] プロファイルID（省略時 ichinoseki）',
      '@param {string} [framework] 評価の枠組みID（省略時 既定の枠組み）',
      '@return 平均点',
      '@customfunction',
    ],
  },
  {
    name: 'KYODO_REVIEW',
    kind: 'custom',
    doc: [
      '審査の結果を返します（審査員ごとの合計点から得点と順位を出し、予算の範囲で交付額を決めます）。',
      '1行が1件の申請、1列が1人の審査員です。利害関係のある審査員のセルには「利害関係」と書きます（その申請から除き、他の審査員の平均で評価）。',
      '例: =KYODO_REVIEW(E2:I13, D2:D13, 1000000, "mirai")',
      '@param {Array<Array<number|string>>} scores 審査員ごとの合計点（1行が1件、1列が1人）',
      '@param {number|string|Array<Array<number|string>>} requested 申請額（円）',
      '@param {number|string} budget 予算額（円）',
      '@param {string} [profile] プロファイルID（省略時 toride）',
      '@param {string} [framework] 審査の基準のID（省略時 既定の基準）',
      '@param {string} [show] 返す値: 交付額（既定）、順位、得点、採否',
      '@param {number|Array<Array<number>>} [expense] 補助対象経費（円。補助事業で交付額を計算する基準のとき）',
      '@param {string|number} [fiscalYear] 年度（補助事業で交付額を計算する基準のとき）',
      '@return 交付額・順位・得点・採否',
      '@customfunction',
    ],
  },
  {
    name: 'KYODO_DOMAIN',
    kind: 'custom',
    doc: [
      '協働の形態と主催者から協働の領域を返します（取手市 市民協働基本方針 第3章(3)）。',
      '例: =KYODO_DOMAIN(D2:D20, E2:E20, "toride")',
      '@param {string|Array<Array<string>>} form 協働の形態（委託、補助、共催 など）',
      '@param {string|Array<Array<string>>} organiser 主催（市、市民、共同）',
      '@param {string} [profile] プロファイルID（省略時 toride）',
      '@return 協働の領域',
      '@customfunction',
    ],
  },
  {
    name: 'KYODO_NENDO',
    kind: 'custom',
    doc: [
      '日付の年度を和暦で返します（4月1日から3月31日まで。例: 令和6年度）。',
      '例: =KYODO_NENDO(B2:B20)',
      '@param {Date|string|number|Array<Array<Date|string|number>>} date 日付（日付セル、令和6年4月1日、R6.4.1 など）',
      '@return 年度（和暦）',
      '@customfunction',
    ],
  },
];

/** The parameter names an entry's JSDoc declares (@param {type} name / [name]), in order. */
export function paramsOf(entry: EntryPoint): string[] {
  return entry.doc.flatMap((line) => {
    const m = /^@param\s+\{[^}]*\}\s+\[?([A-Za-z_$][\w$]*)/.exec(line);
    return m?.[1] === undefined ? [] : [m[1]];
  });
}

/** The footer of real top-level declarations that forward to the bundle. */
export function footerOf(entries: readonly EntryPoint[] = entryPoints): string {
  return entries
    .map((e) =>
      [
        '/**',
        ...e.doc.map((line) => ` * ${line}`),
        ' */',
        `function ${e.name}(${paramsOf(e).join(', ')}) { return ${GLOBAL_NAME}.${e.name}.apply(this, arguments); }`,
      ].join('\n'),
    )
    .join('\n\n');
}
