import { getProfile, unwrap } from '@kyodo/core';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { columnIndex } from '../src/grid/a1.js';
import type { CellValue, Grid, MergedRange } from '../src/grid/Grid.js';
import { validateWorkbook } from '../src/report/validateWorkbook.js';
import { toCellMarks } from '../src/results/toCellMarks.js';
import { toResultsGrid } from '../src/results/toResultsGrid.js';
import { anyCell } from './arbitraries.js';
import {
  ichinosekiEvaluations,
  ichinosekiIndicators,
  ichinosekiProjects,
  ichinosekiRegionalPlan,
  ichinosekiSubsidies,
  plan004Projects,
  torideEvaluations,
  torideProjects,
} from './fixtures/index.js';

const profiles = ['ichinoseki', 'toride', 'plan-004'].map((id) => unwrap(getProfile(id)));
const fixtures = [
  torideProjects(),
  ichinosekiProjects(),
  plan004Projects(),
  ichinosekiSubsidies(),
  torideEvaluations(),
  ichinosekiEvaluations(),
  ichinosekiRegionalPlan(),
  ichinosekiIndicators(),
];

/** A fixture with some cells replaced by anything, rows dropped or added, and odd merges. */
const mangled: fc.Arbitrary<Grid> = fc
  .record({
    base: fc.constantFrom(...fixtures),
    edits: fc.array(fc.record({ r: fc.nat(30), c: fc.nat(14), v: anyCell }), { maxLength: 25 }),
    extra: fc.array(fc.array(anyCell, { maxLength: 14 }), { maxLength: 5 }),
    drop: fc.nat(20),
    merges: fc.array(
      fc.record({
        top: fc.integer({ min: -2, max: 30 }),
        left: fc.integer({ min: -2, max: 20 }),
        bottom: fc.integer({ min: -2, max: 30 }),
        right: fc.integer({ min: -2, max: 20 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ base, edits, extra, drop, merges }) => {
    const values: CellValue[][] = base.values.map((row) => [...row]);
    for (const { r, c, v } of edits) {
      const row = values[r % Math.max(1, values.length)];
      if (row !== undefined) row[c] = v;
    }
    values.splice(drop % Math.max(1, values.length), 1);
    values.push(...extra);
    return { name: base.name, values, merges: [...(base.merges ?? []), ...(merges as MergedRange[])] };
  });

function pointsInside(grid: Grid, cell: string | null, row: number | null, column: string | null): boolean {
  const width = Math.max(0, ...grid.values.map((r) => r.length));
  if (row !== null && (row < 1 || row > grid.values.length)) return false;
  if (column !== null && (columnIndex(column) ?? Number.POSITIVE_INFINITY) >= width) return false;
  if (cell !== null) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (m === null) return false;
    if (Number(m[2]) !== row || m[1] !== column) return false;
  }
  return true;
}

describe('validation never throws, and every issue points at a cell of the grid', () => {
  it('on mangled municipal sheets, with every profile', () => {
    fc.assert(
      fc.property(mangled, fc.constantFrom(...profiles), (grid, profile) => {
        const report = validateWorkbook({ name: 'x', sheets: [grid] }, { profile, today: '2024-10-01' });
        toResultsGrid(report);
        toCellMarks(report);
        for (const sheet of report.sheets) {
          for (const issue of sheet.issues) {
            if (!pointsInside(grid, issue.cell, issue.row, issue.column)) return false;
            for (const p of issue.places ?? []) {
              const m = /^([A-Z]+)(\d+)$/.exec(p);
              if (m !== null && !pointsInside(grid, p, Number(m[2]), m[1]!)) return false;
            }
          }
        }
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('on grids of anything, with hand mappings of any field to any column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 12 }),
        fc.constantFrom(...profiles),
        fc.option(
          fc.constantFrom(
            'projects',
            'subsidies',
            'evaluations',
            'regional-plan',
            'indicators',
          ) as fc.Arbitrary<'projects'>,
          { nil: undefined },
        ),
        fc.dictionary(
          fc.constantFrom(
            'name',
            'partner',
            'form',
            'recipient',
            'program',
            'fiscalYear',
            'eligibleExpense',
            'project',
            'evaluator',
            'item',
            'target',
            'nosuch',
          ),
          fc.constantFrom('A', 'B', 'C', 'H', 'ZZ', '1', ''),
        ),
        fc.option(fc.integer({ min: -1, max: 14 }), { nil: undefined }),
        (values, profile, kind, fields, headerRow) => {
          const grid: Grid = { name: 'S', values };
          const mapping = {
            ...(kind === undefined ? {} : { kind }),
            fields,
            ...(headerRow === undefined ? {} : { headerRow }),
          };
          const report = validateWorkbook(
            { name: 'x', sheets: [grid] },
            { profile, today: '2024-10-01', mappings: { S: mapping } },
          );
          toResultsGrid(report, 'en');
          for (const issue of report.sheets[0]!.issues)
            if (!pointsInside(grid, issue.cell, issue.row, issue.column)) return false;
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
