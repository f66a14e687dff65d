import { err, ok, type Result } from '../problems/Result.js';
import { checkFormOrganiser } from './checkFormOrganiser.js';
import { findForm, isProblem } from './findForm.js';
import type { HasForms } from './HasForms.js';
import { formsMessages } from './messages.js';
import { ORGANISER_LABELS } from './organiserWords.js';
import type { Domain, Organiser } from './schema.js';

/**
 * The domain (協働の領域) of a form with its organiser (RULES R1; 003_77c600037372601a.txt
 * 第3章(3)): in toride, 事業協力 organised by citizens → 市民が主体となり、市が支援する領域;
 * 事業協力 organised jointly, 共催, 実行委員会・協議会 → 市民と市が互いに特性を活かし連携・協力する領域;
 * 委託, 事業協力 or 後援・協賛 organised by the city, 企画立案への参画 → 市の領域; 補助・助成 and
 * 後援・協賛 organised by citizens → 市民が主体となり、市が支援する領域. A form that contradicts its
 * organiser is the R2 problem; a profile without a domain table is 'forms.no-domains'.
 *
 * @example
 * domainOf(toride, 'kyoryoku', 'citizen') //=> { ok: true, value: { id: 'shimin-shutai', order: 2, … } }
 * domainOf(toride, 'hojo', 'city').ok //=> false ('forms.organiser-mismatch', R2)
 */
export function domainOf(profile: HasForms, formId: string, organiser: Organiser): Result<Domain> {
  const form = findForm(profile, formId);
  if (isProblem(form)) return err(form);
  const mismatch = checkFormOrganiser(profile, formId, organiser);
  if (mismatch.some((p) => p.severity === 'error')) return err(mismatch);
  if (profile.domains.length === 0) {
    return err(
      formsMessages.problem('forms.no-domains', { profile: profile.name.ja, profileEn: profile.name.en }),
    );
  }
  const domainId = form.domains?.[organiser];
  const domain = profile.domains.find((d) => d.id === domainId);
  if (domain) return ok(domain, mismatch);
  return err(
    formsMessages.problem('forms.no-domain', {
      formJa: form.label.ja,
      formEn: form.label.en,
      organiserJa: ORGANISER_LABELS[organiser].ja,
      organiserEn: ORGANISER_LABELS[organiser].en,
    }),
  );
}
