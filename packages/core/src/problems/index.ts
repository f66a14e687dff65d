export { KyodoError, unwrap } from './KyodoError.js';
export {
  atPath,
  defineMessages,
  type MessageCatalogue,
  type MessageEntry,
  type ProblemPlace,
} from './messages.js';
export type { Bilingual, Path, Problem, ProblemParams, Severity } from './Problem.js';
export { type Err, err, type Ok, ok, type Result } from './Result.js';
