// `npm run fuzz`: the property tests (CSV reading, cell normalisers, profiles, the core API on
// hostile inputs) with many more runs and a random seed, printed so that a failure can be
// replayed: KYODO_FUZZ_SEED=<seed> npm run fuzz.
import { spawnSync } from 'node:child_process';

const seed = process.env.KYODO_FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const runs = process.env.KYODO_FUZZ_RUNS ?? '5000';
console.log(`fuzz: seed ${seed}, ${runs} runs per property (replay: KYODO_FUZZ_SEED=${seed} npm run fuzz)`);
const r = spawnSync('npx', ['vitest', 'run', '--project', 'property', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, KYODO_FUZZ_SEED: seed, KYODO_FUZZ_RUNS: runs },
});
if (r.status !== 0) console.log(`fuzz: failed with seed ${seed}`);
process.exit(r.status ?? 1);
