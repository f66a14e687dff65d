import type { Report } from '@kyodo/sheets';

/**
 * A small report, written by hand, that the renderer tests read: one projects sheet with an
 * error on a cell, a grouped warning and a sheet-wide warning, and one sheet not recognised.
 * The text holds characters HTML and Markdown must escape.
 */
export const sampleReport: Report = {
  workbook: 'r6 <協働>.xlsx',
  profile: { id: 'ichinoseki', name: { ja: '一関市', en: 'Ichinoseki' } },
  today: '2025-05-31',
  sheets: [
    {
      name: '協働事業一覧',
      kind: 'projects',
      confidence: 1,
      headerRow: 4,
      mapping: [
        { field: 'name', column: 'B', header: '事業名', by: 'alias', alias: '事業名' },
        { field: 'form', column: 'F', header: '協働の形態', by: 'alias', alias: '協働の形態' },
      ],
      unmapped: [{ column: 'N', header: '備考' }],
      rowsRead: 13,
      skipped: [
        { row: 18, reason: 'blank' },
        { row: 19, reason: 'total', text: '合計' },
      ],
      issues: [
        {
          code: 'projects.form-organiser',
          severity: 'error',
          sheet: '協働事業一覧',
          row: 9,
          column: 'F',
          cell: 'F9',
          value: '委託',
          params: {},
          message: {
            ja: '委託は市が主催します (主催: 市民) <R2>',
            en: 'Commissioning is organised by the city | not citizens',
          },
          rule: 'R2',
          source: { document: '003_77c600037372601a.txt', section: '第3章(3)' },
        },
        {
          code: 'projects.variance',
          severity: 'warning',
          sheet: '協働事業一覧',
          row: 8,
          column: 'L',
          cell: 'L8',
          value: 520,
          params: {},
          message: { ja: '決算額が予算額と 35% 違います', en: 'Actual differs from budget by 35%' },
          count: 3,
          more: ['L10', 'L12'],
          places: ['L8', 'L10', 'L12'],
        },
        {
          code: 'sheet.missing-column',
          severity: 'warning',
          sheet: '協働事業一覧',
          row: null,
          column: null,
          cell: null,
          params: {},
          message: { ja: '「主体区分」の列がありません', en: 'No 主体区分 column' },
        },
      ],
      scores: null,
      summary: {
        errors: 1,
        warnings: 4,
        infos: 0,
        byCode: { 'projects.form-organiser': 1, 'projects.variance': 3, 'sheet.missing-column': 1 },
        rowsWithErrors: 1,
        rowsWithWarnings: 3,
        quality: 12 / 13,
        explanation: { ja: '13 行中 12 行にエラーなし', en: '12 of 13 rows without errors' },
      },
    },
    {
      name: 'メモ',
      kind: null,
      confidence: 0,
      headerRow: null,
      mapping: [],
      unmapped: [],
      rowsRead: 0,
      skipped: [],
      issues: [],
      scores: null,
      summary: {
        errors: 0,
        warnings: 0,
        infos: 0,
        byCode: {},
        rowsWithErrors: 0,
        rowsWithWarnings: 0,
        quality: 1,
        explanation: { ja: '読んだ行なし', en: 'no rows read' },
      },
    },
  ],
  totals: { errors: 1, warnings: 4, infos: 0, rowsRead: 13, rowsSkipped: 2 },
};
