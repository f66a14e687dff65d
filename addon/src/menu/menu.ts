import { type Lang, userLang } from '../i18n/lang.js';
import { t } from '../i18n/strings.js';

/**
 * Builds the add-on menu 協働チェック with サイドバーを開く, 検証する, 検証表示をクリア
 * (createAddonMenu: Sheets titles it with the add-on's name). Works in AuthMode.NONE, before
 * the add-on is authorised in the document: it calls no service but the UI, and reads the
 * user's locale only when authorised (docs/addon.md "Apps Script facts").
 */
export function onOpen(e?: { authMode?: unknown }): void {
  const lang: Lang = e && String(e.authMode) === 'NONE' ? 'ja' : userLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(lang, 'openSidebar'), 'showSidebar')
    .addItem(t(lang, 'validate'), 'menuValidate')
    .addSeparator()
    .addItem(t(lang, 'clear'), 'menuClear')
    .addToUi();
}

/** On installation, build the menu in the open document (onInstall calls onOpen). */
export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}
