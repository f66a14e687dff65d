import { defineMessages } from '../problems/messages.js';
import { cite } from '../sources/Source.js';

const X1 = cite(
  'kyodo',
  'docs/rules.md「計画が定めていないこと」',
  'X1',
  'an overrun of actual expense never raises the amount above the grant',
);

type Prog = { program: string; programEn: string };
type Fy = { fyJa: string; fyEn: string };
type MissingParameter = Prog & Fy & { labelJa: string; need: string; needs: string; labelEn: string };
type MissingFact = Prog & { whatJa: string; need: string; needs: string; whatEn: string };
type PriorNotEarlier = Fy & { priorJa: string; priorEn: string };
type AdvanceNotAllowed = Prog & { advanceJa: string; advanceEn: string };
type OutsideYears = Prog & Fy & { yearsJa: string; yearsEn: string };
type NotApplicant = Prog & { applicantType: string; expectedJa: string; expectedEn: string };
type FoundedTooLate = Prog & {
  whatJa: string;
  foundedJa: string;
  deadlineJa: string;
  whatEn: string;
  founded: string;
  deadline: string;
};
type PlanAdopted = Prog & Fy & { whatJa: string; adoptedJa: string; whatEn: string; adopted: string };
type CapYears = Prog & Fy & { count: number; maxYears: number; yearsJa: string; yearsEn: string };
type CapTotal = Prog & { totalJa: string; paidJa: string; totalEn: string; paidEn: string };
type AdvanceAboveGrant = { advanceJa: string; grantedJa: string; advanceEn: string; grantedEn: string };
type AdvanceAboveShare = {
  advanceJa: string;
  maxJa: string;
  share: string;
  advanceEn: string;
  maxEn: string;
};

/**
 * The catalogue of subsidy problems and reasons (RULES S-*, S-common, C4, X1). Errors stop a
 * computation (unknown program, a missing parameter or fact, bad input); warnings and infos
 * are the reasons of a result (not eligible, a cap reached).
 *
 * @example
 * subsidyMessages.problem('subsidy.unknown-program', { query: '事業9', known: '事業1, 事業4' }).code
 * //=> 'subsidy.unknown-program'
 */
export const subsidyMessages = defineMessages({
  'subsidy.invalid-input': {
    summaryJa: '補助金の関数に、受け付けない値（null、一覧など）が渡されました（プログラムの誤り）',
    action: {
      ja: '呼び出す側で渡す値の形を確かめてください（docs/contributing.md）',
      en: 'Check the shape of what the caller passes (docs/contributing.md)',
    },
    severity: 'error',
    summary:
      'A subsidy function given something that is not what it takes (null, a list, a number where an object is expected)',
    ja: (p: { path: string; expectedJa: string; received: string }) =>
      `${p.path} は${p.expectedJa}でなければなりません（${p.received}でした）`,
    en: (p: { path: string; expected: string; received: string }) =>
      `${p.path} must be ${p.expected}, not ${p.received}`,
  },
  'subsidy.unknown-program': {
    summaryJa: 'この ID・名前の補助事業がプロファイルにありません',
    action: {
      ja: 'kyodo profile show で補助事業の ID と名前を確かめてください',
      en: 'See the programs’ ids and names with kyodo profile show',
    },
    severity: 'error',
    summary: 'No program of the profile has this ID or name',
    ja: (p: { query: string; known: string }) =>
      `「${p.query}」という制度はプロファイルにありません。ID または名称で指定してください（${p.known}）`,
    en: (p: { query: string; known: string }) =>
      `no program of the profile is called "${p.query}"; give an ID or a name (${p.known})`,
  },
  'subsidy.ambiguous-program': {
    summaryJa: '同じ名前の補助事業が複数あります',
    action: {
      ja: 'ID（ichinoseki/kyodotai-shien など）で指定してください',
      en: 'Name the program by its id (ichinoseki/kyodotai-shien)',
    },
    severity: 'error',
    summary: 'Several programs have this name',
    ja: (p: { query: string; matches: string }) =>
      `「${p.query}」に当てはまる制度が複数あります（${p.matches}）。ID で指定してください`,
    en: (p: { query: string; matches: string }) =>
      `"${p.query}" names several programs (${p.matches}); give the ID`,
  },
  'subsidy.missing-parameter': {
    summaryJa: '計算に要る数（限度額など）が文書にもプロファイルにもありません',
    action: {
      ja: '市の要綱の値をプロファイルに加えてください（docs/profiles.md）。0 では計算しません',
      en: 'Add the value from your 要綱 to the profile (docs/profiles.md); kyodo never computes with zero',
    },
    severity: 'error',
    summary: 'A number the computation needs is not in the profile (the document gives none)',
    ja: (p: MissingParameter) =>
      `「${p.program}」の${p.labelJa}（${p.need}）が${p.fyJa}について定められていません。文書に記載がないため、プロファイルで定めてください（不足：${p.needs}）`,
    en: (p: MissingParameter) =>
      `${p.programEn}: the ${p.labelEn} (${p.need}) is not set for ${p.fyEn}; the document gives none, so the profile must supply it (still needed: ${p.needs})`,
  },
  'subsidy.missing-fact': {
    summaryJa: '対象かどうかの判断に要る事実（申請者の種類など）が与えられていません',
    action: {
      ja: 'その事実を入力してください（--applicant など）',
      en: 'Give the fact (--applicant and the like)',
    },
    severity: 'error',
    summary: 'A fact eligibility needs was not given',
    ja: (p: MissingFact) =>
      `「${p.program}」の対象かどうかを判定するには、${p.whatJa}の日付（${p.need}）が必要です（不足：${p.needs}）`,
    en: (p: MissingFact) =>
      `${p.programEn}: eligibility needs the date of ${p.whatEn} (${p.need}) (still needed: ${p.needs})`,
  },
  'subsidy.missing-income': {
    summaryJa: '差し引くか上限にする事業収入が与えられていません',
    action: { ja: '事業収入を入力してください（なければ 0）', en: 'Enter the project’s income (0 if none)' },
    severity: 'error',
    summary: 'The project’s income (事業収入) a program deducts or is bound by was not given',
    ja: (p: Prog & { need: string; needs: string }) =>
      `「${p.program}」は事業収入を差し引いて算定するため、事業収入（${p.need}、ないときは 0）が必要です（不足：${p.needs}）`,
    en: (p: Prog & { need: string; needs: string }) =>
      `${p.programEn} takes the project's income (事業収入) into account: give it (${p.need}; 0 when there is none) (still needed: ${p.needs})`,
  },
  'subsidy.condition-unchecked': {
    summaryJa: '事実（設立日など）がないので、条件の1つを確かめていません。残りは計算しました',
    action: {
      ja: '設立日などを入力して、もう一度計算してください',
      en: 'Give the fact (the founding date) and compute again',
    },
    severity: 'warning',
    summary:
      'A condition left unchecked because its fact was not given (the founding date): the rest is computed',
    ja: (p: Prog & { whatJa: string; deadlineJa: string; need: string }) =>
      `${p.whatJa}の日付がないため、「${p.program}」の期限（${p.deadlineJa}まで）は確かめていません。限度額・総額・年数の上限は確かめています`,
    en: (p: Prog & { whatEn: string; need: string }) =>
      `No date of ${p.whatEn} (${p.need}): ${p.programEn}'s deadline is not checked; the limits and the caps across years are`,
  },
  'subsidy.prior-not-earlier': {
    summaryJa: '以前の交付が、前の年度のものではありません',
    action: { ja: '以前の交付の年度を確かめてください', en: 'Check the fiscal year of the prior payment' },
    severity: 'error',
    summary: 'A prior payment is not from an earlier fiscal year',
    rule: 'X1',
    ja: (p: PriorNotEarlier) =>
      `前年度までの交付額に${p.priorJa}の分があります。${p.fyJa}より前の年度の交付額だけを指定してください`,
    en: (p: PriorNotEarlier) =>
      `a prior payment is dated ${p.priorEn}; prior payments must be from fiscal years before ${p.fyEn}`,
  },
  'subsidy.advance-not-allowed': {
    summaryJa: '前金払を認めない補助事業に前払額があります',
    action: {
      ja: '前払額を確かめ、要綱に従ってください',
      en: 'Check the advance against the program’s rules',
    },
    severity: 'error',
    summary: 'An advance was given for a program whose profile says advance payment is not allowed',
    rule: 'S-common',
    ja: (p: AdvanceNotAllowed) =>
      `「${p.program}」は前金払・概算払を認めていないため（出典を参照）、前払額 ${p.advanceJa} は扱えません`,
    en: (p: AdvanceNotAllowed) =>
      `${p.programEn} does not allow advance payment (前金払・概算払; see the source), so an advance of ${p.advanceEn} cannot be settled`,
  },
  'subsidy.advance-not-stated': {
    summaryJa: '計画が前金払の可否を定めていない補助事業の前払です。精算しましたが、可否は判断していません',
    action: {
      ja: '市の要綱で前金払ができるか確かめてください',
      en: 'Check in your 要綱 whether an advance is allowed',
    },
    severity: 'info',
    summary:
      'An advance on a program whose plan does not say whether advance payment is allowed: settled, not judged',
    ja: (p: AdvanceNotAllowed) =>
      `「${p.program}」の計画は前金払・概算払の可否を定めていません。前払額 ${p.advanceJa} は精算しますが、認められるかは確かめていません（プロファイルの advance で定められます）`,
    en: (p: AdvanceNotAllowed) =>
      `The plan of ${p.programEn} does not say whether advance payment is allowed: the advance of ${p.advanceEn} is settled, not judged (a profile sets it in advance)`,
  },

  'subsidy.outside-years': {
    summaryJa: '年度が補助事業の実施年度の外です',
    action: {
      ja: '年度を確かめてください。計画の期間外なら対象外です',
      en: 'Check the fiscal year; outside the program’s years it is not eligible',
    },
    severity: 'warning',
    summary: 'The fiscal year is outside the years the program runs',
    ja: (p: OutsideYears) => `${p.fyJa}は「${p.program}」の実施年度（${p.yearsJa}）の外です`,
    en: (p: OutsideYears) => `${p.fyEn} is outside the years of ${p.programEn} (${p.yearsEn})`,
  },
  'subsidy.not-applicant': {
    summaryJa: '申請者が補助事業の対象の種類ではありません',
    action: { ja: '申請者の種類を確かめてください', en: 'Check the applicant’s type' },
    severity: 'warning',
    summary: 'The applicant is not of a type the program supports',
    ja: (p: NotApplicant) =>
      `申請者の種別「${p.applicantType}」は「${p.program}」の対象外です（対象：${p.expectedJa}）`,
    en: (p: NotApplicant) =>
      `an applicant of type "${p.applicantType}" is not supported by ${p.programEn} (supported: ${p.expectedEn})`,
  },
  'subsidy.founded-too-late': {
    summaryJa: '申請者の設立が補助事業の期限より後です',
    action: { ja: '設立日を確かめてください', en: 'Check the founding date' },
    severity: 'warning',
    summary: 'The applicant started after the deadline the program sets',
    ja: (p: FoundedTooLate) =>
      `${p.whatJa}が${p.foundedJa}で、期限（${p.deadlineJa}まで）より後のため「${p.program}」の対象外です`,
    en: (p: FoundedTooLate) =>
      `${p.whatEn} was on ${p.founded}, after the deadline ${p.deadline}: not eligible for ${p.programEn}`,
  },
  'subsidy.plan-adopted': {
    summaryJa: '年度より前に計画を策定済みで、補助はそれまでを支援するものです',
    action: { ja: '計画の策定日を確かめてください', en: 'Check the date the plan was adopted' },
    severity: 'warning',
    summary:
      'The applicant adopted its plan before the fiscal year: the program supports the time until then',
    ja: (p: PlanAdopted) =>
      `${p.whatJa}が${p.adoptedJa}で${p.fyJa}より前のため、「${p.program}」の対象外です（策定するまでの間の支援）`,
    en: (p: PlanAdopted) =>
      `${p.whatEn} was on ${p.adopted}, before ${p.fyEn}: ${p.programEn} supports the time until then`,
  },
  'subsidy.plan-adopted-during-year': {
    summaryJa: '年度の途中で計画を策定しました。それまでの経費だけが対象です',
    action: {
      ja: '策定日までの経費で計算してください',
      en: 'Count only the expenses until the plan was adopted',
    },
    severity: 'info',
    summary: 'The plan was adopted during the fiscal year: only expenses until then count',
    ja: (p: PlanAdopted) =>
      `${p.whatJa}が${p.adoptedJa}（${p.fyJa}中）のため、対象経費は策定日までの活動に係るものに限られます`,
    en: (p: PlanAdopted) =>
      `${p.whatEn} was on ${p.adopted}, during ${p.fyEn}: only expenses of the activity until then count`,
  },
  'subsidy.cap-years': {
    summaryJa: '補助事業が認める年数をすでに受けていて、これ以上は対象外です',
    action: { ja: '以前の交付の年度を確かめてください', en: 'Check the years of the prior payments' },
    severity: 'warning',
    summary:
      'Payments were already received in as many fiscal years as the program allows: a further one is not eligible',
    ja: (p: CapYears) =>
      `「${p.program}」は${p.maxYears}箇年までのため、交付済みの${p.count}箇年（${p.yearsJa}）の後の${p.fyJa}は対象外です`,
    en: (p: CapYears) =>
      `${p.programEn} pays in at most ${p.maxYears} fiscal years and ${p.count} already had payments (${p.yearsEn}): ${p.fyEn} is not eligible`,
  },

  'subsidy.cap-total-reached': {
    summaryJa: '年度をまたぐ合計の上限に達しています',
    action: { ja: '以前の交付額を確かめてください', en: 'Check the prior payments' },
    severity: 'info',
    summary: 'The total over fiscal years is used up',
    ja: (p: CapTotal) =>
      `「${p.program}」の総額上限 ${p.totalJa} のうち ${p.paidJa} が交付済みで、残額がありません`,
    en: (p: CapTotal) =>
      `${p.programEn}: ${p.paidEn} of the total ${p.totalEn} has been paid; nothing is left`,
  },
  'subsidy.advance-above-grant': {
    summaryJa: '前払額が交付額を超えています',
    action: {
      ja: '前払額と交付額を確かめて直してください',
      en: 'Check the advance and the grant and correct them',
    },
    severity: 'warning',
    summary: 'The advance is above the granted amount',
    rule: 'X1',
    source: X1,
    ja: (p: AdvanceAboveGrant) => `前払額 ${p.advanceJa} が交付決定額 ${p.grantedJa} を超えています`,
    en: (p: AdvanceAboveGrant) => `the advance ${p.advanceEn} is above the granted amount ${p.grantedEn}`,
  },
  'subsidy.advance-above-share': {
    summaryJa: '前払額が、補助事業が認める交付額の割合を超えています',
    action: { ja: '前払額を認められた割合までにしてください', en: 'Reduce the advance to the share allowed' },
    severity: 'warning',
    summary: 'The advance is above the share of the grant the program allows',
    rule: 'X1',
    ja: (p: AdvanceAboveShare) =>
      `前払額 ${p.advanceJa} が、交付決定額の ${p.share} までとする上限 ${p.maxJa} を超えています`,
    en: (p: AdvanceAboveShare) => `the advance ${p.advanceEn} is above ${p.share} of the grant (${p.maxEn})`,
  },
});
