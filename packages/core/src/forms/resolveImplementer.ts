import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { normaliseText } from '../text/normalise.js';
import { formKey } from './formKey.js';
import type { HasForms } from './HasForms.js';
import { formsMessages } from './messages.js';
import type { Implementer } from './schema.js';

/** One part of a 実施主体 text and what it means. */
export interface ImplementerMatch {
  /** The part of the cell it was read from: '各自治会', '市に提案'. */
  readonly text: string;
  readonly implementer: Implementer;
}

function parts(text: string): string[] {
  return normaliseText(text)
    .split(/[\s、,，※]+/u)
    .map((part) => part.replace(/^[^:：]*[:：]/u, ''))
    .filter((part) => part !== '');
}

function match(profile: HasForms, part: string): Implementer | undefined {
  const key = formKey(part);
  let best: { implementer: Implementer; length: number } | undefined;
  for (const implementer of profile.implementers) {
    for (const synonym of [implementer.label.ja, ...implementer.synonyms]) {
      const synonymKey = formKey(synonym);
      if (synonymKey === '' || !key.includes(synonymKey)) continue;
      if (best === undefined || synonymKey.length > best.length)
        best = { implementer, length: synonymKey.length };
    }
  }
  return best?.implementer;
}

/**
 * What the 実施主体 of a row of a 地域づくり計画 means (RULES F2; 002_5a3cd8c23b61ef14.txt
 * (参考)「地域づくり計画書」の例): each part of the cell (点検：各自治会 整備：市に提案 has two) is
 * mapped to a form of cooperation with the city (協議会（市補助事業） → hojo, 協議会（市委託事業）
 * → itaku), a proposal to the city (市に提案) or the region's own work (各自治会, 地域一斉作業).
 * A part the profile does not know is 'forms.unknown-implementer'.
 *
 * @example
 * resolveImplementer(ichinoseki, '点検：各自治会 整備：市に提案')
 * //=> { ok: true, value: [{ text: '各自治会', implementer: { kind: 'own-work', … } }, { text: '市に提案', implementer: { kind: 'proposal', … } }] }
 */
export function resolveImplementer(
  profile: HasForms,
  text: string,
  options: { readonly path?: Path } = {},
): Result<readonly ImplementerMatch[]> {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const known = profile.implementers
    .slice(0, 6)
    .map((i) => i.label.ja)
    .join('、');
  const place = { path: options.path ?? [], input: text };
  const found: ImplementerMatch[] = [];
  const unknown: string[] = [];
  for (const part of parts(raw)) {
    const implementer = match(profile, part);
    if (implementer) found.push({ text: part, implementer });
    else unknown.push(part);
  }
  if (unknown.length > 0 || found.length === 0) {
    return err(
      formsMessages.problem(
        'forms.unknown-implementer',
        { text: unknown.join('、') || raw, known: known || '-' },
        place,
      ),
    );
  }
  return ok(found);
}
