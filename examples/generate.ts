/**
 * Writes the example workbooks of examples/ (docs/cli.md "Getting started"): one realistic workbook per
 * built-in profile, as municipal staff keep them — title rows and merged titles, 和暦, full
 * width digits, units in headers, totals rows with formulas, 備考 columns, notes — with SOME
 * bad rows on purpose, and a Shift_JIS CSV as Excel on Japanese Windows exports it.
 *
 * Run: npx tsx examples/generate.ts   (the output is committed; README.md says what each shows)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const here = fileURLToPath(new URL('.', import.meta.url));

type Cell = string | number | Date | null | { formula: string; result: number };

interface SheetSpec {
  readonly name: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Columns (1-based) holding yen or counts, formatted with thousands separators. */
  readonly numberColumns?: readonly number[];
  /** Columns holding dates, shown in 和暦. */
  readonly dateColumns?: readonly number[];
  /** Notes (comments) by A1 cell. */
  readonly notes?: Readonly<Record<string, string>>;
  /** A totals row summing these columns (1-based) under the data. */
  readonly totals?: {
    readonly label: string;
    readonly labelColumn: number;
    readonly columns: readonly number[];
  };
  readonly widths?: readonly number[];
}

const WAREKI = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@';
const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** A date as Excel stores it: the serial of the day, which exceljs takes as a UTC instant. */
function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name, { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  const width = spec.headers.length;
  ws.getCell(1, 1).value = spec.title;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(1).height = 24;
  if (spec.subtitle !== undefined) {
    ws.getCell(2, 1).value = spec.subtitle;
    ws.mergeCells(2, 1, 2, width);
    ws.getCell(2, 1).alignment = { horizontal: 'right' };
  }
  const headerRow = 4;
  spec.headers.forEach((h, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  ws.getRow(headerRow).height = 30;
  let r = headerRow + 1;
  const first = r;
  for (const row of spec.rows) {
    row.forEach((value, i) => {
      const cell = ws.getCell(r, i + 1);
      if (value !== null) cell.value = value;
      cell.border = border;
      if (spec.numberColumns?.includes(i + 1)) cell.numFmt = '#,##0';
      if (spec.dateColumns?.includes(i + 1) && value instanceof Date) cell.numFmt = WAREKI;
    });
    for (let c = row.length + 1; c <= width; c++) ws.getCell(r, c).border = border;
    r++;
  }
  const last = r - 1;
  if (spec.totals !== undefined) {
    r++; // a blank spacer row, as sheets have
    ws.getCell(r, spec.totals.labelColumn).value = spec.totals.label;
    ws.getCell(r, spec.totals.labelColumn).font = { bold: true };
    for (const c of spec.totals.columns) {
      const letter = ws.getColumn(c).letter;
      let sum = 0;
      for (const row of spec.rows) {
        const v = row[c - 1];
        if (typeof v === 'number') sum += v; // SUM skips text, as Excel does
      }
      const cell = ws.getCell(r, c);
      cell.value = { formula: `SUM(${letter}${first}:${letter}${last})`, result: sum };
      cell.numFmt = '#,##0';
      cell.font = { bold: true };
      cell.border = { top: { style: 'double' } };
    }
  }
  for (const [address, note] of Object.entries(spec.notes ?? {})) ws.getCell(address).note = note;
  (spec.widths ?? []).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
}

async function writeBook(file: string, sheets: readonly SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'まちづくり推進課';
  wb.created = new Date(Date.UTC(2025, 4, 31));
  wb.modified = wb.created;
  for (const s of sheets) addSheet(wb, s);
  await wb.xlsx.writeFile(`${here}${file}`);
  process.stdout.write(`wrote examples/${file}\n`);
}

// ─── 一関市 (ichinoseki) ──────────────────────────────────────────────────────────────

const ichinosekiProjects: SheetSpec = {
  name: '協働事業一覧',
  title: '令和６年度　協働事業一覧',
  subtitle: '一関市 まちづくり推進部 まちづくり推進課（令和7年5月末現在）',
  headers: [
    'No.',
    '事業名',
    '担当課',
    '協働相手',
    '主体区分',
    '協働の形態',
    '主催',
    '年度',
    '開始日',
    '終了日',
    '予算額（千円）',
    '決算額（千円）',
    '市負担額（千円）',
    '備考',
  ],
  rows: [
    [
      1,
      '国際交流フェスティバル',
      '国際交流課',
      '一関国際交流協会',
      '市民活動団体',
      '共催',
      '共同',
      '令和6年度',
      day(2024, 7, 20),
      day(2024, 7, 21),
      1200,
      1150,
      600,
      null,
    ],
    [
      2,
      '地域の見守り活動',
      '長寿社会課',
      '萩荘地区まちづくり協議会',
      '地域協働体',
      '委託',
      '市',
      'R6',
      'R6.4.1',
      'R7.3.31',
      '１，８００',
      1800,
      1800,
      '全額市負担',
    ],
    [
      3,
      '花いっぱい運動',
      '都市計画課',
      '一関花の会',
      'ボランティア団体',
      '補助',
      '市民',
      '令和6年度',
      '令和6年5月1日',
      '令和6年10月31日',
      300,
      280,
      200,
      null,
    ],
    [
      4,
      '環境フォーラム',
      '生活環境課',
      'いちのせき環境ネット',
      'NPO法人',
      '実行委員会',
      '共同',
      '2024年度',
      '2024/9/14',
      '2024/9/14',
      800,
      520,
      400,
      '講師謝礼が減った',
    ],
    [
      5,
      '子育て支援講座',
      'こども家庭課',
      '子育てサポートの会',
      '市民活動団体',
      '委託',
      '市民',
      '令和6年度',
      day(2024, 6, 1),
      day(2025, 2, 28),
      450,
      450,
      450,
      null,
    ],
    [
      6,
      '防災訓練',
      '防災課',
      '真滝地区自治会連合会',
      '自治会',
      '後援',
      '市民',
      '令和6年度',
      '令和6年11月3日(日)',
      '令和6年11月3日(日)',
      150,
      150,
      0,
      null,
    ],
    [
      7,
      '歴史講座',
      '文化財課',
      '骨寺村荘園の会',
      '市民活動団体',
      '協働',
      '市',
      '令和6年度',
      day(2024, 10, 5),
      day(2024, 12, 7),
      120,
      118,
      120,
      null,
    ],
    [
      8,
      '観光ガイド育成',
      '観光物産課',
      '一関観光協会',
      '事業者',
      '事業協力',
      '市',
      '令和6年度',
      '令和6年6月1日',
      '令和6年5月31日',
      500,
      480,
      250,
      null,
    ],
    [
      9,
      '市民センター管理運営',
      'まちづくり推進課',
      '舞川地区まちづくり協議会',
      '地域協働体',
      '委託',
      '市',
      '令和6年度',
      day(2024, 4, 1),
      day(2025, 3, 31),
      4200,
      4200,
      4200,
      '指定管理',
    ],
    [
      10,
      '健康づくり教室',
      '健康づくり課',
      null,
      null,
      '共催',
      '共同',
      '令和6年度',
      day(2024, 5, 15),
      day(2025, 3, 15),
      260,
      240,
      130,
      '相手方調整中',
    ],
    [
      11,
      '地域公共交通の検討',
      '地域振興課',
      '室根地区住民の会',
      '自治会',
      '企画立案への参画',
      '市',
      '令和6年度',
      day(2024, 8, 1),
      day(2025, 4, 30),
      200,
      '未定',
      200,
      null,
    ],
    [
      12,
      '防災訓練',
      '防災課',
      '真滝地区自治会連合会',
      '自治会',
      '後援',
      '市民',
      '令和6年度',
      '令和6年11月3日(日)',
      '令和6年11月3日(日)',
      150,
      150,
      0,
      '重複入力？',
    ],
    [
      13,
      '大東夏まつり',
      '商工労政課',
      '大東商工会',
      '事業者',
      '共催',
      '共同',
      '令和6年度',
      day(2024, 8, 14),
      day(2024, 8, 15),
      900,
      900,
      1200,
      null,
    ],
  ],
  numberColumns: [11, 12, 13],
  dateColumns: [9, 10],
  notes: {
    L7: '苗の値上がり分は団体が負担（R6.10 実績報告）',
    B13: '令和7年度も継続予定',
  },
  totals: { label: '合計', labelColumn: 2, columns: [11, 12, 13] },
  widths: [5, 22, 14, 24, 14, 14, 8, 11, 16, 16, 12, 12, 12, 18],
};

const ichinosekiSubsidies: SheetSpec = {
  name: '補助金交付一覧',
  title: '地域協働体関係補助金　交付一覧（平成26年度～平成28年度）',
  subtitle: '単位：円',
  headers: [
    'No.',
    '団体名',
    '補助事業',
    '年度',
    '設立日',
    '補助対象経費（円）',
    '対象外経費（円）',
    '交付申請額（円）',
    '交付決定額（円）',
    '前金払額（円）',
    '実績額（円）',
    '確定額（円）',
    '返還額（円）',
    '備考',
  ],
  rows: [
    [
      1,
      '萩荘地区地域協働体設立準備会',
      '地域の合意形成を図る事業に対する支援',
      '平成26年度',
      day(2014, 6, 1),
      30000,
      0,
      30000,
      30000,
      30000,
      28000,
      28000,
      2000,
      '学習会 3 回',
    ],
    [
      2,
      '萩荘地区地域協働体設立準備会',
      'ichinoseki/goi-keisei',
      '平成27年度',
      day(2014, 6, 1),
      40000,
      0,
      22000,
      22000,
      null,
      40000,
      22000,
      null,
      '2年目 (通算 50,000円まで)',
    ],
    [
      3,
      '萩荘地区地域協働体設立準備会',
      'ichinoseki/goi-keisei',
      '平成28年度',
      day(2014, 6, 1),
      15000,
      0,
      10000,
      10000,
      null,
      15000,
      10000,
      null,
      '3年目',
    ],
    [
      4,
      '舞川地区地域協働体',
      '地域協働体支援事業費補助金',
      'H26',
      null,
      360000,
      20000,
      200000,
      200000,
      null,
      360000,
      200000,
      null,
      null,
    ],
    [
      5,
      '真滝地区地域協働体',
      '事業4',
      '平成27年度',
      null,
      '２７０，０００',
      null,
      180000,
      180000,
      null,
      270000,
      180000,
      null,
      '全角で入力',
    ],
    [
      6,
      '弥栄地区地域協働体',
      '地域協働体支援事業費補助金',
      '平成27年度',
      null,
      450000,
      0,
      300000,
      300000,
      null,
      450000,
      300000,
      null,
      null,
    ],
    [
      7,
      '室根地区地域協働体',
      '地域協働体支援事業費補助金',
      '平成28年度',
      null,
      240000,
      0,
      160000,
      160000,
      null,
      240000,
      160000,
      null,
      '計画策定前',
    ],
    [
      8,
      '厳美地区地域協働体設立準備会',
      'ichinoseki/goi-keisei',
      '平成28年度',
      '平成28年5月1日',
      25000,
      0,
      25000,
      25000,
      null,
      25000,
      25000,
      null,
      null,
    ],
    [
      9,
      '花泉地区地域協働体設立準備会',
      'ichinoseki/goi-keisei',
      '平成27年度',
      '平成27年4月20日',
      45000,
      5000,
      45000,
      45000,
      50000,
      45000,
      45000,
      3000,
      '前金払 50,000円',
    ],
  ],
  numberColumns: [6, 7, 8, 9, 10, 11, 12, 13],
  dateColumns: [5],
  notes: {
    C5: '要綱上の名称は「地域協働体支援事業費補助金」',
    M13: '返還額は R2.3 に再確認',
  },
  totals: { label: '計', labelColumn: 2, columns: [6, 8, 9, 12, 13] },
  widths: [5, 30, 34, 12, 16, 14, 12, 14, 14, 12, 12, 12, 12, 24],
};

const ichinosekiEvaluations: SheetSpec = {
  name: '評価シート',
  title: '令和６年度　協働事業評価シート（自己評価）',
  subtitle: '評価：A 十分達成／B 概ね達成／C 一部達成／D 未達成',
  headers: [
    '事業名',
    '評価者',
    '自主・自立・対等の原則',
    '相互理解・目的共有の原則',
    '公正・公平・公開の原則',
    '評価・検証の原則',
    '話し合いの継続の原則',
    '目標・成果の達成',
    '費用対効果',
    '話し合いの継続',
    '市民の特性の発揮',
    '創意工夫の発揮',
    '行財政改革の効果',
    '所見',
  ],
  rows: [
    [
      '国際交流フェスティバル',
      '市',
      'A',
      'B',
      'A',
      'B',
      'A',
      'A',
      'B',
      'A',
      'B',
      'B',
      'C',
      '来場者が目標を上回った',
    ],
    [
      '国際交流フェスティバル',
      '団体',
      'A',
      'A',
      'B',
      'A',
      'A',
      'A',
      'A',
      'B',
      'A',
      'A',
      'B',
      '通訳ボランティアが増えた',
    ],
    ['花いっぱい運動', '市', 'B', 'B', 'B', 'C', 'B', 'B', 'B', 'C', 'B', 'B', 'B', null],
    [
      '花いっぱい運動',
      '団体',
      'A',
      'A',
      'B',
      'B',
      'A',
      'Ｂ',
      '３',
      'A',
      'A',
      'A',
      'B',
      '市との打合せを毎月行った',
    ],
    ['環境フォーラム', '市', 'B', 'C', 'B', 'C', 'C', 'C', 'D', 'B', 'C', 'B', 'C', '参加者が想定の半分'],
    [
      '環境フォーラム',
      '団体',
      'B',
      'B',
      'B',
      'C',
      'B',
      'B',
      null,
      'B',
      'B',
      'E',
      'C',
      '費用対効果は判断できない',
    ],
    ['防災訓練', '市', 'A', 'A', 'A', 'B', 'A', 'A', 'A', 'A', 'B', 'B', 'A', '団体の評価は未提出'],
    [
      '子育て支援講座',
      '協働推進会議',
      'B',
      'B',
      'B',
      'B',
      'B',
      'B',
      'B',
      'B',
      'B',
      'C',
      'B',
      '第三者の視点から',
    ],
    ['子育て支援講座', '市', 'B', 'B', 'A', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', null],
    ['子育て支援講座', '団体', 'A', 'B', 'B', 'B', 'A', 'B', 'B', 'A', 'A', 'B', 'B', null],
  ],
  notes: { N8: '協働推進会議で内容を説明した（R7.5.20）' },
  widths: [24, 14, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 30],
};

const ichinosekiIndicators: SheetSpec = {
  name: '実施年次指標',
  title: '協働推進アクションプラン　実施年次指標（ローリング）',
  headers: ['取組項目', '年度', '目標', '実績', '単位', '備考'],
  rows: [
    ['協働に関する出前講座の開催', '令和6年度', 10, 12, '回', null],
    ['協働に関する出前講座の開催', '令和7年度', 12, null, '回', null],
    ['協働に関する出前講座の開催', '令和8年度', 12, null, '回', null],
    ['協働に関する出前講座の開催', '令和9年度', 14, null, '回', null],
    ['地域協働体の設立数', '令和6年度', 30, 29, '団体', '1 地区が準備中'],
    ['地域協働体の設立数', '令和7年度', 30, null, '団体', null],
    ['地域協働体の設立数', '令和8年度', 30, null, '団体', null],
    ['協働事業の件数', 'R6', 40, 43, '件', null],
    ['協働事業の件数', 'R7', 45, null, '件', null],
    ['協働事業の件数', 'R8', '未定', null, '件', '総合計画の見直し後に設定'],
    ['協働事業の件数', 'R9', 50, null, '件', null],
  ],
  numberColumns: [3, 4],
  widths: [30, 12, 10, 10, 8, 28],
};

const ichinosekiPlan: SheetSpec = {
  name: '地域づくり計画書',
  title: '萩荘地区　地域づくり計画書（取組）',
  headers: ['実施項目', '実施事業', '実施主体', '備考'],
  rows: [
    ['地域の安全安心', '防犯パトロール', '各自治会', null],
    ['地域の安全安心', '自主防災組織の育成', '協議会（市補助事業）', null],
    ['地域の魅力づくり', '萩荘まつり', '協議会（主催）', null],
    ['地域の魅力づくり', '市民センターの管理運営', '協議会（市委託事業）', null],
    ['地域の環境', '河川清掃', '地域一斉作業', null],
    ['地域の交通', 'デマンド交通の導入', '市に提案', null],
    ['地域の福祉', '高齢者サロン', '社会福祉協議会と連携', '実施主体の書き方を確認'],
  ],
  widths: [20, 28, 24, 24],
};

// ─── 取手市 (toride) ──────────────────────────────────────────────────────────────────

const torideProjects: SheetSpec = {
  name: '市民協働事業一覧',
  title: '令和6年度　市民協働事業一覧（市民協働課）',
  headers: [
    '協働事業名',
    '所管課',
    '協働先',
    '相手方区分',
    '協働形態',
    '主催者',
    '実施期間',
    '事業費（円）',
    '実績額（円）',
    '備考',
  ],
  rows: [
    [
      'とりで利根川大花火',
      '商工観光課',
      'とりで利根川大花火実行委員会',
      '実行委員会',
      '実行委員会・協議会等',
      '共同',
      '令和6年8月1日～令和6年8月31日',
      30000000,
      29500000,
      null,
    ],
    [
      '市民活動ステーション運営',
      '市民協働課',
      '特定非営利活動法人とりで市民活動ネット',
      '市民活動団体',
      '事業委託',
      '市',
      '令和6年4月1日～令和7年3月31日',
      8400000,
      8400000,
      null,
    ],
    [
      '取手アートプロジェクト',
      '文化芸術課',
      '取手アートプロジェクト実行委員会',
      '市民活動団体',
      '共催',
      '共同',
      'R6.10.1～R6.11.30',
      5000000,
      4800000,
      null,
    ],
    [
      '子ども食堂への支援',
      '子育て支援課',
      'とりで子ども食堂ネットワーク',
      '市民活動団体',
      '補助・助成',
      '市',
      '令和6年4月1日～令和7年3月31日',
      1200000,
      1180000,
      '主催者の記入誤り？',
    ],
    [
      '健康ウォーキング大会',
      '健康づくり推進課',
      '取手市体育協会',
      '市民活動団体',
      '後援・協賛',
      '市民',
      '令和6年10月20日～令和6年10月20日',
      0,
      0,
      '名義後援のみ',
    ],
    [
      '地域防災訓練',
      '防災安全課',
      '井野団地自治会',
      '地域活動団体',
      '共催',
      '市',
      '令和6年9月1日～令和6年9月1日',
      300000,
      280000,
      null,
    ],
    [
      '市税の収納',
      '収納課',
      'コンビニエンスストア各社',
      '事業者',
      '課税',
      '市',
      '令和6年4月1日～令和7年3月31日',
      5000000,
      5000000,
      '協働事業か確認',
    ],
    [
      '総合計画審議会',
      '政策推進課',
      '公募市民',
      '市民',
      '企画立案への参画',
      '市',
      '令和6年5月1日～令和7年3月31日',
      600000,
      450000,
      null,
    ],
    [
      '大学連携講座',
      '生涯学習課',
      '東京藝術大学',
      '教育機関',
      '事業協力',
      '市',
      '令和6年6月1日～令和6年4月30日',
      400000,
      400000,
      null,
    ],
    [
      '空き家バンク',
      '都市計画課',
      '取手市宅地建物取引業協会',
      '事業者',
      '事業協力',
      '共同',
      '令和６年４月１日～令和７年３月３１日',
      '１，２００，０００',
      800000,
      '実績が計画を大きく下回る',
    ],
  ],
  numberColumns: [8, 9],
  notes: { G10: '覚書の日付を記入' },
  totals: { label: '合計', labelColumn: 1, columns: [8, 9] },
  widths: [26, 16, 34, 14, 18, 8, 34, 14, 14, 22],
};

const torideEvaluations: SheetSpec = {
  name: '協働事業評価',
  title: '令和6年度　市民協働事業の振り返り（基本原則による評価）',
  subtitle: 'A：十分　B：概ね　C：一部　D：不十分',
  headers: [
    '事業名',
    '評価主体',
    '自主性・自立性・自律性',
    '相互理解',
    '目的・目標共有',
    '対等関係',
    '情報の発信・共有',
    '自己変革',
    'コメント',
  ],
  rows: [
    ['取手アートプロジェクト', '市', 'A', 'A', 'B', 'B', 'A', 'B', null],
    ['取手アートプロジェクト', '団体', 'A', 'B', 'B', 'D', 'A', 'A', '対等な関係とは感じにくい場面があった'],
    ['市民活動ステーション運営', '市', 'B', 'B', 'A', 'B', 'C', 'B', null],
    ['市民活動ステーション運営', '団体', 'B', 'B', 'A', 'B', 'B', null, '自己変革は来年度に評価'],
    ['地域防災訓練', '市', 'B', 'A', 'A', 'B', 'B', 'B', '団体の振り返りは未実施'],
  ],
  widths: [26, 10, 14, 10, 12, 10, 14, 10, 36],
};

const torideSubsidies: SheetSpec = {
  name: '補助金交付一覧',
  title: '令和6年度　市民提案型一般公募補助金　交付一覧',
  headers: ['交付先', '補助金名', '年度', '対象経費（円）', '交付申請額（円）', '決定額（円）', '備考'],
  rows: [
    ['とりで子ども食堂ネットワーク', '市民提案型一般公募補助金', '令和6年度', 600000, 300000, 300000, null],
    ['取手の川を守る会', '市民提案型一般公募補助金', '令和6年度', 250000, 125000, 125000, null],
  ],
  numberColumns: [4, 5, 6],
  widths: [30, 28, 12, 14, 14, 14, 20],
};

// ─── plan-004 ─────────────────────────────────────────────────────────────────────────

const plan004Projects: SheetSpec = {
  name: '協働事業一覧',
  title: '第2次 市民協働によるまちづくり推進計画　協働事業の実施状況（令和6年度）',
  headers: [
    '事業名',
    '担当部署',
    '協働相手',
    '協働形態',
    '主催',
    '年度',
    '計画額（千円）',
    '実績額（千円）',
    '備考',
  ],
  rows: [
    [
      '地区まちづくり懇談会',
      '市民協働推進課',
      '各地区まちづくり協議会',
      '連携・協力事業',
      '共同',
      '令和6年度',
      500,
      480,
      null,
    ],
    [
      '市民活動団体への助成',
      '市民協働推進課',
      '市民活動団体（12団体）',
      '補助・助成',
      '市民',
      '令和6年度',
      2400,
      2150,
      null,
    ],
    [
      '協働のまちづくり講座',
      '市民活動センター',
      'まちづくりNPOひろば',
      'パートナーシップ事業',
      '市',
      '令和6年度',
      300,
      120,
      '受講者が少なかった',
    ],
    ['区の防災マップ作り', '危機管理課', '第3区', '補助', '市', '令和6年度', 200, 200, null],
    [
      '家庭の省エネ相談',
      '環境課',
      'エコライフ推進会',
      '委託',
      '市',
      '令和6年度',
      350,
      350,
      '形態の名称を確認',
    ],
  ],
  numberColumns: [7, 8],
  totals: { label: '小計', labelColumn: 1, columns: [7, 8] },
  widths: [24, 16, 24, 18, 8, 12, 14, 14, 22],
};

const plan004Evaluations: SheetSpec = {
  name: '振り返りシート',
  title: '協働のポイントによる振り返り（令和6年度）',
  headers: ['事業名', '評価者', '補完性', '話し合い', '相互理解', '評価', '意見'],
  rows: [
    ['地区まちづくり懇談会', '市', 'B', 'A', 'A', 'B', null],
    ['地区まちづくり懇談会', '団体', 'B', 'A', 'B', 'B', null],
    ['協働のまちづくり講座', '市', 'C', 'B', 'B', 'D', '周知が不足'],
    ['協働のまちづくり講座', '団体', 'A', 'B', 'A', 'B', null],
  ],
  widths: [24, 10, 10, 10, 10, 10, 24],
};

// ─── the Shift_JIS CSV ──────────────────────────────────────────────────────────────────

/** Fields quoted as Excel writes them: only when they hold a comma, a quote or a line break. */
function csvLine(fields: readonly (string | number | null)[]): string {
  return fields
    .map((f) => {
      const s = f === null ? '' : String(f);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

function writeSjisCsv(): void {
  const lines = [
    csvLine(['令和6年度 市民協働事業一覧（市民協働課）', null, null, null, null, null, null, null, null]),
    csvLine([
      '協働事業名',
      '所管課',
      '協働先',
      '協働形態',
      '主催者',
      '開始日',
      '終了日',
      '事業費（円）',
      '備考',
    ]),
    csvLine([
      '①ふれあい健康教室',
      '健康づくり推進課',
      '㈱とりでヘルスケア',
      '事業委託',
      '市',
      '令和6年4月1日',
      '令和7年3月31日',
      '1,500,000',
      null,
    ]),
    csvLine([
      '髙須地区清掃活動',
      '環境対策課',
      '髙須町内会',
      '後援・協賛',
      '市民',
      'R6.5.12',
      'R6.5.12',
      '0',
      '名義後援のみ',
    ]),
    csvLine([
      '子ども読書まつり',
      '図書館',
      '取手おはなしの会',
      '共催',
      '共同',
      '2024/11/2',
      '2024/11/3',
      '２５０，０００',
      '全角数字',
    ]),
    csvLine([
      '地域猫の不妊去勢',
      '環境対策課',
      '取手地域猫の会',
      '補助・助成',
      '市',
      '令和6年4月1日',
      '令和7年3月31日',
      '400,000',
      '主催者の記入誤り',
    ]),
    csvLine([
      '駅前花壇の手入れ',
      '都市計画課',
      'グリーンとりで',
      '花壇協定',
      '市民',
      '令和6年4月1日',
      '令和7年3月31日',
      '80,000',
      '形態が不明',
    ]),
    csvLine([
      '防犯パトロール',
      '防災安全課',
      '戸頭自治会',
      '事業協力',
      '市民',
      '令和6年4月1日',
      '令和6年3月31日',
      '120,000',
      '終了日が開始日より前, 要確認',
    ]),
    csvLine([null, null, null, null, null, null, null, null, null]),
    csvLine(['合計', null, null, null, null, null, null, '2,350,000', null]),
  ];
  const text = `${lines.join('\r\n')}\r\n`;
  writeFileSync(`${here}toride-projects-sjis.csv`, iconv.encode(text, 'Shift_JIS'));
  process.stdout.write('wrote examples/toride-projects-sjis.csv (Shift_JIS)\n');
}

// ─── 審査集計表 (みらい市, custom-profile.json: RULES X3) ────────────────────────────────

/**
 * A review panel's scores as the secretariat keys in the score cards: five reviewers (委員A–E),
 * twelve proposals for みらい市's 市民提案型まちづくり補助金, one row per reviewer and proposal,
 * five criteria of 1–10 points with the 合計 as a SUM formula. 委員C sits on the board of
 * NPO法人ひだまり (R6-07) and takes no part in its review (利害関係 ○, no points). R6-08 and R6-09
 * tie at an average of 33.0 at the budget line: the smaller request (R6-09) ranks first
 * (custom-profile.json, 審査要領 第7条), and with 1,600,000 yen R6-08 gets what is left (減額).
 * R6-05 asks 400,000 yen where the program allows 300,000 (half of 800,000, at most 300,000).
 * R6-11 and R6-12 average below 30.
 */
function reviewSheet(): SheetSpec {
  const reviewers = ['委員A', '委員B', '委員C', '委員D', '委員E'];
  // id, applicant, project, eligible expense, request, each reviewer's total (null: 利害関係)
  const proposals: [string, string, string, number, number, (number | null)[]][] = [
    [
      'R6-01',
      'みらい子ども食堂ネット',
      '子ども食堂の運営と食材寄付の仕組みづくり',
      520000,
      260000,
      [43, 40, 42, 39, 42],
    ],
    ['R6-02', 'みどりの里山の会', '里山の竹林整備と竹細工教室', 380000, 190000, [40, 37, 39, 38, 38]],
    ['R6-03', '北町自治会', '高齢者の見守りと買い物支援', 450000, 220000, [38, 36, 37, 37, 37]],
    ['R6-04', 'みらい国際交流クラブ', '外国人住民のための日本語教室', 300000, 150000, [37, 35, 36, 38, 35]],
    ['R6-05', '駅前商店街振興会', '空き店舗を使った子どもの居場所', 800000, 400000, [36, 34, 35, 35, 35]],
    ['R6-06', 'みらい防災ネットワーク', '地区防災マップの作成', 260000, 130000, [35, 33, 35, 34, 35]],
    ['R6-07', 'NPO法人ひだまり', '子育て世帯の交流サロン', 400000, 200000, [34, 33, null, 34, 33]],
    ['R6-08', 'みらい文化財保存会', '郷土芸能の記録映像づくり', 360000, 180000, [34, 32, 33, 33, 33]],
    ['R6-09', '南台ボランティアの会', '公園の花壇づくり', 240000, 120000, [33, 33, 34, 32, 33]],
    ['R6-10', '若者まちづくり塾', '高校生のまちづくり提案会', 200000, 100000, [32, 31, 32, 31, 32]],
    ['R6-11', 'みらい手話サークル', '手話講座の開催', 160000, 80000, [30, 29, 30, 30, 30]],
    ['R6-12', '健康ウォーキングの会', 'ウォーキングマップの作成', 120000, 60000, [27, 26, 27, 26, 26]],
  ];
  const rows: Cell[][] = [];
  const first = 5;
  proposals.forEach(([id, applicant, project, expense, request, totals], p) => {
    totals.forEach((total, k) => {
      const r = first + rows.length;
      if (total === null) {
        rows.push([
          id,
          applicant,
          project,
          expense,
          request,
          reviewers[k] as string,
          null,
          null,
          null,
          null,
          null,
          null,
          '○',
          '同団体の役員のため審査に加わらない',
        ]);
        return;
      }
      // Five criteria of 1–10 summing to the total: an even share, the remainder spread from a
      // criterion that changes with the reviewer and the proposal, as real cards vary.
      const points = [0, 1, 2, 3, 4].map(() => Math.floor(total / 5));
      for (let i = 0; i < total % 5; i++) points[(p + k + i) % 5]! += 1;
      if (k % 2 === 1 && points[0]! < 10 && points[4]! > 1) {
        points[0]! += 1;
        points[4]! -= 1;
      }
      rows.push([
        id,
        applicant,
        project,
        expense,
        request,
        reviewers[k] as string,
        ...points,
        { formula: `SUM(G${r}:K${r})`, result: total },
        null,
        null,
      ]);
    });
  });
  return {
    name: '審査集計',
    title: '令和6年度 みらい市市民提案型まちづくり補助金 審査集計表',
    subtitle: '審査会 令和6年6月15日（委員5人、各項目10点・1人50点満点）',
    headers: [
      '受付番号',
      '申請団体',
      '事業名',
      '補助対象経費（円）',
      '申請額（円）',
      '審査員',
      '公益性',
      '実現性',
      '発展性',
      '自立性',
      '費用の妥当性',
      '合計',
      '利害関係',
      '備考',
    ],
    rows,
    numberColumns: [4, 5],
    notes: { M37: '委員Cは NPO法人ひだまり の理事（審査要領 第6条）' },
    widths: [10, 22, 34, 14, 12, 8, 7, 7, 7, 7, 9, 7, 9, 30],
  };
}

await writeBook('mirai-review.xlsx', [reviewSheet()]);

await writeBook('ichinoseki.xlsx', [
  ichinosekiProjects,
  ichinosekiSubsidies,
  ichinosekiEvaluations,
  ichinosekiIndicators,
  ichinosekiPlan,
]);
await writeBook('toride.xlsx', [torideProjects, torideEvaluations, torideSubsidies]);
await writeBook('plan-004.xlsx', [plan004Projects, plan004Evaluations]);
writeSjisCsv();
