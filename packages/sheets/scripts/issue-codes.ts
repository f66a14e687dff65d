// Writes docs/issue-codes.md from the message catalogues (`npx tsx packages/sheets/scripts/issue-codes.ts`).
// packages/sheets/test/issue-codes.test.ts fails when the page is out of date.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { issueCodesMarkdown } from '../src/report/issueCodes.js';

const page = fileURLToPath(new URL('../../../docs/issue-codes.md', import.meta.url));
writeFileSync(page, issueCodesMarkdown());
process.stdout.write(`wrote ${page}\n`);
