import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, examples, kyodo } from './kyodo.js';

// What a report cites is the profile's own plans, or kyodo's defaults said as kyodo's: an
// Ichinoseki sentence is never cited in a Toride or plan-004 report, nor a Toride one in an
// Ichinoseki report, and a library default (20% plan-vs-actual, 円未満切り捨て, the 4-level
// scale, the 2-level gap) is never shown under a plan's citation.

/** The plans each built-in profile rests on (their `sources`), by number. */
const OWN: Readonly<Record<string, readonly string[]>> = {
  ichinoseki: ['000', '001', '002'],
  toride: ['003'],
  'plan-004': ['004'],
};
/** A plan cited by file (JSON keeps the Source as data) or by title and number (staff output). */
const PLAN = /\b00[0-4](?=_[0-9a-f]{16}\.txt|[）)])/gu;
/** A plan's file name: never in what staff read. */
const PLAN_FILE = /00[0-4]_[0-9a-f]{16}\.txt/u;

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-citations-'));
});

/** Every report the command makes of an example workbook, as text. */
function reports(profile: string): Record<string, string> {
  const file = `${examples}${profile}.xlsx`;
  const out: Record<string, string> = {};
  for (const format of ['json', 'md', 'html', 'text']) {
    const run = kyodo(['validate', file, '--profile', profile, '--format', format, '--today', '2024-10-01']);
    expect(run.stdout.length, run.stderr).toBeGreaterThan(0);
    out[`validate ${format}`] = run.stdout;
  }
  for (const format of ['md', 'html']) {
    const path = join(dir, `${profile}.${format}`);
    const run = kyodo(['report', file, '--profile', profile, '--out', path, '--today', '2025-05-31']);
    expect(run.code, run.stderr).toBe(0);
    out[`report ${format}`] = readFileSync(path, 'utf8');
  }
  return out;
}

interface Cited {
  readonly code: string;
  readonly source?: { document: string; section: string; rule?: string; basis?: string };
}

describe('the citations of each built-in profile’s report on its example', () => {
  for (const profile of Object.keys(OWN)) {
    it(`${profile}: cites no other municipality’s plan, in any format`, () => {
      const all = new Set<string>();
      for (const [what, text] of Object.entries(reports(profile))) {
        const cited = [...new Set(text.match(PLAN) ?? [])];
        for (const c of cited) if (what !== 'validate json') all.add(c);
        const foreign = cited.filter((f) => !OWN[profile]!.includes(f));
        expect([what, foreign]).toEqual([what, []]);
      }
      // The reports staff read do cite the profile's own plans, by number.
      expect(all.size, profile).toBeGreaterThan(0);
    });
  }

  it('staff read the plan’s title and section, never a file name (JSON keeps the Source as data)', () => {
    for (const profile of Object.keys(OWN))
      for (const [what, text] of Object.entries(reports(profile)))
        if (what !== 'validate json') {
          expect([profile, what, PLAN_FILE.test(text)]).toEqual([profile, what, false]);
          expect([profile, what, /shared\/|RULES\.md|SHEETS\.md/u.test(text)]).toEqual([
            profile,
            what,
            false,
          ]);
        }
  });

  it('library defaults are cited as kyodo’s, never under a plan', () => {
    for (const profile of Object.keys(OWN)) {
      const run = kyodo([
        'validate',
        `${examples}${profile}.xlsx`,
        '--profile',
        profile,
        '--format',
        'json',
        '--today',
        '2024-10-01',
      ]);
      const report = JSON.parse(run.stdout) as { sheets: { issues: Cited[] }[] };
      const issues = report.sheets.flatMap((s) => s.issues);
      const byDefault = issues.filter((i) =>
        ['evaluation.variance-over', 'evaluation.gap', 'evaluation.level-unknown'].includes(i.code),
      );
      expect(byDefault.length, profile).toBeGreaterThan(0);
      for (const i of byDefault)
        expect([profile, i.code, i.source?.document]).toEqual([profile, i.code, 'kyodo']);
    }
  });
});
