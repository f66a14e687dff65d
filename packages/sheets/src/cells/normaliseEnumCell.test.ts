import { getProfile, unwrap } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import {
  normaliseActorCell,
  normaliseEvaluatorCell,
  normaliseFormCell,
  normaliseOrganiserCell,
  normaliseProgramCell,
} from './normaliseEnumCell.js';

const toride = unwrap(getProfile('toride'));
const ichinoseki = unwrap(getProfile('ichinoseki'));

describe('enumeration cells', () => {
  it('forms through their synonyms (F3)', () => {
    expect(normaliseFormCell('補助金', toride)).toMatchObject({ status: 'value', value: { id: 'hojo' } });
    expect(normaliseFormCell(' 委 託 ', toride)).toMatchObject({ status: 'value', value: { id: 'itaku' } });
    const r = normaliseFormCell('協同', toride);
    if (r.status !== 'invalid') throw new Error('expected invalid');
    expect(r.problems[0]!.code).toBe('forms.unknown');
  });
  it('organisers, evaluators and programs', () => {
    expect(normaliseOrganiserCell('共同')).toMatchObject({ value: 'joint' });
    expect(normaliseOrganiserCell('市')).toMatchObject({ value: 'city' });
    expect(normaliseEvaluatorCell('協働相手')).toMatchObject({ value: 'partner' });
    expect(normaliseProgramCell('事業４', ichinoseki)).toMatchObject({
      value: { id: 'ichinoseki/kyodotai-shien' },
    });
    const p = normaliseProgramCell('事業9', ichinoseki);
    if (p.status !== 'invalid') throw new Error('expected invalid');
    expect(p.problems[0]!.code).toBe('subsidy.unknown-program');
    expect(normaliseOrganiserCell(true).status).toBe('invalid');
  });
  it('actor types against the profile’s actors, unknown ones kept as written', () => {
    expect(normaliseActorCell('市民活動団体', toride)).toMatchObject({
      value: { id: 'shimin-katsudo-dantai' },
    });
    expect(normaliseActorCell('謎の団体', toride)).toMatchObject({ value: { id: null, label: '謎の団体' } });
  });
});
