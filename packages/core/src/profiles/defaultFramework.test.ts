import { describe, expect, it } from 'vitest';
import { unwrap } from '../problems/KyodoError.js';
import { torideProfile } from './builtin/index.js';
import { defaultFramework } from './defaultFramework.js';
import { loadProfile } from './loadProfile.js';

describe('defaultFramework', () => {
  it('is the framework evaluation.default names', () => {
    expect(defaultFramework(torideProfile)?.id).toBe(torideProfile.evaluation.default);
  });

  it('carries the thresholds a profile sets for its checks', () => {
    const [first] = torideProfile.evaluation.frameworks;
    if (first === undefined) throw new Error('toride has a framework');
    const own = unwrap(
      loadProfile({
        id: 'toride-30',
        extends: 'toride',
        evaluation: {
          frameworks: [{ ...first, id: 'strict', varianceThresholdPercent: 30 }],
          default: 'strict',
        },
      }),
    );
    expect(defaultFramework(own)?.varianceThresholdPercent).toBe(30);
  });

  it('is the first framework without a default, and undefined without frameworks', () => {
    const [first] = torideProfile.evaluation.frameworks;
    if (first === undefined) throw new Error('toride has a framework');
    const second = { ...first, id: 'second' };
    expect(defaultFramework({ ...torideProfile, evaluation: { frameworks: [second, first] } })?.id).toBe(
      'second',
    );
    expect(defaultFramework({ ...torideProfile, evaluation: { frameworks: [] } })).toBeUndefined();
  });
});
