import { AddonError } from '../errors/AddonError.js';
import { describeError } from '../errors/describeError.js';
import { type Lang, userLang } from '../i18n/lang.js';
import { t } from '../i18n/strings.js';
import { savedProfile } from '../store/documentStore.js';
import { DEFAULT_PROFILE, profileById } from '../validate/profileById.js';
import { clearAll, runValidation } from '../validate/runValidation.js';

/**
 * An error as a sentence in the user's language (AddonError from the catalogue). An unexpected
 * error is also logged with its stack (Apps Script's console goes to the execution log), for
 * whoever maintains the add-on; the user sees only the sentence.
 */
export function sentenceOf(error: unknown, lang: Lang): string {
  if (error instanceof AddonError) return t(lang, error.key, error.params);
  if (typeof console !== 'undefined') console.error(error);
  return describeError(error, lang);
}

/** Menu サイドバーを開く: the sidebar (Sidebar.html, 300 px wide). */
export function showSidebar(): void {
  const lang = userLang();
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(t(lang, 'sidebarTitle'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu 検証する: validates the whole workbook with the document's profile and says the totals. */
export function menuValidate(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  try {
    const profile = profileById(savedProfile() ?? DEFAULT_PROFILE);
    const { report, resultsSheet } = runValidation('workbook', profile, lang);
    ui.alert(t(lang, 'validated', { ...report.totals, sheet: resultsSheet }));
  } catch (error) {
    ui.alert(sentenceOf(error, lang));
  }
}

/** Menu 検証表示をクリア: removes the marks and the results sheet, restoring every cell. */
export function menuClear(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  try {
    const restored = clearAll();
    SpreadsheetApp.getActiveSpreadsheet().toast(
      restored > 0 ? t(lang, 'cleared', { cells: restored }) : t(lang, 'nothingToClear'),
      t(lang, 'menuTitle'),
    );
  } catch (error) {
    ui.alert(sentenceOf(error, lang));
  }
}
