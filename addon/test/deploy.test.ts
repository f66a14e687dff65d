import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../../testing/addon/fakes/loadAddon.js';
import { checkClaspProject, claspPush } from '../deploy/push.js';

const ADDON = fileURLToPath(new URL('../', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLASP = join(ROOT, 'node_modules/.bin/clasp');

/**
 * The .clasp.json `clasp create-script --rootDir dist` writes (clasp 3, project.updateSettings):
 * the script ID and the content folder relative to the project, with clasp's default extensions.
 */
const CREATED = {
  scriptId: '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-offline',
  rootDir: 'dist',
  scriptExtensions: ['.js', '.gs'],
  htmlExtensions: ['.html'],
  jsonExtensions: ['.json'],
  filePushOrder: [],
  skipSubdirectories: false,
};

/** A folder holding a copy of addon/ as clasp sees it: .clasp.json, .claspignore and the build. */
function addonCopy(clasp: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kyodo-deploy-'));
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  cpSync(join(ADDON, '.claspignore'), join(dir, '.claspignore'));
  writeFileSync(join(dir, '.clasp.json'), JSON.stringify(clasp));
  return dir;
}

/** A command that records its arguments and working folder, one JSON line a call. */
function recorder(
  dir: string,
  name: string,
): { path: string; calls: () => { argv: string[]; cwd: string }[] } {
  const log = join(dir, `${name}.log`);
  const path = join(dir, `${name}.mjs`);
  writeFileSync(
    path,
    `#!/usr/bin/env node
import { appendFileSync } from 'node:fs';
appendFileSync(${JSON.stringify(log)}, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd() }) + '\\n');
`,
  );
  chmodSync(path, 0o755);
  return {
    path,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l))
        : [],
  };
}

/** What clasp's show-file-status says a push would send, offline (no login: an empty HOME). */
function filesToPush(dir: string): string[] {
  const out = execFileSync(CLASP, ['show-file-status', '--json'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, HOME: dir },
    timeout: 50_000,
  });
  return [...JSON.parse(out.slice(out.indexOf('{'))).filesToPush].sort();
}

beforeAll(() => {
  if (!existsSync(`${DIST}Code.js`))
    throw new Error('addon/dist is missing: run `npm run build -w @kyodo/addon` first');
});

describe('npm run addon:push (docs/addon.md step 4)', () => {
  it('runs clasp push in addon/ with the options given, --force included', () => {
    const dir = addonCopy(CREATED);
    const clasp = recorder(dir, 'clasp');
    const quiet = { addonDir: dir, clasp: [process.execPath, clasp.path] };
    expect(claspPush(['--force'], quiet)).toBe(0);
    expect(claspPush([], quiet)).toBe(0);
    expect(clasp.calls()).toEqual([
      { argv: ['push', '--force'], cwd: dir },
      { argv: ['push'], cwd: dir },
    ]);
  });

  it('passes -- --force through both package.json scripts to the push (npm keeps it, not for itself)', () => {
    // A copy of the two scripts as they are, with `tsx` a recorder: the build, then the push.
    const dir = mkdtempSync(join(tmpdir(), 'kyodo-npm-'));
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const addon = JSON.parse(readFileSync(join(ADDON, 'package.json'), 'utf8'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: 'kyodo-copy',
        private: true,
        workspaces: ['addon'],
        scripts: { 'addon:push': root.scripts['addon:push'] },
      }),
    );
    mkdirSync(join(dir, 'addon'));
    writeFileSync(
      join(dir, 'addon/package.json'),
      JSON.stringify({ name: addon.name, private: true, scripts: addon.scripts }),
    );
    const tsx = recorder(dir, 'tsx');
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    cpSync(tsx.path, join(dir, 'node_modules/.bin/tsx'));
    chmodSync(join(dir, 'node_modules/.bin/tsx'), 0o755);
    const npm = (args: string[]) =>
      execFileSync('npm', args, { cwd: dir, encoding: 'utf8', env: { ...process.env }, timeout: 50_000 });
    npm(['run', 'addon:push', '--', '--force']);
    npm(['run', 'addon:push']);
    const calls = tsx.calls().map((c) => c.argv);
    expect(calls).toEqual([
      ['scripts/build.ts'],
      ['--tsconfig', '../tsconfig.json', 'deploy/push.ts', '--force'],
      ['scripts/build.ts'],
      ['--tsconfig', '../tsconfig.json', 'deploy/push.ts'],
    ]);
  });
});

describe('addon/.clasp.json: what a push sends (clasp show-file-status, offline)', () => {
  it('sends exactly Code.js, Sidebar.html and appsscript.json of dist/ once clasp create-script --rootDir dist wrote it', () => {
    const dir = addonCopy(CREATED);
    expect(filesToPush(dir)).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
    expect(checkClaspProject(dir)).toEqual([]);
  });

  it('would send clasp’s starter files after clasp create-script without --rootDir dist: the push refuses, saying why', () => {
    // What create-script writes then: rootDir "" and its starter files pulled into addon/.
    const dir = addonCopy({ ...CREATED, rootDir: '' });
    writeFileSync(join(dir, 'Code.js'), 'function myFunction() {}\n');
    writeFileSync(join(dir, 'appsscript.json'), '{"timeZone":"America/New_York"}\n');
    expect(filesToPush(dir)).toEqual(['Code.js', 'appsscript.json']);
    const clasp = recorder(dir, 'clasp');
    const problems = checkClaspProject(dir);
    expect(problems.map((p) => p.code)).toEqual(['deploy.root-dir']);
    expect(problems[0]!.message.ja).toContain('"rootDir" が "dist" ではなく');
    expect(problems[0]!.message.en).toContain('Set "rootDir": "dist"');
    expect(claspPush(['--force'], { addonDir: dir, clasp: [process.execPath, clasp.path] })).toBe(1);
    expect(clasp.calls()).toEqual([]);
  });

  it('refuses a project with no script ID yet (the repository’s own .clasp.json), pointing at step 3', () => {
    const dir = addonCopy(JSON.parse(readFileSync(join(ADDON, '.clasp.json'), 'utf8')));
    expect(checkClaspProject(dir).map((p) => p.code)).toEqual(['deploy.no-script-id']);
    writeFileSync(join(dir, '.clasp.json'), '{ "scriptId": ');
    expect(checkClaspProject(dir).map((p) => p.code)).toEqual(['deploy.unreadable-project-file']);
  });
});

describe('the guide’s clasp commands', () => {
  // One clasp start per command (about a second each, far more on a busy machine).
  it('exist with the options it gives in the pinned clasp (clasp <command> --help, offline)', {
    timeout: 300_000,
  }, () => {
    const guide = readFileSync(join(ROOT, 'docs/addon.md'), 'utf8');
    const lines = [...guide.matchAll(/^\s*npx clasp ([a-z-]+)(.*)$/gm)];
    expect(lines.length).toBeGreaterThanOrEqual(5);
    const home = mkdtempSync(join(tmpdir(), 'kyodo-clasp-home-'));
    const helps = new Map<string, string>();
    const help = (args: string[]) => {
      const key = args.join(' ');
      const known = helps.get(key);
      if (known !== undefined) return known;
      const text = execFileSync(CLASP, args, {
        encoding: 'utf8',
        env: { ...process.env, HOME: home },
        timeout: 50_000,
      });
      helps.set(key, text);
      return text;
    };
    // Options are the command's own or clasp's global ones (-P, --json …).
    const global = help(['--help']);
    for (const [line, command, rest] of lines) {
      const own = help([command!, '--help']);
      expect(own, line).toContain(`Usage: clasp ${command}`);
      for (const option of rest!.match(/(?<=\s)-{1,2}[A-Za-z][\w-]*/g) ?? [])
        expect(`${own}\n${global}`, `${line.trim()}: ${option}`).toMatch(
          new RegExp(`(^|[ ,])${option}\\b`, 'm'),
        );
    }
  });
});
