import { builtinProfiles } from '@kyodo/core';
import { columnIndex, type HandMappings, KIND_LABELS } from '@kyodo/sheets';
import { AddonError } from '../errors/AddonError.js';
import { type Lang, userLang } from '../i18n/lang.js';
import { sentenceOf } from '../menu/menuActions.js';
import {
  deleteSheetMapping,
  type SheetMapping,
  savedMappings,
  savedProfile,
  saveProfile,
  saveSheetMapping,
} from '../store/documentStore.js';
import { DEFAULT_PROFILE, profileById } from '../validate/profileById.js';
import { clearAll, isOwnSheet, runValidation, type Scope } from '../validate/runValidation.js';
import { type ValidationView, viewOf } from '../validate/viewOf.js';
import { type KindView, kindViews } from './kinds.js';

/** A failed handler call: the reason as a sentence in the user's language. */
export interface Failure {
  readonly ok: false;
  readonly error: string;
}

function guard<T>(run: (lang: Lang) => T): T | Failure {
  const lang = userLang();
  try {
    return run(lang);
  } catch (error) {
    return { ok: false, error: sentenceOf(error, lang) };
  }
}

/** A profile to choose from. */
export interface ProfileChoice {
  readonly id: string;
  readonly name: string;
}

/** What the sidebar needs to start: language, profiles, sheets, kinds, saved mappings. */
export interface SidebarInfo {
  readonly ok: true;
  readonly lang: Lang;
  readonly profiles: readonly ProfileChoice[];
  readonly profile: string;
  readonly activeSheet: string;
  readonly sheets: readonly string[];
  readonly kinds: readonly KindView[];
  readonly mappings: HandMappings;
}

/** Sidebar handler: the built-in profiles, in the user's language. Plain JSON. */
export function listProfiles(): readonly ProfileChoice[] | Failure {
  return guard((lang) => builtinProfiles.map((p) => ({ id: p.id, name: p.name[lang] })));
}

/** Sidebar handler: everything the sidebar shows before a run. Plain JSON. */
export function getSidebarInfo(): SidebarInfo | Failure {
  return guard((lang) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return {
      ok: true as const,
      lang,
      profiles: builtinProfiles.map((p) => ({ id: p.id, name: p.name[lang] })),
      profile: savedProfile() ?? DEFAULT_PROFILE,
      activeSheet: ss.getActiveSheet().getName(),
      sheets: ss
        .getSheets()
        .map((s) => s.getName())
        .filter((n) => !isOwnSheet(n)),
      kinds: kindViews(lang),
      mappings: savedMappings(),
    };
  });
}

/**
 * Sidebar handler: validate the workbook or the active sheet with a profile (remembered with
 * the document), rewrite 検証結果 and mark the cells. Returns the sidebar's view, plain JSON.
 */
export function validate(options: { scope?: string; profile?: string } = {}): ValidationView | Failure {
  return guard((lang) => {
    const scope: Scope = options.scope === 'active' ? 'active' : 'workbook';
    const id = options.profile ?? savedProfile() ?? DEFAULT_PROFILE;
    const profile = profileById(id);
    if (id !== savedProfile()) saveProfile(id);
    const run = runValidation(scope, profile, lang);
    return viewOf(run.report, run.reads, run.marked.length, lang);
  });
}

/** Sidebar handler: jump to a cell (an issue's place) with setActiveRange. */
export function selectCell(sheetName: string, a1: string): { ok: true } | Failure {
  return guard(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName(String(sheetName));
    if (sheet === null) throw new AddonError('unknownSheet', { sheet: String(sheetName) });
    if (!/^[A-Z]{1,3}[1-9][0-9]{0,6}$/i.test(String(a1)))
      throw new AddonError('badCell', { cell: String(a1) });
    sheet.activate();
    ss.setActiveRange(sheet.getRange(String(a1)));
    return { ok: true as const };
  });
}

/**
 * Sidebar handler: remember a hand mapping for a sheet (its kind and field → column letter),
 * with the document (DocumentProperties). Blank letters are dropped; a bad letter or kind is
 * refused with a sentence.
 */
export function saveMapping(sheetName: string, mapping: SheetMapping): { ok: true } | Failure {
  return guard(() => {
    const fields: Record<string, string> = {};
    for (const [field, letter] of Object.entries(mapping?.fields ?? {})) {
      const text = String(letter ?? '')
        .trim()
        .toUpperCase();
      if (text === '') continue;
      if (columnIndex(text) === undefined) throw new AddonError('badColumn', { column: text });
      fields[field] = text;
    }
    const kind = mapping?.kind;
    if (kind !== undefined && !(kind in KIND_LABELS)) throw new AddonError('badKind', { kind: String(kind) });
    saveSheetMapping(String(sheetName), { ...(kind === undefined ? {} : { kind }), fields });
    return { ok: true as const };
  });
}

/** Sidebar handler: forget the hand mapping of a sheet. */
export function clearMapping(sheetName: string): { ok: true } | Failure {
  return guard(() => {
    deleteSheetMapping(String(sheetName));
    return { ok: true as const };
  });
}

/** Sidebar handler: remove the marks and the results sheet (as the menu's clear). */
export function clearMarks(): { ok: true; restored: number } | Failure {
  return guard(() => ({ ok: true as const, restored: clearAll() }));
}
