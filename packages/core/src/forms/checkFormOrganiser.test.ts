import { describe, expect, it } from 'vitest';
import { ichinosekiProfile, torideProfile } from '../profiles/builtin/index.js';
import { cite } from '../sources/Source.js';
import { checkFormOrganiser } from './checkFormOrganiser.js';
import type { Organiser } from './schema.js';

const codes = (form: string, organiser: Organiser) =>
  checkFormOrganiser(torideProfile, form, organiser).map((p) => p.code);

describe('checkFormOrganiser (RULES R2)', () => {
  it('flags 委託 organised by citizens, with the rule and the document', () => {
    const problems = checkFormOrganiser(torideProfile, 'itaku', 'citizen', {
      path: ['projects', 2, 'organiser'],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'forms.organiser-mismatch',
      severity: 'error',
      path: ['projects', 2, 'organiser'],
      rule: 'R2',
      // 003_77c600037372601a.txt 第3章(2)① 「主に市が実施する事業を委託する形態です」
      source: { document: '003_77c600037372601a.txt', section: '第3章(2)① 事業委託, 第3章(3)', rule: 'R2' },
      message: {
        ja: '協働の形態「事業委託」と主催「市民（団体）」が矛盾しています。「事業委託」の主催は市です',
        en: 'The form "Commissioning" contradicts its organiser, citizens (the partner): a "Commissioning" project is organised by the city',
      },
    });
  });

  it('flags 補助・助成 organised by the city, and 共催 or 実行委員会 with a single organiser', () => {
    expect(codes('hojo', 'city')).toEqual(['forms.organiser-mismatch']);
    expect(codes('hojo', 'joint')).toEqual(['forms.organiser-mismatch']);
    expect(codes('kyosai', 'city')).toEqual(['forms.organiser-mismatch']);
    expect(codes('kyosai', 'citizen')).toEqual(['forms.organiser-mismatch']);
    expect(codes('jikko-iinkai', 'citizen')).toEqual(['forms.organiser-mismatch']);
    expect(codes('koen', 'joint')).toEqual(['forms.organiser-mismatch']);
    expect(checkFormOrganiser(torideProfile, 'koen', 'joint')[0]?.message.ja).toBe(
      '協働の形態「後援・協賛」と主催「市と市民の共同」が矛盾しています。「後援・協賛」の主催は市民（団体）または市です',
    );
  });

  it('accepts the consistent pairs of the R1 table', () => {
    for (const [form, organiser] of [
      ['itaku', 'city'],
      ['hojo', 'citizen'],
      ['kyosai', 'joint'],
      ['kyoryoku', 'citizen'],
      ['kyoryoku', 'joint'],
      ['kyoryoku', 'city'],
      ['koen', 'citizen'],
      ['koen', 'city'],
      ['jikko-iinkai', 'joint'],
      ['kikaku-sankaku', 'city'],
    ] as const)
      expect([form, organiser, codes(form, organiser)]).toEqual([form, organiser, []]);
  });

  it('where the plans do not say who organises a form (一関市), kyodo’s reading of its name is a warning, not a ban', () => {
    // 001_9b5b631400e119ce.txt 事業形態の選択活用 ①「共催事業では、人的な役割も担い」: the plan
    // names the form, not who organises it.
    const [p] = checkFormOrganiser(ichinosekiProfile, 'kyosai', 'city');
    expect(p).toMatchObject({
      code: 'forms.organiser-unexpected',
      severity: 'warning',
      rule: 'R2',
      source: { document: 'kyodo', rule: 'R2' },
    });
    expect(p?.message.ja).toBe(
      '協働の形態「共催」の主催が「市」です。計画は形態ごとの主催者を定めていませんが、「共催」の主催は名前からは市と市民の共同と読めます（kyodo の読み方）。確かめてください',
    );
  });

  it('a municipality that says who organises a form makes a contradiction an error citing its choice', () => {
    const own = {
      ...ichinosekiProfile,
      forms: ichinosekiProfile.forms.map((f) =>
        f.id === 'kyosai'
          ? { ...f, organisersSource: cite('一関市共催事業要綱', '第2条', 'R2', undefined, 'municipality') }
          : f,
      ),
    };
    expect(checkFormOrganiser(own, 'kyosai', 'city')[0]).toMatchObject({
      code: 'forms.organiser-mismatch',
      severity: 'error',
      source: { document: '一関市共催事業要綱', basis: 'municipality' },
    });
  });

  it('reports an unknown form id', () => {
    expect(checkFormOrganiser(ichinosekiProfile, 'nope', 'city').map((p) => p.code)).toEqual([
      'forms.unknown-form-id',
    ]);
  });
});
