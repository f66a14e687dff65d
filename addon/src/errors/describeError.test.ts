import { describe, expect, it } from 'vitest';
import { describeError } from './describeError.js';

describe('describeError', () => {
  it('recognises the error several signed-in Google accounts cause', () => {
    const e = new Error(
      "ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    );
    expect(describeError(e, 'ja')).toContain('複数の Google アカウント');
    expect(describeError(e, 'en')).toContain('several Google accounts');
  });
  it('recognises a missing authorisation and the 6-minute limit', () => {
    expect(describeError(new Error('Authorization is required to perform that action.'), 'ja')).toContain(
      '許可',
    );
    expect(describeError('Exceeded maximum execution time', 'en')).toContain('6 minutes');
  });
  it('recognises a protected range', () => {
    const e = new Error('Exception: You are trying to edit a protected cell or object.');
    expect(describeError(e, 'ja')).toMatch(/^保護されたセルやシートがあるため/);
  });
  it('says anything else as one sentence, without a stack', () => {
    const e = new Error('TypeError: x is undefined\n    at foo (Code.js:1:2)');
    expect(describeError(e, 'ja')).toBe('予期しないエラーが起きました: TypeError: x is undefined');
  });
});
