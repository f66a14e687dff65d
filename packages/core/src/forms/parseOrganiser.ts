import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import type { Profile } from '../profiles/schema.js';
import { matchKey } from '../text/normalise.js';
import { formsMessages } from './messages.js';
import type { Organiser } from './schema.js';

const CITY = new Set(['市', '行政', '市役所', '市当局', 'city', '自治体']);
const CITIZEN = new Set([
  '市民',
  '団体',
  '民間',
  '住民',
  '地域',
  '相手方',
  '協働相手',
  '協働先',
  '市民団体',
  '市民側',
  '地域住民',
  'citizen',
  'citizens',
  'partner',
]);
const JOINT = new Set([
  '共同',
  '共催',
  '合同',
  '両者',
  '双方',
  '市民と市',
  '市と市民',
  '市と団体',
  '団体と市',
  'joint',
  '実行委員会',
  '協議会',
]);
/** Words that end the name of a body outside the city (NPO法人○○, ○○自治会, 株式会社○○ …). */
const BODY =
  /(法人|会社|団体|自治会|町内会|協会|クラブ|npo|組合|大学|学校|商工会|社会福祉協議会|事業団|ボランティア)/u;

/** Options of parseOrganiser. */
export interface ParseOrganiserOptions {
  /** The profile: its municipality's name (取手市) and the city actor's synonyms mean the city. */
  readonly profile?: Profile;
  /** The partner (協働相手) of the same row: its name as organiser means citizens. */
  readonly partner?: string;
  /** Where the text was read, for the problem. */
  readonly path?: Path;
}

const WRAPPED = /^[【［[「『(（〔]+(.*?)[】］\]」』)）〕]+$/u;

function stripped(text: string): string {
  let key = matchKey(text);
  const wrapped = WRAPPED.exec(key);
  if (wrapped) key = wrapped[1] ?? '';
  return key
    .replace(/[【［[「『(（〔][^】］\]」』)）〕]*[】］\]」』)）〕]/gu, '')
    .replace(/(主催事業|主催者|主催|の主催|事業)$/u, '')
    .replace(/の$/u, '');
}

function cityWords(profile: Profile | undefined): Set<string> {
  const words = new Set(CITY);
  if (!profile) return words;
  words.add(stripped(profile.name.ja));
  return words;
}

function classify(key: string, options: ParseOrganiserOptions): Organiser | undefined {
  const city = cityWords(options.profile);
  if (JOINT.has(key)) return 'joint';
  const parts = key.split(/[・、,&＆+＋]/u).filter((p) => p !== '');
  if (parts.length > 1) {
    const kinds = new Set(parts.map((part) => classify(part, options)));
    if (kinds.has(undefined)) return undefined;
    if (kinds.size === 1) return [...kinds][0];
    return 'joint';
  }
  if (city.has(key) || /(課|局|市役所)$/u.test(key)) return 'city';
  if (CITIZEN.has(key)) return 'citizen';
  if (options.partner !== undefined && stripped(options.partner) !== '' && stripped(options.partner) === key)
    return 'citizen';
  if (BODY.test(key)) return 'citizen';
  return undefined;
}

/**
 * Who organises (主催) a project, from the text of an organiser cell (RULES R1: 市主催 /
 * 市民主催 / both): 市, 市主催, 行政, a department (…課) or the municipality's name → 'city';
 * 市民, 団体, 市民主催, the row's partner or the name of a body (NPO法人…, …自治会) → 'citizen';
 * 共同, 共催, 市・団体, 市と市民 → 'joint'. Width, spaces, brackets and a trailing 主催/主催事業
 * are tolerated. Anything else is 'forms.unknown-organiser', never a guess.
 *
 * @example
 * parseOrganiser('市主催') //=> { ok: true, value: 'city' }
 * parseOrganiser('市・団体') //=> { ok: true, value: 'joint' }
 * parseOrganiser('NPO法人かっぱ', { partner: 'NPO法人かっぱ' }) //=> { ok: true, value: 'citizen' }
 */
export function parseOrganiser(text: string, options: ParseOrganiserOptions = {}): Result<Organiser> {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const key = stripped(raw);
  const organiser = key === '' ? undefined : classify(key, options);
  if (organiser !== undefined) return ok(organiser);
  return err(
    formsMessages.problem(
      'forms.unknown-organiser',
      { text: raw },
      { path: options.path ?? [], input: text },
    ),
  );
}
