export {
  type Domain,
  domainSchema,
  type Form,
  formSchema,
  ORGANISERS,
  type Organiser,
  organiserSchema,
} from './schema.js';
