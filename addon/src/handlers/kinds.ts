import type { Bilingual } from '@kyodo/core';
import { KIND_FIELDS, type SheetKind } from '@kyodo/sheets';
import type { Lang } from '../i18n/lang.js';

/** The names staff give the five kinds of sheet (shared/SHEETS.md headings). */
export const KIND_LABELS: Readonly<Record<SheetKind, Bilingual>> = {
  projects: { ja: '協働事業一覧', en: 'Cooperative projects' },
  subsidies: { ja: '補助金交付一覧', en: 'Subsidy ledger' },
  evaluations: { ja: '協働事業評価シート', en: 'Evaluation sheet' },
  'regional-plan': { ja: '地域づくり計画書', en: 'Regional plan' },
  indicators: { ja: '実施年次指標', en: 'Indicators' },
};

/** A kind of sheet and its fields, for the hand-mapping form. */
export interface KindView {
  readonly kind: SheetKind;
  readonly label: string;
  readonly fields: readonly { readonly field: string; readonly label: string; readonly required: boolean }[];
}

/** The kinds and their fields (packages/sheets KIND_FIELDS) in the user's language. */
export function kindViews(lang: Lang): KindView[] {
  return (Object.keys(KIND_LABELS) as SheetKind[]).map((kind) => ({
    kind,
    label: KIND_LABELS[kind][lang],
    fields: (KIND_FIELDS[kind] ?? []).map((f) => ({
      field: f.field,
      label: f.label[lang],
      required: f.required,
    })),
  }));
}
