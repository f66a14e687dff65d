import type { HandMappings } from '@kyodo/sheets';

/** Document property keys: small values only (9 KB per value, docs/addon.md "Apps Script facts"). */
const PROFILE_KEY = 'kyodo.profile';
const BUDGET_KEY = 'kyodo.reviewBudget';
const MAPPING_PREFIX = 'kyodo.mapping:';

/** The hand mapping of one sheet (packages/sheets HandMappings entry). */
export type SheetMapping = HandMappings[string];

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The profile chosen for this document, if any (remembered with the document). */
export function savedProfile(): string | null {
  return props().getProperty(PROFILE_KEY);
}

/** Remember the profile chosen for this document. */
export function saveProfile(id: string): void {
  props().setProperty(PROFILE_KEY, id);
}

/** The budget last given for review sheets (RULES X3), as typed ('1,000,000円'), if any. */
export function savedBudget(): string | null {
  return props().getProperty(BUDGET_KEY);
}

/** Remember the budget for review sheets with this document; blank forgets it. */
export function saveBudget(text: string): void {
  if (text.trim() === '') props().deleteProperty(BUDGET_KEY);
  else props().setProperty(BUDGET_KEY, text);
}

/**
 * The hand mappings remembered with this document, one property per sheet
 * ('kyodo.mapping:<sheet name>' → JSON), read with one getProperties call.
 */
export function savedMappings(): HandMappings {
  const all = props().getProperties();
  const mappings: Record<string, SheetMapping> = {};
  for (const key of Object.keys(all)) {
    if (!key.startsWith(MAPPING_PREFIX)) continue;
    try {
      mappings[key.slice(MAPPING_PREFIX.length)] = JSON.parse(all[key] ?? '{}') as SheetMapping;
    } catch {
      // A property someone edited by hand into bad JSON is ignored, as if absent.
    }
  }
  return mappings;
}

/** Remember the hand mapping of one sheet (one property per sheet: far below 9 KB). */
export function saveSheetMapping(sheet: string, mapping: SheetMapping): void {
  props().setProperty(MAPPING_PREFIX + sheet, JSON.stringify(mapping));
}

/** Forget the hand mapping of one sheet. */
export function deleteSheetMapping(sheet: string): void {
  props().deleteProperty(MAPPING_PREFIX + sheet);
}
