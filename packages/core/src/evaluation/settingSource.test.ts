import { describe, expect, it } from 'vitest';
import { cite } from '../sources/Source.js';
import { builtinFrameworks } from './builtin.js';
import { settingSource } from './settingSource.js';

const ichinoseki = builtinFrameworks.ichinoseki[0]!;
const toride = builtinFrameworks.toride[0]!;
const plan004 = builtinFrameworks['plan-004'][0]!;

describe('settingSource', () => {
  it('the 20% variance and the 2-level gap are kyodo’s defaults in every built-in profile: no plan gives one', () => {
    for (const f of [ichinoseki, toride, plan004]) {
      expect(settingSource(f, 'varianceThresholdPercent')).toMatchObject({ document: 'kyodo', rule: 'E4' });
      expect(settingSource(f, 'gapThreshold')).toMatchObject({ document: 'kyodo', rule: 'E7' });
    }
  });
  it('who evaluates is the plan’s where it says (001 「各々自己評価」, 004 「当事者同士がふり返り」), kyodo’s for 003', () => {
    expect(settingSource(ichinoseki, 'requiredEvaluators').document).toBe('001_9b5b631400e119ce.txt');
    expect(settingSource(plan004, 'requiredEvaluators').document).toBe('004_fa4f1dbae27f2456.txt');
    expect(settingSource(toride, 'requiredEvaluators')).toMatchObject({ document: 'kyodo', rule: 'E1' });
  });
  it('a threshold the profile sets is the municipality’s choice, with its own citation when it gives one', () => {
    expect(settingSource({ ...toride, gapThreshold: 1 }, 'gapThreshold')).toMatchObject({
      basis: 'municipality',
      rule: 'E7',
    });
    const own = cite('取手市協働事業評価要領', '第4条', 'E4', undefined, 'municipality');
    expect(
      settingSource(
        { ...toride, varianceThresholdPercent: 30, sources: { variance: own } },
        'varianceThresholdPercent',
      ),
    ).toBe(own);
  });
});
