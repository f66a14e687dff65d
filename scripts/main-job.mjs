// `npm start`: the main job on the bundled examples — what kyodo does, shown on the
// workbooks in examples/. Runs the built `kyodo` command step by step and prints what it
// says. The examples contain deliberate mistakes, so `kyodo validate` reports errors (exit 1);
// only a failure to build or to run (exit 2 or a crash) fails the main job.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}packages/cli/bin/kyodo.js`;
const out = `${root}out`;
mkdirSync(out, { recursive: true });

// The examples are written as of this day, so their fiscal years read the same on any date.
const TODAY = '2024-10-01';
const examples = ['examples/ichinoseki.xlsx', 'examples/toride.xlsx', 'examples/plan-004.xlsx'];
const csv = 'examples/toride-projects-sjis.csv';

const steps = [
  {
    title: '組み込みプロファイル / Built-in profiles',
    args: ['profiles'],
  },
  {
    title:
      '補助金の計算: 地域協働体支援事業費補助金、補助対象経費 360,000円 / A subsidy, explained (RULES S-ichinoseki-4)',
    args: [
      'subsidy',
      '--profile',
      'ichinoseki',
      '--program',
      'ichinoseki/kyodotai-shien',
      '--fiscal-year',
      '平成26年度',
      '--expense',
      '360,000円',
    ],
  },
  {
    title: 'ワークブックの検証 / Validating the example workbooks',
    args: ['validate', ...examples, csv, '--today', TODAY],
  },
  {
    title: '検証結果を書き込んだ写し / An annotated copy',
    args: [
      'validate',
      'examples/ichinoseki.xlsx',
      '--today',
      TODAY,
      '--annotate',
      'out/ichinoseki-annotated.xlsx',
      '--format',
      'json',
      '--out',
      'out/ichinoseki-report.json',
    ],
  },
  {
    title: '公表用の評価結果 / The publication summary',
    args: ['report', 'examples/ichinoseki.xlsx', '--today', TODAY, '--out', 'out/ichinoseki-report.html'],
  },
  {
    title:
      '審査: 審査員5人・提案12件の審査集計表を採点し、予算 160万円で交付額を決める / A review round ranked and funded (RULES X3)',
    args: [
      'review',
      'examples/mirai-review.xlsx',
      '--profile',
      'examples/custom-profile.json',
      '--budget',
      '1,600,000円',
      '--fiscal-year',
      '令和6年度',
      '--today',
      TODAY,
    ],
  },
  {
    title: '審査結果の HTML / The review as a page',
    args: [
      'review',
      'examples/mirai-review.xlsx',
      '--profile',
      'examples/custom-profile.json',
      '--budget',
      '1,600,000円',
      '--fiscal-year',
      '令和6年度',
      '--today',
      TODAY,
      '--out',
      'out/mirai-review.html',
    ],
  },
  {
    title: '組み込みプロファイルのテスト / The tests a built-in profile carries',
    args: ['test', 'ichinoseki', '--lang', 'ja'],
  },
  {
    title: '自治体が書いたプロファイルとそのテスト / A municipality’s own profile and its tests',
    args: ['test', 'examples/custom-profile.json', 'examples/mirai-tests.yaml', '--lang', 'ja'],
  },
];

// Build first, quietly: the bundlers' lists of files are for developers. A failed build shows
// everything they said.
console.log('ビルドしています… / Building…');
const build = spawnSync('npm', ['run', 'build', '--silent'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  shell: process.platform === 'win32',
});
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error('ビルドに失敗しました（上の出力を見てください）/ The build failed (see the output above)');
  process.exit(2);
}

if (!existsSync(bin)) {
  console.error(
    'kyodo がビルドされていません。npm run build を実行してください / kyodo is not built: run npm run build',
  );
  process.exit(2);
}

let failed = 0;
for (const step of steps) {
  console.log(`\n━━ ${step.title}\n$ kyodo ${step.args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [bin, ...step.args], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 && run.status !== 1) failed++;
}

console.log(
  failed === 0
    ? '\n出力は out/ にあります / The outputs are in out/: ichinoseki-annotated.xlsx, ichinoseki-report.json, ichinoseki-report.html, mirai-review.html'
    : `\n${failed} 件の手順が実行できませんでした / ${failed} step(s) could not run`,
);
process.exit(failed === 0 ? 0 : 2);
