import type { Path } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { matchKey } from '../text/normalise.js';
import { requireObject } from '../text/requireObject.js';
import type { HasForms } from './HasForms.js';
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
/**
 * Names of residents' own bodies (まちづくり協議会, 地区協議会): citizens, wherever the profile's
 * actors do not say otherwise (002_5a3cd8c23b61ef14.txt (参考) 〇〇地区まちづくり協議会).
 */
const RESIDENTS = /(まちづくり協議会|地区協議会|自治協議会|地域協議会)$/u;
/** Words that end the name of a body outside the city (NPO法人○○, ○○自治会, 株式会社○○ …). */
const BODY =
  /(法人|会社|団体|自治会|町内会|協会|クラブ|npo|組合|大学|学校|商工会|社会福祉協議会|事業団|ボランティア)/u;

/** Options of parseOrganiser. */
export interface ParseOrganiserOptions {
  /** The profile: its municipality's name (取手市) and the city actor's synonyms mean the city. */
  readonly profile?: HasForms;
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

function cityWords(profile: HasForms | undefined): Set<string> {
  const words = new Set(CITY);
  if (!profile) return words;
  words.add(stripped(profile.name.ja));
  return words;
}

const actorIndexes = new WeakMap<
  HasForms,
  { exact: Map<string, Organiser>; suffixes: [string, Organiser][] }
>();

/**
 * The profile's actors by name (RULES D4): the city's own names ('city') and every other actor's
 * ('citizen'), so that 一関市's 協議会 (the citizens' regional body, 002 8-1) is citizens while
 * 取手市's 実行委員会・協議会 stays a joint body.
 */
function actorIndex(profile: HasForms): { exact: Map<string, Organiser>; suffixes: [string, Organiser][] } {
  let index = actorIndexes.get(profile);
  if (index !== undefined) return index;
  const exact = new Map<string, Organiser>();
  const cityName = stripped(profile.name.ja);
  for (const actor of profile.actors) {
    const texts = [actor.label.ja, ...(actor.synonyms ?? [])].map(stripped).filter((t) => t !== '');
    const side: Organiser = texts.some((t) => CITY.has(t) || t === cityName) ? 'city' : 'citizen';
    for (const t of texts) if (!exact.has(t)) exact.set(t, side);
  }
  // A longer name ending in an actor's name (〇〇地区まちづくり協議会): that actor, longest first.
  const suffixes = [...exact].filter(([t]) => t.length >= 3).sort((a, b) => b[0].length - a[0].length);
  index = { exact, suffixes };
  actorIndexes.set(profile, index);
  return index;
}

function classify(key: string, options: ParseOrganiserOptions): Organiser | undefined {
  const city = cityWords(options.profile);
  if (city.has(key)) return 'city';
  if (options.profile !== undefined) {
    const { exact, suffixes } = actorIndex(options.profile);
    const side = exact.get(key) ?? suffixes.find(([t]) => key.endsWith(t))?.[1];
    if (side !== undefined) return side;
  }
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
  if (BODY.test(key) || RESIDENTS.test(key)) return 'citizen';
  return undefined;
}

/**
 * Who organises (主催) a project, from the text of an organiser cell (RULES R1: 市主催 /
 * 市民主催 / both): 市, 市主催, 行政, a department (…課) or the municipality's name (取手市) →
 * 'city'; 市民, 団体, 市民主催, the row's partner or the name of a body (NPO法人…, …自治会,
 * 〇〇地区まちづくり協議会) → 'citizen'; 共同, 共催, 市・団体, 市と市民 → 'joint'. With a profile,
 * its actors' names are read first, each as the side it is on: in 一関市 協議会 is the citizens'
 * regional body (002_5a3cd8c23b61ef14.txt 8-1-1, (参考) 協議会（市補助事業）), so 'citizen'; a
 * profile without that actor reads 協議会 as a joint body (003 第3章(2)⑥). Width, spaces,
 * brackets and a trailing 主催/主催事業 are tolerated. Anything else is 'forms.unknown-organiser',
 * never a guess.
 *
 * @example
 * parseOrganiser('市主催') //=> { ok: true, value: 'city' }
 * parseOrganiser('市・団体') //=> { ok: true, value: 'joint' }
 * parseOrganiser('NPO法人かっぱ', { partner: 'NPO法人かっぱ' }) //=> { ok: true, value: 'citizen' }
 */
export function parseOrganiser(text: string, options: ParseOrganiserOptions = {}): Result<Organiser> {
  requireObject(options, 'options');
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
