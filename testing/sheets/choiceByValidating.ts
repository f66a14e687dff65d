import type { Profile } from '@kyodo/core';
import { columnIndex, type HandMappings, validateWorkbook, type Workbook } from '@kyodo/sheets';

/**
 * The choice kyodo made before @kyodo/sheets detectProfile (docs/cli.md, the profile chosen):
 * validate the whole workbook with each profile and take the one recognising the most sheets,
 * then columns, then forms in its own words, then the fewest errors and warnings; a full tie to
 * the first. The tests of detectProfile and of the CLI check it chooses the same without validating.
 */
export function choiceByValidating(
  workbook: Workbook,
  profiles: readonly Profile[],
  today: string,
  mappings?: HandMappings,
): string {
  let best: { id: string; score: number[] } | undefined;
  for (const profile of profiles) {
    const report = validateWorkbook(workbook, {
      profile,
      today,
      ...(mappings === undefined ? {} : { mappings }),
    });
    const recognised = report.sheets.filter((s) => s.kind !== null);
    const labels = new Set(profile.forms.map((f) => f.label.ja.normalize('NFKC')));
    let words = 0;
    for (const sheet of report.sheets) {
      if (sheet.kind !== 'projects' || sheet.headerRow === null) continue;
      const column = sheet.mapping.find((m) => m.field === 'form')?.column;
      const grid = workbook.sheets.find((g) => g.name === sheet.name);
      const c = column === undefined ? undefined : columnIndex(column);
      if (c === undefined || grid === undefined) continue;
      for (let r = sheet.headerRow; r < grid.values.length; r++) {
        const v = grid.values[r]?.[c];
        if (typeof v === 'string' && labels.has(v.normalize('NFKC').trim())) words++;
      }
    }
    const score = [
      recognised.length,
      recognised.reduce((n, s) => n + s.mapping.length, 0),
      words,
      -report.totals.errors,
      -report.totals.warnings,
    ];
    const first = score.map((v, i) => v - (best?.score[i] ?? 0)).find((d) => d !== 0) ?? 0;
    if (best === undefined || first > 0) best = { id: profile.id, score };
  }
  return best?.id ?? '';
}
