import { defineMessages } from '../problems/messages.js';

type At = { path: string };

/**
 * The problems of profiles (codes `profile.*`): a profile that is not found, and every way a
 * user's JSON profile can be wrong, each saying where (the path) and what was expected, in
 * Japanese and English.
 */
export const profileMessages = defineMessages({
  'profile.no-revision-rule': {
    summaryJa: '計画が見直しの時期を定めておらず、見直しの年度を出せません',
    action: {
      ja: '見直しの時期を市で決めていれば、プロファイルの revision に加えてください',
      en: 'If your city has decided when to revise, add it to the profile’s revision',
    },
    severity: 'error',
    summary: 'The plan does not say when it is revised (RULES T1): no revision year can be given',
    rule: 'T1',
    ja: (p: { document: string; profile: string }) =>
      `${p.profile}の計画「${p.document}」は見直しの時期を定めていません（プロファイルの sources[].revision で定められます）`,
    en: (p: { document: string; profileEn: string }) =>
      `The plan "${p.document}" of ${p.profileEn} does not say when it is revised (a profile sets sources[].revision)`,
  },
  'profile.unknown-document': {
    summaryJa: 'プロファイルの出典（sources）にない文書です',
    action: {
      ja: '出典の一覧に文書を加えるか、文書名を直してください',
      en: 'Add the document to sources, or correct its name',
    },
    severity: 'error',
    summary: 'A document that is not among the profile’s sources',
    ja: (p: { document: string; known: string }) =>
      `文書「${p.document}」はこのプロファイルの出典にありません（あるもの: ${p.known}）`,
    en: (p: { document: string; known: string }) =>
      `The document "${p.document}" is not among the profile's sources (known: ${p.known})`,
  },
  'profile.unknown': {
    summaryJa: 'この ID・地方公共団体コード・名前のプロファイルがありません',
    action: {
      ja: 'kyodo profiles で組み込みのプロファイルを確かめるか、JSON ファイルのパスを指定してください',
      en: 'List the built-in profiles with kyodo profiles, or give the path of a JSON file',
    },
    severity: 'error',
    summary: 'No profile with this id, 地方公共団体コード or name',
    ja: (p: { id: string; known: string }) => `プロファイル「${p.id}」はありません（使えるもの: ${p.known}）`,
    en: (p: { id: string; known: string }) => `There is no profile "${p.id}" (known: ${p.known})`,
  },
  'profile.not-object': {
    summaryJa: 'プロファイルが JSON のオブジェクトではありません',
    action: {
      ja: '{ で始まる JSON オブジェクトにしてください（docs/profiles.md）',
      en: 'Make it a JSON object starting with { (docs/profiles.md)',
    },
    severity: 'error',
    summary: 'A profile must be a JSON object',
    ja: (p: { received: string }) =>
      `プロファイルはJSONのオブジェクト（{ … }）で書いてください（${p.received}でした）`,
    en: (p: { received: string }) => `A profile must be a JSON object ({ … }), not ${p.received}`,
  },
  'profile.missing': {
    summaryJa: 'プロファイルの必須の項目がありません',
    action: {
      ja: '示された項目を加えてください（docs/profiles.md）',
      en: 'Add the property named (docs/profiles.md)',
    },
    severity: 'error',
    summary: 'A required property of a profile is missing',
    ja: (p: At & { expected: string; expectedJa: string }) =>
      `${p.path} がありません（${p.expectedJa}が必要です）`,
    en: (p: At & { expected: string; expectedJa: string }) => `${p.path} is missing (expected ${p.expected})`,
  },
  'profile.wrong-type': {
    summaryJa: 'プロファイルの項目の型が違います',
    action: {
      ja: 'プロファイルの JSON を直してください（docs/profiles.md）',
      en: 'Correct the profile’s JSON (docs/profiles.md)',
    },
    severity: 'error',
    summary: 'A property of a profile has the wrong type',
    ja: (p: At & { expected: string; expectedJa: string; received: string }) =>
      `${p.path} は${p.expectedJa}でなければなりません（${p.received}でした）`,
    en: (p: At & { expected: string; expectedJa: string; received: string }) =>
      `${p.path} must be ${p.expected}, not ${p.received}`,
  },
  'profile.invalid-value': {
    summaryJa: 'プロファイルの項目が、認められた値のどれでもありません',
    action: { ja: '示された値のどれかにしてください', en: 'Use one of the values listed' },
    severity: 'error',
    summary: 'A property of a profile is not one of the allowed values',
    ja: (p: At & { allowed: string; received: string }) =>
      `${p.path} の値 ${p.received} は使えません（${p.allowed} のいずれか）`,
    en: (p: At & { allowed: string; received: string }) =>
      `${p.path} is ${p.received}; expected one of ${p.allowed}`,
  },
  'profile.too-small': {
    summaryJa: 'プロファイルの文字・一覧が空か、数が小さすぎます',
    action: {
      ja: 'プロファイルの JSON を直してください（docs/profiles.md）',
      en: 'Correct the profile’s JSON (docs/profiles.md)',
    },
    severity: 'error',
    summary: 'A text or list of a profile is empty or a number too small',
    ja: (p: At & { minimum: number; what: string }) =>
      p.what === 'number'
        ? `${p.path} は ${p.minimum} 以上にしてください`
        : `${p.path} が空です（${p.what === 'array' ? `${p.minimum}件以上の項目` : `${p.minimum}文字以上`}が必要です）`,
    en: (p: At & { minimum: number; what: string }) =>
      p.what === 'number'
        ? `${p.path} must be at least ${p.minimum}`
        : `${p.path} is empty (expected at least ${p.minimum} ${p.what === 'array' ? 'item(s)' : 'character(s)'})`,
  },
  'profile.invalid-format': {
    summaryJa: 'プロファイルの文字が、期待する形ではありません',
    action: {
      ja: 'プロファイルの JSON を直してください（docs/profiles.md）',
      en: 'Correct the profile’s JSON (docs/profiles.md)',
    },
    severity: 'error',
    summary: 'A text of a profile does not have the expected form',
    ja: (p: At & { received: string; formatJa: string }) =>
      `${p.path} の「${p.received}」は形式が違います（${p.formatJa}）`,
    en: (p: At & { received: string; format: string }) =>
      `${p.path} "${p.received}" has the wrong form (expected ${p.format})`,
  },
  'profile.invalid': {
    summaryJa: 'プロファイルの項目が正しくありません',
    action: {
      ja: 'プロファイルの JSON を直してください（docs/profiles.md）',
      en: 'Correct the profile’s JSON (docs/profiles.md)',
    },
    severity: 'error',
    summary: 'A property of a profile is not valid',
    ja: (p: At & { detail: string }) => `${p.path} が正しくありません（${p.detail}）`,
    en: (p: At & { detail: string }) => `${p.path} is not valid (${p.detail})`,
  },
  'profile.unknown-key': {
    summaryJa: 'プロファイルに知らない項目名があります（無視しました）',
    action: {
      ja: '綴りを確かめ、示された近い項目名に直してください',
      en: 'Check the spelling; use the nearest known key suggested',
    },
    severity: 'warning',
    summary:
      'A key of a profile that the schema does not know (it is ignored); the nearest known key is suggested',
    ja: (p: At & { key: string; known: string; suggestion: string }) =>
      p.suggestion === ''
        ? `${p.path}: 「${p.key}」という項目はないため無視しました（綴りの誤りでは？ 使える項目: ${p.known}）`
        : `${p.path}: 「${p.key}」という項目はないため無視しました（「${p.suggestion}」の綴りの誤りでは？）`,
    en: (p: At & { key: string; known: string; suggestion: string }) =>
      p.suggestion === ''
        ? `${p.path}: "${p.key}" is not a known key and was ignored (a typo? known keys: ${p.known})`
        : `${p.path}: "${p.key}" is not a known key and was ignored (did you mean "${p.suggestion}"?)`,
  },
  'profile.forbidden-key': {
    summaryJa: '__proto__・constructor・prototype という項目名は使えません',
    action: { ja: '項目名を変えてください', en: 'Rename the key' },
    severity: 'error',
    summary:
      'A key that names JavaScript’s own machinery (__proto__, constructor, prototype), refused anywhere in a profile',
    ja: (p: At & { key: string }) =>
      `${p.path}: 「${p.key}」はプロファイルの項目名に使えません（プログラムの仕組みを指す名前のため）。削除してください`,
    en: (p: At & { key: string }) =>
      `${p.path}: "${p.key}" cannot be a key of a profile (it names JavaScript's own machinery); remove it`,
  },
  'profile.too-deep': {
    summaryJa: 'プロファイルの入れ子が深すぎます（docs/security.md）',
    action: { ja: '入れ子を浅くしてください', en: 'Make the nesting shallower' },
    severity: 'error',
    summary: 'A profile nested deeper than the limit (docs/security.md)',
    ja: (p: At & { limit: number }) => `${p.path}: 入れ子が深すぎます（${p.limit} 段まで）`,
    en: (p: At & { limit: number }) => `${p.path}: nested too deep (at most ${p.limit} levels)`,
  },
  'profile.too-large': {
    summaryJa: 'プロファイルが大きすぎます（docs/security.md）',
    action: {
      ja: '不要な部分を削るか、extends で組み込みのプロファイルを継いでください',
      en: 'Remove what is not needed, or build on a built-in profile with extends',
    },
    severity: 'error',
    summary: 'A profile larger than the limit (docs/security.md)',
    ja: (p: { size: number; limit: number }) =>
      `プロファイルが大きすぎます（${p.size.toLocaleString('en-US')} 文字。${p.limit.toLocaleString('en-US')} 文字まで）`,
    en: (p: { size: number; limit: number }) =>
      `The profile is too large (${p.size.toLocaleString('en-US')} characters; at most ${p.limit.toLocaleString('en-US')})`,
  },
  'profile.bad-json': {
    summaryJa: 'プロファイルが正しい JSON ではありません（行と列を示します）',
    action: {
      ja: '示された行と列の括弧・引用符・カンマを直してください',
      en: 'Fix the brackets, quotes or commas at the line and column given',
    },
    severity: 'error',
    summary: 'Profile text that is not valid JSON (the line and column said)',
    ja: (p: { line: number; column: number; what: string }) =>
      `プロファイルを JSON として読めません: ${p.line} 行 ${p.column} 文字目 (${whatJa(p.what)})`,
    en: (p: { line: number; column: number; what: string }) =>
      `The profile is not valid JSON: line ${p.line}, column ${p.column} (${p.what})`,
  },
  'profile.extends-too-deep': {
    summaryJa: 'extends の連なりが長すぎます（docs/security.md）',
    action: { ja: '継承の段数を減らしてください', en: 'Use fewer levels of extends' },
    severity: 'error',
    summary: 'A chain of extends longer than the limit (docs/security.md)',
    ja: (p: At & { chain: string; limit: number }) =>
      `${p.path}: プロファイルの継承が長すぎます（${p.chain}。${p.limit} 段まで）`,
    en: (p: At & { chain: string; limit: number }) =>
      `${p.path}: the chain of extends is too long (${p.chain}; at most ${p.limit})`,
  },
  'profile.duplicate-id': {
    summaryJa: 'プロファイルの同じ一覧に同じ id が2つあります',
    action: { ja: 'id を重ならないように直してください', en: 'Make the ids unique' },
    severity: 'error',
    summary: 'Two items of one list of a profile have the same id',
    ja: (p: At & { id: string; first: string }) => `${p.path} のid「${p.id}」は ${p.first} と重複しています`,
    en: (p: At & { id: string; first: string }) => `${p.path}: id "${p.id}" is already used by ${p.first}`,
  },
  'profile.unknown-reference': {
    summaryJa: 'プロファイルが定義していない id を参照しています',
    action: {
      ja: '参照する id を確かめるか、その項目を加えてください',
      en: 'Check the id referred to, or add the item',
    },
    severity: 'error',
    summary: 'A profile refers to an id that it does not define',
    ja: (p: At & { id: string; kindJa: string; known: string }) =>
      `${p.path} の「${p.id}」という${p.kindJa}はこのプロファイルにありません（あるもの: ${p.known}）`,
    en: (p: At & { id: string; kind: string; known: string }) =>
      `${p.path} refers to ${p.kind} "${p.id}", which this profile does not define (defined: ${p.known})`,
  },
  'profile.domain-organiser-not-allowed': {
    summaryJa: '形態が認めない主催に領域を定めています',
    action: {
      ja: '形態の organisers と領域の組み合わせを直してください',
      en: 'Correct the form’s organisers or domains',
    },
    severity: 'error',
    summary: 'A form gives a domain for an organiser it does not allow (RULES R1, R2)',
    rule: 'R2',
    ja: (p: At & { form: string; organiser: string }) =>
      `${p.path}: 形態「${p.form}」は主催「${p.organiser}」を認めていないのに領域が書かれています（organisers に加えるか領域を消してください）`,
    en: (p: At & { form: string; organiser: string }) =>
      `${p.path}: form "${p.form}" gives a domain for organiser "${p.organiser}", which its organisers do not allow`,
  },
  'profile.synonym-conflict': {
    summaryJa: '1つの名前が2つの形態を指しています',
    action: {
      ja: 'どちらかの別名（synonyms）を消してください',
      en: 'Remove the synonym from one of the forms',
    },
    severity: 'error',
    summary: 'One text names two forms of a profile (RULES F3)',
    rule: 'F3',
    ja: (p: At & { text: string; first: string; second: string }) =>
      `${p.path}: 「${p.text}」が形態「${p.first}」と「${p.second}」の両方を指しています`,
    en: (p: At & { text: string; first: string; second: string }) =>
      `${p.path}: "${p.text}" names both form "${p.first}" and form "${p.second}"`,
  },
  'profile.bad-check-digit': {
    summaryJa: '地方公共団体コードの検査数字が違います',
    action: {
      ja: '総務省の一覧で6桁のコードを確かめてください',
      en: 'Check the six-digit code in the national list',
    },
    severity: 'error',
    summary: 'A 地方公共団体コード whose check digit is wrong',
    ja: (p: At & { code: string; expected: string }) =>
      `${p.path} の地方公共団体コード「${p.code}」は検査数字が合いません（6桁目は ${p.expected} のはずです）`,
    en: (p: At & { code: string; expected: string }) =>
      `${p.path}: local government code "${p.code}" has a wrong check digit (the 6th digit should be ${p.expected})`,
  },
  'profile.unknown-parent': {
    summaryJa: 'extends が存在しないプロファイルを指しています',
    action: { ja: 'kyodo profiles で ID を確かめてください', en: 'Check the id with kyodo profiles' },
    severity: 'error',
    summary: 'A profile extends a profile that does not exist',
    ja: (p: At & { id: string; known: string }) =>
      `${p.path}: 継承元のプロファイル「${p.id}」がありません（使えるもの: ${p.known}）`,
    en: (p: At & { id: string; known: string }) =>
      `${p.path}: the profile to extend, "${p.id}", does not exist (known: ${p.known})`,
  },
  'profile.extends-cycle': {
    summaryJa: 'プロファイルが互いに extends し合っています',
    action: { ja: 'extends の連なりを一方向にしてください', en: 'Make extends run one way' },
    severity: 'error',
    summary: 'Profiles extend each other in a cycle',
    ja: (p: At & { chain: string }) => `${p.path}: プロファイルの継承が循環しています（${p.chain}）`,
    en: (p: At & { chain: string }) => `${p.path}: profiles extend each other in a cycle (${p.chain})`,
  },
});

/** The kind of JSON syntax error, in Japanese. */
function whatJa(what: string): string {
  const words: Readonly<Record<string, string>> = {
    'unexpected end of text': '途中で終わっています',
    'a value was expected': '値がありません',
    'a property name was expected': '項目名（"…"）がありません',
    'a comma was expected': 'カンマ（,）がありません',
    'a colon was expected': 'コロン（:）がありません',
    'a closing bracket was expected': '閉じかっこがありません',
    'an unterminated string': '文字列の「"」が閉じられていません',
    'a comment': 'JSON にコメントは書けません',
    'a trailing comma': '最後の項目の後にカンマがあります',
    'an invalid character': '使えない文字があります',
    'text after the end': 'JSON の終わりの後に文字があります',
  };
  return words[what] ?? what;
}
