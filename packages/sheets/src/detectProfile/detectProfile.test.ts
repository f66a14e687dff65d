import { builtinProfiles } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import { choiceByValidating } from '../../../../testing/sheets/choiceByValidating.js';
import {
  ichinosekiEvaluations,
  ichinosekiIndicators,
  ichinosekiProjects,
  ichinosekiRegionalPlan,
  ichinosekiSubsidies,
  plan004Evaluations,
  plan004Projects,
  reviewColumns,
  reviewRows,
  torideEvaluations,
  torideProjects,
  torideSubsidies,
} from '../../test/fixtures/index.js';
import type { Grid, Workbook } from '../grid/Grid.js';
import type { HandMappings } from '../report/Report.js';
import { detectProfile } from './detectProfile.js';

const today = '2024-10-01';
const book = (...sheets: Grid[]): Workbook => ({ name: 'book.xlsx', sheets });

const fixtures: Record<string, Workbook> = {
  'toride projects': book(torideProjects()),
  'ichinoseki projects': book(ichinosekiProjects()),
  'plan-004 projects': book(plan004Projects()),
  'toride evaluations': book(torideEvaluations()),
  'ichinoseki evaluations': book(ichinosekiEvaluations()),
  'plan-004 evaluations': book(plan004Evaluations()),
  'ichinoseki regional plan': book(ichinosekiRegionalPlan()),
  'review rows': book(reviewRows()),
  'review columns': book(reviewColumns()),
  'toride register and evaluations': book(torideProjects(), torideEvaluations(), torideSubsidies()),
  'ichinoseki workbook': book(
    ichinosekiProjects(),
    ichinosekiSubsidies(),
    ichinosekiEvaluations(),
    ichinosekiIndicators(),
    ichinosekiRegionalPlan(),
  ),
  'nothing known': book({ name: 'メモ', values: [['メモ'], ['会議は 10 時から']] }),
};

/**
 * Sheets where every profile finds the same kind and columns: validating chose the profile with
 * the fewest errors, which was the one that checks least — another city's, knowing none of the
 * ledger's programs (subsidy.unknown-program instead of the amounts checked) or setting no
 * rolling years. detectProfile chooses the ledger's own city by the programs it names, and on a
 * full tie the first profile (docs/cli.md).
 */
const changed: [string, Workbook, string, string][] = [
  ['ichinoseki subsidies', book(ichinosekiSubsidies()), 'ichinoseki', 'toride'],
  ['toride subsidies', book(torideSubsidies()), 'toride', 'ichinoseki'],
  ['ichinoseki indicators', book(ichinosekiIndicators()), 'ichinoseki', 'toride'],
];

describe('detectProfile', () => {
  it.each(changed)(
    'chooses the own city where only the count of errors decided: %s',
    (_, workbook, now, before) => {
      expect(choiceByValidating(workbook, builtinProfiles, today)).toBe(before);
      expect(detectProfile(workbook, builtinProfiles)?.profile.id).toBe(now);
    },
  );

  it.each(Object.entries(fixtures))('chooses as validating with every profile did: %s', (_, workbook) => {
    expect(detectProfile(workbook, builtinProfiles)?.profile.id).toBe(
      choiceByValidating(workbook, builtinProfiles, today),
    );
  });

  it('two profiles recognise the same register: the forms in its own words decide', () => {
    // A register the two cities would both read: the same headers, Toride's words for the forms.
    const register: Grid = {
      name: '事業一覧',
      values: [
        ['事業名', '協働相手', '協働の形態', '年度'],
        ['防災講座', '自治会', '事業委託', '令和6年度'],
        ['子ども食堂', 'NPO', '補助・助成', '令和6年度'],
      ],
    };
    const detected = detectProfile(book(register), builtinProfiles);
    const signs = Object.fromEntries(detected?.tried.map((t) => [t.profile.id, t.signs]) ?? []);
    expect(signs.toride?.sheets).toBe(1);
    expect(signs.ichinoseki?.sheets).toBe(1);
    expect(signs.toride?.columns).toBe(signs.ichinoseki?.columns);
    expect(signs.toride?.ownWords).toBeGreaterThan(signs.ichinoseki?.ownWords ?? 0);
    expect(detected?.profile.id).toBe('toride');
    expect(detected?.profile.id).toBe(choiceByValidating(book(register), builtinProfiles, today));
    // Ichinoseki's words (委託, 補助) turn the choice.
    const ichinoseki: Grid = {
      ...register,
      values: register.values.map((row, r) =>
        r === 0 ? row : row.map((v, c) => (c === 2 ? (r === 1 ? '委託' : '補助') : v)),
      ),
    };
    expect(detectProfile(book(ichinoseki), builtinProfiles)?.profile.id).toBe('ichinoseki');
    expect(choiceByValidating(book(ichinoseki), builtinProfiles, today)).toBe('ichinoseki');
  });

  it('takes the hand mappings as validation does, and the first profile on a tie', () => {
    const memo: Grid = {
      name: 'メモ',
      values: [
        ['a', 'b'],
        ['1', '2'],
      ],
    };
    const mappings: HandMappings = { メモ: { kind: 'projects', fields: { project: 'A' } } };
    const detected = detectProfile(book(memo), builtinProfiles, { mappings });
    expect(detected?.signs.sheets).toBe(1);
    expect(detected?.profile.id).toBe(choiceByValidating(book(memo), builtinProfiles, today, mappings));
    expect(detectProfile(book(memo), builtinProfiles)?.profile.id).toBe(builtinProfiles[0]?.id);
    expect(detectProfile(book(memo), [])).toBeUndefined();
  });
});
