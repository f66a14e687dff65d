export { profileTestMessages } from './messages.js';
export { readProfileTests } from './readProfileTests.js';
export {
  type ProfileTestRun,
  runProfileTests,
  type TestFailure,
  type TestOutcome,
} from './runProfileTests.js';
export { type ProfileTest, type ProfileTestFile, TEST_KINDS, type TestKind } from './schema.js';
