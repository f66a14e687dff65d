export { DOCUMENTS, type DocumentFile } from './documents.js';
export { cite, formatSource, RULE_IDS, type RuleId, type Source } from './Source.js';
