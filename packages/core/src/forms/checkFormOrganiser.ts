import type { Path, Problem } from '../problems/Problem.js';
import type { Profile } from '../profiles/schema.js';
import { findForm, isProblem } from './findForm.js';
import { formsMessages } from './messages.js';
import { ORGANISER_LABELS, organiserList } from './organiserLabels.js';
import type { Organiser } from './schema.js';

/**
 * Whether a form of cooperation is consistent with who organises it (RULES R2;
 * 003_77c600037372601a.txt 第3章(3)): 委託 is the city's project, so 委託 organised by citizens
 * is inconsistent; 補助・助成 supports the partner's project, so 補助・助成 organised by the city
 * is inconsistent; 共催 and 実行委員会 are organised by both, so either party alone is
 * inconsistent. Returns the problems (an empty list when consistent), each an error citing R2.
 *
 * @example
 * checkFormOrganiser(toride, 'itaku', 'citizen')[0]?.code //=> 'forms.organiser-mismatch'
 * checkFormOrganiser(toride, 'kyosai', 'joint') //=> []
 */
export function checkFormOrganiser(
  profile: Profile,
  formId: string,
  organiser: Organiser,
  options: { readonly path?: Path } = {},
): Problem[] {
  const form = findForm(profile, formId);
  if (isProblem(form)) return [{ ...form, path: options.path ?? [] }];
  if (form.organisers.includes(organiser)) return [];
  const allowed = organiserList(form.organisers);
  return [
    formsMessages.problem(
      'forms.organiser-mismatch',
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
      { path: options.path ?? [], input: organiser },
    ),
  ];
}
