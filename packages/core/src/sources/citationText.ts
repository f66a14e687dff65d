import { DOCUMENTS } from './documents.js';
import type { Source } from './Source.js';
import { kyodoCitation, ownDocumentCitation, planCitation } from './sourceWords.js';

/** A citation in each language, as staff read it. */
export interface CitationText {
  readonly ja: string;
  readonly en: string;
}

const PLANS = DOCUMENTS as Readonly<
  Record<string, { readonly title: { readonly ja: string; readonly en: string } }>
>;

/**
 * How a document is named to people: a plan's number (the first three digits of its file
 * name, as the plans are cited: 002), or a municipality's own document by its own name.
 *
 * @example
 * documentNumber('002_5a3cd8c23b61ef14.txt') //=> '002'
 * documentNumber('某市補助金交付要綱') //=> '某市補助金交付要綱'
 */
export function documentNumber(document: string): string {
  return PLANS[document] === undefined ? document : document.slice(0, 3);
}

/**
 * A Source as a person reads it: the plan's title, its number (the first three digits of the
 * file name: 000–004) and the section, never the file's name with its hash. A kyodo default
 * says so and points into docs/; a municipality's own document keeps its own name.
 *
 * @example
 * citationText({ document: '002_5a3cd8c23b61ef14.txt', section: '8-1-4 事業1' }).ja
 * //=> '一関市地域協働推進計画（002）8-1-4 事業1'
 * citationText({ document: 'kyodo', section: 'docs/rules.md 計画が定めていないこと' }).en
 * //=> 'kyodo’s own rule (docs/rules.md 計画が定めていないこと)'
 */
export function citationText(source: Source): CitationText {
  const plan = PLANS[source.document];
  if (plan !== undefined) {
    const number = documentNumber(source.document);
    return planCitation(plan.title, number, source.section);
  }
  if (source.document === 'kyodo') return kyodoCitation(source.section);
  return ownDocumentCitation(source.document, source.section);
}

/**
 * A Source rendered for people, with its rule: the plan's title, number and section, never
 * the file's hashed name (see citationText above).
 *
 * @example
 * formatSource(cite('002_5a3cd8c23b61ef14.txt', '8-2-1 事業4', 'S-ichinoseki-4'))
 * //=> '一関市地域協働推進計画（002）8-2-1 事業4 (S-ichinoseki-4)'
 */
export function formatSource(source: Source, lang: 'ja' | 'en' = 'ja'): string {
  const rule = source.rule ? ` (${source.rule})` : '';
  return `${citationText(source)[lang]}${rule}`;
}
