import { defineMessages } from '../problems/messages.js';
import { cite } from '../sources/Source.js';

/**
 * Who organises a form, where the profile's plans do not say (RULES R2): kyodo reads it from the
 * form's name. A form's `organisersSource` replaces it where a plan or the municipality says.
 */
export const ORGANISERS_BY_NAME = cite(
  'kyodo',
  'docs/rules.md「計画が定めていないこと」',
  'R2',
  'The plans of this profile do not say who organises each form; kyodo reads it from the name: 委託 is the city’s project entrusted, 補助 supports the partner’s, 共催 and 実行委員会 are organised by both. 計画に定めはなく kyodo の読み方。',
);

type Text = { text: string };

/**
 * The problems of forms of cooperation, organisers and domains (codes `forms.*`, RULES F1–F3,
 * R1, R2), each in Japanese and English with the rule and document it comes from.
 */
export const formsMessages = defineMessages({
  'forms.empty': {
    summaryJa: '協働の形態が空欄です',
    action: {
      ja: 'docs/rules.md の「協働の形態」にある名前か別名で入力してください',
      en: 'Enter a name or synonym listed in docs/rules.md “Forms of cooperation”',
    },
    severity: 'error',
    summary: 'No form of cooperation given',
    rule: 'F3',
    ja: (p: { known: string }) => `協働の形態が空欄です（${p.known} のいずれかを書いてください）`,
    en: (p: { knownEn: string }) => `No form of cooperation given (expected one of ${p.knownEn})`,
  },
  'forms.unknown': {
    summaryJa: 'プロファイルにない協働の形態です',
    action: {
      ja: 'docs/rules.md の「協働の形態」にある名前か別名で入力してください。市で使う別名ならプロファイルの synonyms に加えてください',
      en: 'Enter a name or synonym listed in docs/rules.md “Forms of cooperation”; add your own name to the profile’s synonyms',
    },
    severity: 'error',
    summary: 'A form of cooperation the profile does not know',
    rule: 'F3',
    ja: (p: Text & { profile: string; known: string }) =>
      `「${p.text}」は${p.profile}の協働の形態にありません（使えるもの: ${p.known}）`,
    en: (p: Text & { profileEn: string; knownEn: string }) =>
      `"${p.text}" is not a form of cooperation of ${p.profileEn} (known: ${p.knownEn})`,
  },
  'forms.ambiguous': {
    summaryJa: '1つの欄に2つの協働の形態が書かれています',
    action: { ja: '主な形態を1つにしてください', en: 'Keep the one main form' },
    severity: 'error',
    summary: 'A text naming two forms of cooperation at once',
    rule: 'F3',
    ja: (p: Text & { forms: string }) =>
      `「${p.text}」は複数の形態（${p.forms}）を指しています。1つにしてください`,
    en: (p: Text & { forms: string }) => `"${p.text}" names several forms (${p.forms}); give one`,
  },
  'forms.unknown-organiser': {
    summaryJa: '主催が、市・市民・共同のどれでもありません',
    action: {
      ja: '主催は「市」「市民」「共同」のどれかで入力してください',
      en: 'Enter 市, 市民 or 共同 as the organiser',
    },
    severity: 'error',
    summary: 'An organiser (主催) that is neither the city, citizens nor both',
    rule: 'R1',
    ja: (p: Text) =>
      `主催「${p.text}」を読み取れません（市・市主催・行政、市民・団体・市民主催、共同・共催 のいずれか）`,
    en: (p: Text) =>
      `Cannot read the organiser "${p.text}" (expected 市/市主催/行政 for the city, 市民/団体/市民主催 for citizens, 共同/共催 for both)`,
  },
  'forms.unknown-form-id': {
    summaryJa: 'プロファイルにない形態の ID です',
    action: {
      ja: 'プロファイルの forms にある ID を使ってください',
      en: 'Use an id from the profile’s forms',
    },
    severity: 'error',
    summary: 'A form id the profile does not define',
    ja: (p: { form: string; profile: string; known: string }) =>
      `形態のid「${p.form}」は${p.profile}にありません（あるもの: ${p.known}）`,
    en: (p: { form: string; profileEn: string; known: string }) =>
      `Form id "${p.form}" is not defined by ${p.profileEn} (defined: ${p.known})`,
  },
  'forms.organiser-mismatch': {
    summaryJa: '形態と主催が、計画の定める組み合わせと矛盾しています（市民主催の委託など）',
    action: {
      ja: '形態か主催のどちらが正しいか確かめ、直してください',
      en: 'Check whether the form or the organiser is wrong and correct it',
    },
    severity: 'error',
    summary:
      'A form that contradicts its organiser as the plan defines the form (委託 by citizens, 補助 by the city, 共催 by one party)',
    rule: 'R2',
    ja: (p: { form: string; organiser: string; formJa: string; organiserJa: string; allowedJa: string }) =>
      `協働の形態「${p.formJa}」と主催「${p.organiserJa}」が矛盾しています。「${p.formJa}」の主催は${p.allowedJa}です`,
    en: (p: { formEn: string; organiserEn: string; allowedEn: string }) =>
      `The form "${p.formEn}" contradicts its organiser, ${p.organiserEn}: a "${p.formEn}" project is organised by ${p.allowedEn}`,
  },
  'forms.organiser-unexpected': {
    summaryJa: '形態の名前から読める主催と違います（計画に定めがなく kyodo の読み方）',
    action: {
      ja: '主催が正しければそのままで構いません。誤りなら直してください',
      en: 'If the organiser is right, leave it; otherwise correct it',
    },
    severity: 'warning',
    summary:
      'An organiser other than the form’s name suggests, where the plans do not say who organises the form (kyodo’s reading)',
    rule: 'R2',
    source: ORGANISERS_BY_NAME,
    ja: (p: { form: string; organiser: string; formJa: string; organiserJa: string; allowedJa: string }) =>
      `協働の形態「${p.formJa}」の主催が「${p.organiserJa}」です。計画は形態ごとの主催者を定めていませんが、「${p.formJa}」の主催は名前からは${p.allowedJa}と読めます（kyodo の読み方）。確かめてください`,
    en: (p: { formEn: string; organiserEn: string; allowedEn: string }) =>
      `The form "${p.formEn}" is organised by ${p.organiserEn}; the plans do not say who organises it, but its name reads as organised by ${p.allowedEn} (kyodo's reading): please check`,
  },
  'forms.no-domains': {
    summaryJa: 'プロファイルに協働の領域の表がありません',
    action: {
      ja: '領域の表（domains）のあるプロファイルを使ってください',
      en: 'Use a profile with a table of domains',
    },
    severity: 'error',
    summary: 'The profile has no table of domains (協働の領域)',
    rule: 'R1',
    ja: (p: { profile: string }) => `${p.profile}のプロファイルには協働の領域の定めがありません`,
    en: (p: { profileEn: string }) => `The profile ${p.profileEn} defines no domains of cooperation`,
  },
  'forms.no-domain': {
    summaryJa: 'その主催での形態に当たる協働の領域がありません',
    action: { ja: '主催と形態の組み合わせを確かめてください', en: 'Check the organiser and form together' },
    severity: 'error',
    summary: 'A form with no domain for this organiser',
    rule: 'R1',
    ja: (p: { formJa: string; organiserJa: string }) =>
      `形態「${p.formJa}」（主催: ${p.organiserJa}）の領域が定められていません`,
    en: (p: { formEn: string; organiserEn: string }) =>
      `No domain is defined for the form "${p.formEn}" organised by ${p.organiserEn}`,
  },
  'forms.administrative-act': {
    summaryJa: '形態が行政行為（課税・許可など）で、協働ではありません',
    action: {
      ja: '協働事業一覧から外すか、形態を直してください',
      en: 'Remove the row from the project register, or correct the form',
    },
    severity: 'error',
    summary:
      'A form that is an administrative act (課税, 許可 …): a task only the city may do, not cooperation (R2)',
    rule: 'R2',
    ja: (p: Text & { act: string }) =>
      `「${p.text}」は${p.act}などの行政行為で、協働の形態ではありません。行政行為は法的な権限のある市が責任を持って担う市の専門領域です`,
    en: (p: Text & { actEn: string }) =>
      `"${p.text}" is an administrative act (${p.actEn}), not a form of cooperation: it is the city's own domain, carried out under its legal authority`,
  },
  'forms.administrative-act-project': {
    summaryJa: '事業名が行政行為（課税・許可など）と読め、協働ではないかもしれません',
    action: {
      ja: '協働事業か確かめ、そうでなければ一覧から外してください',
      en: 'Check it is a cooperative project; if not, remove it from the register',
    },
    severity: 'warning',
    summary:
      'A project whose name reads as an administrative act (課税, 許可 …), which is not cooperation (R2)',
    rule: 'R2',
    ja: (p: Text & { act: string }) =>
      `事業「${p.text}」は${p.act}（行政行為）に当たるように読めます。行政行為は市の専門領域で、協働ではありません。協働事業か確かめてください`,
    en: (p: Text & { actEn: string }) =>
      `The project "${p.text}" reads as an administrative act (${p.actEn}), the city's own domain and not cooperation: check that it is a cooperative project`,
  },
  'forms.unknown-implementer': {
    summaryJa: '地域づくり計画書の実施主体がプロファイルにありません',
    action: {
      ja: 'docs/rules.md「実施主体の読み方」にある書き方で入力してください',
      en: 'Write it as listed in docs/rules.md “What a 実施主体 means”',
    },
    severity: 'error',
    summary: 'A 実施主体 of a 地域づくり計画 that the profile does not know (RULES F2)',
    rule: 'F2',
    ja: (p: Text & { known: string }) => `実施主体「${p.text}」を読み取れません（例: ${p.known}）`,
    en: (p: Text & { known: string }) => `Cannot read the implementer "${p.text}" (for example: ${p.known})`,
  },
});
