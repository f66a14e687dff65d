import type { Bilingual } from '@kyodo/core';
import type { ProfileTestRun, TestFailure } from '@kyodo/sheets';
import { terminalText } from './terminalText.js';
import { failureWords, TEST_RUN_WORDS } from './testRunWords.js';
import type { Lang } from './words.js';

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/**
 * kyodo test's text (docs/profiles.md テストを書く): per file each test passed (✓) or failed
 * (✗), and for each failure what was expected, what kyodo computed, and the steps that led to
 * it with their citations; then the counts, the last line being "N passed, N failed" as test
 * runners print it. Japanese first, English under it.
 */
export function renderTestRun(runs: readonly ProfileTestRun[], lang: Lang = 'both'): string {
  const out: string[] = [];
  const line = (text: Bilingual, indent = '') => {
    if (lang === 'both') {
      out.push(`${indent}${text.ja}`);
      if (text.en !== text.ja) out.push(`${indent}  ${text.en}`);
    } else out.push(`${indent}${text[lang]}`);
  };
  let passed = 0;
  let failed = 0;
  for (const run of runs) {
    out.push(`${run.file} (${run.profile})`);
    for (const o of run.outcomes) {
      if (o.status === 'pass') {
        passed++;
        out.push(`  ✓ ${o.name}`);
        continue;
      }
      if (o.status === 'invalid') continue;
      failed++;
      out.push(`  ✗ ${o.name}${o.source === undefined ? '' : `  [${o.source}]`}`);
      for (const f of o.failures) line(failureText(f), '      ');
      if (o.explanation.length > 0) {
        line(TEST_RUN_WORDS.howComputed, '      ');
        for (const e of o.explanation) line(e, '        ');
      }
    }
    out.push('');
  }
  if (lang !== 'en') out.push(`合格 ${passed} 件、不合格 ${failed} 件`);
  // The plain closing line test runners print, in every language.
  out.push(`${passed} passed, ${failed} failed`);
  return `${out.map(terminalText).join('\n')}\n`;
}

function failureText(f: TestFailure): Bilingual {
  return failureWords(f.path, show(f.expected), show(f.actual));
}
