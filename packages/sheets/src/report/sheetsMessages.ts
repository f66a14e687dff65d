import { cite, defineMessages } from '@kyodo/core';

const SHEETS = cite('kyodo', 'docs/cli.md「kyodo validate」', undefined, 'how workbooks are read');
const PROJECTS = cite('kyodo', 'docs/cli.md「kyodo validate」 協働事業一覧');
const SUBSIDIES = cite('kyodo', 'docs/cli.md「kyodo validate」 補助金交付一覧');
const EVALUATIONS = cite('kyodo', 'docs/cli.md「kyodo validate」 評価シート');
const COMMON = cite('kyodo', 'docs/rules.md「計画が定めていないこと」', 'S-common');
const REVIEWS = cite(
  '003_77c600037372601a.txt',
  '第4章(1)⑦',
  'X3',
  'the review sheet of a citizen-proposal call (市民提案型の一般公募補助金); how it is read: docs/cli.md',
);

type Field = { field: string; label: string };
let grouping: Intl.NumberFormat | undefined;

/** 1,234,567: an amount grouped by thousands (the formatter is made on first use, not at import). */
function grouped(n: number): string {
  grouping ??= new Intl.NumberFormat('en-US');
  return grouping.format(n);
}

const yen = (n: number) => `${grouped(n)}円`;
const yenEn = (n: number) => `¥${grouped(n)}`;

/**
 * The catalogue of issue codes @kyodo/sheets itself raises (docs/sheets.md "The report"):
 * each code with its severity, a Japanese and an English message rendered from structured
 * parameters, and the rule and source it comes from. Problems from core (calendar.*, money.*,
 * forms.*, subsidy.*, evaluation.*) keep their own codes and catalogues; docs/issue-codes.md
 * lists both.
 *
 * @example
 * sheetsMessages.problem('sheets.cell-error', { code: '#REF!' }).message.ja
 * //=> 'セルがエラー値「#REF!」です(参照先や数式を確認してください)'
 */
export const sheetsMessages = defineMessages({
  // ---- cells
  'sheets.cell-error': {
    summaryJa: 'セルが #REF!・#N/A・#VALUE! などのエラー値です',
    action: {
      ja: 'セルの数式と参照先を確かめ、値が出るように直してください',
      en: 'Fix the formula or the cells it refers to so that the cell shows a value',
    },
    severity: 'error',
    summary: 'The cell holds a spreadsheet error value (#REF!, #N/A, #VALUE!…)',
    source: SHEETS,
    ja: (p: { code: string }) => `セルがエラー値「${p.code}」です(参照先や数式を確認してください)`,
    en: (p: { code: string }) =>
      `The cell holds the error value ${p.code} (check the formula or its references)`,
  },
  'sheets.unexpected-type': {
    summaryJa: '列が受け付けない種類の値です（名前の列に日付、金額の列に TRUE など）',
    action: {
      ja: 'その列に合う値（金額・日付・文字）を入力し直してください。列の対応がずれていないかも確かめてください',
      en: 'Enter a value of the kind the column takes (an amount, a date, a text), and check the column is mapped to the right field',
    },
    severity: 'error',
    summary:
      'The cell holds a kind of value the column cannot take (a date in a name column, TRUE in an amount)',
    source: SHEETS,
    ja: (p: { seen: string; expected: string }) =>
      `${typeJa(p.seen)}が入っていますが、${p.expected}を入力してください`,
    en: (p: { seen: string; expected: string }) => `Found ${typeEn(p.seen)}; expected ${p.expected}`,
  },
  'sheets.required-empty': {
    summaryJa: '必須の値が空欄か、「未定」などの値なしの表記だけです',
    action: {
      ja: '値を入力してください。まだ決まっていない行は、決まってから検証してください',
      en: 'Enter the value; check rows that are still undecided once they are decided',
    },
    severity: 'error',
    summary: 'A required value is empty (or only a missing-value marker such as 未定)',
    source: SHEETS,
    ja: (p: Field & { marker: string | null }) =>
      p.marker === null
        ? `必須の「${p.label}」が空欄です`
        : `必須の「${p.label}」が「${p.marker}」で、値がありません`,
    en: (p: Field & { marker: string | null }) =>
      p.marker === null
        ? `Required ${p.field} (${p.label}) is empty`
        : `Required ${p.field} (${p.label}) says "${p.marker}" instead of a value`,
  },
  'sheets.marker-not-value': {
    summaryJa: '任意の金額が「未定」などの表記で、その金額を使う確認をしていません',
    action: {
      ja: '金額が決まったら入力し、もう一度検証してください',
      en: 'Enter the amount once it is known and validate again',
    },
    severity: 'warning',
    summary:
      'An optional amount says 未定 (or another missing-value marker) instead of a value: the checks that need it are not made',
    source: SHEETS,
    ja: (p: Field & { marker: string; checks: string }) =>
      `「${p.label}」が「${p.marker}」で、金額として読めません。この行の${p.checks}を確かめていません`,
    en: (p: Field & { marker: string; checksEn: string }) =>
      `${p.field} (${p.label}) says "${p.marker}", not an amount: this row's ${p.checksEn} is not checked`,
  },
  'sheets.not-a-number': {
    summaryJa: '数値が要るところ（指標の目標・実績など）に数値でない値があります',
    action: {
      ja: '数値だけを入力してください（単位は見出しに書きます）',
      en: 'Enter a number only (put the unit in the header)',
    },
    severity: 'error',
    summary: 'A number was expected (a target or a result of an indicator)',
    source: SHEETS,
    ja: (p: Field & { text: string }) => `「${p.label}」の「${p.text}」を数値として読めません`,
    en: (p: Field & { text: string }) => `${p.field} (${p.label}): "${p.text}" is not a number`,
  },
  // ---- headers and mapping
  'sheets.kind-unknown': {
    summaryJa: 'シートの種類を見分けられませんでした（見出しがプロファイルの列名と一致しない）',
    action: {
      ja: '検証するシートなら、見出しをプロファイルの列名に合わせるか、列の対応を手で指定してください（--map、サイドバーの「列の対応」）。メモなどのシートならそのままで構いません',
      en: 'If the sheet is to be checked, rename its headers to the profile’s names or map its columns by hand (--map, the sidebar’s column mapping); a notes sheet can stay as it is',
    },
    severity: 'info',
    summary: 'The sheet is none of the kinds kyodo reads (no header row matched the profile’s header names)',
    source: SHEETS,
    ja: () =>
      'このシートは協働事業一覧・補助金交付一覧・評価シート・地域づくり計画書・実施年次指標・審査集計表のいずれとも判定できませんでした(手動で対応付けできます)',
    en: () =>
      'The sheet was not recognised as a project register, subsidy ledger, evaluation sheet, regional plan, indicator sheet or review sheet (map it by hand)',
  },
  'sheets.nothing-checked': {
    summaryJa: 'どのシートのどの列も見出しと一致せず、何も検証できていません（合格ではありません）',
    action: {
      ja: 'プロファイルが合っているか、区切り文字や文字コードの違うファイルでないかを確かめ、列を手で対応付けてください',
      en: 'Check the profile is the right one and the file is not separated or encoded differently, then map the columns by hand',
    },
    severity: 'error',
    summary:
      'No column of any sheet of the workbook matched the profile’s header names: nothing was checked, so the report is no pass',
    source: SHEETS,
    ja: (p: { separator: string }) =>
      `このブックのどのシートでも、見出しがプロファイルの列名と一致せず、何も検証できませんでした(エラーなしではありません)。${
        p.separator === ''
          ? ''
          : `1つのセルに${p.separator === 'tab' ? 'タブ' : `「${p.separator}」`}で区切られた見出しが並んでいます。区切り文字の違うファイルではありませんか。`
      }列は手動で対応付けできます`,
    en: (p: { separator: string }) =>
      `No column of any sheet of this workbook matched the profile’s header names, so nothing was checked (this is not a pass).${
        p.separator === ''
          ? ''
          : ` One cell holds headers separated by ${p.separator === 'tab' ? 'tabs' : `"${p.separator}"`}: is the file separated by another character?`
      } Columns can be mapped by hand`,
  },
  'sheets.header-not-found': {
    summaryJa: '指定した種類の見出し行が先頭の行に見つかりません',
    action: {
      ja: '見出し行の位置を指定するか（--map シート:header=行）、見出しをプロファイルの列名に合わせてください',
      en: 'Give the header row (--map SHEET:header=ROW) or rename the headers to the profile’s names',
    },
    severity: 'error',
    summary: 'No header row for the sheet’s (handed) kind was found in the first rows',
    source: SHEETS,
    ja: (p: { kind: string; rows: number }) => `先頭${p.rows}行に「${p.kind}」の見出し行が見つかりません`,
    en: (p: { kind: string; rows: number }) => `No header row for ${p.kind} in the first ${p.rows} rows`,
  },
  'sheets.column-missing': {
    summaryJa: '種類に要る列がシートになく、その列を使う確認をしていません',
    action: {
      ja: '列を加えるか、別の名前の列を手で対応付けてください',
      en: 'Add the column, or map a column of another name to it by hand',
    },
    severity: 'warning',
    summary: 'A column the kind needs is not in the sheet: the checks that need it are not made (said once)',
    source: SHEETS,
    ja: (p: Field & { checks: string }) =>
      `「${p.label}」の列がありません${p.checks === '' ? '' : `。次の確認ができません: ${p.checks}`}`,
    en: (p: Field & { checks: string }) =>
      `No column for ${p.field} (${p.label})${p.checks === '' ? '' : `; not checked: ${p.checks}`}`,
  },
  'sheets.header-ambiguous': {
    summaryJa: '2つの列が同じ項目に当たり、左の列を使いました',
    action: {
      ja: '使う列を手で対応付けるか、どちらかの見出しを変えてください',
      en: 'Map the column to use by hand, or rename one of the headers',
    },
    severity: 'warning',
    summary: 'Two columns match one field; the first is used',
    source: SHEETS,
    ja: (p: Field & { used: string; header: string }) =>
      `見出し「${p.header}」も「${p.label}」に当たります。${p.used}列を使い、この列は使いません(手動で対応付けできます)`,
    en: (p: Field & { used: string; header: string }) =>
      `Header "${p.header}" also matches ${p.field}; column ${p.used} is used and this one is not (map it by hand)`,
  },
  'sheets.mapping-invalid': {
    summaryJa: '手で指定した対応が、種類にない項目かシートにない列を指しています',
    action: {
      ja: '項目名（docs/rules.md「見出しの別名」）と列の文字を確かめて指定し直してください',
      en: 'Correct the field name (docs/rules.md “Header aliases”) or the column letter',
    },
    severity: 'error',
    summary:
      'A hand mapping names a field the kind does not have, or a column that is not a column letter of the sheet',
    source: SHEETS,
    ja: (p: { field: string; column: string }) =>
      `手動の対応付け「${p.field} → ${p.column}」は使えません(項目名か列記号が正しくないか、列がシートの範囲外です)`,
    en: (p: { field: string; column: string }) =>
      `Hand mapping "${p.field} → ${p.column}" cannot be used (unknown field, not a column letter, or outside the sheet)`,
  },
  'sheets.duplicate-row': {
    summaryJa: '同じ内容の行が2度あります（キーとなる項目が前の行と同じ）',
    action: {
      ja: '二重に入力した行なら消し、別の事業なら区別できるように名前や年度を直してください',
      en: 'Delete the row if it was entered twice; if it is another record, make its name or year tell it apart',
    },
    severity: 'warning',
    summary: 'The same record appears twice (same key fields as an earlier row)',
    source: SHEETS,
    ja: (p: { key: string; first: number }) =>
      `${p.first}行目と同じ内容(${p.key})の行です。重複していませんか`,
    en: (p: { key: string; first: number }) => `Same record as row ${p.first} (${p.key}): a duplicate?`,
  },
  // ---- projects
  'projects.end-before-start': {
    summaryJa: '事業の終了日が開始日より前です',
    action: {
      ja: '開始日と終了日を確かめ、入れ違いや年の誤りを直してください',
      en: 'Check the start and end dates: swap them or correct the year',
    },
    severity: 'error',
    summary: 'A project ends before it starts',
    source: PROJECTS,
    rule: 'C2',
    ja: (p: { start: string; end: string }) => `終了日 ${p.end} が開始日 ${p.start} より前です`,
    en: (p: { start: string; end: string }) => `The end ${p.end} is before the start ${p.start}`,
  },
  'projects.date-outside-fiscal-year': {
    summaryJa: '開始日か終了日が、その行の年度（4月1日～3月31日）の外です',
    action: {
      ja: '年度の欄か日付を確かめてください。年度をまたぐ事業なら、その旨を備考に残してください',
      en: 'Check the fiscal year or the date; for a project spanning years, note it on the row',
    },
    severity: 'warning',
    summary: 'A start or end date falls outside the fiscal year given on the row',
    source: PROJECTS,
    rule: 'C1',
    ja: (p: { date: string; fiscalYear: string; from: string; to: string }) =>
      `${p.date} は ${p.fiscalYear}(${p.from}〜${p.to})の外です`,
    en: (p: { date: string; fiscalYear: string; from: string; to: string }) =>
      `${p.date} is outside fiscal year ${p.fiscalYear} (${p.from} to ${p.to})`,
  },
  'projects.city-share-above-cost': {
    summaryJa: '市の負担額が事業費より大きくなっています',
    action: {
      ja: '市負担額と事業費（単位の千円・円も）を確かめて直してください',
      en: 'Check the city’s share and the cost (and their units, 千円 or 円) and correct them',
    },
    severity: 'error',
    summary: 'The city’s share is larger than the project’s cost',
    source: PROJECTS,
    ja: (p: { share: number; cost: number; costLabel: string }) =>
      `市負担額 ${yen(p.share)} が${p.costLabel} ${yen(p.cost)} を超えています`,
    en: (p: { share: number; cost: number; costLabel: string }) =>
      `The city's share ${yenEn(p.share)} is above the cost (${p.costLabel}) ${yenEn(p.cost)}`,
  },
  // ---- subsidies
  'subsidies.above-allowed': {
    summaryJa: '申請額か交付額が、補助事業の計算式で認められる額を超えています',
    action: {
      ja: 'kyodo subsidy で計算の根拠を確かめ、補助率・限度額に合わせて額を直してください',
      en: 'See the computation with kyodo subsidy and correct the amount to the rate and limit',
    },
    severity: 'error',
    summary: 'A requested or granted amount is above what the program’s formula allows',
    source: SUBSIDIES,
    ja: (p: Field & { amount: number; allowed: number; explanation: string }) =>
      `${p.label} ${yen(p.amount)} が算定額 ${yen(p.allowed)} を超えています(${p.explanation})`,
    en: (p: Field & { amount: number; allowed: number; explanation: string }) =>
      `${p.field} ${yenEn(p.amount)} is above the ${yenEn(p.allowed)} the formula allows (${p.explanation})`,
  },
  'subsidies.settled-mismatch': {
    summaryJa: '精算額が、実際の補助対象経費に計算式を当てた額と違います',
    action: {
      ja: '実績の補助対象経費と精算額を確かめ、計算し直してください',
      en: 'Check the actual eligible expense and the settled amount, and compute it again',
    },
    severity: 'error',
    summary: 'The settled amount differs from the formula applied to the actual eligible expense (S-common)',
    source: COMMON,
    rule: 'S-common',
    ja: (p: { amount: number; expected: number; explanation: string }) =>
      `確定額 ${yen(p.amount)} が実績に基づく算定額 ${yen(p.expected)} と一致しません(${p.explanation})`,
    en: (p: { amount: number; expected: number; explanation: string }) =>
      `Settled ${yenEn(p.amount)} differs from ${yenEn(p.expected)} computed on the actual expense (${p.explanation})`,
  },
  'subsidies.refund-mismatch': {
    summaryJa: '返還額が「概算払額 − 精算額」になっていません',
    action: {
      ja: '概算払額・精算額・返還額を確かめて直してください',
      en: 'Check the advance, the settled amount and the refund, and correct them',
    },
    severity: 'error',
    summary: 'The refund is not the advance minus the settled amount (S-common)',
    source: COMMON,
    rule: 'S-common',
    // An advance at or below the settled amount leaves nothing to return (the rest is paid).
    ja: (p: { amount: number; expected: number; advance: number; settled: number }) =>
      p.advance > p.settled
        ? `返還額 ${yen(p.amount)} は 前金払額 ${yen(p.advance)} − 確定額 ${yen(p.settled)} = ${yen(p.expected)} のはずです`
        : `返還額 ${yen(p.amount)} は ${yen(p.expected)} のはずです（前金払額 ${yen(p.advance)} が確定額 ${yen(p.settled)} 以下のため返還はありません）`,
    en: (p: { amount: number; expected: number; advance: number; settled: number }) =>
      p.advance > p.settled
        ? `Refund ${yenEn(p.amount)} should be advance ${yenEn(p.advance)} − settled ${yenEn(p.settled)} = ${yenEn(p.expected)}`
        : `Refund ${yenEn(p.amount)} should be ${yenEn(p.expected)} (the advance ${yenEn(p.advance)} is not above the settled ${yenEn(p.settled)}: nothing to return)`,
  },
  'subsidies.refund-unchecked': {
    summaryJa: '返還額があるのに概算払額がなく、返還額を確かめていません',
    action: {
      ja: '概算払額（前払した額）を同じ行に入力してください',
      en: 'Enter the advance paid on the same row',
    },
    severity: 'warning',
    summary:
      'A refund is written but no advance beside it: what was paid is not known, so the refund is not checked (S-common)',
    source: COMMON,
    rule: 'S-common',
    ja: (p: { amount: number; advanceLabel: string }) =>
      `返還額 ${yen(p.amount)} が記入されていますが「${p.advanceLabel}」が空欄のため、支払済みの額が分からず返還額を検算していません（0円とはみなしません）`,
    en: (p: { amount: number; advanceLabel: string }) =>
      `A refund of ${yenEn(p.amount)} is written but the advance is blank: what was paid is not known, so the refund is not checked (not taken as 0)`,
  },
  // ---- evaluations
  'evaluations.item-column-missing': {
    summaryJa: '評価の枠組みの項目に当たる列がシートにありません',
    action: {
      ja: '項目の列を加えるか、別の名前の列を手で対応付けてください',
      en: 'Add a column for the item, or map a column of another name to it by hand',
    },
    severity: 'warning',
    summary: 'An item of the framework has no column in the sheet (said once for the sheet)',
    source: EVALUATIONS,
    rule: 'E7',
    ja: (p: { item: string; framework: string }) => `評価項目「${p.item}」(${p.framework})の列がありません`,
    en: (p: { item: string; framework: string }) => `No column for item "${p.item}" of ${p.framework}`,
  },
  'evaluations.unmapped-level-column': {
    summaryJa: 'どの項目にも当たらない列に評価の段階が入っていて、平均に入れていません',
    action: {
      ja: '示された項目の列として見出しを直すか、手で対応付けてください',
      en: 'Rename the header to the item named, or map the column by hand',
    },
    severity: 'warning',
    summary:
      'A column no item matched holds levels of the scale: left out of the means; the item it most likely is named',
    source: EVALUATIONS,
    rule: 'E7',
    ja: (p: { column: string; header: string; item: string }) =>
      `${p.column}列「${p.header}」には評価の段階が入っていますが、どの評価項目の列とも読めないため平均に入れていません。${
        p.item === '' ? '評価項目の列なら' : `評価項目「${p.item}」の列なら`
      }手動で対応付けてください`,
    en: (p: { column: string; header: string; itemEn: string }) =>
      `Column ${p.column} "${p.header}" holds levels of the scale but matches no item, so it is left out of the means; ${
        p.itemEn === ''
          ? 'if it is an item, map it by hand'
          : `if it is the item "${p.itemEn}", map it by hand`
      }`,
  },
  'indicators.rolling-not-set': {
    summaryJa: 'プロファイルの計画が指標の向こう何年度分を定めておらず、今後の年度の目標を確かめていません',
    action: {
      ja: '計画で年数を定めているなら、プロファイルにその値を加えてください（docs/profiles.md）',
      en: 'If your plan sets how many years ahead, add it to the profile (docs/profiles.md)',
    },
    severity: 'info',
    summary:
      'The profile’s plans set no rolling years for indicators (E8): targets for coming years are not checked (said once)',
    source: cite('kyodo', 'docs/rules.md「計画が定めていないこと」', 'E8'),
    rule: 'E8',
    ja: (p: { profile: string }) =>
      `${p.profile}の計画は実施年次指標を何か年度先まで定めるかを定めていないため、今後の年度の目標の有無は確かめていません（プロファイルの rollingIndicators で定められます）`,
    en: (p: { profileEn: string }) =>
      `The plans of ${p.profileEn} do not say how many fiscal years ahead indicators are set, so targets for coming years are not checked (a profile sets rollingIndicators)`,
  },
  'evaluations.framework-missing': {
    summaryJa: 'プロファイルに評価の枠組みがなく、評価シートを読めません',
    action: {
      ja: '評価の枠組みのあるプロファイルを選ぶか、プロファイルに加えてください（docs/profiles.md）',
      en: 'Choose a profile with an evaluation framework, or add one to the profile (docs/profiles.md)',
    },
    severity: 'error',
    summary: 'The profile has no evaluation framework to read the sheet against',
    source: EVALUATIONS,
    ja: (p: { profile: string }) => `プロファイル「${p.profile}」に評価の枠組みがありません`,
    en: (p: { profile: string }) => `Profile ${p.profile} has no evaluation framework`,
  },
  // ---- reviews (審査集計表, RULES X3)
  'reviews.framework-missing': {
    summaryJa: 'プロファイルに審査の基準がなく、審査集計表を読めません',
    action: {
      ja: '審査の基準のあるプロファイル（toride など）を選ぶか、プロファイルに加えてください',
      en: 'Choose a profile with a review framework (toride), or add one to the profile',
    },
    severity: 'error',
    summary: 'The profile has no review framework to read the review sheet against',
    source: REVIEWS,
    rule: 'X3',
    ja: (p: { profile: string }) =>
      `プロファイル「${p.profile}」に審査の基準（review.frameworks）がありません。審査項目・尺度・採択基準を定めてください`,
    en: (p: { profile: string }) =>
      `Profile ${p.profile} has no review framework (review.frameworks): give its criteria, scale and threshold`,
  },
  'reviews.reviewers-missing': {
    summaryJa: '審査集計表に「審査員」の列も、委員ごとの列（委員A、委員B…）もありません',
    action: {
      ja: '審査員の列を加えるか、委員ごとの列の見出しを「委員A」のように直してください',
      en: 'Add a 審査員 column, or head one column per reviewer (委員A, 委員B …)',
    },
    severity: 'error',
    summary: 'A review sheet with neither a 審査員 column nor one column per reviewer (委員A, 委員B …)',
    source: REVIEWS,
    rule: 'X3',
    ja: () =>
      '審査員が分かりません。「審査員」の列（1行に審査員1人と申請1件）か、審査員ごとの列（委員A、委員B …）が必要です',
    en: () =>
      'No reviewers found: the sheet needs a 審査員 column (one row per reviewer and application) or one column per reviewer (委員A, 委員B …)',
  },
  'reviews.criterion-column-missing': {
    summaryJa: '審査の基準の項目に当たる列がなく、その行を採点できません',
    action: {
      ja: '項目の列を加えるか、見出しを審査の基準の項目名に合わせてください',
      en: 'Add the criterion’s column, or rename the header to the criterion',
    },
    severity: 'error',
    summary:
      'A criterion of the framework has no column (said once for the sheet; its rows cannot be scored)',
    source: REVIEWS,
    rule: 'X3',
    ja: (p: { criterion: string; framework: string }) =>
      `審査項目「${p.criterion}」（${p.framework}）の列がありません。この列がないと採点できません`,
    en: (p: { criterion: string; framework: string }) =>
      `No column for criterion "${p.criterion}" of ${p.framework}: the rows cannot be scored without it`,
  },
  'reviews.conflict-unreadable': {
    summaryJa: '利害関係の欄が、印（○・有・あり）でも無し（無・なし）でも審査員名でもありません',
    action: {
      ja: '○ か 無、または利害関係のある審査員の名前を入力してください',
      en: 'Enter ○ or 無, or the name of the reviewer with the conflict',
    },
    severity: 'error',
    summary:
      'A 利害関係 cell that is neither a mark (○, 有, あり) nor its absence (無, なし), nor a reviewer’s name',
    source: REVIEWS,
    rule: 'X3',
    ja: (p: { text: string }) =>
      `利害関係「${p.text}」を読めません（ある: ○・有・あり、ない: 空欄・無・なし、または審査員の名前）`,
    en: (p: { text: string }) =>
      `Cannot read the conflict of interest "${p.text}" (○, 有 or あり for one; blank, 無 or なし for none; or a reviewer's name)`,
  },
  'reviews.request-differs': {
    summaryJa: '同じ申請の行で申請額が違います',
    action: {
      ja: '申請書を確かめ、すべての行を同じ申請額にそろえてください',
      en: 'Check the application and make every row show the same request',
    },
    severity: 'error',
    summary: 'One application with two different amounts requested on its rows',
    source: REVIEWS,
    rule: 'X3',
    ja: (p: { application: string; first: number; firstRow: number; seen: number }) =>
      `申請「${p.application}」の申請額 ${yen(p.seen)} が ${p.firstRow} 行目の ${yen(p.first)} と違います`,
    en: (p: { application: string; first: number; firstRow: number; seen: number }) =>
      `Application "${p.application}": ${yenEn(p.seen)} requested here, ${yenEn(p.first)} on row ${p.firstRow}`,
  },
  'reviews.sum-mismatch': {
    summaryJa: '合計か平均が、その行の審査員の点数と合いません',
    action: {
      ja: '点数と合計・平均を確かめ、数式で計算し直してください',
      en: 'Check the points and compute the total or mean again (with a formula)',
    },
    severity: 'error',
    summary: 'A 合計 or 平均 that disagrees with the reviewers’ points on its row',
    source: REVIEWS,
    rule: 'X3',
    ja: (p: { what: string; written: number; computed: number }) =>
      `${p.what} ${p.written} が、審査員の点数から計算した ${p.computed} と合いません`,
    en: (p: { what: string; written: number; computed: number }) =>
      `The ${p.what === '平均' ? 'mean' : 'total'} ${p.written} disagrees with the reviewers' points, which make ${p.computed}`,
  },
  'reviews.ranking-waits': {
    summaryJa: 'すべての申請を採点できるまで順位を出していません',
    action: { ja: '同じシートのエラーを先に直してください', en: 'Fix the sheet’s errors first' },
    severity: 'warning',
    summary: 'The ranking waits until every application can be scored',
    source: REVIEWS,
    rule: 'X3',
    ja: (p: { applications: string }) =>
      `採点できない申請（${p.applications}）があるため、順位と交付額は出していません。エラーを直すと順位を出します`,
    en: (p: { applications: string }) =>
      `Applications ${p.applications} cannot be scored: no ranking or awards until the errors are fixed`,
  },
  'reviews.no-budget': {
    summaryJa: '予算額がないので、交付額なしで順位だけを出しました',
    action: {
      ja: '交付額まで出すなら予算額を指定してください（--budget、サイドバーの予算額）',
      en: 'Give the budget (--budget, the sidebar’s budget) to have the awards too',
    },
    severity: 'info',
    summary: 'Ranked without awards: no budget was given',
    source: REVIEWS,
    rule: 'X3',
    ja: () =>
      '予算額が指定されていないため、順位だけを出し、交付額は計算していません（kyodo review --budget で指定します）',
    en: () => 'No budget was given: ranked, no awards computed (kyodo review --budget gives one)',
  },
  'reviews.fiscal-year-assumed': {
    summaryJa: 'シートに年度の列がなく、基準日の年度を申請の年度としました',
    action: {
      ja: '違う年度なら --fiscal-year か年度の列で指定してください',
      en: 'If the year is another one, give it with --fiscal-year or a 年度 column',
    },
    severity: 'info',
    summary: 'The fiscal year applied for, taken from the day of the check (the sheet has no 年度 column)',
    source: REVIEWS,
    rule: 'X3',
    ja: (p: { fiscalYear: string }) =>
      `年度の列がないため、補助金額は基準日の年度（${p.fiscalYear}）で計算しました`,
    en: (p: { fiscalYear: string }) =>
      `No 年度 column: the subsidy amounts are computed for the fiscal year of the day of the check (${p.fiscalYear})`,
  },
});

function typeJa(t: string): string {
  return (
    ({ number: '数値', boolean: 'TRUE/FALSE', date: '日付', text: '文字列' } as Record<string, string>)[t] ??
    t
  );
}
function typeEn(t: string): string {
  return (
    ({ number: 'a number', boolean: 'TRUE/FALSE', date: 'a date', text: 'text' } as Record<string, string>)[
      t
    ] ?? t
  );
}
