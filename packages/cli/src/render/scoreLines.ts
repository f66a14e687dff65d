import type { Bilingual } from '@kyodo/core';
import type { SheetReport } from '@kyodo/sheets';

interface EvaluationScore {
  readonly project: string;
  readonly evaluator: string;
  readonly mean: number | null;
  readonly answered: number;
  readonly unanswered?: readonly unknown[];
}

interface Gap {
  readonly project: string;
  readonly item: string;
  readonly city?: unknown;
  readonly partner?: unknown;
  readonly difference?: number;
}

const evaluatorWords: Readonly<Record<string, Bilingual>> = {
  city: { ja: '市', en: 'city' },
  partner: { ja: '団体', en: 'partner' },
  council: { ja: '協働推進会議', en: 'council' },
  'third-party': { ja: '第三者', en: 'third party' },
};

/**
 * The scores of one sheet as short bilingual lines for the text and Markdown reports: for an
 * evaluation sheet each evaluation's mean (E7) and each gap between the city and the partner;
 * for other kinds, the plain figures the kind reports (counts and totals), one per line.
 */
export function scoreLines(sheet: SheetReport): Bilingual[] {
  const scores = sheet.scores;
  if (scores === null) return [];
  const lines: Bilingual[] = [];
  const evaluations = scores.evaluations as readonly EvaluationScore[] | undefined;
  if (Array.isArray(evaluations)) {
    for (const e of evaluations) {
      const who = evaluatorWords[e.evaluator] ?? { ja: e.evaluator, en: e.evaluator };
      const mean = e.mean === null ? { ja: '平均なし (回答なし)', en: 'no mean (nothing answered)' } : null;
      const m = e.mean === null ? '' : e.mean.toFixed(2);
      const un = e.unanswered !== undefined && e.unanswered.length > 0 ? e.unanswered.length : 0;
      lines.push({
        ja: `${e.project} (${who.ja}): ${mean?.ja ?? `平均 ${m}`}、回答 ${e.answered} 項目${un > 0 ? `、未回答 ${un} 項目` : ''}`,
        en: `${e.project} (${who.en}): ${mean?.en ?? `mean ${m}`}, ${e.answered} items answered${un > 0 ? `, ${un} unanswered` : ''}`,
      });
    }
  }
  const gaps = scores.gaps as readonly Gap[] | undefined;
  if (Array.isArray(gaps)) {
    for (const g of gaps) {
      const d = g.difference === undefined ? '' : ` (${g.difference} 段階)`;
      const de = g.difference === undefined ? '' : ` (${g.difference} levels)`;
      lines.push({
        ja: `評価の差: ${g.project}「${g.item}」 市 ${show(g.city)}・団体 ${show(g.partner)}${d}`,
        en: `Gap: ${g.project}, "${g.item}": city ${show(g.city)}, partner ${show(g.partner)}${de}`,
      });
    }
  }
  if (lines.length > 0) return lines;
  for (const [key, value] of Object.entries(scores)) {
    if (typeof value === 'number')
      lines.push({
        ja: `${key}: ${value.toLocaleString('ja-JP')}`,
        en: `${key}: ${value.toLocaleString('en-US')}`,
      });
  }
  return lines;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') {
    const v = value as { label?: unknown; value?: unknown };
    if (typeof v.label === 'string') return v.label;
    if (typeof v.value === 'number' || typeof v.value === 'string') return String(v.value);
    return JSON.stringify(value);
  }
  return String(value);
}
