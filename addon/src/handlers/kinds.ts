import { KIND_FIELDS, KIND_LABELS, type SheetKind } from '@kyodo/sheets';
import type { Lang } from '../i18n/lang.js';

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
