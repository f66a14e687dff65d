import { builtinProfiles, getProfile, parseYen } from '@kyodo/core';
import { columnIndex, type HandMappings, KIND_LABELS } from '@kyodo/sheets';
import { AddonError } from '../errors/AddonError.js';
import { type Lang, userLang } from '../i18n/lang.js';
import { t } from '../i18n/strings.js';
import { withDocumentLock } from '../lock/withDocumentLock.js';
import { sentenceOf } from '../menu/menuActions.js';
import {
  deleteDocumentProfile,
  documentProfile,
  parseProfileText,
  saveDocumentProfileText,
} from '../store/documentProfile.js';
import {
  deleteSheetMapping,
  type SheetMapping,
  saveBudget,
  savedBudget,
  savedMappings,
  savedProfile,
  saveProfile,
  saveSheetMapping,
} from '../store/documentStore.js';
import { DEFAULT_PROFILE, problemsText, profileById } from '../validate/profileById.js';
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
  /** The budget last given for review sheets, as typed ('' when none). */
  readonly budget: string;
}

/** The built-in profiles, then the document's own when it loads, in the user's language. */
function profileChoices(lang: Lang): ProfileChoice[] {
  const choices = builtinProfiles.map((p) => ({ id: p.id, name: p.name[lang] }));
  const own = documentProfile(SpreadsheetApp.getActiveSpreadsheet());
  if (own?.ok)
    choices.push({ id: own.value.id, name: t(lang, 'documentProfile', { name: own.value.name[lang] }) });
  return choices;
}

/** Sidebar handler: the profiles to choose from, in the user's language. Plain JSON. */
export function listProfiles(): readonly ProfileChoice[] | Failure {
  return guard(profileChoices);
}

/**
 * Sidebar handler: keep a municipality's own profile (JSON text) with the document, in the
 * hidden sheet _kyodo_profile, after loading it with @kyodo/core loadProfile; it becomes the
 * document's profile. Its problems, if any, come back as one sentence with their paths.
 */
export function saveProfileJson(text: string): { ok: true; id: string; name: string } | Failure {
  return guard((lang) => {
    const loaded = parseProfileText(String(text ?? ''));
    if (!loaded.ok)
      return {
        ok: false as const,
        error: t(lang, 'profileInvalid', { detail: problemsText(loaded.problems, lang) }),
      };
    const profile = loaded.value;
    if (getProfile(profile.id).ok) throw new AddonError('profileIdTaken', { profile: profile.id });
    withDocumentLock(() => saveDocumentProfileText(SpreadsheetApp.getActiveSpreadsheet(), String(text)));
    saveProfile(profile.id);
    return {
      ok: true as const,
      id: profile.id,
      name: t(lang, 'documentProfile', { name: profile.name[lang] }),
    };
  });
}

/** Sidebar handler: forget the document's own profile (back to the default built-in one). */
export function removeProfileJson(): { ok: true } | Failure {
  return guard(() => {
    withDocumentLock(() => deleteDocumentProfile(SpreadsheetApp.getActiveSpreadsheet()));
    const saved = savedProfile();
    if (saved !== null && !getProfile(saved).ok) saveProfile(DEFAULT_PROFILE);
    return { ok: true as const };
  });
}

/** Sidebar handler: everything the sidebar shows before a run. Plain JSON. */
export function getSidebarInfo(): SidebarInfo | Failure {
  return guard((lang) => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return {
      ok: true as const,
      lang,
      profiles: profileChoices(lang),
      profile: savedProfile() ?? DEFAULT_PROFILE,
      activeSheet: ss.getActiveSheet().getName(),
      sheets: ss
        .getSheets()
        .filter((s) => !isOwnSheet(s))
        .map((s) => s.getName()),
      kinds: kindViews(lang),
      mappings: savedMappings(),
      budget: savedBudget() ?? '',
    };
  });
}

/**
 * Sidebar handler: validate the workbook or the active sheet with a profile (remembered with
 * the document), rewrite 検証結果 and mark the cells. A review sheet's applications are funded
 * from `budget` (RULES X3; remembered with the document; blank ranks without awards; an amount
 * that cannot be read is refused with a sentence). Returns the sidebar's view, plain JSON.
 */
export function validate(
  options: { scope?: string; profile?: string; budget?: string } = {},
): ValidationView | Failure {
  return guard((lang) => {
    const scope: Scope = options.scope === 'active' ? 'active' : 'workbook';
    const id = options.profile ?? savedProfile() ?? DEFAULT_PROFILE;
    const profile = profileById(id);
    const typed = String(options.budget ?? savedBudget() ?? '').trim();
    let budget: number | undefined;
    if (typed !== '') {
      const parsed = parseYen(typed, { path: ['budget'] });
      if (!parsed.ok)
        return {
          ok: false as const,
          error: t(lang, 'badBudget', { detail: problemsText(parsed.problems, lang) }),
        };
      budget = parsed.value;
    }
    if (id !== savedProfile()) saveProfile(id);
    if (options.budget !== undefined && typed !== (savedBudget() ?? '')) saveBudget(typed);
    const run = runValidation(scope, profile, lang, budget === undefined ? {} : { budget });
    return viewOf(run.report, run.reads, run.marked.length, lang, run.resultsSheet);
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
