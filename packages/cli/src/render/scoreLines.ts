import type { Bilingual } from '@kyodo/core';
import type {
  EvaluationScores,
  IndicatorScores,
  ProjectScores,
  RegionalPlanScores,
  ReviewScores,
  SheetReport,
  SubsidyScores,
} from '@kyodo/sheets';
import {
  type Achieved,
  achievementWords,
  byDomainWords,
  byFormWords,
  evaluationGapWords,
  evaluationMeansWords,
  implementerWords,
  planVersusActualWords,
  rankingTopWords,
  reviewScoredWords,
  subsidyTotalWords,
  targetsReadyWords,
} from './scoreWords.js';

/** How many of a ranking's first applications the reports show (kyodo review shows them all). */
const RANKING_SHOWN = 5;

/**
 * The scores of one sheet as short bilingual lines for the text, Markdown and HTML reports
 * (docs/sheets.md, the scores of each kind): projects per form with their amounts and the
 * plan-versus-actual variances (E4); subsidy totals per program and fiscal year; each
 * evaluated project's means by evaluator and the gaps between the city and the partner (E7);
 * indicator targets for the rolling years and achievement (E8); a regional plan per form; a
 * review sheet's applications scored and the first of its ranking (X3; kyodo review shows it all).
 * The words are in scoreWords.ts.
 */
export function scoreLines(sheet: SheetReport): Bilingual[] {
  if (sheet.scores === null) return [];
  switch (sheet.kind) {
    case 'projects':
      return projectLines(sheet.scores);
    case 'subsidies':
      return subsidyLines(sheet.scores);
    case 'evaluations':
      return evaluationLines(sheet.scores);
    case 'indicators':
      return indicatorLines(sheet.scores);
    case 'regional-plan':
      return planLines(sheet.scores);
    case 'reviews':
      return reviewLines(sheet.scores);
    default:
      return [];
  }
}

function projectLines(s: ProjectScores): Bilingual[] {
  const lines: Bilingual[] = [];
  if (s.byForm.length > 0) lines.push(byFormWords(s.byForm));
  if (s.byDomain.length > 0) lines.push(byDomainWords(s.byDomain));
  if (s.planVersusActual.length > 0) lines.push(planVersusActualWords(s));
  return lines;
}

function subsidyLines(s: SubsidyScores): Bilingual[] {
  return s.totals.map(subsidyTotalWords);
}

function evaluationLines(s: EvaluationScores): Bilingual[] {
  return [...s.projects.map(evaluationMeansWords), ...s.gaps.map(evaluationGapWords)];
}

function indicatorLines(s: IndicatorScores): Bilingual[] {
  const lines = [targetsReadyWords(s)];
  for (const item of s.items) {
    const done = item.years.filter((y): y is Achieved => y.achievement !== null);
    if (done.length > 0) lines.push(achievementWords(item.item, done));
  }
  return lines;
}

function planLines(s: RegionalPlanScores): Bilingual[] {
  return s.byForm.length === 0 ? [] : [implementerWords(s.byForm)];
}

function reviewLines(s: ReviewScores): Bilingual[] {
  const lines = [reviewScoredWords(s)];
  if (s.ranking !== null && s.ranking.length > 0)
    lines.push(rankingTopWords(s.ranking.slice(0, RANKING_SHOWN), s.ranking.length > RANKING_SHOWN));
  return lines;
}
