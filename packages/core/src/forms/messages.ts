import { defineMessages } from '../problems/messages.js';
import { cite } from '../sources/Source.js';

const R1_SOURCE = cite('003_77c600037372601a.txt', '第3章(3) 市民協働の領域', 'R1');
const R2_SOURCE = cite('003_77c600037372601a.txt', '第3章(3) 市民協働の領域', 'R2');
const F3_SOURCE = cite('003_77c600037372601a.txt', '第3章(2) 市民協働の形態等', 'F3');

type Text = { text: string };

/**
 * The problems of forms of cooperation, organisers and domains (codes `forms.*`, RULES F1–F3,
 * R1, R2), each in Japanese and English with the rule and document it comes from.
 */
export const formsMessages = defineMessages({
  'forms.empty': {
    severity: 'error',
    summary: 'No form of cooperation given',
    rule: 'F3',
    ja: (p: { known: string }) => `協働の形態が空欄です（${p.known} のいずれかを書いてください）`,
    en: (p: { knownEn: string }) => `No form of cooperation given (expected one of ${p.knownEn})`,
  },
  'forms.unknown': {
    severity: 'error',
    summary: 'A form of cooperation the profile does not know',
    rule: 'F3',
    source: F3_SOURCE,
    ja: (p: Text & { profile: string; known: string }) =>
      `「${p.text}」は${p.profile}の協働の形態にありません（使えるもの: ${p.known}）`,
    en: (p: Text & { profileEn: string; knownEn: string }) =>
      `"${p.text}" is not a form of cooperation of ${p.profileEn} (known: ${p.knownEn})`,
  },
  'forms.ambiguous': {
    severity: 'error',
    summary: 'A text naming two forms of cooperation at once',
    rule: 'F3',
    ja: (p: Text & { forms: string }) =>
      `「${p.text}」は複数の形態（${p.forms}）を指しています。1つにしてください`,
    en: (p: Text & { forms: string }) => `"${p.text}" names several forms (${p.forms}); give one`,
  },
  'forms.unknown-organiser': {
    severity: 'error',
    summary: 'An organiser (主催) that is neither the city, citizens nor both',
    rule: 'R1',
    ja: (p: Text) =>
      `主催「${p.text}」を読み取れません（市・市主催・行政、市民・団体・市民主催、共同・共催 のいずれか）`,
    en: (p: Text) =>
      `Cannot read the organiser "${p.text}" (expected 市/市主催/行政 for the city, 市民/団体/市民主催 for citizens, 共同/共催 for both)`,
  },
  'forms.unknown-form-id': {
    severity: 'error',
    summary: 'A form id the profile does not define',
    ja: (p: { form: string; profile: string; known: string }) =>
      `形態のid「${p.form}」は${p.profile}にありません（あるもの: ${p.known}）`,
    en: (p: { form: string; profileEn: string; known: string }) =>
      `Form id "${p.form}" is not defined by ${p.profileEn} (defined: ${p.known})`,
  },
  'forms.organiser-mismatch': {
    severity: 'error',
    summary: 'A form that contradicts its organiser (委託 by citizens, 補助 by the city, 共催 by one party)',
    rule: 'R2',
    source: R2_SOURCE,
    ja: (p: { form: string; organiser: string; formJa: string; organiserJa: string; allowedJa: string }) =>
      `協働の形態「${p.formJa}」と主催「${p.organiserJa}」が矛盾しています。「${p.formJa}」の主催は${p.allowedJa}です`,
    en: (p: { formEn: string; organiserEn: string; allowedEn: string }) =>
      `The form "${p.formEn}" contradicts its organiser, ${p.organiserEn}: a "${p.formEn}" project is organised by ${p.allowedEn}`,
  },
  'forms.no-domains': {
    severity: 'error',
    summary: 'The profile has no table of domains (協働の領域)',
    rule: 'R1',
    source: R1_SOURCE,
    ja: (p: { profile: string }) => `${p.profile}のプロファイルには協働の領域の定めがありません`,
    en: (p: { profileEn: string }) => `The profile ${p.profileEn} defines no domains of cooperation`,
  },
  'forms.no-domain': {
    severity: 'error',
    summary: 'A form with no domain for this organiser',
    rule: 'R1',
    source: R1_SOURCE,
    ja: (p: { formJa: string; organiserJa: string }) =>
      `形態「${p.formJa}」（主催: ${p.organiserJa}）の領域が定められていません`,
    en: (p: { formEn: string; organiserEn: string }) =>
      `No domain is defined for the form "${p.formEn}" organised by ${p.organiserEn}`,
  },
  'forms.unknown-implementer': {
    severity: 'error',
    summary: 'A 実施主体 of a 地域づくり計画 that the profile does not know (RULES F2)',
    rule: 'F2',
    ja: (p: Text & { known: string }) => `実施主体「${p.text}」を読み取れません（例: ${p.known}）`,
    en: (p: Text & { known: string }) => `Cannot read the implementer "${p.text}" (for example: ${p.known})`,
  },
});
