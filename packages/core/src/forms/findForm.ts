import type { Problem } from '../problems/Problem.js';
import type { HasForms } from './HasForms.js';
import { formsMessages } from './messages.js';
import type { Form } from './schema.js';

/** The profile's form with this id, or the 'forms.unknown-form-id' problem. */
export function findForm(profile: HasForms, formId: string): Form | Problem {
  const form = profile.forms.find((f) => f.id === formId);
  if (form) return form;
  return formsMessages.problem(
    'forms.unknown-form-id',
    {
      form: formId,
      profile: profile.name.ja,
      profileEn: profile.name.en,
      known: profile.forms.map((f) => f.id).join(', '),
    },
    { input: formId },
  );
}

/** Whether a value found by findForm is a problem. */
export function isProblem(value: Form | Problem): value is Problem {
  return 'code' in value;
}
