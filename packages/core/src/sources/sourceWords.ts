import type { Basis } from './Source.js';

/**
 * Japanese and English side by side: problems/Problem.ts Bilingual, declared here so that
 * sources imports nothing of problems (which cites sources).
 */
type Bilingual = { readonly ja: string; readonly en: string };

/** A plan cited by people: 「一関市地域協働推進計画（002）8-1-4 事業1」. */
export function planCitation(title: Bilingual, number: string, section: string): Bilingual {
  return { ja: `${title.ja}（${number}）${section}`, en: `${title.en} (${number}) ${section}` };
}

/** kyodo's own rule or default, with the docs/ page that says it: 「kyodo の定め（docs/rules.md …）」. */
export function kyodoCitation(section: string): Bilingual {
  return { ja: `kyodo の定め（${section}）`, en: `kyodo’s own rule (${section})` };
}

/** A municipality's own document, by its own name, the same in both languages. */
export function ownDocumentCitation(document: string, section: string): Bilingual {
  const text = `${document} ${section}`;
  return { ja: text, en: text };
}

/** How a basis is said to users: 計画の定め / the plan's rule, kyodo の既定値 / kyodo's default, 市の選択 / the municipality's choice. */
export const BASIS_LABELS: Readonly<Record<Basis, Bilingual>> = {
  plan: { ja: '計画の定め', en: 'the plan’s rule' },
  kyodo: { ja: 'kyodo の既定値', en: 'kyodo’s default' },
  municipality: { ja: '市の選択', en: 'the municipality’s choice' },
};
