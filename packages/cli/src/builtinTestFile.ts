import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { builtinProfiles } from '@kyodo/core';

/**
 * The test file a built-in profile carries (@kyodo/core profile-tests/<id>.yaml, written from
 * the plans' text and hand-computed tables; docs/profiles.md テストを書く), or undefined when
 * `id` is not a built-in profile. Found beside @kyodo/core's package.json.
 */
export function builtinTestFile(id: string): string | undefined {
  if (!builtinProfiles.some((p) => p.id === id)) return undefined;
  const core = dirname(createRequire(import.meta.url).resolve('@kyodo/core/package.json'));
  const file = join(core, 'profile-tests', `${id}.yaml`);
  return existsSync(file) ? file : undefined;
}
