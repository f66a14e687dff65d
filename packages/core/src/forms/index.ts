export { administrativeActOf } from './administrativeActOf.js';
export { checkFormOrganiser } from './checkFormOrganiser.js';
export { domainOf } from './domainOf.js';
export { formKey } from './formKey.js';
export type { AdministrativeAct, HasForms } from './HasForms.js';
export { isAdministrativeAct } from './isAdministrativeAct.js';
export { formsMessages } from './messages.js';
export { ORGANISER_LABELS } from './organiserWords.js';
export { type ParseOrganiserOptions, parseOrganiser } from './parseOrganiser.js';
export { type ResolveFormOptions, resolveForm } from './resolveForm.js';
export { type ImplementerMatch, resolveImplementer } from './resolveImplementer.js';
export {
  type Domain,
  domainByOrganiserSchema,
  domainSchema,
  type Form,
  formSchema,
  type Implementer,
  implementerSchema,
  ORGANISERS,
  type Organiser,
  organiserSchema,
} from './schema.js';
