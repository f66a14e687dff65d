// `npm run docs`: writes docs/rules.md from the profile data the code runs on (docs/contributing.md
// "Conventions": the rule book is generated from the same profile data the code runs on). Never edit
// docs/rules.md by hand; scripts/generate-docs.test.ts fails when it is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BASIS_LABELS,
  type Basis,
  basisOf,
  builtinProfiles,
  DEFAULT_GAP_THRESHOLD,
  DEFAULT_VARIANCE_THRESHOLD_PERCENT,
  DOCUMENTS,
  defaultFramework,
  documentNumber,
  formatSource,
  formsMessages,
  type MessageCatalogue,
  ORGANISER_LABELS,
  type Organiser,
  type Profile,
  profileMessages,
  RULE_IDS,
  SHEET_KINDS,
  type Source,
  settingSource,
} from '../packages/core/src/index.js';
import { ISSUE_CODES_PAGE, renderIssueCodesPage } from './issueCodesPage.js';
import { RULE_CATALOGUE } from './ruleCatalogue.js';

/** Where the page is written, relative to the repository root. */
export const RULES_PAGE = 'docs/rules.md';

type Loose = Record<string, unknown>;

function cell(text: string | number | undefined | null): string {
  if (text === undefined || text === null || text === '') return '';
  return String(text)
    .replace(/\|/gu, '\\|')
    .replace(/\s*\n\s*/gu, ' ');
}

/** The tag that says on what a cited value rests: the plan, kyodo's default, the municipality's choice. */
const TAG: Readonly<Record<Basis, string>> = {
  plan: '〔計画〕',
  kyodo: '〔kyodo〕',
  municipality: '〔市の選択〕',
};

function src(source: Source | undefined): string {
  if (!source) return '';
  const note = source.note ? ` — ${source.note}` : '';
  return cell(`${TAG[basisOf(source)]} ${formatSource(source)}${note}`);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  if (rows.length === 0) return ['（なし / none）', ''];
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

function both(label: { ja: string; en: string } | undefined): string {
  return label ? cell(`${label.ja} / ${label.en}`) : '';
}

function asLoose(value: unknown): Loose {
  return typeof value === 'object' && value !== null ? (value as Loose) : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function yen(value: unknown): string {
  if (value === 'none') return '上限なし / no limit';
  return typeof value === 'number' ? `${value.toLocaleString('en-US')}円` : '';
}

function rate(value: unknown): string {
  const r = asLoose(value);
  if (typeof r.numerator !== 'number' || typeof r.denominator !== 'number') return '';
  if (r.numerator === r.denominator) return '100%';
  return `${r.numerator}/${r.denominator}`;
}

function dated(value: unknown, show: (v: unknown) => string): string {
  const list = asList(value);
  if (list.length === 0) return '記載なし / not given';
  return list
    .map((entry) => {
      const e = asLoose(entry);
      const shown = e.value === null ? '終了 / ends' : show(e.value);
      return list.length === 1 ? shown : `FY${String(e.from)}–: ${shown}`;
    })
    .join('; ');
}

function years(value: unknown): string {
  const list = asList(value);
  if (list.length === 0) return '記載なし / not given';
  return list
    .map((range) => {
      const r = asLoose(range);
      return `FY${String(r.from)}–${r.to === undefined ? '' : `FY${String(r.to)}`}`;
    })
    .join(', ');
}

function programsSection(profile: Profile): string[] {
  const rows = profile.programs.map((program) => {
    const p = asLoose(program);
    const names = asLoose(p.names);
    const name = typeof names.ja === 'string' ? both({ ja: names.ja, en: String(names.en ?? '') }) : '';
    const caps = asLoose(p.caps);
    const limit = [
      dated(p.annualLimit, yen),
      typeof caps.totalYen === 'number' ? `通算 ${yen(caps.totalYen)} / total` : '',
      typeof caps.maxYears === 'number' ? `${caps.maxYears}年度まで / up to ${caps.maxYears} FY` : '',
    ]
      .filter((s) => s !== '')
      .join('; ');
    return [
      `\`${String(p.id)}\``,
      name,
      cell(typeof p.kind === 'string' ? p.kind : ''),
      cell(years(p.years)),
      cell(dated(p.rate, rate)),
      cell(limit),
      src(p.source as Source | undefined),
    ];
  });
  return [
    '### 支援制度 / Support programs',
    '',
    ...table(
      [
        'ID',
        '名称 / Name',
        '種類 / Kind',
        '年度 / Years',
        '補助率 / Rate',
        '限度額 / Limit',
        '出典 / Source',
      ],
      rows,
    ),
  ];
}

function frameworksSection(profile: Profile): string[] {
  const out = ['### 評価の枠組み / Evaluation frameworks', ''];
  if (profile.evaluation.frameworks.length === 0) return [...out, '（なし / none）', ''];
  for (const framework of profile.evaluation.frameworks) {
    const f = asLoose(framework);
    const label = asLoose(f.label);
    const isDefault = profile.evaluation.default === f.id ? '（既定 / default）' : '';
    out.push(
      `#### ${String(label.ja ?? f.id)} / ${String(label.en ?? '')} \`${String(f.id)}\`${isDefault}`,
      '',
    );
    out.push(`出典 / Source: ${src(f.source as Source | undefined)}`, '');
    const groups = new Map(asList(f.groups).map((g) => [asLoose(g).id, asLoose(asLoose(g).label)]));
    out.push(
      ...table(
        ['ID', '項目 / Item', '問い / Question', 'グループ / Group', '重み / Weight', '出典 / Source'],
        asList(f.items).map((item) => {
          const i = asLoose(item);
          const group = groups.get(i.group);
          return [
            `\`${String(i.id)}\``,
            both(i.label as { ja: string; en: string }),
            both(i.question as { ja: string; en: string } | undefined),
            group ? cell(String(group.ja ?? '')) : '',
            cell(typeof i.weight === 'number' ? i.weight : ''),
            src(i.source as Source | undefined),
          ];
        }),
      ),
    );
    const scale = asLoose(f.scale);
    out.push(
      '尺度 / Scale:',
      '',
      ...table(
        ['値 / Value', '水準 / Level', '表記 / Spellings'],
        asList(scale.levels).map((level) => {
          const l = asLoose(level);
          return [
            cell(String(l.value)),
            both(l.label as { ja: string; en: string }),
            cell(asList(l.spellings).join('、')),
          ];
        }),
      ),
      `尺度の出典 / Scale source: ${src(scale.source as Source | undefined)}`,
      '',
    );
  }
  return out;
}

const COMBINE: Readonly<Record<string, string>> = {
  mean: '審査員の平均 / the reviewers’ mean',
  total:
    '審査員の合計（利害関係で除いた審査員は他の平均） / the panel’s total (the others’ mean for one left out)',
};
const RULE_WORDS: Readonly<Record<string, string>> = {
  'others-average': '除いて他の審査員の平均で評価 / left out, the others’ mean stands in',
  'smaller-request': '申請額の少ない方が上位 / the smaller request first',
  committee: '審査会が決める（同順位） / the committee decides (same rank)',
  reduce: '残額まで減額 / reduced to what is left',
  refuse: '交付しない（次の申請へ） / refused (the next that fits is funded)',
  'refuse-and-stop': '交付しない（以降も打ち切り） / refused, and funding stops',
};

/** The review frameworks (審査, RULES X3): criteria, and each parameter with its source, or the parameter the profile still lacks. */
function reviewSection(profile: Profile): string[] {
  const out = ['### 審査の基準 / Review frameworks', ''];
  if (profile.review.frameworks.length === 0) return [...out, '（なし / none）', ''];
  const missing = '**未設定（プロファイルで定める） / not set: the profile gives it**';
  for (const f of profile.review.frameworks) {
    const isDefault = profile.review.default === f.id ? '（既定 / default）' : '';
    out.push(
      `#### ${f.label.ja} / ${f.label.en} \`${f.id}\`${isDefault}`,
      '',
      `出典 / Source: ${src(f.source)}`,
      '',
    );
    if (f.program !== undefined) out.push(`交付額の計算 / Awards computed by: \`${f.program}\``, '');
    out.push(
      ...table(
        ['ID', '審査項目 / Criterion', '別名 / Aliases', '重み / Weight', '配点 / Max', '出典 / Source'],
        f.criteria.map((c) => [
          `\`${c.id}\``,
          both(c.label),
          cell(c.aliases.join('、')),
          cell(c.weight ?? ''),
          cell(c.max ?? ''),
          src(c.source),
        ]),
      ),
    );
    const scale =
      f.scale === undefined
        ? missing
        : `${f.scale.min}〜${f.scale.max}（${f.scale.step} 刻み / in steps of ${f.scale.step}）`;
    const threshold =
      f.threshold === undefined
        ? missing
        : f.threshold.kind === 'points'
          ? `${f.threshold.value} 点以上 / at least ${f.threshold.value} points`
          : `満点の ${f.threshold.value.numerator}/${f.threshold.value.denominator} 以上 / at least ${f.threshold.value.numerator}/${f.threshold.value.denominator} of the maximum`;
    const reduction =
      f.reduction === undefined
        ? missing
        : `${RULE_WORDS[f.reduction.rule] ?? f.reduction.rule}${f.reduction.unit === undefined || f.reduction.unit === 1 ? '' : `（${f.reduction.unit} 円未満切り捨て / rounded down to ${f.reduction.unit} yen）`}`;
    out.push(
      ...table(
        ['項目 / Parameter', '値 / Value', '出典 / Source'],
        [
          ['点数の尺度 / Scale of points', cell(scale), src(f.scale?.source)],
          [
            '審査員の点の合わせ方 / Combining reviewers',
            f.combine === undefined ? missing : cell(COMBINE[f.combine.method]),
            src(f.combine?.source),
          ],
          ['採択基準 / Pass threshold', cell(threshold), src(f.threshold?.source)],
          [
            '利害関係 / Conflict of interest',
            f.conflict === undefined ? missing : cell(RULE_WORDS[f.conflict.rule]),
            src(f.conflict?.source),
          ],
          ['同点 / Ties', f.tie === undefined ? missing : cell(RULE_WORDS[f.tie.rule]), src(f.tie?.source)],
          ['予算が足りないとき / Budget short', cell(reduction), src(f.reduction?.source)],
        ],
      ),
    );
  }
  return out;
}

const ORGANISED: Readonly<Record<Organiser, string>> = {
  city: '市主催',
  citizen: '市民主催',
  joint: '共同主催',
};

function organisers(list: readonly Organiser[]): string {
  return list.map((o) => ORGANISER_LABELS[o].ja).join('、');
}

/**
 * What the profile's plans do not say, and what kyodo does there (silence is not a ban):
 * kyodo's defaults, the readings it makes, the checks it does not make, the numbers a profile
 * must supply. Every row names whose rule it is.
 */
function silentSection(profile: Profile): string[] {
  const rows: string[][] = [];
  const row = (matter: string, does: string, source?: Source) =>
    rows.push([cell(matter), cell(does), source === undefined ? '〔kyodo〕' : src(source)]);
  const seen = new Set<Source>();
  const note = (source: Source) => seen.add(source);

  for (const d of profile.sources)
    if (d.revision === undefined)
      row(
        `「${d.title.ja}」の見直しの時期 / when ${d.title.en} is revised`,
        '定めがないため見直しの年度を示しません / no revision year is given (profile.no-revision-rule)',
      );
  for (const f of profile.forms) {
    if (basisOf(f.source) === 'kyodo') {
      note(f.source);
      row(
        `形態「${f.label.ja}」 / the form ${f.label.en}`,
        '計画にない形態を kyodo が加えます / kyodo adds a form the plans do not name',
        f.source,
      );
    }
    if (f.organisersSource === undefined)
      row(
        `「${f.label.ja}」の主催者 / who organises ${f.label.en}`,
        `名前から${f.organisers.map((o) => ORGANISER_LABELS[o].ja).join('・')}と読み、違えば注意（エラーではない） / read from its name; another organiser is a warning, not an error (forms.organiser-unexpected)`,
      );
  }
  if (profile.domains.length === 0)
    row('協働の領域 / domains of cooperation', '定めがないため領域別に集計しません / no tally by domain');
  if (profile.administrativeActs.length === 0)
    row(
      '協働でない行政行為 / administrative acts that are not cooperation',
      '定めがないため確かめません / not checked',
    );
  if (profile.rollingIndicators === undefined)
    row(
      '実施年次指標の年数 / how many years ahead indicators are set (E8)',
      '定めがないため今後の年度の目標は確かめません（一度だけ情報） / targets for coming years are not checked (said once: indicators.rolling-not-set)',
    );
  for (const framework of profile.evaluation.frameworks) {
    const name = framework.label.ja;
    if (basisOf(framework.source) === 'kyodo') {
      note(framework.source);
      row(
        `評価の枠組み「${name}」 / the evaluation framework`,
        framework.source.note ?? '',
        framework.source,
      );
    }
    for (const g of framework.groups)
      if (basisOf(g.source) === 'kyodo') {
        note(g.source);
        row(`評価項目のまとまり「${g.label.ja}」 / item group ${g.label.en}`, g.source.note ?? '', g.source);
      }
    if (basisOf(framework.scale.source) === 'kyodo') {
      note(framework.scale.source);
      row(
        `「${name}」の尺度 / its scale (E7)`,
        `${framework.scale.levels.map((l) => `${l.spellings[0]}(${l.value})`).join('・')} を既定とします / the default scale`,
        framework.scale.source,
      );
    }
    const settings = [
      [
        'varianceThresholdPercent',
        `予実差のしきい値 ${framework.varianceThresholdPercent}% / plan-vs-actual threshold`,
        '超えると注意 / a larger variance is a warning (E4)',
      ],
      [
        'gapThreshold',
        `評価の差 ${framework.gapThreshold} 段階 / evaluation gap`,
        '市と協働相手の差がこれ以上なら注意 / a gap this large is a warning (E7)',
      ],
      [
        'requiredEvaluators',
        '評価する主体 / who evaluates',
        '市と協働相手に自己評価を求め、ないと注意 / both parties evaluate themselves; a missing one is a warning (E1)',
      ],
    ] as const;
    for (const [setting, matter, does] of settings) {
      const source = settingSource(framework, setting);
      if (basisOf(source) !== 'plan') row(`「${name}」の${matter}`, does, source);
    }
  }
  for (const program of profile.programs) {
    const p = asLoose(program);
    const name = `「${program.names.ja}」`;
    const rounding = asLoose(p.rounding).source as Source | undefined;
    if (p.rate !== undefined || p.taperedRates !== undefined) {
      if (rounding === undefined)
        row(`${name}の端数処理 / rounding`, '円未満切り捨て / truncate to the yen (C4)');
      else if (basisOf(rounding) === 'kyodo') {
        note(rounding);
        row(`${name}の端数処理 / rounding`, '円未満切り捨て / truncate to the yen (C4)', rounding);
      }
    }
    if (p.advance === undefined)
      row(
        `${name}の前金払・概算払 / advance payment`,
        '可否を確かめず、前払があれば精算して情報を一度示します / not judged: an advance is settled and said once (subsidy.advance-not-stated)',
      );
    const needs = [
      p.years === undefined ? ['実施年度', 'years'] : undefined,
      p.rate === undefined && p.taperedRates === undefined && p.fixedAmount === undefined
        ? ['補助率', 'rate']
        : undefined,
      p.annualLimit === undefined && p.fixedAmount === undefined ? ['限度額', 'limit'] : undefined,
    ].filter((x): x is string[] => x !== undefined);
    if (needs.length > 0)
      row(
        `${name}の${needs.map((n) => n[0]).join('・')} / ${needs.map((n) => n[1]).join(', ')}`,
        '記載がないため 0 とせず、計算にはプロファイルで定めた値が要ります / not 0: a computation needs the profile to set it (subsidy.missing-parameter)',
      );
  }
  // Any other value resting on a kyodo default.
  walk(profile, [], (source, path) => {
    if (seen.has(source) || basisOf(source) !== 'kyodo') return;
    if (/rounding$/u.test(path.join('.'))) return;
    seen.add(source);
    row(path.join('.'), source.note ?? '', source);
  });
  return [
    '### 計画が定めていないこと / Where the plans are silent',
    '',
    '計画が定めていないところで kyodo がすること。〔kyodo〕は kyodo の既定値または読み方、〔市の選択〕はプロファイルが自ら定めた値です。',
    'What kyodo does where the plans say nothing: 〔kyodo〕 marks a kyodo default or reading, 〔市の選択〕 a value the profile sets itself.',
    '',
    ...table(['事項 / Matter', 'kyodo がすること / What kyodo does', '出典 / Source'], rows),
  ];
}

/** Every Source inside a value, with its path. */
function walk(
  value: unknown,
  path: readonly (string | number)[],
  visit: (s: Source, p: readonly (string | number)[]) => void,
): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], [...path, i], visit);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const o = value as Loose;
  if (typeof o.document === 'string' && typeof o.section === 'string') {
    visit(o as unknown as Source, path);
    return;
  }
  for (const [k, v] of Object.entries(o)) walk(v, [...path, k], visit);
}

function profileSection(profile: Profile): string[] {
  const out: string[] = [`## ${profile.name.ja} / ${profile.name.en} (\`${profile.id}\`)`, ''];
  if (profile.description) out.push(`${profile.description.ja}  `, profile.description.en, '');
  if (profile.localGovernmentCode)
    out.push(`地方公共団体コード / Local government code: ${profile.localGovernmentCode}`, '');
  if (profile.extends) out.push(`継承元 / Extends: \`${profile.extends}\``, '');

  out.push(
    '### 文書 / Documents',
    '',
    ...table(
      ['番号 / No.', '題名 / Title', '策定 / Adopted', '期間 / Period', '見直し / Revision (T1)'],
      profile.sources.map((d) => [
        cell(documentNumber(d.document)),
        both(d.title),
        cell(d.adopted),
        cell(d.period),
        d.revision === undefined
          ? '定めなし / not stated'
          : cell(
              `${d.revision.after.ja}の${d.revision.fiscalYearsAfter === 1 ? '翌' : `${d.revision.fiscalYearsAfter}年度後の`}年度 / ${d.revision.fiscalYearsAfter} fiscal year(s) after ${d.revision.after.en} — ${src(d.revision.source)}`,
            ),
      ]),
    ),
  );

  out.push(
    '### 定義 / Definitions',
    '',
    ...table(
      ['用語 / Term', '定義 / Definition', '出典 / Source'],
      profile.definitions.map((d) => [both(d.term), cell(`${d.text.ja} / ${d.text.en}`), src(d.source)]),
    ),
  );

  out.push('### 原則 / Principles', '');
  out.push(
    ...table(
      ['原則 / Principle', '内容 / What it says', '区分 / Group', '出典 / Source'],
      profile.principles.map((p) => [
        both(p.label),
        cell(
          [
            p.description ? `${p.description.ja} / ${p.description.en}` : '',
            p.ordering
              ? `順序 / Order: ${[...p.ordering]
                  .sort((a, b) => a.order - b.order)
                  .map((o) => `${o.order}. ${o.label.ja}`)
                  .join(' → ')}`
              : '',
          ]
            .filter((s) => s !== '')
            .join(' '),
        ),
        cell(p.group?.ja),
        src(p.source),
      ]),
    ),
  );

  if (profile.actionStandards.length > 0) {
    out.push(
      '### 行動基準 / Action standards',
      '',
      ...table(
        ['基準 / Standard', '出典 / Source'],
        profile.actionStandards.map((a) => [both(a.label), src(a.source)]),
      ),
    );
  }

  out.push(
    '### 主体 / Actors',
    '',
    ...table(
      [
        '主体 / Actor',
        '例・別名 / Examples, synonyms',
        '属する / Group',
        '効果 / Effects',
        '役割 / Roles',
        '出典 / Source',
      ],
      profile.actors.map((a) => [
        `${both(a.label)} \`${a.id}\``,
        cell([...new Set([...(a.examples ?? []), ...(a.synonyms ?? [])])].join('、')),
        a.group ? `\`${a.group}\`` : '',
        cell((a.effects ?? []).map((e) => `${e.label.ja}（${formatSource(e.source)}）`).join(' ')),
        cell((a.roles ?? []).map((r) => `${r.label.ja}（${formatSource(r.source)}）`).join(' ')),
        src(a.source),
      ]),
    ),
  );

  const domainLabel = (id: string | undefined) => profile.domains.find((d) => d.id === id)?.label.ja ?? '';
  out.push(
    '### 協働の形態 / Forms of cooperation',
    '',
    ...table(
      ['形態 / Form', '別名 / Synonyms', '主催 / Organisers', '領域 / Domain by organiser', '出典 / Source'],
      profile.forms.map((f) => [
        `${both(f.label)} \`${f.id}\``,
        cell(f.synonyms.join('、')),
        cell(organisers(f.organisers)),
        cell(
          f.organisers
            .filter((o) => f.domains?.[o] !== undefined)
            .map((o) => `${ORGANISED[o]}: ${domainLabel(f.domains?.[o])}`)
            .join('; '),
        ),
        src(f.source),
      ]),
    ),
  );

  out.push(
    '### 協働の領域 / Domains of cooperation',
    '',
    ...table(
      ['順 / Order', '領域 / Domain', '協働か / Cooperation', '内容 / Forms', '出典 / Source'],
      [...profile.domains]
        .sort((a, b) => a.order - b.order)
        .map((d) => [
          String(d.order),
          `${both(d.label)} \`${d.id}\``,
          d.cooperation ? 'はい / yes' : 'いいえ / no',
          both(d.description),
          src(d.source),
        ]),
    ),
  );

  if (profile.administrativeActs.length > 0) {
    out.push(
      '### 協働ではない行政行為 / Administrative acts (not cooperation)',
      '',
      ...table(
        ['行為 / Act', '説明 / Note', '出典 / Source'],
        profile.administrativeActs.map((a) => [both(a.label), both(a.description), src(a.source)]),
      ),
    );
  }

  const bodies = profile.regionalBodies;
  if (bodies) {
    out.push(`### ${bodies.label.ja} / ${bodies.label.en}`, '');
    if (bodies.description) out.push(`${bodies.description.ja}  `, bodies.description.en, '');
    out.push(`出典 / Source: ${src(bodies.source)}`, '');
    out.push(
      '#### 区域 / Area',
      '',
      `${bodies.area.rule.ja}  `,
      bodies.area.rule.en,
      '',
      `出典 / Source: ${src(bodies.area.source)}`,
      '',
    );
    out.push(
      ...table(
        ['条件 / Constraint', '出典 / Source'],
        bodies.area.constraints.map((c) => [both(c.label), src(c.source)]),
      ),
    );
    out.push(
      '#### 設立の流れ / Founding steps',
      '',
      ...table(
        ['順 / Step', '内容 / What', '出典 / Source'],
        [...bodies.foundingSteps]
          .sort((a, b) => a.order - b.order)
          .map((s) => [String(s.order), both(s.label), src(s.source)]),
      ),
    );
    out.push(
      '#### 機能 / Functions',
      '',
      ...table(
        ['機能 / Function', '出典 / Source'],
        bodies.functions.map((f) => [both(f.label), src(f.source)]),
      ),
    );
    out.push(
      '#### 役割 / Roles',
      '',
      ...table(
        ['役割 / Role', '活動の事例 / Examples', '出典 / Source'],
        bodies.roles.map((r) => [both(r.label), cell(r.examples.join('、')), src(r.source)]),
      ),
    );
    out.push(
      '#### 地域づくり計画書 / Regional plan template',
      '',
      `出典 / Source: ${src(bodies.planTemplate.source)}`,
      '',
      ...table(
        ['順 / No.', '見出し / Heading', '出典 / Source'],
        [...bodies.planTemplate.headings]
          .sort((a, b) => a.order - b.order)
          .map((h) => [String(h.order), both(h.label), src(h.source)]),
      ),
      ...table(
        ['列 / Column', '必須 / Required', '出典 / Source'],
        bodies.planTemplate.columns.map((c) => [
          both(c.label),
          c.required ? 'はい / yes' : '',
          src(c.source),
        ]),
      ),
    );
  }

  if (profile.implementers.length > 0) {
    const meaning = (i: Profile['implementers'][number]) =>
      i.kind === 'form'
        ? `協働の形態 / form: ${profile.forms.find((f) => f.id === i.form)?.label.ja ?? i.form ?? ''}`
        : i.kind === 'proposal'
          ? '市への提案 / proposal to the city'
          : '地域の自主的な取組み / the region’s own work';
    out.push(
      '### 実施主体の読み方 / What a 実施主体 means',
      '',
      ...table(
        ['実施主体 / Implementer', '表記 / Texts', '意味 / Meaning', '出典 / Source'],
        profile.implementers.map((i) => [
          both(i.label),
          cell(i.synonyms.join('、')),
          cell(meaning(i)),
          src(i.source),
        ]),
      ),
    );
  }

  out.push(
    ...programsSection(profile),
    ...frameworksSection(profile),
    ...reviewSection(profile),
    ...silentSection(profile),
  );

  // The thresholds every check of the profile reads: those of its default framework (RULES E4, E7).
  const framework = defaultFramework(profile);
  const variance = framework?.varianceThresholdPercent ?? DEFAULT_VARIANCE_THRESHOLD_PERCENT;
  const gap = framework?.gapThreshold ?? DEFAULT_GAP_THRESHOLD;

  out.push(
    '### 閾値と欠損の表記 / Thresholds and missing-value markers',
    '',
    ...table(
      ['項目 / Setting', '値 / Value', '出典 / Source'],
      [
        [
          '予実差の警告 / Budget variance warning',
          `${variance}%`,
          src(settingSource(framework, 'varianceThresholdPercent')),
        ],
        ['評価の差 / Evaluation gap', `${gap}`, src(settingSource(framework, 'gapThreshold'))],
        [
          '評価する主体 / Who evaluates',
          cell((framework?.requiredEvaluators ?? []).join(', ')),
          src(settingSource(framework, 'requiredEvaluators')),
        ],
        [
          '欠損の表記 / Missing-value markers',
          cell(profile.missingMarkers.join('、')),
          '〔kyodo〕 docs/issue-codes.md',
        ],
      ],
    ),
  );

  out.push(
    '### 見出しの別名 / Header aliases',
    '',
    ...table(
      ['シート / Sheet', '項目 / Field', '見出し / Headers'],
      SHEET_KINDS.flatMap((kind) =>
        Object.entries(profile.headers[kind]).map(([field, texts]) => [
          kind,
          `\`${field}\``,
          cell(texts.join('、')),
        ]),
      ),
    ),
  );
  return out;
}

/**
 * The rules page (docs/rules.md) for the given profiles, rendered from their data: per profile
 * its documents, definitions, principles, actors, forms (synonyms, organisers, domains),
 * domains, regional bodies, programs, evaluation frameworks and review frameworks, each with its source.
 */
export function renderRulesPage(profiles: readonly Profile[] = builtinProfiles): string {
  const lines: string[] = [
    '# 協働のルール / Rules of cooperation',
    '',
    '<!-- Generated by `npm run docs` (scripts/generate-docs.ts) from the built-in profiles. Do not edit by hand. -->',
    '',
    '組み込みプロファイルのデータから生成したページです。各項目に出典（計画の題名と番号・節・規則の ID）を付けています。',
    'This page is generated from the data of the built-in profiles; every entry cites its source (the plan’s title and number, section, rule ID).',
    '',
    `出典の前の印は、その値が何に拠るかを示します: 〔計画〕計画が定めている、〔kyodo〕計画が定めておらず${BASIS_LABELS.kyodo.ja}（または kyodo の読み方）、〔市の選択〕計画が定めておらずプロファイルが自ら定めた値（${BASIS_LABELS.municipality.ja}）。各プロファイルの「計画が定めていないこと」に、計画が黙っているところで kyodo がすることをまとめています。`,
    `The mark before a source says what the value rests on: 〔計画〕 the plan states it; 〔kyodo〕 the plans are silent and it is ${BASIS_LABELS.kyodo.en} (or kyodo's reading); 〔市の選択〕 the plans are silent and the profile sets it itself (${BASIS_LABELS.municipality.en}). Each profile's "Where the plans are silent" lists what kyodo does where the plans say nothing.`,
    '',
    '## 文書 / Source documents',
    '',
    ...table(
      ['番号 / No.', '自治体 / Municipality', '題名 / Title'],
      Object.entries(DOCUMENTS).map(([file, d]) => [
        `${documentNumber(file)} (${d.short})`,
        both(d.municipality),
        both(d.title),
      ]),
    ),
    '## 規則の ID / Rule IDs',
    '',
    'コメントや出典が挙げる規則の ID です。計画の文書と節（ファイル名の先頭3桁と節）、計画が定めていないものは kyodo。',
    'The rule IDs comments and citations name, with the plans they rest on (a plan by the first three digits of its file name and its section), or kyodo where the plans are silent.',
    '',
    ...table(
      ['ID', '内容', 'What', '拠るもの / Rests on'],
      RULE_IDS.map((id) => {
        const rule = RULE_CATALOGUE[id];
        return [id, cell(rule.ja), cell(rule.en), cell(rule.rests)];
      }),
    ),
    '## プロファイル / Profiles',
    '',
    ...profiles.map((p) => `- [${p.name.ja} / ${p.name.en} (\`${p.id}\`)](#${anchor(p)})`),
    '',
  ];
  for (const profile of profiles) lines.push(...profileSection(profile));
  lines.push(
    '## 問題のコード / Problem codes (profiles, forms)',
    '',
    ...table(
      ['コード / Code', '重大度 / Severity', '内容 / What', 'RULES'],
      [profileMessages, formsMessages].flatMap((messages) =>
        Object.entries(messages.catalogue as MessageCatalogue).map(([code, entry]) => [
          `\`${code}\``,
          entry.severity,
          cell(entry.summary),
          entry.rule ?? '',
        ]),
      ),
    ),
  );
  return `${lines
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trimEnd()}\n`;
}

function anchor(profile: Profile): string {
  return `${profile.name.ja} / ${profile.name.en} (\`${profile.id}\`)`
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/gu, '-');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL(`../${RULES_PAGE}`, import.meta.url));
  writeFileSync(target, renderRulesPage(), 'utf8');
  console.log(`wrote ${RULES_PAGE}`);
  const codes = fileURLToPath(new URL(`../${ISSUE_CODES_PAGE}`, import.meta.url));
  writeFileSync(codes, renderIssueCodesPage(), 'utf8');
  console.log(`wrote ${ISSUE_CODES_PAGE}`);
}
