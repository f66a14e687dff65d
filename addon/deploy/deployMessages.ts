import { cite, defineMessages } from '@kyodo/core';

const GUIDE = cite('kyodo', 'docs/addon.md ビルドとデプロイ / Build and deploy');

/**
 * What can stop a push before clasp runs: each code with a Japanese and an English message that
 * says what to do (docs/addon.md, steps 3 and 4).
 */
export const deployMessages = defineMessages({
  'deploy.no-project-file': {
    summaryJa: 'addon/.clasp.json がありません',
    action: {
      ja: 'docs/addon.md「3. Apps Script プロジェクトを作る」の手順で作ってください',
      en: 'Create it as in docs/addon.md “3. Create the Apps Script project”',
    },
    severity: 'error',
    summary: 'addon/.clasp.json is missing',
    source: GUIDE,
    ja: (p: { file: string }) =>
      `${p.file} がありません。リポジトリの addon/.clasp.json（"rootDir": "dist"）を元に戻してから、手順3を実行してください`,
    en: (p: { file: string }) =>
      `${p.file} is missing: restore addon/.clasp.json ("rootDir": "dist") from the repository, then run step 3`,
  },
  'deploy.unreadable-project-file': {
    summaryJa: 'addon/.clasp.json が JSON のオブジェクトではありません',
    action: { ja: 'docs/addon.md の手順でもう一度作ってください', en: 'Create it again as in docs/addon.md' },
    severity: 'error',
    summary: 'addon/.clasp.json is not a JSON object',
    source: GUIDE,
    ja: (p: { file: string; reason: string }) =>
      `${p.file} を JSON として読めません（${p.reason}）。{ "scriptId": "…", "rootDir": "dist" } の形にしてください`,
    en: (p: { file: string; reason: string }) =>
      `${p.file} is not readable JSON (${p.reason}); expected { "scriptId": "…", "rootDir": "dist" }`,
  },
  'deploy.no-script-id': {
    summaryJa: '.clasp.json に scriptId がなく、Apps Script プロジェクトがまだありません',
    action: {
      ja: 'docs/addon.md「3. Apps Script プロジェクトを作る」の手順で作ってください',
      en: 'Create it as in docs/addon.md “3. Create the Apps Script project”',
    },
    severity: 'error',
    summary: 'No Apps Script project yet: .clasp.json has no scriptId',
    source: GUIDE,
    ja: (p: { file: string }) =>
      `${p.file} にスクリプト ID（"scriptId"）がありません。手順3のとおり、addon フォルダで npx clasp create-script --type standalone --title "協働チェック" --rootDir dist を実行するか、既存のプロジェクトのスクリプト ID を書いてください`,
    en: (p: { file: string }) =>
      `${p.file} has no "scriptId": run step 3 in the addon folder (npx clasp create-script --type standalone --title "協働チェック" --rootDir dist), or write the script ID of an existing project`,
  },
  'deploy.root-dir': {
    summaryJa: '.clasp.json が dist/ を送る設定になっていません',
    action: {
      ja: '.clasp.json の rootDir を "dist" にしてください（docs/addon.md）',
      en: 'Set rootDir to "dist" in .clasp.json (docs/addon.md)',
    },
    severity: 'error',
    summary: '.clasp.json does not send dist/ (clasp create-script without --rootDir dist rewrote it)',
    source: GUIDE,
    ja: (p: { file: string; rootDir: string }) =>
      `${p.file} の "rootDir" が "dist" ではなく「${p.rootDir}」です。このままプッシュすると、ビルドした dist/ ではなく clasp の初期ファイルが送られます（clasp create-script を --rootDir dist なしで実行すると書き換わります）。"rootDir": "dist" に直してください`,
    en: (p: { file: string; rootDir: string }) =>
      `${p.file} has "rootDir": "${p.rootDir}", not "dist": a push would send clasp's starter files instead of the build in dist/ (clasp create-script rewrites it when run without --rootDir dist). Set "rootDir": "dist"`,
  },
});

/** Words of the push script that are not problems. */
export const DEPLOY_WORDS = {
  /** Both languages on one line of stderr. */
  cannotStartClasp: 'clasp を起動できません / cannot start clasp',
} as const;
