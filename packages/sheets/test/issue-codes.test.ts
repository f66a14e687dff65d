import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issueCodes, issueCodesMarkdown } from '../src/report/issueCodes.js';
import { sheetsMessages } from '../src/report/sheetsMessages.js';

const page = fileURLToPath(new URL('../../../docs/issue-codes.md', import.meta.url));

describe('docs/issue-codes.md', () => {
  it('is the page the catalogues generate (run npx tsx packages/sheets/scripts/issue-codes.ts)', () => {
    expect(readFileSync(page, 'utf8')).toBe(issueCodesMarkdown());
  });
  it('lists every code of sheetsMessages, each with a Japanese and an English message', () => {
    const text = readFileSync(page, 'utf8');
    for (const code of Object.keys(sheetsMessages.catalogue)) expect(text).toContain(`\`${code}\``);
    const codes = issueCodes().map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of issueCodes()) expect(c.summary.length).toBeGreaterThan(0);
  });
});
