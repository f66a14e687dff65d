import { fileURLToPath } from 'node:url';
import { builtinProfiles } from '@kyodo/core';
import { detectProfile, type Workbook } from '@kyodo/sheets';
import { describe, expect, it } from 'vitest';
import { choiceByValidating } from '../../../../testing/sheets/choiceByValidating.js';
import { readWorkbookFile } from '../io/readWorkbookFile.js';

const at = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

describe('the profile chosen without --profile', () => {
  it.each([
    ['examples/ichinoseki.xlsx', 'ichinoseki'],
    ['examples/toride.xlsx', 'toride'],
    ['examples/plan-004.xlsx', 'plan-004'],
    ['examples/toride-projects-sjis.csv', 'toride'],
    ['examples/mirai-review.xlsx', undefined],
    ['packages/cli/test/fixtures/libreoffice-register.xlsx', undefined],
  ])('is the one validating with every built-in chose: %s', async (path, expected) => {
    const read = await readWorkbookFile(at(path), {});
    if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join('; '));
    const workbook = read.value.workbook as Workbook;
    const detected = detectProfile(workbook, builtinProfiles)?.profile.id;
    expect(detected).toBe(choiceByValidating(workbook, builtinProfiles, '2024-10-01'));
    if (expected !== undefined) expect(detected).toBe(expected);
  });
});
