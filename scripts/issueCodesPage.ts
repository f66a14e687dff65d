// docs/issue-codes.md: every code of every catalogue, Japanese first, with what it means and what
// to do (対処). @kyodo/sheets gives the report's catalogues; the kyodo command's file problems and
// the add-on's push checks are added here, outside the packages, so imports still run one way.
import { deployMessages } from '../addon/deploy/deployMessages.js';
import { ioMessages } from '../packages/cli/src/io/ioMessages.js';
import { type CatalogueSection, issueCodes, issueCodesMarkdown } from '../packages/sheets/src/index.js';

/** Where the page is written, relative to the repository root. */
export const ISSUE_CODES_PAGE = 'docs/issue-codes.md';

/** The catalogues of the faces: the kyodo command and the add-on's deployment. */
export const FACE_CATALOGUES: readonly CatalogueSection[] = [
  {
    name: 'io',
    catalogue: ioMessages.catalogue,
    title: { ja: 'ファイルの読み書き（kyodo コマンド）', en: 'Files (the kyodo command)' },
    definedIn: '@kyodo/cli ioMessages',
  },
  {
    name: 'deploy',
    catalogue: deployMessages.catalogue,
    title: { ja: 'アドオンのプッシュ', en: 'Pushing the add-on' },
    definedIn: 'addon/deploy/push.ts deployMessages',
  },
];

/** The page as `npm run docs` writes it. */
export function renderIssueCodesPage(): string {
  return issueCodesMarkdown(FACE_CATALOGUES);
}

/** Every code the page lists. */
export function allIssueCodes() {
  return issueCodes(FACE_CATALOGUES);
}
