import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { requireObject } from '../text/requireObject.js';
import { administrativeActOf } from './administrativeActOf.js';
import { formKey, withoutQualifiers } from './formKey.js';
import type { HasForms } from './HasForms.js';
import { formsMessages } from './messages.js';
import type { Form } from './schema.js';

const indexes = new WeakMap<HasForms, Map<string, Form>>();

function indexOf(profile: HasForms): Map<string, Form> {
  let index = indexes.get(profile);
  if (index) return index;
  index = new Map();
  for (const form of profile.forms) {
    for (const text of [form.label.ja, form.id, ...form.synonyms, form.label.en]) {
      const key = formKey(text);
      if (key !== '' && !index.has(key)) index.set(key, form);
    }
  }
  // A 実施主体 that names a form (002 (参考) 協議会（市補助事業） → 補助): the form it names.
  for (const implementer of profile.implementers) {
    const form =
      implementer.kind === 'form' ? profile.forms.find((f) => f.id === implementer.form) : undefined;
    if (form === undefined) continue;
    for (const text of [implementer.label.ja, ...implementer.synonyms]) {
      const key = formKey(text);
      if (key !== '' && !index.has(key)) index.set(key, form);
    }
  }
  indexes.set(profile, index);
  return index;
}

const INNER = /[【［[「『(（〔〈《<＜]([^】］\]」』)）〕〉》>＞]*)[】］\]」』)）〕〉》>＞]/gu;

/** Options of resolveForm. */
export interface ResolveFormOptions {
  /** Where the text was read, for the problem (a cell's path). */
  readonly path?: Path;
}

/**
 * The form of cooperation a text names, by the profile's labels, ids and synonyms (RULES F3:
 * 委託 = 事業委託; 補助 = 助成 = 補助・助成 = 補助金; 後援 = 協賛 = 後援・協賛; 実行委員会 = 協議会;
 * 協力 = 事業協力; 参画 = 企画立案への参画), tolerant of width (NFKC), spaces, brackets
 * (【委託】, （委託）), a trailing 事業 or 等, a qualifier in brackets (事業協力（市民主催）) and
 * the parts of a 補助・助成 written in another order, the profile's 実施主体 that name a form
 * (002_5a3cd8c23b61ef14.txt (参考): 協議会（市補助事業） → 補助, 協議会（市委託事業） → 委託) and a
 * bracketed qualifier naming a form where the text before it names none. An empty text is 'forms.empty'; a text the
 * profile does not know is 'forms.unknown' listing the known forms, or 'forms.administrative-act'
 * when it names one of the profile's administrative acts (課税, 許可: not cooperation, RULES R2,
 * 003_77c600037372601a.txt 第3章(3)); a text naming two forms
 * (共催・後援) is 'forms.ambiguous'.
 *
 * @example
 * resolveForm(toride, '【委託事業】') //=> { ok: true, value: { id: 'itaku', label: { ja: '事業委託', … }, … } }
 * resolveForm(toride, '協 賛').ok //=> true (koen)
 */
export function resolveForm(profile: HasForms, text: string, options: ResolveFormOptions = {}): Result<Form> {
  requireObject(profile, 'profile', ['forms']);
  requireObject(options, 'options');
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const place = { path: options.path ?? [], input: text };
  const index = indexOf(profile);
  const known = () => ({
    known: profile.forms.map((f) => f.label.ja).join('、'),
    knownEn: profile.forms.map((f) => `${f.label.en} (${f.label.ja})`).join(', '),
  });
  const key = formKey(raw);
  if (key === '') return err(formsMessages.problem('forms.empty', known(), place));

  const exact = index.get(key) ?? index.get(formKey(withoutQualifiers(raw)));
  if (exact) return ok(exact);
  // A qualifier that names the form where the text before it does not (協議会（市補助事業） in
  // a profile whose 協議会 is no form).
  for (const m of raw.matchAll(INNER)) {
    const inner = index.get(formKey(m[1] ?? ''));
    if (inner) return ok(inner);
  }

  const parts = key.split('・').filter((part) => part !== '');
  if (parts.length > 1) {
    const found = parts.map((part) => index.get(formKey(part)));
    if (found.every((f): f is Form => f !== undefined)) {
      const distinct = [...new Set(found)];
      if (distinct.length === 1 && distinct[0]) return ok(distinct[0]);
      return err(
        formsMessages.problem(
          'forms.ambiguous',
          { text: raw, forms: distinct.map((f) => f.label.ja).join('、') },
          place,
        ),
      );
    }
  }
  // 課税, 許可: an administrative act of the profile's plan, which no form of cooperation is (R2).
  const act = administrativeActOf(profile, raw);
  if (act !== undefined)
    return err(
      formsMessages.problem(
        'forms.administrative-act',
        { text: raw, act: act.label.ja, actEn: act.label.en },
        { ...place, source: act.source },
      ),
    );
  return err(
    formsMessages.problem(
      'forms.unknown',
      { text: raw, profile: profile.name.ja, profileEn: profile.name.en, ...known() },
      place,
    ),
  );
}
