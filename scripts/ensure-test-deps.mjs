// Run before `npm test`: the end-to-end tests drive Debian's Chromium (the sidebar, the
// publication page) and need Japanese fonts. On a fresh machine where we are root, install
// them with apt; otherwise say exactly what is missing and how to get it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const FONTS = '/usr/share/fonts/opentype/noto';

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!existsSync(FONTS)) missing.push('fonts-noto-cjk');

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`テスト用パッケージを導入します / installing test packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      stdio: 'inherit',
      env,
    });
  } else {
    console.error(
      `テストには ${missing.join(', ')} が必要です。root で apt-get install -y ${missing.join(' ')} を実行してください。\n` +
        `The tests need ${missing.join(', ')}: run apt-get install -y ${missing.join(' ')} as root.`,
    );
    process.exit(1);
  }
}
