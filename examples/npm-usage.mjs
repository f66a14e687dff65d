// How a developer of another municipal system (a grant portal, a kintone app, an internal
// tool) uses @kyodo/core: the same amounts, the same explanations, the same citations as the
// kyodo command and the Sheets add-on.
//
//   npm install @kyodo/core
//   node npm-usage.mjs            (in this repository: npm run build, then node examples/npm-usage.mjs)
import {
  citationText,
  computeSubsidy,
  findProgram,
  formatYen,
  getProfile,
  parseYen,
  unwrap,
} from '@kyodo/core';

// 1. A built-in profile (ichinoseki, toride, plan-004) and a program, by ID or by its Japanese name.
const profile = unwrap(getProfile('ichinoseki'));
const program = unwrap(findProgram(profile, '地域協働体支援事業費補助金'));

// 2. Values as they come from a form or a sheet: any spelling of a fiscal year or an amount.
const request = {
  fiscalYear: '平成26年度',
  eligibleExpense: unwrap(parseYen('360,000円')),
};

// 3. The computation returns a Result: ok with the value, or the problems (never a silent zero).
const result = computeSubsidy(program, request);
if (!result.ok) {
  for (const problem of result.problems) console.error(`${problem.code}: ${problem.message.ja}`);
  process.exit(1);
}
const { eligible, amount, limitedBy, steps } = result.value;
console.log(
  `${program.names.ja}: ${eligible ? formatYen(amount) : '対象外'} (limited by: ${limitedBy ?? '—'})`,
);
for (const step of steps) {
  // Each step names its rule and the plan (title and number) and section it comes from.
  console.log(`  ${step.sentence.ja}  [${step.rule}; ${citationText(step.source).ja}]`);
}
