import {
  EVALUATOR_LABELS,
  formulaSafe,
  groupDigits,
  escapeMarkdown as md,
  meanText,
  ratioText,
  signedText,
  yenText,
} from './_format.js';
import type { PublicationGroup, PublicationSummary } from './PublicationSummary.js';
import { gapsNote, SUMMARY_WORDS, varianceNote, jaSlashEn as w } from './summaryWords.js';

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly ('l' | 'r')[],
): string {
  const rule = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [header, rule, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function groupTable(groups: readonly PublicationGroup[], keyHeader: string): string {
  return table(
    [
      keyHeader,
      w(SUMMARY_WORDS.projects),
      w(SUMMARY_WORDS.evaluations),
      w(SUMMARY_WORDS.mean),
      w(SUMMARY_WORDS.city),
      w(SUMMARY_WORDS.partner),
      w(SUMMARY_WORDS.budget),
      w(SUMMARY_WORDS.actual),
    ],
    groups.map((g) => [
      md(formulaSafe(g.key)),
      String(g.projects),
      String(g.evaluations),
      meanText(g.mean),
      meanText(g.city),
      meanText(g.partner),
      yenText(g.budget),
      yenText(g.actual),
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/**
 * The publication summary as Markdown (RULES E1 公表; 001_9b5b631400e119ce.txt 協働の評価・検証、
 * 見直し ⑶): Japanese headings with English beside them, tables of the per-item means, the city
 * and the partner per project, the gaps, plan against actual, forms, domains and subsidies, the
 * scale and the sources. All user text is escaped. A pure string builder.
 *
 * @example
 * renderSummaryMarkdown(summary).split('\n')[0] //=> '# 令和6年度 協働事業の評価・検証結果'
 */
export function renderSummaryMarkdown(summary: PublicationSummary): string {
  const s = summary;
  const out: string[] = [];
  out.push(`# ${md(s.title.ja)}`, '', `*${md(s.title.en)}*`, '');
  const meta = [
    `${md(s.profile.name.ja)} (${md(s.profile.name.en)})`,
    ...(s.publisher ? [md(s.publisher)] : []),
    ...(s.fiscalYearLabel
      ? [`${w(SUMMARY_WORDS.fiscalYear)}: ${s.fiscalYearLabel} (FY${s.fiscalYear})`]
      : []),
    `${w(SUMMARY_WORDS.date)}: ${s.dateLabel} (${s.date})`,
    `${w(SUMMARY_WORDS.framework)}: ${md(s.framework.label.ja)} (${md(s.framework.label.en)})`,
  ];
  out.push(...meta.map((m) => `- ${m}`), '');

  out.push(`## ${w(SUMMARY_WORDS.overview)}`, '');
  out.push(
    table(
      [
        w(SUMMARY_WORDS.projects),
        w(SUMMARY_WORDS.evaluations),
        w(SUMMARY_WORDS.gaps),
        w(SUMMARY_WORDS.missingEvaluations),
        w(SUMMARY_WORDS.overPlan),
      ],
      [
        [
          String(s.counts.projects),
          String(s.counts.evaluations),
          String(s.counts.gaps),
          String(s.counts.missingEvaluations),
          String(s.counts.overVariance),
        ],
      ],
      ['r', 'r', 'r', 'r', 'r'],
    ),
    '',
  );

  out.push(`## ${w(SUMMARY_WORDS.meanPerItem)}`, '');
  out.push(
    table(
      [
        w(SUMMARY_WORDS.group),
        w(SUMMARY_WORDS.item),
        w(SUMMARY_WORDS.mean),
        w(SUMMARY_WORDS.city),
        w(SUMMARY_WORDS.partner),
        w(SUMMARY_WORDS.answers),
      ],
      s.items.map((i) => [
        i.group ? md(i.group.ja) : '',
        `${md(i.label.ja)} (${md(i.label.en)})`,
        meanText(i.mean),
        meanText(i.city),
        meanText(i.partner),
        String(i.count),
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r'],
    ),
    '',
  );

  out.push(`## ${w(SUMMARY_WORDS.perProject)}`, '');
  out.push(
    table(
      [
        w(SUMMARY_WORDS.project),
        w(SUMMARY_WORDS.form),
        w(SUMMARY_WORDS.city),
        w(SUMMARY_WORDS.partner),
        w(SUMMARY_WORDS.council),
        w(SUMMARY_WORDS.thirdParty),
        w(SUMMARY_WORDS.gapCount),
        w(SUMMARY_WORDS.missing),
      ],
      s.projects.map((p) => [
        md(formulaSafe(p.project)),
        p.form ? md(p.form) : '',
        meanText(p.city),
        meanText(p.partner),
        meanText(p.council),
        meanText(p.thirdParty),
        String(p.gaps),
        p.missingEvaluators.map((k) => EVALUATOR_LABELS[k].ja).join('、'),
      ]),
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
  );

  out.push(`## ${w(SUMMARY_WORDS.gapsHeading)}`, '');
  out.push(w(gapsNote(s.framework.gapThreshold)), '');
  out.push(
    s.gaps.length === 0
      ? w(SUMMARY_WORDS.none)
      : table(
          [
            w(SUMMARY_WORDS.project),
            w(SUMMARY_WORDS.item),
            w(SUMMARY_WORDS.city),
            w(SUMMARY_WORDS.partner),
            w(SUMMARY_WORDS.difference),
          ],
          s.gaps.map((g) => [
            md(formulaSafe(g.project)),
            md(g.itemLabel.ja),
            String(g.city),
            String(g.partner),
            String(g.difference),
          ]),
          ['l', 'l', 'r', 'r', 'r'],
        ),
    '',
  );

  out.push(`## ${w(SUMMARY_WORDS.planActual)}`, '');
  out.push(w(varianceNote(s.framework.varianceThresholdPercent)), '');
  out.push(
    s.planVersusActual.length === 0
      ? w(SUMMARY_WORDS.noData)
      : table(
          [
            w(SUMMARY_WORDS.project),
            w(SUMMARY_WORDS.budget),
            w(SUMMARY_WORDS.actual),
            w(SUMMARY_WORDS.change),
            w(SUMMARY_WORDS.ratio),
            w(SUMMARY_WORDS.scaleChange),
            w(SUMMARY_WORDS.check),
          ],
          s.planVersusActual.map((p) => [
            md(formulaSafe(p.project)),
            yenText(p.budget),
            yenText(p.actual),
            signedText(p.difference),
            ratioText(p.ratio),
            p.scale
              ? `${groupDigits(p.scale.planned)} → ${groupDigits(p.scale.actual)} (${ratioText(p.scale.ratio)})`
              : '',
            p.over || p.scale?.over ? w(SUMMARY_WORDS.toCheck) : w(SUMMARY_WORDS.asPlanned),
          ]),
          ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
        ),
    '',
  );

  if (s.byForm.length > 0)
    out.push(`## ${w(SUMMARY_WORDS.byForm)}`, '', groupTable(s.byForm, w(SUMMARY_WORDS.form)), '');
  if (s.byDomain.length > 0)
    out.push(`## ${w(SUMMARY_WORDS.byDomain)}`, '', groupTable(s.byDomain, w(SUMMARY_WORDS.domain)), '');

  if (s.subsidies.length > 0) {
    const t = s.subsidyTotals;
    out.push(`## ${w(SUMMARY_WORDS.subsidies)}`, '');
    out.push(
      table(
        [
          w(SUMMARY_WORDS.program),
          w(SUMMARY_WORDS.grants),
          w(SUMMARY_WORDS.granted),
          w(SUMMARY_WORDS.settled),
          w(SUMMARY_WORDS.refund),
        ],
        [
          ...s.subsidies.map((x) => [
            md(x.label),
            String(x.count),
            yenText(x.granted),
            yenText(x.settled),
            yenText(x.refund),
          ]),
          ...(t
            ? [
                [
                  `**${w(SUMMARY_WORDS.total)}**`,
                  String(t.count),
                  yenText(t.granted),
                  yenText(t.settled),
                  yenText(t.refund),
                ],
              ]
            : []),
        ],
        ['l', 'r', 'r', 'r', 'r'],
      ),
      '',
    );
  }

  out.push(`## ${w(SUMMARY_WORDS.scale)}`, '');
  out.push(
    s.framework.scale
      .map((l) => `- ${md(l.spelling)} (${l.value}) ${md(l.label.ja)} / ${md(l.label.en)}`)
      .join('\n'),
    '',
  );
  out.push(w(SUMMARY_WORDS.meansNote), '');

  out.push(`## ${w(SUMMARY_WORDS.sources)}`, '');
  const sources = [s.framework.source, s.framework.scaleSource, ...s.items.map((i) => i.source)];
  out.push([...new Set(sources)].map((x) => `- ${md(x)}`).join('\n'), '');
  return out.join('\n');
}
