export { BASES, BASIS_LABELS, basisOf } from './basisOf.js';
export { type CitationText, citationText, documentNumber, formatSource } from './citationText.js';
export { DOCUMENTS, type DocumentFile } from './documents.js';
export {
  type Basis,
  cite,
  RULE_IDS,
  type RuleId,
  type Source,
} from './Source.js';
export { bilingualSchema, ruleIdSchema, sourceSchema } from './schema.js';
