/**
 * The kinds of sheet kyodo reads (docs/sheets.md): the project register, the subsidy ledger,
 * evaluation sheets, a regional body's plan (地域づくり計画書), rolling indicators, and the review
 * sheet a selection panel's scores are kept on (審査集計表, RULES X3).
 */
export const SHEET_KINDS = [
  'projects',
  'subsidies',
  'evaluations',
  'regional-plan',
  'indicators',
  'reviews',
] as const;

/** One of the kinds of sheet of docs/sheets.md. */
export type SheetKind = (typeof SHEET_KINDS)[number];

/**
 * Header texts per sheet kind and field: kyodo's examples (docs/rules.md "Header aliases"). A profile
 * may add or replace aliases; matching tolerates width, spaces, brackets and units. The
 * columns of an evaluation sheet for the framework's items come from the framework itself.
 */
export const DEFAULT_HEADERS: Readonly<Record<SheetKind, Readonly<Record<string, readonly string[]>>>> = {
  projects: {
    name: ['事業名', '協働事業名'],
    department: ['担当課', '所管課', '担当部署'],
    partner: ['協働相手', '協働先', '相手方', '団体名'],
    partnerType: ['主体区分', '相手方区分', '団体種別'],
    form: ['協働の形態', '協働形態', '事業形態'],
    organiser: ['主催', '主催者'],
    fiscalYear: ['年度'],
    start: ['開始日'],
    end: ['終了日'],
    period: ['実施期間'],
    budget: ['予算額', '事業費', '計画額'],
    actual: ['決算額', '実績額'],
    cityShare: ['市負担額', '市負担'],
  },
  subsidies: {
    recipient: ['団体名', '交付先', '申請者'],
    program: ['補助事業', '事業区分', '補助金名'],
    fiscalYear: ['年度'],
    eligibleExpense: ['補助対象経費', '対象経費'],
    ineligibleExpense: ['対象外経費'],
    requested: ['申請額', '交付申請額'],
    granted: ['交付決定額', '決定額', '交付額'],
    advance: ['前金払額', '概算払額'],
    actualExpense: ['実績額', '実績対象経費'],
    // 精算額: 002_5a3cd8c23b61ef14.txt 8-1-4 事業1 「単年度精算」 — the amount the settlement gives.
    settled: ['確定額', '交付確定額', '精算額'],
    refund: ['返還額'],
    income: ['事業収入', '収入額'],
    founded: ['設立日', '発足日'],
  },
  evaluations: {
    project: ['事業名'],
    evaluator: ['評価者', '評価主体', '区分'],
    comment: ['所見', 'コメント', '意見'],
  },
  'regional-plan': {
    item: ['実施項目'],
    project: ['実施事業'],
    implementer: ['実施主体'],
  },
  indicators: {
    item: ['取組項目'],
    fiscalYear: ['年度'],
    target: ['目標'],
    actual: ['実績'],
  },
  // The review sheet (審査集計表, RULES X3): one row per reviewer and application, or one column
  // per reviewer. The criteria's columns come from the profile's review framework.
  reviews: {
    application: ['受付番号', '申請番号', '整理番号'],
    applicant: ['申請団体', '申請団体名', '団体名（申請者）', '提案団体'],
    name: ['事業名', '提案事業名', '申請事業名'],
    requested: ['申請額', '補助申請額', '交付申請額'],
    eligibleExpense: ['補助対象経費', '対象経費'],
    fiscalYear: ['年度'],
    reviewer: ['審査員', '審査委員', '委員', '委員名', '審査員名'],
    total: ['合計', '合計点', '評価点合計'],
    mean: ['平均', '平均点'],
    conflict: ['利害関係', '利害関係の有無', '除斥'],
    comment: ['講評', 'コメント', '所見'],
  },
};

/**
 * Texts that mean "no value" in a cell, declared per profile (docs/sheets.md "How a sheet is
 * read"): reported as missing, never read as zero.
 */
export const DEFAULT_MISSING_MARKERS: readonly string[] = ['空欄', '－', 'ー', '未定', '該当なし', '-'];
