import { formKey } from '../forms/formKey.js';
import type { Path, Problem } from '../problems/Problem.js';
import { requireText } from '../text/requireText.js';
import { profileMessages } from './messages.js';
import { pathText } from './pathText.js';
import { PROFILE_PARTS } from './profileWords.js';
import type { Profile } from './schema.js';

type WithId = { readonly id: string };

/** Maps a path in the checked data to the path the user wrote (see loadProfile's extends). */
export type PathMap = (path: Path) => Path;

function duplicates(list: readonly WithId[], path: Path, out: Problem[], map: PathMap): void {
  const first = new Map<string, number>();
  list.forEach((item, index) => {
    const seen = first.get(item.id);
    if (seen === undefined) {
      first.set(item.id, index);
      return;
    }
    const at = [...path, index, 'id'];
    out.push(
      profileMessages.problem(
        'profile.duplicate-id',
        { path: pathText(map(at)), id: item.id, first: pathText(map([...path, seen])) },
        { path: map(at), input: item.id },
      ),
    );
  });
}

/** The expected check digit of a 地方公共団体コード: 11 minus the weighted sum (6,5,4,3,2) mod 11, last digit. */
export function localGovernmentCheckDigit(code: string): string {
  requireText(code, 'code');
  const weights = [6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 5; i += 1) sum += Number(code[i]) * (weights[i] ?? 0);
  return String((11 - (sum % 11)) % 10);
}

function reference(
  out: Problem[],
  map: PathMap,
  path: Path,
  id: string,
  kind: { en: string; ja: string },
  known: readonly WithId[],
): void {
  out.push(
    profileMessages.problem(
      'profile.unknown-reference',
      {
        path: pathText(map(path)),
        id,
        kind: kind.en,
        kindJa: kind.ja,
        known: known.map((k) => k.id).join(', ') || '-',
      },
      { path: map(path), input: id },
    ),
  );
}

/**
 * The checks of a profile that a schema cannot make (docs/profiles.md): ids unique
 * in each list, references to forms, domains, actors, frameworks and programs that exist (a
 * review framework's program, RULES X3), a domain only
 * for an organiser the form allows (RULES R2), no text naming two forms (F3), and the check
 * digit of the 地方公共団体コード. Returns every problem found.
 */
export function checkProfile(profile: Profile, map: PathMap = (path) => path): Problem[] {
  const out: Problem[] = [];
  duplicates(profile.definitions, ['definitions'], out, map);
  duplicates(profile.principles, ['principles'], out, map);
  duplicates(profile.actionStandards, ['actionStandards'], out, map);
  duplicates(profile.actors, ['actors'], out, map);
  duplicates(profile.forms, ['forms'], out, map);
  duplicates(profile.domains, ['domains'], out, map);
  duplicates(profile.administrativeActs, ['administrativeActs'], out, map);
  duplicates(profile.implementers, ['implementers'], out, map);
  duplicates(profile.programs as readonly WithId[], ['programs'], out, map);
  duplicates(profile.evaluation.frameworks as readonly WithId[], ['evaluation', 'frameworks'], out, map);
  duplicates(profile.review.frameworks, ['review', 'frameworks'], out, map);
  const bodies = profile.regionalBodies;
  if (bodies) {
    duplicates(bodies.foundingSteps, ['regionalBodies', 'foundingSteps'], out, map);
    duplicates(bodies.functions, ['regionalBodies', 'functions'], out, map);
    duplicates(bodies.roles, ['regionalBodies', 'roles'], out, map);
    duplicates(bodies.planTemplate.headings, ['regionalBodies', 'planTemplate', 'headings'], out, map);
    duplicates(bodies.planTemplate.columns, ['regionalBodies', 'planTemplate', 'columns'], out, map);
  }

  const code = profile.localGovernmentCode;
  if (code !== undefined && /^[0-9]{6}$/u.test(code)) {
    const expected = localGovernmentCheckDigit(code);
    if (code[5] !== expected) {
      out.push(
        profileMessages.problem(
          'profile.bad-check-digit',
          { path: 'localGovernmentCode', code, expected },
          { path: ['localGovernmentCode'], input: code },
        ),
      );
    }
  }

  const domainIds = new Set(profile.domains.map((d) => d.id));
  const owner = new Map<string, string>();
  profile.forms.forEach((form, index) => {
    for (const organiser of ['city', 'citizen', 'joint'] as const) {
      const domain = form.domains?.[organiser];
      if (domain === undefined) continue;
      const path = ['forms', index, 'domains', organiser];
      if (!domainIds.has(domain)) reference(out, map, path, domain, PROFILE_PARTS.domain, profile.domains);
      if (!form.organisers.includes(organiser)) {
        out.push(
          profileMessages.problem(
            'profile.domain-organiser-not-allowed',
            { path: pathText(map(path)), form: form.id, organiser },
            { path: map(path), input: domain },
          ),
        );
      }
    }
    const texts: [string, Path][] = [
      [form.label.ja, ['forms', index, 'label', 'ja']],
      [form.id, ['forms', index, 'id']],
      ...form.synonyms.map((s, i): [string, Path] => [s, ['forms', index, 'synonyms', i]]),
    ];
    for (const [text, path] of texts) {
      const key = formKey(text);
      const other = owner.get(key);
      if (other !== undefined && other !== form.id) {
        out.push(
          profileMessages.problem(
            'profile.synonym-conflict',
            { path: pathText(map(path)), text, first: other, second: form.id },
            { path: map(path), input: text },
          ),
        );
      } else owner.set(key, form.id);
    }
  });

  profile.actors.forEach((actor, index) => {
    if (actor.group !== undefined && !profile.actors.some((a) => a.id === actor.group)) {
      reference(out, map, ['actors', index, 'group'], actor.group, PROFILE_PARTS.actor, profile.actors);
    }
  });

  profile.implementers.forEach((implementer, index) => {
    if (implementer.kind !== 'form') return;
    if (implementer.form === undefined) {
      const path = ['implementers', index, 'form'];
      out.push(
        profileMessages.problem(
          'profile.missing',
          {
            path: pathText(map(path)),
            expected: "a form id (kind is 'form')",
            expectedJa: "形態のid（kind が 'form' のため）",
          },
          { path: map(path) },
        ),
      );
    } else if (!profile.forms.some((f) => f.id === implementer.form)) {
      reference(
        out,
        map,
        ['implementers', index, 'form'],
        implementer.form,
        PROFILE_PARTS.form,
        profile.forms,
      );
    }
  });

  const fallback = profile.evaluation.default;
  if (fallback !== undefined && !profile.evaluation.frameworks.some((f) => (f as WithId).id === fallback)) {
    reference(
      out,
      map,
      ['evaluation', 'default'],
      fallback,
      PROFILE_PARTS.evaluationFramework,
      profile.evaluation.frameworks as readonly WithId[],
    );
  }
  const review = profile.review;
  if (review.default !== undefined && !review.frameworks.some((f) => f.id === review.default)) {
    reference(
      out,
      map,
      ['review', 'default'],
      review.default,
      PROFILE_PARTS.reviewFramework,
      review.frameworks,
    );
  }
  review.frameworks.forEach((framework, index) => {
    // The program an award is computed by (RULES X3) must be one of the profile's (RULES S).
    if (framework.program !== undefined && !profile.programs.some((p) => p.id === framework.program)) {
      reference(
        out,
        map,
        ['review', 'frameworks', index, 'program'],
        framework.program,
        PROFILE_PARTS.program,
        profile.programs,
      );
    }
  });
  return out;
}
