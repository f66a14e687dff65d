import type { Lang } from './lang.js';

/** Every text the add-on shows, Japanese first, English beside. */
export const strings = {
  menuTitle: { ja: '協働チェック', en: 'kyodo' },
  openSidebar: { ja: 'サイドバーを開く', en: 'Open the sidebar' },
  validateWorkbook: { ja: '検証する', en: 'Validate the workbook' },
  reviewPassed: { ja: '採択', en: 'pass' },
  reviewBelowThreshold: { ja: '不採択', en: 'below threshold' },
  validate: { ja: '検証する', en: 'Validate' },
  clear: { ja: '検証表示をクリア', en: 'Clear the marks' },
  sidebarTitle: { ja: '協働チェック', en: 'kyodo — cooperation check' },
  validated: {
    ja: '検証しました: エラー {errors} 件、注意 {warnings} 件、情報 {infos} 件。結果はシート「{sheet}」にあります。',
    en: 'Validated: {errors} errors, {warnings} warnings, {infos} notes. The results are on the sheet "{sheet}".',
  },
  cleared: {
    ja: '検証表示をクリアしました（{cells} セルを元に戻しました）。',
    en: 'The marks are cleared ({cells} cells restored).',
  },
  nothingToClear: { ja: 'クリアする検証表示はありません。', en: 'There are no marks to clear.' },
  noSheets: { ja: '検証するシートがありません。', en: 'There is no sheet to validate.' },
  ownSheet: {
    ja: 'シート「{sheet}」は協働チェックが作ったシートです。検証するシートを選んでください。',
    en: 'The sheet "{sheet}" is one kyodo made. Select a sheet to validate.',
  },
  unknownSheet: { ja: 'シート「{sheet}」が見つかりません。', en: 'There is no sheet "{sheet}".' },
  badCell: { ja: 'セル「{cell}」を読み取れません。', en: '"{cell}" is not a cell reference.' },
  badColumn: {
    ja: '「{column}」は列の記号（A、B、…）ではありません。',
    en: '"{column}" is not a column letter (A, B, …).',
  },
  badKind: { ja: '「{kind}」はシートの種類ではありません。', en: '"{kind}" is not a kind of sheet.' },
  busy: {
    ja: 'ほかの人か別のタブが検証中です。しばらく待ってからもう一度お試しください。',
    en: 'Someone else, or another tab, is validating. Wait a moment and try again.',
  },
  unknownProfile: {
    ja: 'プロファイル「{profile}」が見つかりません。',
    en: 'There is no profile "{profile}".',
  },
  unexpected: {
    ja: '予期しないエラーが起きました: {detail}',
    en: 'An unexpected error occurred: {detail}',
  },
  authorisation: {
    ja: 'Google アカウントの権限エラーです。複数の Google アカウントにログインしていると起きることがあります。ほかのアカウントからログアウトするか、シークレットウィンドウでこのスプレッドシートを使うアカウントだけでログインして開き直してください。',
    en: 'Google account authorisation failed. This happens when several Google accounts are signed in: sign out of the other accounts, or open this spreadsheet in a private window signed in with this account only.',
  },
  authorisationNeeded: {
    ja: '協働チェックの使用を許可する必要があります。メニュー「拡張機能」→「協働チェック」から操作をやり直し、表示される画面で許可してください。',
    en: 'kyodo needs your authorisation. Use the menu Extensions → kyodo again and allow it on the screen that appears.',
  },
  timeout: {
    ja: '処理が時間の上限（6分）を超えました。「作業中のシートのみ」で1枚ずつ検証してください。',
    en: 'The run exceeded the time limit (6 minutes). Validate one sheet at a time with "Active sheet only".',
  },
  protectedCells: {
    ja: '保護されたセルやシートがあるため、色やメモを付けられませんでした。保護を外すか、編集できるシートを「作業中のシートのみ」で検証してください。「検証表示をクリア」で途中までの表示を元に戻せます。',
    en: 'Some cells or sheets are protected, so the marks could not be written. Remove the protection, or validate a sheet you can edit with "Active sheet only". "Clear the marks" undoes what was written.',
  },
  cellTooBig: {
    ja: '引数「{name}」の範囲は1列にしてください。',
    en: 'The range for "{name}" must be one column.',
  },
  rowsDiffer: {
    ja: '範囲の行数がそろっていません（{a} 行と {b} 行）。',
    en: 'The ranges have different numbers of rows ({a} and {b}).',
  },
  missingArgument: { ja: '「{name}」がありません', en: '"{name}" is missing' },
  noFramework: {
    ja: 'プロファイル「{profile}」に評価の枠組み「{framework}」がありません',
    en: 'The profile "{profile}" has no evaluation framework "{framework}"',
  },
  notEligible: { ja: '対象外: {reason}', en: 'Not eligible: {reason}' },
  badBudget: { ja: '予算額を読めません: {detail}', en: 'The budget cannot be read: {detail}' },
  badShow: {
    ja: '「{show}」は返す値にできません（交付額、順位、得点、採否のどれか）',
    en: '"{show}" cannot be shown (one of 交付額 award, 順位 rank, 得点 score, 採否 pass)',
  },
  reviewNeedsExpense: {
    ja: 'この審査の基準は交付額を「{program}」で計算します。補助対象経費（expense）と年度（fiscalYear）を渡してください',
    en: 'This review framework computes awards with "{program}": give the eligible expense (expense) and the fiscal year (fiscalYear)',
  },
  rankingWaits: {
    ja: '採点できない行があるため、順位は出せません（その行の理由を見てください）',
    en: 'A row cannot be scored, so there is no ranking yet (see that row)',
  },
  profileInvalid: {
    ja: 'この文書のプロファイルに誤りがあります: {detail}',
    en: 'The profile kept with this document has problems: {detail}',
  },
  profileIdTaken: {
    ja: 'プロファイルID「{profile}」は組み込みのプロファイルと同じです。別のIDにしてください（"extends": "{profile}" で引き継げます）。',
    en: 'The profile ID "{profile}" is a built-in one. Choose another ID ("extends": "{profile}" builds on it).',
  },
  documentProfile: { ja: '{name}（この文書）', en: '{name} (this document)' },
} as const;

export type StringKey = keyof typeof strings;

/** A text in the user's language, with {name} placeholders filled. */
export function t(
  lang: Lang,
  key: StringKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return strings[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Both languages, Japanese first: '日本語 / English' (custom-function cells, logs). */
export function both(key: StringKey, params: Readonly<Record<string, string | number>> = {}): string {
  return `${t('ja', key, params)} / ${t('en', key, params)}`;
}
