import { describe, expect, it } from 'vitest';
import { ichinosekiProfile, torideProfile } from '../profiles/builtin/index.js';
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
      source: { document: '003_77c600037372601a.txt', section: '第3章(3) 市民協働の領域' },
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

  it('applies to ichinoseki forms too, and reports an unknown form id', () => {
    expect(checkFormOrganiser(ichinosekiProfile, 'kyosai', 'city').map((p) => p.code)).toEqual([
      'forms.organiser-mismatch',
    ]);
    expect(checkFormOrganiser(ichinosekiProfile, 'nope', 'city').map((p) => p.code)).toEqual([
      'forms.unknown-form-id',
    ]);
  });
});
