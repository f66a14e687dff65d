import type { Path, Problem } from '../problems/Problem.js';
import { basisOf } from '../sources/basisOf.js';
import { findForm, isProblem } from './findForm.js';
import type { HasForms } from './HasForms.js';
import { formsMessages } from './messages.js';
import { ORGANISER_LABELS, organiserList } from './organiserWords.js';
import type { Organiser } from './schema.js';

/**
 * Whether a form of cooperation is consistent with who organises it (RULES R2; for 取手市
 * 003_77c600037372601a.txt 第3章(2)(3)): 委託 is the city's project, so 委託 organised by citizens
 * is inconsistent; 補助・助成 supports the partner's project, so 補助・助成 organised by the city
 * is inconsistent; 共催 and 実行委員会 are organised by both, so either party alone is
 * inconsistent. Where the form's `organisersSource` is a plan's (or the municipality's), a
 * contradiction is the error 'forms.organiser-mismatch' citing it; where the plans are silent
 * and kyodo reads the organisers from the form's name, it is the warning
 * 'forms.organiser-unexpected'. Returns the problems (an empty list when consistent).
 *
 * @example
 * checkFormOrganiser(toride, 'itaku', 'citizen')[0]?.code //=> 'forms.organiser-mismatch'
 * checkFormOrganiser(toride, 'kyosai', 'joint') //=> []
 */
export function checkFormOrganiser(
  profile: HasForms,
  formId: string,
  organiser: Organiser,
  options: { readonly path?: Path } = {},
): Problem[] {
  const form = findForm(profile, formId);
  if (isProblem(form)) return [{ ...form, path: options.path ?? [] }];
  if (form.organisers.includes(organiser)) return [];
  const allowed = organiserList(form.organisers);
  // The plan (or the municipality) says who organises the form: a contradiction is an error.
  // Where the plans are silent, kyodo's reading of the form's name is a warning, not a ban.
  const source = form.organisersSource;
  const said = source !== undefined && basisOf(source) !== 'kyodo';
  return [
    formsMessages.problem(
      said ? 'forms.organiser-mismatch' : 'forms.organiser-unexpected',
      {
        form: form.id,
        formJa: form.label.ja,
        formEn: form.label.en,
        organiser,
        organiserJa: ORGANISER_LABELS[organiser].ja,
        organiserEn: ORGANISER_LABELS[organiser].en,
        allowedJa: allowed.ja,
        allowedEn: allowed.en,
      },
      said
        ? { path: options.path ?? [], input: organiser, source }
        : { path: options.path ?? [], input: organiser },
    ),
  ];
}
