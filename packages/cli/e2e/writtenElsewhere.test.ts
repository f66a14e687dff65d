// Workbooks written by another program than the one kyodo reads with (SheetJS, the tests' own
// writer), shaped like the plans' own tables and worded as the plans word them: one fixture per
// class of miss, in each profile where the class applies, with the exact issues expected. The
// headers and the cases are taken from the plans' text, not from kyodo's aliases.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { assertBuilt, kyodo } from './kyodo.js';

type Row = (string | number | Date | null)[];

interface Issue {
  readonly code: string;
  readonly severity: string;
  readonly cell: string | null;
  readonly places?: readonly string[];
  readonly params: Record<string, unknown>;
  readonly message: { ja: string; en: string };
  readonly rule?: string;
  readonly source?: { document: string; section: string; rule?: string };
}
interface Sheet {
  readonly name: string;
  readonly kind: string | null;
  readonly mapping: { field: string; column: string; header: string }[];
  readonly unmapped: { column: string; header: string }[];
  readonly issues: Issue[];
  readonly scores: Record<string, unknown> | null;
}

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-elsewhere-'));
});

/** Write one sheet with SheetJS and read it back through the built command's JSON report. */
function validate(name: string, sheet: string, rows: Row[], profile: string): Sheet {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), sheet);
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  const run = kyodo(['validate', file, '--profile', profile, '--format', 'json', '--today', '2024-10-01']);
  if (run.stdout === '') throw new Error(run.stderr);
  const report = JSON.parse(run.stdout) as { sheets: Sheet[] };
  return report.sheets[0]!;
}

/** Issues as sorted 'code cell' lines ('-' for the whole sheet), each place of a group listed. */
function places(sheet: Sheet): string[] {
  const out: string[] = [];
  for (const i of sheet.issues)
    for (const p of i.places ?? [i.cell ?? '-']) out.push(`${i.code} ${p || '-'}`);
  return out.sort();
}

interface EvaluationRow {
  readonly row: number;
  readonly evaluator: string;
  readonly mean: number | null;
  readonly answered: number;
  readonly unanswered: readonly string[];
}
const evaluations = (s: Sheet) => (s.scores as { evaluations: EvaluationRow[] }).evaluations;

describe('evaluation items in the plans’ own words (issue class 1) and items left blank (class 2)', () => {
  it('ichinoseki: 001 ⑴ 客観的評価検証 ❶–❸ and ⑵ 改善策の検討 ❶–❸ as questions are the items; means over the six', () => {
    // 001_9b5b631400e119ce.txt 協働の評価・検証、見直し: 「⑴客観的評価検証…❶想定した事業の目標や成果が
    // 達成されたか ❷費用に見合った成果が達成されたか ❸継続した話し合いがなされたか」「⑵改善策の検討…
    // ❶市民の特性がより良く発揮されているか ❷市民組織の創意工夫がより良く発揮されているか
    // ❸行財政改革の効果が表れているか」
    const s = validate(
      'ichinoseki-questions',
      '協働事業評価',
      [
        ['令和6年度 協働事業の評価・検証', null, null, null, null, null, null, null],
        [
          '事業名',
          '評価者',
          '❶想定した事業の目標や成果が達成されたか',
          '❷費用に見合った成果が達成されたか',
          '❸継続した話し合いがなされたか',
          '❶市民の特性がより良く発揮されているか',
          '❷市民組織の創意工夫がより良く発揮されているか',
          '❸行財政改革の効果が表れているか',
        ],
        ['子ども食堂', '市', 'A', 'B', 'A', 'B', 'C', 'B'],
        ['子ども食堂', '団体', 'B', 'B', null, 'A', 'B', 'C'],
        ['花いっぱい運動', '市', 'A', 'A', 'A', 'A', 'A', 'A'],
        ['花いっぱい運動', '団体', 'B', null, 'B', null, 'B', 'B'],
      ],
      'ichinoseki',
    );
    expect(s.kind).toBe('evaluations');
    expect(s.unmapped).toEqual([]);
    expect(s.mapping.filter((m) => m.field.startsWith('item:')).map((m) => m.field)).toEqual([
      'item:mokuhyo-seika',
      'item:hiyo-taiko',
      'item:hanashiai-keizoku',
      'item:shimin-tokusei',
      'item:soi-kufu',
      'item:gyozaisei-kaikaku',
    ]);
    expect(evaluations(s).map((e) => [e.row, e.evaluator, e.mean, e.answered])).toEqual([
      [3, 'city', (4 + 3 + 4 + 3 + 2 + 3) / 6, 6],
      [4, 'partner', (3 + 3 + 4 + 3 + 2) / 5, 5],
      [5, 'city', 4, 6],
      [6, 'partner', 3, 4],
    ]);
    expect(evaluations(s)[1]?.unanswered).toContain('hanashiai-keizoku');
    // The five principles of 000 §6 have no column: said once each for the sheet. Each blank item
    // among answered ones is flagged at its cell, naming the item and the evaluator.
    expect(places(s)).toEqual(
      [
        'evaluations.item-column-missing -',
        'evaluations.item-column-missing -',
        'evaluations.item-column-missing -',
        'evaluations.item-column-missing -',
        'evaluations.item-column-missing -',
        'evaluation.item-unanswered E4',
        'evaluation.item-unanswered D6',
        'evaluation.item-unanswered F6',
      ].sort(),
    );
    const blank = s.issues.find((i) => i.code === 'evaluation.item-unanswered' && i.cell === 'E4');
    expect(blank?.message.ja).toBe(
      '「子ども食堂」の協働相手（団体）の評価で「話し合いの継続」が未回答です。平均には含めません（0点とはしません）',
    );
    expect(blank?.severity).toBe('warning');
  });

  it('ichinoseki: 000 §6 names its principles 「(1) 自主、自立、対等の原則」…; a column no item matched but holding levels is named', () => {
    const s = validate(
      'ichinoseki-principles',
      '自己評価',
      [
        [
          '事業名',
          '評価者',
          '（1）自主、自立、対等の原則',
          '（2）相互理解、目的共有の原則',
          '（3）公正、公平、公開の原則',
          '（4）評価、検証の原則',
          '（5）話し合いの継続の原則',
          '行財政改革の効果は表れたか',
          '備考',
        ],
        ['子ども食堂', '市', 'A', 'B', 'B', 'C', 'A', 'B', '初年度'],
        ['子ども食堂', '団体', 'B', 'B', 'A', 'C', 'A', 'C', null],
      ],
      'ichinoseki',
    );
    expect(s.mapping.filter((m) => m.field.startsWith('item:')).length).toBe(5);
    expect(s.unmapped).toEqual([
      { column: 'H', header: '行財政改革の効果は表れたか' },
      { column: 'I', header: '備考' },
    ]);
    const warning = s.issues.find((i) => i.code === 'evaluations.unmapped-level-column');
    expect(warning).toMatchObject({ severity: 'warning', cell: 'H1', rule: 'E7' });
    expect(warning?.message.ja).toBe(
      'H列「行財政改革の効果は表れたか」には評価の段階が入っていますが、どの評価項目の列とも読めないため平均に入れていません。評価項目「行財政改革の効果」の列なら手動で対応付けてください',
    );
    expect(places(s)).toEqual(
      [...Array(6).fill('evaluations.item-column-missing -'), 'evaluations.unmapped-level-column H1'].sort(),
    );
    expect(evaluations(s).map((e) => [e.mean, e.answered])).toEqual([
      [(4 + 3 + 3 + 2 + 4) / 5, 5],
      [(3 + 3 + 4 + 2 + 4) / 5, 5],
    ]);
  });

  it('toride: 003 第3章(1) names its principles 「①自主性・自立性・自律性尊重の原則」…', () => {
    const s = validate(
      'toride-principles',
      '協働事業評価',
      [
        ['市民協働事業 評価シート', null, null, null, null, null, null, null],
        [
          '事業名',
          '評価主体',
          '①自主性・自立性・自律性尊重の原則',
          '②相互理解の原則',
          '③目的・目標共有の原則',
          '④対等関係の原則',
          '⑤情報の発信・共有の原則',
          '⑥自己変革の原則',
        ],
        ['市民活動フェスタ', '市', 'A', 'A', 'B', 'B', 'A', null],
        ['市民活動フェスタ', '団体', 'B', 'A', 'B', 'D', 'A', 'B'],
      ],
      'toride',
    );
    expect(s.unmapped).toEqual([]);
    expect(evaluations(s).map((e) => [e.evaluator, e.mean, e.answered])).toEqual([
      ['city', (4 + 4 + 3 + 3 + 4) / 5, 5],
      ['partner', (3 + 4 + 3 + 1 + 4 + 3) / 6, 6],
    ]);
    expect(places(s)).toEqual(['evaluation.gap F4', 'evaluation.item-unanswered H3']);
  });

  it('plan-004: its 協働のポイント 補完性・話し合い・相互理解・評価 as headers', () => {
    const s = validate(
      'plan-004-points',
      'ふり返り',
      [
        ['事業名', '評価者', '補完性', '話し合い', '相互理解', '評価'],
        ['区の防災マップづくり', '市', 3, 4, null, 3],
        ['区の防災マップづくり', '団体', 4, 4, 3, 4],
      ],
      'plan-004',
    );
    expect(evaluations(s).map((e) => [e.evaluator, e.mean, e.answered])).toEqual([
      ['city', 10 / 3, 3],
      ['partner', 15 / 4, 4],
    ]);
    expect(places(s)).toEqual(['evaluation.item-unanswered E2']);
  });
});

describe('a budget that cannot be read as yen in a project register (issue class 5)', () => {
  // 000_0726a29b17f6f262.txt 6 協働の原則（4）「行政が負担する予算、事業規模等が、当初計画したとおり
  // 完結したかどうか」: a budget that cannot be read is said at its cell, never read as 0.
  const issuesOf = (s: Sheet) =>
    s.issues.map((i) => `${i.code} ${i.cell} ${i.severity}`).sort((a, b) => a.localeCompare(b));

  it('toride: 予算額（千円） in the first column; 未定 and letters are issues at their cells', () => {
    const s = validate(
      'toride-budget-first',
      '市民協働事業一覧',
      [
        ['予算額（千円）', '事業名', '協働先', '協働形態', '主催者', '決算額（千円）'],
        ['未定', '市民活動フェスタ', 'とりで市民活動ネット', '共催', '共同', 500],
        ['ＴＢＤ', '子育てひろば', 'NPO法人こそだて', '補助・助成', '団体', 800],
        [1200, 'まちなか清掃', '取手駅前商店会', '事業協力', '共同', 1180],
        ['300程度', '防犯パトロール', '井野団地自治会', '後援・協賛', '団体', 0],
      ],
      'toride',
    );
    expect(s.mapping.find((m) => m.field === 'budget')).toMatchObject({
      column: 'A',
      header: '予算額（千円）',
    });
    expect(issuesOf(s)).toEqual([
      'money.unparsable A3 error',
      'money.unparsable A5 error',
      'sheets.marker-not-value A2 warning',
    ]);
    expect(s.issues.find((i) => i.code === 'sheets.marker-not-value')?.message.ja).toBe(
      '「予算額」が「未定」で、金額として読めません。この行の予算と決算の比較(E4)を確かめていません',
    );
  });

  it('ichinoseki: 事業費 in the last column', () => {
    const s = validate(
      'ichinoseki-budget-last',
      '協働事業一覧',
      [
        ['令和6年度 協働事業一覧', null, null, null, null, null],
        ['事業名', '協働相手', '協働の形態', '主催', '決算額', '事業費'],
        ['花いっぱい運動', '一関花の会', '補助', '市民', 280000, '30万円'],
        ['子育て講座', '子育てサポートの会', '委託', '市', 450000, '未定'],
        ['観光ガイド育成', '一関観光協会', '共催', '共同', 480000, 'a500,000'],
      ],
      'ichinoseki',
    );
    expect(s.mapping.find((m) => m.field === 'budget')).toMatchObject({ column: 'F', header: '事業費' });
    expect(issuesOf(s)).toEqual(['money.unparsable F5 error', 'sheets.marker-not-value F4 warning']);
  });

  it('plan-004: 予算額（千円） between the name and the partner', () => {
    const s = validate(
      'plan-004-budget-middle',
      '事業一覧',
      [
        ['事業名', '予算額（千円）', '協働相手', '協働の形態', '主催', '決算額（千円）'],
        ['地域づくり講座', '－', '区長会', '連携・協力事業', '共同', 120],
        ['市民活動センター運営', 'なし', 'NPO法人まちサポ', '補助・助成', '団体', 900],
      ],
      'plan-004',
    );
    expect(issuesOf(s)).toEqual(['money.unparsable B3 error', 'sheets.marker-not-value B2 warning']);
  });
});

describe('organisers read through the profile: 協議会, the city’s name', () => {
  it('ichinoseki: 002’s 協議会（市補助事業） is organised by citizens — no contradiction', () => {
    // 002_5a3cd8c23b61ef14.txt (参考)「地域づくり計画書」の例: 〇〇地区まちづくり協議会 writes 実施主体
    // 「協議会（市補助事業）」「協議会（市委託事業）」; 8-1-1: the 地域協働体 is the citizens' own body.
    const s = validate(
      'ichinoseki-kyogikai',
      '協働事業一覧',
      [
        ['事業名', '協働相手', '協働の形態', '主催'],
        ['児童公園の整備', '〇〇地区まちづくり協議会', '協議会（市補助事業）', '協議会'],
        ['〇〇伝統まつり', '〇〇地区まちづくり協議会', '補助', '〇〇地区まちづくり協議会'],
        ['市民センターの管理運営', '〇〇地区まちづくり協議会', '協議会（市委託事業）', '一関市'],
      ],
      'ichinoseki',
    );
    expect(s.issues).toEqual([]);
  });

  it('toride: 取手市 as organiser is the city', () => {
    const s = validate(
      'toride-city-name',
      '協働事業一覧',
      [
        ['事業名', '協働先', '協働形態', '主催者'],
        ['市民活動支援センター運営', 'NPO法人とりで', '事業委託', '取手市'],
        ['とりで未来フォーラム', '取手市自治会連合会', '補助・助成', '取手市'],
      ],
      'toride',
    );
    expect(places(s)).toEqual(['forms.organiser-mismatch D3']);
    expect(s.issues[0]?.source).toMatchObject({ document: '003_77c600037372601a.txt', rule: 'R2' });
  });
});

describe('administrative acts are not cooperation (003 第3章(3), RULES R2)', () => {
  // 003_77c600037372601a.txt 第3章(3)「この領域には課税や許可などの行政行為のように、法的な権限の
  // ある行政が、責任を持って担う必要がある市の専門領域と…があります。本方針ではこのような市民と市の
  // 専門領域ではない、ともに連携して活動できる領域を市民協働の領域とします。」
  it('toride: 課税 as a form is an error, a project named for a 許可 a warning, 非課税世帯 neither', () => {
    const s = validate(
      'toride-acts',
      '協働事業一覧',
      [
        ['事業名', '協働先', '協働形態', '主催者'],
        ['固定資産税の賦課', '取手市', '課税', '市'],
        ['屋外広告物の許可事務', 'NPO法人とりで景観', '事業委託', '市'],
        ['住民税非課税世帯への配食', '取手市社会福祉協議会', '事業委託', '市'],
      ],
      'toride',
    );
    expect(places(s)).toEqual(['forms.administrative-act C2', 'forms.administrative-act-project A3']);
    const act = s.issues.find((i) => i.code === 'forms.administrative-act');
    expect(act).toMatchObject({ severity: 'error', rule: 'R2' });
    expect(act?.source).toMatchObject({ document: '003_77c600037372601a.txt', section: '第3章(3)' });
    expect(act?.message.ja).toBe(
      '「課税」は課税などの行政行為で、協働の形態ではありません。行政行為は法的な権限のある市が責任を持って担う市の専門領域です',
    );
  });

  it('ichinoseki: its plans list no administrative act, so none is asserted', () => {
    const s = validate(
      'ichinoseki-acts',
      '協働事業一覧',
      [
        ['事業名', '協働相手', '協働の形態', '主催'],
        ['屋外広告物の許可事務', '一関景観の会', '委託', '市'],
      ],
      'ichinoseki',
    );
    expect(s.issues).toEqual([]);
  });
});

describe('caps across fiscal years per recipient in a ledger, whatever the fiscal year’s spelling (issue class 3)', () => {
  // 002_5a3cd8c23b61ef14.txt 8-1-4 事業1「限度額：1地区5万円（2箇年までとし、総額5万円、単年度精算、前金払い可）」
  // 「交付対象は当面、27年度までに発足した地域協働体設立準備会とします。」
  const PROGRAM = '地域の合意形成を図る事業に対する支援';
  const head = ['交付先', '補助事業', '年度', '補助対象経費', '交付額', '設立日'];

  it('ichinoseki: a second year beyond the total and a third year are errors at their rows', () => {
    const s = validate(
      'ichinoseki-caps',
      '合意形成支援',
      [
        ['地域の合意形成を図る事業に対する支援 交付一覧', null, null, null, null, null],
        head,
        ['A地区地域協働体設立準備会', PROGRAM, '平成26年度', 30000, 30000, '平成26年6月1日'],
        ['A地区地域協働体設立準備会', PROGRAM, 'H27', 30000, 30000, '平成26年6月1日'],
        ['B地区地域協働体設立準備会', '事業1', 2014, 20000, 20000, '2014/07/01'],
        ['B地区地域協働体設立準備会', PROGRAM, '2015年度', 10000, 10000, '2014/07/01'],
        ['B地区地域協働体設立準備会', PROGRAM, '平成28年度', 10000, 10000, '2014/07/01'],
        ['C地区地域協働体設立準備会', PROGRAM, 'Ｈ２７', 50000, 50000, '平成27年4月1日'],
      ],
      'ichinoseki',
    );
    expect(places(s)).toEqual(
      ['subsidies.above-allowed E4', 'subsidies.above-allowed E7', 'subsidy.cap-years E7'].sort(),
    );
    const total = s.issues.find((i) => i.code === 'subsidies.above-allowed' && i.cell === 'E4');
    expect(total).toMatchObject({ severity: 'error', params: { amount: 30000, allowed: 20000 } });
    expect(total?.message.ja).toContain('総額上限の残額 20,000円');
    const third = s.issues.find((i) => i.code === 'subsidy.cap-years');
    expect(third?.message.ja).toBe(
      '「地域の合意形成を図る事業に対する支援」は2箇年までのため、交付済みの2箇年（平成26年度・平成27年度）の後の平成28年度は対象外です',
    );
    expect(third?.source).toMatchObject({ document: '002_5a3cd8c23b61ef14.txt', section: '8-1-4 事業1' });
    const rows = (s.scores as { rows: { row: number; eligible: boolean | null; allowed: number | null }[] })
      .rows;
    expect(rows.map((r) => [r.row, r.eligible, r.allowed])).toEqual([
      [3, true, 30000],
      [4, true, 20000],
      [5, true, 20000],
      [6, true, 10000],
      [7, false, 0],
      [8, true, 50000],
    ]);
  });

  it('ichinoseki without a 設立日 column: the total and the years are still checked; the deadline is said once to be skipped', () => {
    const s = validate(
      'ichinoseki-caps-no-founded',
      '合意形成支援',
      [
        head.slice(0, 5),
        ['A地区地域協働体設立準備会', PROGRAM, '平成26年度', 30000, 30000],
        ['A地区地域協働体設立準備会', PROGRAM, 'H27', 30000, 30000],
        ['B地区地域協働体設立準備会', PROGRAM, 2014, 20000, 20000],
        ['B地区地域協働体設立準備会', PROGRAM, 2015, 10000, 10000],
        ['B地区地域協働体設立準備会', PROGRAM, 2016, 10000, 10000],
      ],
      'ichinoseki',
    );
    expect(places(s)).toEqual(
      [
        'sheets.column-missing -',
        'subsidies.above-allowed E3',
        'subsidies.above-allowed E6',
        'subsidy.cap-years E6',
      ].sort(),
    );
    const missing = s.issues.find((i) => i.code === 'sheets.column-missing');
    expect(missing?.severity).toBe('warning');
    expect(missing?.message.ja).toBe(
      '「設立日」の列がありません。次の確認ができません: 「地域の合意形成を図る事業に対する支援」の地域協働体設立準備会の発足の期限（限度額・総額・年数の上限は確かめています）',
    );
  });

  it('a profile of one’s own: a 3-year cap across 令和 years, written 令和4年度, R5, 2024年度, 令和7年度', () => {
    const profile = join(dir, 'mirai.json');
    writeFileSync(
      profile,
      JSON.stringify({
        id: 'mirai',
        extends: 'toride',
        name: { ja: 'みらい市', en: 'Mirai' },
        programs: [
          {
            id: 'mirai/teian',
            names: { ja: 'みらい市市民提案型補助金', en: 'Mirai citizen-proposal subsidy' },
            kind: 'subsidy',
            source: { document: 'みらい市市民提案型補助金交付要綱', section: '第1条' },
            years: [
              { from: 2022, source: { document: 'みらい市市民提案型補助金交付要綱', section: '附則' } },
            ],
            rate: [
              {
                from: 2022,
                value: { numerator: 1, denominator: 2 },
                source: { document: 'みらい市市民提案型補助金交付要綱', section: '第5条' },
              },
            ],
            annualLimit: [
              {
                from: 2022,
                value: 300000,
                source: { document: 'みらい市市民提案型補助金交付要綱', section: '第5条' },
              },
            ],
            caps: {
              maxYears: 3,
              totalYen: 600000,
              source: { document: 'みらい市市民提案型補助金交付要綱', section: '第6条' },
            },
          },
        ],
      }),
    );
    const s = validate(
      'mirai-caps',
      '交付一覧',
      [
        ['交付先', '補助金名', '年度', '対象経費', '交付決定額'],
        ['NPO法人みらい', 'みらい市市民提案型補助金', '令和4年度', 600000, 300000],
        ['NPO法人みらい', 'みらい市市民提案型補助金', 'R5', 400000, 200000],
        ['NPO法人みらい', 'みらい市市民提案型補助金', '2024年度', 400000, 200000],
        ['NPO法人みらい', 'みらい市市民提案型補助金', '令和7年度', 100000, 50000],
      ],
      profile,
    );
    // 300,000 + 200,000 paid: 100,000 left of the 600,000 total in R6; R7 is a fourth year.
    expect(places(s)).toEqual(
      ['subsidies.above-allowed E4', 'subsidies.above-allowed E5', 'subsidy.cap-years E5'].sort(),
    );
    expect(
      s.issues.find((i) => i.cell === 'E4' && i.code === 'subsidies.above-allowed')?.params,
    ).toMatchObject({
      amount: 200000,
      allowed: 100000,
    });
  });
  it('a profile of one’s own: 平成31年度 and 令和元年度 are one fiscal year; 令和３年度 the third, 令和４年度 a fourth', () => {
    const yoko = (section: string) => ({ document: 'みらい市市民提案型補助金交付要綱', section });
    const profile = join(dir, 'mirai-eras.json');
    writeFileSync(
      profile,
      JSON.stringify({
        id: 'mirai-eras',
        extends: 'toride',
        name: { ja: 'みらい市', en: 'Mirai' },
        programs: [
          {
            id: 'mirai/teian',
            names: { ja: 'みらい市市民提案型補助金', en: 'Mirai citizen-proposal subsidy' },
            kind: 'subsidy',
            source: yoko('第1条'),
            years: [{ from: 2019, source: yoko('附則') }],
            rate: [{ from: 2019, value: { numerator: 1, denominator: 2 }, source: yoko('第5条') }],
            annualLimit: [{ from: 2019, value: 300000, source: yoko('第5条') }],
            caps: { maxYears: 3, totalYen: 600000, source: yoko('第6条') },
          },
        ],
      }),
    );
    const N = 'みらい市市民提案型補助金';
    const s = validate(
      'mirai-eras',
      '交付一覧',
      [
        ['交付先', '補助金名', '年度', '対象経費', '交付決定額'],
        ['NPO法人みらい', N, '平成31年度', 200000, 100000],
        ['NPO法人みらい', N, '令和元年度', 200000, 100000],
        ['NPO法人みらい', N, 'R2', 400000, 200000],
        ['NPO法人みらい', N, '令和３年度', 600000, 300000],
        ['NPO法人みらい', N, '令和４年度', 100000, 50000],
      ],
      profile,
    );
    // FY2019 written twice is one year (and said to look like a duplicate row); 400,000 paid by
    // 令和2年度 leaves 200,000 of the total; 令和4年度 comes after three years paid.
    expect(places(s)).toEqual(
      [
        'sheets.duplicate-row A3',
        'subsidies.above-allowed E5',
        'subsidies.above-allowed E6',
        'subsidy.cap-years E6',
      ].sort(),
    );
    expect(s.issues.find((i) => i.cell === 'E5')).toMatchObject({
      severity: 'error',
      params: { amount: 300000, allowed: 200000 },
    });
    expect(s.issues.find((i) => i.cell === 'E6' && i.code === 'subsidies.above-allowed')).toMatchObject({
      severity: 'error',
      params: { amount: 50000, allowed: 0 },
    });
    expect(s.issues.find((i) => i.code === 'subsidy.cap-years')?.message.ja).toBe(
      '「みらい市市民提案型補助金」は3箇年までのため、交付済みの3箇年（平成31年度・令和2年度・令和3年度）の後の令和4年度は対象外です',
    );
    const rows = (s.scores as { rows: { fiscalYear: number; eligible: boolean | null }[] }).rows;
    expect(rows.map((r) => [r.fiscalYear, r.eligible])).toEqual([
      [2019, true],
      [2019, true],
      [2020, true],
      [2021, true],
      [2022, false],
    ]);
  });
});

describe('settlement columns 交付額, 前金払額, 実績額, 精算額, 返還額 (issue class 4)', () => {
  it('ichinoseki: 事業1 「前金払い可」 settles an advance unflagged; a wrong refund names the expected amount; 事業4 says nothing of advances', () => {
    const s = validate(
      'ichinoseki-settlement',
      '精算',
      [
        [
          '交付先',
          '補助事業',
          '年度',
          '補助対象経費',
          '交付額',
          '前金払額',
          '実績額',
          '精算額',
          '返還額',
          '設立日',
        ],
        // 事業1: advance 50,000, actual 42,000 → settled 42,000, refund 8,000 (単年度精算, 前金払い可).
        [
          'A地区地域協働体設立準備会',
          '事業1',
          '平成26年度',
          50000,
          50000,
          50000,
          42000,
          42000,
          8000,
          '平成26年6月1日',
        ],
        // refund written 3,000; 50,000 − 45,000 = 5,000.
        [
          'B地区地域協働体設立準備会',
          '事業1',
          '平成27年度',
          50000,
          50000,
          50000,
          45000,
          45000,
          3000,
          '平成27年5月1日',
        ],
        // 事業4: 300,000 × 2/3 → limit 200,000 granted; actual 270,000 × 2/3 = 180,000; advance 100,000.
        ['C地区地域協働体', '事業4', '平成26年度', 300000, 200000, 100000, 270000, 180000, 0, null],
        ['D地区地域協働体', '事業4', '平成27年度', 300000, 200000, 200000, 240000, 160000, 40000, null],
      ],
      'ichinoseki',
    );
    expect(s.mapping.map((m) => `${m.field}:${m.header}`)).toEqual([
      'recipient:交付先',
      'program:補助事業',
      'fiscalYear:年度',
      'eligibleExpense:補助対象経費',
      'granted:交付額',
      'advance:前金払額',
      'actualExpense:実績額',
      'settled:精算額',
      'refund:返還額',
      'founded:設立日',
    ]);
    expect(places(s)).toEqual(['subsidies.refund-mismatch I3', 'subsidy.advance-not-stated F4'].sort());
    const refund = s.issues.find((i) => i.code === 'subsidies.refund-mismatch');
    expect(refund).toMatchObject({ severity: 'error', params: { amount: 3000, expected: 5000 } });
    expect(refund?.message.ja).toBe(
      '返還額 3,000円 は 前金払額 50,000円 − 確定額 45,000円 = 5,000円 のはずです',
    );
    const silent = s.issues.find((i) => i.code === 'subsidy.advance-not-stated');
    expect(silent?.severity).toBe('info');
  });
  it('ichinoseki: a refund beside no advance is not checked against 0 yen; an advance below the settled amount leaves none', () => {
    const P = '地域の合意形成を図る事業に対する支援';
    // No 前金払額 column: what was paid is not known — said once, the refund not checked.
    const without = validate(
      'ichinoseki-refund-no-advance',
      '精算',
      [
        ['交付先', '補助事業', '年度', '補助対象経費', '交付額', '実績額', '精算額', '返還額', '設立日'],
        ['A地区地域協働体設立準備会', P, '平成２６年度', 50000, 50000, 42000, 42000, 8000, '平成26年6月1日'],
      ],
      'ichinoseki',
    );
    expect(places(without)).toEqual(['sheets.column-missing -']);
    expect(without.issues[0]?.message.ja).toBe(
      '「前金払額」の列がありません。次の確認ができません: 返還額の検算(S-common)',
    );
    const s = validate(
      'ichinoseki-refund-blank-advance',
      '精算',
      [
        [
          '交付先',
          '補助事業',
          '年度',
          '補助対象経費',
          '交付額',
          '前金払額',
          '実績額',
          '精算額',
          '返還額',
          '設立日',
        ],
        // The advance left blank beside a refund of 8,000: a warning, not a mismatch against 0.
        [
          'A地区地域協働体設立準備会',
          P,
          '平成26年度',
          50000,
          50000,
          null,
          42000,
          42000,
          8000,
          '平成26年6月1日',
        ],
        // An advance of 20,000 below the settled 42,000: nothing to return (22,000 more is paid).
        ['B地区地域協働体設立準備会', P, '２０１４', 50000, 50000, 20000, 42000, 42000, 8000, '2014/07/01'],
      ],
      'ichinoseki',
    );
    expect(places(s)).toEqual(['subsidies.refund-mismatch I3', 'subsidies.refund-unchecked I2']);
    expect(s.issues.find((i) => i.cell === 'I2')?.severity).toBe('warning');
    const wrong = s.issues.find((i) => i.cell === 'I3');
    expect(wrong).toMatchObject({ severity: 'error', params: { amount: 8000, expected: 0 } });
    expect(wrong?.message.ja).toBe(
      '返還額 8,000円 は 0円 のはずです（前金払額 20,000円 が確定額 42,000円 以下のため返還はありません）',
    );
  });
});

describe('RULES X1 as profile features, through a profile of one’s own', () => {
  it('rates tapering with each award and the project income deducted, in a ledger and in kyodo subsidy; a fourth year past the cap is 対象外', () => {
    const yoko = { document: 'みらい市協働補助金交付要綱', section: '第5条', basis: 'municipality' };
    const profile = join(dir, 'mirai-x1.json');
    writeFileSync(
      profile,
      JSON.stringify({
        id: 'mirai-x1',
        extends: 'toride',
        name: { ja: 'みらい市', en: 'Mirai' },
        programs: [
          {
            id: 'mirai/kyodo',
            names: { ja: 'みらい市協働補助金', en: 'Mirai cooperation subsidy' },
            kind: 'subsidy',
            source: { document: 'みらい市協働補助金交付要綱', section: '第1条' },
            years: [{ from: 2022, source: yoko }],
            taperedRates: {
              rates: [
                { numerator: 2, denominator: 3 },
                { numerator: 1, denominator: 2 },
                { numerator: 1, denominator: 3 },
              ],
              source: yoko,
            },
            annualLimit: [{ from: 2022, value: 'none', source: yoko }],
            income: { mode: 'deduct', source: yoko },
            caps: { maxYears: 3, source: yoko },
          },
        ],
      }),
    );
    const s = validate(
      'mirai-x1',
      '交付一覧',
      [
        ['交付先', '補助金名', '年度', '補助対象経費', '事業収入', '交付決定額'],
        ['NPO法人みらい', 'みらい市協働補助金', '令和4年度', 330000, 30000, 200000],
        ['NPO法人みらい', 'みらい市協働補助金', '令和5年度', 330000, 30000, 150000],
        ['NPO法人みらい', 'みらい市協働補助金', '令和6年度', 330000, 30000, 150000],
      ],
      profile,
    );
    // (330,000 − 30,000) × 2/3 = 200,000; × 1/2 = 150,000; × 1/3 = 100,000 < 150,000.
    expect(places(s)).toEqual(['subsidies.above-allowed F4']);
    const rows = (s.scores as { rows: { allowed: number | null }[] }).rows;
    expect(rows.map((r) => r.allowed)).toEqual([200000, 150000, 100000]);
    const run = kyodo([
      'subsidy',
      '--profile',
      profile,
      '--program',
      'mirai/kyodo',
      '--fiscal-year',
      'R6',
      '--expense',
      '330,000',
      '--income',
      '30,000',
      '--prior',
      'R4:200000',
      '--prior',
      'R5:150000',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('補助対象経費 330,000円 − 事業収入 30,000円 = 300,000円');
    expect(run.stdout).toContain('300,000円 × 3回目の交付の補助率 1/3 = 100,000円');
    // A fourth fiscal year under the profile's 3-year cap: not eligible, citing the 要綱, not 0 yen eligible.
    const fourth = kyodo([
      'subsidy',
      '--profile',
      profile,
      '--program',
      'mirai/kyodo',
      '--fiscal-year',
      '令和７年度',
      '--expense',
      '330,000',
      '--income',
      '30,000',
      '--prior',
      'R4:200000',
      '--prior',
      '令和5年度:150000',
      '--prior',
      '2024:100000',
      '--format',
      'json',
    ]);
    expect(fourth.code).toBe(0);
    const answer = JSON.parse(fourth.stdout);
    expect(answer).toMatchObject({ eligible: false, amount: 0 });
    expect(answer.reasons.map((p: { code: string }) => p.code)).toEqual(['subsidy.cap-years']);
    expect(answer.reasons[0].source).toMatchObject({
      document: 'みらい市協働補助金交付要綱',
      section: '第5条',
    });
  });
});

describe('rolling indicators only where the plan sets them (E8)', () => {
  const rows: Row[] = [
    ['取組項目', '年度', '目標', '実績'],
    ['協働研修会の開催', '令和6年度', 4, 3],
  ];
  it('ichinoseki: 001「毎年度、向こう3か年度分について」 — the next two years’ targets are missing', () => {
    const s = validate('ichinoseki-indicators', '実施年次指標', rows, 'ichinoseki');
    expect(places(s)).toEqual([
      'evaluation.indicator-target-missing B2',
      'evaluation.indicator-target-missing B2',
    ]);
    expect(s.issues[0]?.source).toMatchObject({ document: '001_9b5b631400e119ce.txt', rule: 'E8' });
  });
  it('toride: its plan sets no rolling years — nothing asserted, said once', () => {
    const s = validate('toride-indicators', '実施年次指標', rows, 'toride');
    expect(places(s)).toEqual(['indicators.rolling-not-set -']);
    expect(s.issues[0]?.severity).toBe('info');
  });
});
