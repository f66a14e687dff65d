import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, the built command and the examples. */
export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const bin = fileURLToPath(new URL('../bin/kyodo.js', import.meta.url));
export const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
export const examples = `${root}examples/`;

/** What one run of the built command gave. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Fail clearly when the command has not been built: these tests run the BUILT command, as a
 * user does (npm test builds first; alone: npm run build -w @kyodo/cli).
 */
export function assertBuilt(): void {
  if (!existsSync(dist))
    throw new Error(`${dist} is missing: build the command first (npm run build -w @kyodo/cli)`);
}

/**
 * Run `node packages/cli/bin/kyodo.js ...args` (stderr not a terminal: no progress). The locale
 * is cleared (LC_ALL, LC_MESSAGES, LANG empty), so output is in kyodo's default language,
 * Japanese, on every machine, unless a test gives --lang or a locale in `env`.
 */
export function kyodo(
  args: readonly string[],
  options: { cwd?: string; env?: Readonly<Record<string, string>> } = {},
): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    env: {
      ...process.env,
      TZ: 'Asia/Tokyo',
      NO_COLOR: '1',
      LC_ALL: '',
      LC_MESSAGES: '',
      LANG: '',
      ...options.env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
