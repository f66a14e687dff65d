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
      '事業数 / Projects',
      '評価数 / Evaluations',
      '平均 / Mean',
      '市 / City',
      '協働相手 / Partner',
      '予算額 / Budget',
      '決算額 / Actual',
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
    ...(s.fiscalYearLabel ? [`対象年度 / Fiscal year: ${s.fiscalYearLabel} (FY${s.fiscalYear})`] : []),
    `作成日 / Date: ${s.dateLabel} (${s.date})`,
    `評価の枠組み / Framework: ${md(s.framework.label.ja)} (${md(s.framework.label.en)})`,
  ];
  out.push(...meta.map((m) => `- ${m}`), '');

  out.push('## 概要 / Overview', '');
  out.push(
    table(
      [
        '事業数 / Projects',
        '評価数 / Evaluations',
        '評価の差 / Gaps',
        '未提出の評価 / Missing',
        '計画との乖離 / Over plan',
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

  out.push('## 評価項目ごとの平均 / Mean per item', '');
  out.push(
    table(
      [
        '区分 / Group',
        '評価項目 / Item',
        '平均 / Mean',
        '市 / City',
        '協働相手 / Partner',
        '回答数 / Answers',
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

  out.push('## 事業ごとの評価：市と協働相手 / City and partner per project', '');
  out.push(
    table(
      [
        '事業名 / Project',
        '形態 / Form',
        '市 / City',
        '協働相手 / Partner',
        '協働推進会議 / Council',
        '第三者 / Third party',
        '差 / Gaps',
        '未提出 / Missing',
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

  out.push(`## 市と協働相手の評価の差 / Gaps between city and partner`, '');
  out.push(
    `同じ項目で市と協働相手の評価が${s.framework.gapThreshold}段階以上異なるもの（相互理解のための話し合いの材料） / Items where the two differ by ${s.framework.gapThreshold} levels or more.`,
    '',
  );
  out.push(
    s.gaps.length === 0
      ? 'なし / None'
      : table(
          ['事業名 / Project', '評価項目 / Item', '市 / City', '協働相手 / Partner', '差 / Difference'],
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

  out.push('## 計画と実績 / Plan and actual', '');
  out.push(
    `当初計画との増減が ${s.framework.varianceThresholdPercent}% を超えるものに「要確認」を付けています / "Check" marks a variance above ${s.framework.varianceThresholdPercent}%.`,
    '',
  );
  out.push(
    s.planVersusActual.length === 0
      ? 'データなし / No data'
      : table(
          [
            '事業名 / Project',
            '予算額 / Budget',
            '決算額 / Actual',
            '増減 / Difference',
            '増減率 / Ratio',
            '規模 計画→実績 / Scale',
            '判定 / Check',
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
            p.over || p.scale?.over ? '要確認 / Check' : '計画どおり / As planned',
          ]),
          ['l', 'r', 'r', 'r', 'r', 'r', 'l'],
        ),
    '',
  );

  if (s.byForm.length > 0)
    out.push('## 協働の形態ごと / By form of cooperation', '', groupTable(s.byForm, '形態 / Form'), '');
  if (s.byDomain.length > 0)
    out.push('## 協働の領域ごと / By domain', '', groupTable(s.byDomain, '領域 / Domain'), '');

  if (s.subsidies.length > 0) {
    const t = s.subsidyTotals;
    out.push('## 補助金 / Subsidies', '');
    out.push(
      table(
        [
          '補助事業 / Program',
          '件数 / Grants',
          '交付決定額 / Granted',
          '確定額 / Settled',
          '返還額 / Refund',
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
                  '**合計 / Total**',
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

  out.push('## 評価の段階 / Scale', '');
  out.push(
    s.framework.scale
      .map((l) => `- ${md(l.spelling)} (${l.value}) ${md(l.label.ja)} / ${md(l.label.en)}`)
      .join('\n'),
    '',
  );
  out.push(
    `平均は回答のあった項目だけで計算し、未回答を0点とはしません / Means count answered items only; unanswered items are not zeros.`,
    '',
  );

  out.push('## 出典 / Sources', '');
  const sources = [s.framework.source, s.framework.scaleSource, ...s.items.map((i) => i.source)];
  out.push([...new Set(sources)].map((x) => `- ${md(x)}`).join('\n'), '');
  return out.join('\n');
}
