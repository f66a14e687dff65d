export { builtinProfiles, ichinosekiProfile, plan004Profile, torideProfile } from './builtin/index.js';
export { checkProfile, localGovernmentCheckDigit } from './checkProfile.js';
export { defaultFramework } from './defaultFramework.js';
export {
  DEFAULT_HEADERS,
  DEFAULT_MISSING_MARKERS,
  SHEET_KINDS,
  type SheetKind,
} from './defaults.js';
export { getProfile } from './getProfile.js';
export { FORBIDDEN_KEYS, PROFILE_LIMITS } from './limits.js';
export { type LoadProfileOptions, loadProfile } from './loadProfile.js';
export { profileMessages } from './messages.js';
export { type PlanRevision, planRevisionYear } from './planRevisionYear.js';
export { readProfileJson } from './readProfileJson.js';
export {
  type Actor,
  actorSchema,
  type Definition,
  definitionSchema,
  type Headers,
  headersSchema,
  type Principle,
  type Profile,
  type ProfileInput,
  planRevisionSchema,
  principleSchema,
  profileSchema,
  type RegionalBodies,
  regionalBodiesSchema,
} from './schema.js';
