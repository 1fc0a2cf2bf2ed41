/**
 * `npm test` runs this first (`pretest`). The browser tests drive Debian's Chromium and one language-server
 * test drives Debian's Neovim; a fresh machine has neither. Run as root with apt-get at hand (CI, a fresh
 * machine of the kind this project is built on), it installs what is missing, once. Anywhere else it says
 * what to install and lets the tests run: the suites that need a missing tool fail with the same advice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = [
  { debianPackage: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { debianPackage: 'neovim', present: () => runs('nvim', ['--version']) },
];

function runs(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'ignore', ...options }).status === 0;
}

const missing = TOOLS.filter((tool) => !tool.present()).map((tool) => tool.debianPackage);
if (missing.length > 0) {
  const several = missing.length > 1;
  const names = missing.join(' and ');
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && runs('apt-get', ['--version']);
  if (!canInstall) {
    const them = several ? 'them' : 'it';
    console.error(`npm test: the Debian package${several ? 's' : ''} ${names} ${several ? 'are' : 'is'} missing; the tests that need ${them} will fail until you install ${them} (apt-get install ${missing.join(' ')}).`);
  } else {
    console.error(`npm test: installing the Debian package${several ? 's' : ''} ${names} for the browser and Neovim tests (apt-get, once)...`);
    const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    if (!runs('apt-get', ['update'], quiet) || !runs('apt-get', ['install', '-y', ...missing], quiet)) {
      console.error(`npm test: apt-get could not install ${names}; the tests that need them will fail.`);
    }
  }
}
