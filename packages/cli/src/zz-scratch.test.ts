import { it } from 'vitest';
import { run } from './run.js';

it('scratch', async () => {
  const args = (process.env.KARGS ?? '').split(' ');
  let out = '';
  const code = await run(args, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      out += `[stderr] ${t}`;
    },
    errIsTerminal: false,
    cwd: process.cwd(),
    today: () => '2025-05-31',
  });
  require('node:fs').writeFileSync('/tmp/kdev/out.txt', `${out}\n[exit ${code}]\n`);
});
