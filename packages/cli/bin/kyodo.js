#!/usr/bin/env node
// The kyodo command. The program is in dist/ (npm run build -w @kyodo/cli).
import { existsSync } from 'node:fs';

const dist = new URL('../dist/index.js', import.meta.url);
if (!existsSync(dist)) {
  process.stderr.write(
    'kyodo: まだビルドされていません。先に npm run build を実行してください / not built yet: run npm run build first\n',
  );
  process.exit(2);
}
const { main } = await import(dist.href);
process.exitCode = await main(process.argv.slice(2));
