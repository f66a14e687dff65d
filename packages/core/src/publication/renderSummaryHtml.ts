import {
  EVALUATOR_LABELS,
  groupDigits,
  escapeHtml as h,
  meanText,
  ratioText,
  signedText,
  yenText,
} from './_format.js';
import { barChart, type ChartRow } from './_svg.js';
import type { PublicationGroup, PublicationSummary } from './PublicationSummary.js';
import { SUMMARY_WORDS, jaSlashEn as w } from './summaryWords.js';

const COLORS = {
  item: '#2a7f62',
  city: '#1f5fa8',
  partner: '#e08a1e',
  plan: '#a7b1bc',
  actual: '#2a7f62',
  over: '#c0392b',
};

const FONT_FAMILY = `'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Kaku Gothic ProN', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif`;

/**
 * The page's Content-Security-Policy: no script, no remote file, no form — the page needs none —
 * only its own <style>, so that even text that escaped escaping could run nothing and send
 * nothing out.
 */
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CSS = `
*{box-sizing:border-box}
html{font-family:${FONT_FAMILY};color:#1a1a1a;background:#fff;line-height:1.6;-webkit-text-size-adjust:100%}
body{margin:0}
main{max-width:960px;margin:0 auto;padding:24px 28px 40px}
svg text{font-family:${FONT_FAMILY}}
h1{font-size:26px;margin:0 0 4px;line-height:1.35}
h2{font-size:19px;margin:34px 0 10px;padding:0 0 4px 10px;border-left:5px solid #2a7f62;border-bottom:1px solid #d5d9de}
.en{font-size:11px;font-weight:normal;color:#5a6470;margin-left:.6em}
h1 .en{font-size:.62em}
h2 .en{font-size:.66em}
p.en,div.en{margin-left:0}
header .meta{margin:8px 0 0;padding:0;list-style:none;color:#333;font-size:14px}
header .meta li{display:inline-block;margin-right:18px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:0;padding:0}
.card{flex:1 1 150px;border:1px solid #d5d9de;border-radius:6px;padding:10px 12px;background:#f7f9fb}
.card dt{font-size:13px;color:#333}
.card dd{margin:2px 0 0;font-size:26px;font-weight:bold}
.card.alert dd{color:#c0392b}
figure{margin:10px 0 12px;overflow-x:auto}
figcaption{font-size:12.5px;color:#555}
svg.chart{max-width:100%;height:auto;display:block}
table{border-collapse:collapse;width:100%;font-size:13.5px;margin:8px 0 4px}
th,td{border:1px solid #cfd5db;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#eef3f8;font-weight:bold}
th .en{display:block;margin:0;font-size:11px}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.total td{font-weight:bold;background:#f7f9fb}
.over{color:#c0392b;font-weight:bold}
.ok{color:#2a7f62}
.note{font-size:13px;color:#444}
ul.sources{font-size:12.5px;color:#444;padding-left:1.3em}
footer{margin-top:36px;font-size:12px;color:#666;border-top:1px solid #d5d9de;padding-top:8px}
@page{size:A4;margin:14mm}
@media print{main{max-width:none;padding:0}section{break-inside:avoid-page}h2{break-after:avoid}figure{overflow:visible}}
`;

const both = (ja: string, en: string) => `${h(ja)}<span class="en" lang="en">${h(en)}</span>`;
const th = (ja: string, en: string, num = false) => `<th${num ? ' class="num"' : ''}>${both(ja, en)}</th>`;
const td = (text: string, num = false, cls = '') =>
  `<td${num || cls ? ` class="${[num ? 'num' : '', cls].filter(Boolean).join(' ')}"` : ''}>${h(text)}</td>`;

function section(id: string, ja: string, en: string, body: string): string {
  return `<section id="${id}"><h2>${both(ja, en)}</h2>${body}</section>`;
}

/** Compact yen for chart labels: 4,750,000 → '475万円', 180,000 → '18万円', 9,500 → '9,500円'. */
function compactYen(yen: number): string {
  if (Math.abs(yen) < 10_000) return `${groupDigits(yen)}円`;
  const man = Math.round(yen / 1000) / 10;
  return `${groupDigits(man)}万円`;
}

function groupTable(groups: readonly PublicationGroup[], keyJa: string, keyEn: string): string {
  return `<table><thead><tr>${th(keyJa, keyEn)}${th('事業数', 'Projects', true)}${th('評価数', 'Evaluations', true)}${th('平均', 'Mean', true)}${th('市', 'City', true)}${th('協働相手', 'Partner', true)}${th('予算額', 'Budget', true)}${th('決算額', 'Actual', true)}</tr></thead><tbody>${groups
    .map(
      (g) =>
        `<tr>${td(g.key)}${td(String(g.projects), true)}${td(String(g.evaluations), true)}${td(meanText(g.mean), true)}${td(meanText(g.city), true)}${td(meanText(g.partner), true)}${td(yenText(g.budget), true)}${td(yenText(g.actual), true)}</tr>`,
    )
    .join('')}</tbody></table>`;
}

/**
 * The publication summary as ONE self-contained HTML page in Japanese with English beside it
 * (RULES E1 公表; 001_9b5b631400e119ce.txt 協働の評価・検証、見直し ⑶ 評価・検証結果の公表): inline
 * CSS, inline SVG charts — the mean per item, the city against the partner per project, the
 * actual against the plan per project (E4) — and tables; no script, no external asset (it can
 * be posted or printed as is), and a Content-Security-Policy that forbids scripts, remote files
 * and forms. Every user text is HTML-escaped. A pure string builder.
 *
 * @example
 * renderSummaryHtml(summary).startsWith('<!DOCTYPE html>\n<html lang="ja">') //=> true
 */
export function renderSummaryHtml(summary: PublicationSummary): string {
  const s = summary;
  const f = s.framework;
  const levelTicks = [0, ...f.scale.map((l) => l.value)]
    .filter((v, i, a) => a.indexOf(v) === i)
    .sort((a, b) => a - b)
    .map((value) => {
      const level = f.scale.find((l) => l.value === value);
      return { value, label: level ? `${level.spelling} (${value})` : String(value) };
    });
  const axisMax = Math.max(f.max, 1);

  // Chart 1: mean per item.
  const itemRows: ChartRow[] = s.items.map((i) => ({
    label: i.label.ja,
    sublabel: i.label.en,
    bars: [
      {
        value: i.mean,
        text: meanText(i.mean),
        className: 'bar bar-item',
        fill: COLORS.item,
        title: `${i.label.ja}: 平均 ${meanText(i.mean)}（${i.count}件）`,
      },
    ],
  }));
  const itemsChart = barChart({
    id: 'chart-items',
    title: w(SUMMARY_WORDS.chartMeanPerItem),
    rows: itemRows,
    max: axisMax,
    ticks: levelTicks,
    emptyText: w(SUMMARY_WORDS.noAnswers),
  });

  // Chart 2: city against partner per project.
  const pairRows: ChartRow[] = s.projects.map((p) => ({
    label: p.project,
    ...(p.form ? { sublabel: p.form } : {}),
    ...(p.gaps > 0 ? { flag: '⚠' } : {}),
    bars: [
      {
        value: p.city,
        text: meanText(p.city),
        className: 'bar bar-city',
        fill: COLORS.city,
        title: `${p.project}: 市 ${meanText(p.city)}`,
      },
      {
        value: p.partner,
        text: meanText(p.partner),
        className: 'bar bar-partner',
        fill: COLORS.partner,
        title: `${p.project}: 協働相手 ${meanText(p.partner)}`,
      },
    ],
  }));
  const pairChart = barChart({
    id: 'chart-city-partner',
    title: w(SUMMARY_WORDS.chartCityPartner),
    rows: pairRows,
    max: axisMax,
    ticks: levelTicks,
    legend: [
      { label: '市 City', fill: COLORS.city },
      { label: '協働相手 Partner', fill: COLORS.partner },
    ],
    emptyText: w(SUMMARY_WORDS.notEvaluated),
  });

  // Chart 3: actual against plan, each as a percentage of its own plan.
  const pct = (n: number, plan: number) => (plan === 0 ? null : (n / plan) * 100);
  const maxPct = Math.max(150, ...s.planVersusActual.map((p) => pct(p.actual, p.budget) ?? 0));
  const pctMax = Math.ceil(maxPct / 50) * 50;
  const planRows: ChartRow[] = s.planVersusActual.map((p) => ({
    label: p.project,
    ...(p.over ? { flag: '⚠' } : {}),
    bars: [
      {
        value: p.budget === 0 ? null : 100,
        text: compactYen(p.budget),
        className: 'bar bar-plan',
        fill: COLORS.plan,
        title: `${p.project}: 予算額 ${yenText(p.budget)}`,
      },
      {
        value: pct(p.actual, p.budget),
        text: `${compactYen(p.actual)} (${ratioText(p.ratio)})`,
        className: 'bar bar-actual',
        fill: p.over ? COLORS.over : COLORS.actual,
        title: `${p.project}: 決算額 ${yenText(p.actual)}（${ratioText(p.ratio)}）`,
      },
    ],
  }));
  const t = f.varianceThresholdPercent;
  const planTicks = [];
  for (let v = 0; v <= pctMax; v += 50) planTicks.push({ value: v, label: `${v}%` });
  const planChart =
    s.planVersusActual.length === 0
      ? ''
      : barChart({
          id: 'chart-plan-actual',
          title: w(SUMMARY_WORDS.chartPlanActual),
          rows: planRows,
          max: pctMax,
          ticks: planTicks,
          reference: 100,
          band: { from: 100 - t, to: 100 + t, label: `±${t}%` },
          legend: [
            { label: '予算額 Plan', fill: COLORS.plan },
            { label: '決算額 Actual', fill: COLORS.actual },
            { label: `±${t}%超 Over`, fill: COLORS.over },
          ],
          emptyText: w(SUMMARY_WORDS.planZero),
        });

  const body: string[] = [];
  const meta = [
    `${h(s.profile.name.ja)} <span class="en" lang="en">${h(s.profile.name.en)}</span>`,
    ...(s.publisher ? [h(s.publisher)] : []),
    ...(s.fiscalYearLabel
      ? [`対象年度 ${h(s.fiscalYearLabel)} <span class="en" lang="en">FY${s.fiscalYear}</span>`]
      : []),
    `作成日 ${h(s.dateLabel)} <span class="en" lang="en">${h(s.date)}</span>`,
  ];
  body.push(
    `<header><h1>${h(s.title.ja)}<span class="en" lang="en">${h(s.title.en)}</span></h1><ul class="meta">${meta
      .map((m) => `<li>${m}</li>`)
      .join(
        '',
      )}</ul><p class="note">評価の枠組み：${h(f.label.ja)}<span class="en" lang="en">${h(f.label.en)}</span></p></header>`,
  );

  const card = (ja: string, en: string, n: number, alert = false) =>
    `<div class="card${alert && n > 0 ? ' alert' : ''}"><dt>${both(ja, en)}</dt><dd>${n}</dd></div>`;
  body.push(
    section(
      'overview',
      '概要',
      'Overview',
      `<dl class="cards">${card('評価した事業', 'Projects', s.counts.projects)}${card('評価数', 'Evaluations', s.counts.evaluations)}${card('評価の差', 'Gaps', s.counts.gaps, true)}${card('未提出の評価', 'Missing evaluations', s.counts.missingEvaluations, true)}${card('計画との乖離', 'Over plan', s.counts.overVariance, true)}</dl>`,
    ),
  );

  body.push(
    section(
      'items',
      '評価項目ごとの平均',
      'Mean per item',
      `<figure>${itemsChart}<figcaption>全ての評価者の回答の平均（${h(f.scale.map((l) => `${l.spelling}=${l.value}`).join('、'))}）。未回答は平均に含めません。<span class="en" lang="en">Mean of all answers; unanswered items are left out, not counted as zero.</span></figcaption></figure>` +
        `<table><thead><tr>${th('区分', 'Group')}${th('評価項目', 'Item')}${th('平均', 'Mean', true)}${th('市', 'City', true)}${th('協働相手', 'Partner', true)}${th('回答数', 'Answers', true)}</tr></thead><tbody>${s.items
          .map(
            (i) =>
              `<tr>${td(i.group?.ja ?? '')}<td>${both(i.label.ja, i.label.en)}</td>${td(meanText(i.mean), true)}${td(meanText(i.city), true)}${td(meanText(i.partner), true)}${td(String(i.count), true)}</tr>`,
          )
          .join('')}</tbody></table>`,
    ),
  );

  body.push(
    section(
      'city-partner',
      '事業ごとの評価：市と協働相手',
      'City and partner per project',
      `<figure>${pairChart}<figcaption>各々の自己評価の平均。⚠ は${f.gapThreshold}段階以上の差がある項目を含む事業。<span class="en" lang="en">Means of each party's self-evaluation; ⚠ marks a project with a gap of ${f.gapThreshold} levels or more.</span></figcaption></figure>` +
        `<table><thead><tr>${th('事業名', 'Project')}${th('形態', 'Form')}${th('市', 'City', true)}${th('協働相手', 'Partner', true)}${th('協働推進会議', 'Council', true)}${th('第三者', 'Third party', true)}${th('未提出', 'Missing')}</tr></thead><tbody>${s.projects
          .map(
            (p) =>
              `<tr>${td(p.project)}${td(p.form ?? '')}${td(meanText(p.city), true)}${td(meanText(p.partner), true)}${td(meanText(p.council), true)}${td(meanText(p.thirdParty), true)}${td(
                p.missingEvaluators.map((k) => EVALUATOR_LABELS[k].ja).join('、'),
                false,
                p.missingEvaluators.length > 0 ? 'over' : '',
              )}</tr>`,
          )
          .join('')}</tbody></table>`,
    ),
  );

  body.push(
    section(
      'gaps',
      '市と協働相手の評価の差',
      'Gaps between city and partner',
      `<p class="note">同じ項目で評価が${f.gapThreshold}段階以上異なるもの。お互いの見方の違いを話し合う材料です（相互理解）。<span class="en" lang="en">Items where the two parties differ by ${f.gapThreshold} levels or more: a starting point for talking it through.</span></p>` +
        (s.gaps.length === 0
          ? '<p>なし <span class="en" lang="en">None</span></p>'
          : `<table><thead><tr>${th('事業名', 'Project')}${th('評価項目', 'Item')}${th('市', 'City', true)}${th('協働相手', 'Partner', true)}${th('差', 'Difference', true)}</tr></thead><tbody>${s.gaps
              .map(
                (g) =>
                  `<tr>${td(g.project)}<td>${both(g.itemLabel.ja, g.itemLabel.en)}</td>${td(String(g.city), true)}${td(String(g.partner), true)}${td(String(g.difference), true, 'over')}</tr>`,
              )
              .join('')}</tbody></table>`),
    ),
  );

  body.push(
    section(
      'plan-actual',
      '計画と実績',
      'Plan and actual',
      s.planVersusActual.length === 0
        ? '<p>データなし <span class="en" lang="en">No data</span></p>'
        : `<figure>${planChart}<figcaption>予算額を100%とした決算額。網掛けは±${t}%の範囲、赤は超えたもの（当初計画どおり完結したかの検証）。<span class="en" lang="en">Actual as a percentage of plan; the band is ±${t}%, red bars are beyond it.</span></figcaption></figure>` +
            `<table><thead><tr>${th('事業名', 'Project')}${th('予算額', 'Budget', true)}${th('決算額', 'Actual', true)}${th('増減', 'Difference', true)}${th('増減率', 'Ratio', true)}${th('規模 計画→実績', 'Scale', true)}${th('判定', 'Check')}</tr></thead><tbody>${s.planVersusActual
              .map((p) => {
                const over = p.over || (p.scale?.over ?? false);
                const scale = p.scale
                  ? `${groupDigits(p.scale.planned)} → ${groupDigits(p.scale.actual)} (${ratioText(p.scale.ratio)})`
                  : '';
                return `<tr>${td(p.project)}${td(yenText(p.budget), true)}${td(yenText(p.actual), true)}${td(signedText(p.difference), true)}${td(ratioText(p.ratio), true, p.over ? 'over' : '')}${td(scale, true, p.scale?.over ? 'over' : '')}<td class="${over ? 'over' : 'ok'}">${over ? both('要確認', 'Check') : both('計画どおり', 'As planned')}</td></tr>`;
              })
              .join('')}</tbody></table>`,
    ),
  );

  if (s.byForm.length > 0)
    body.push(
      section('forms', '協働の形態ごと', 'By form of cooperation', groupTable(s.byForm, '形態', 'Form')),
    );
  if (s.byDomain.length > 0)
    body.push(section('domains', '協働の領域ごと', 'By domain', groupTable(s.byDomain, '領域', 'Domain')));

  if (s.subsidies.length > 0) {
    const totals = s.subsidyTotals;
    body.push(
      section(
        'subsidies',
        '補助金',
        'Subsidies',
        `<table><thead><tr>${th('補助事業', 'Program')}${th('件数', 'Grants', true)}${th('交付決定額', 'Granted', true)}${th('確定額', 'Settled', true)}${th('返還額', 'Refund', true)}</tr></thead><tbody>${s.subsidies
          .map(
            (x) =>
              `<tr>${td(x.label)}${td(String(x.count), true)}${td(yenText(x.granted), true)}${td(yenText(x.settled), true)}${td(yenText(x.refund), true)}</tr>`,
          )
          .join('')}${
          totals
            ? `<tr class="total"><td>${both('合計', 'Total')}</td>${td(String(totals.count), true)}${td(yenText(totals.granted), true)}${td(yenText(totals.settled), true)}${td(yenText(totals.refund), true)}</tr>`
            : ''
        }</tbody></table>`,
      ),
    );
  }

  body.push(
    section(
      'scale',
      '評価の段階',
      'Scale',
      `<table><thead><tr>${th('表記', 'Level')}${th('点', 'Value', true)}${th('意味', 'Meaning')}</tr></thead><tbody>${f.scale
        .map(
          (l) =>
            `<tr>${td(l.spelling)}${td(String(l.value), true)}<td>${both(l.label.ja, l.label.en)}</td></tr>`,
        )
        .join(
          '',
        )}</tbody></table><p class="note">平均は回答のあった項目だけで計算し、未回答を0点とはしません。<span class="en" lang="en">Means count answered items only; unanswered items are not zeros.</span></p>`,
    ),
  );

  const sources = [...new Set([f.source, f.scaleSource, ...s.items.map((i) => i.source)])];
  body.push(
    section(
      'sources',
      '出典',
      'Sources',
      `<ul class="sources">${sources.map((x) => `<li>${h(x)}</li>`).join('')}</ul>`,
    ),
  );
  body.push(
    `<footer>協働で取り組んだ事業の評価・検証の結果です。kyodo により作成。<span class="en" lang="en">Published evaluation results of cooperative projects. Made with kyodo.</span></footer>`,
  );

  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(s.title.ja)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
