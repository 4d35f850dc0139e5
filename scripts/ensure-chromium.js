// Installs Debian's chromium when it is missing: the PDF print-out, the end-to-end tests and the UI
// benchmark drive it. Runs from `npm install`. Without root or apt-get it only says what to do,
// because an install must not fail on a machine where the browser is someone else's business.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

function main() {
  if (existsSync(CHROMIUM) || process.env.NETWERKKRACHT_SKIP_CHROMIUM === '1') return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.warn(
      `netwerkkracht: ${CHROMIUM} is missing; PDF export and browser tests need it ` +
        '(install it with: sudo apt-get install -y chromium).',
    );
    return;
  }
  console.log('netwerkkracht: installing Debian chromium for PDF export and browser tests…');
  const ok = run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']);
  if (!ok || !existsSync(CHROMIUM)) {
    console.warn('netwerkkracht: chromium could not be installed; PDF export and browser tests will be unavailable.');
  }
}

main();
