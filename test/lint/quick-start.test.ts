// The README's quick start is what a new user types on a fresh machine and what CI runs: its test
// lines must be the ones .ci/run runs, and `npm test` must stop at once, with the install line,
// when the browser the end-to-end tests drive is missing (pretest), not fail after minutes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALL_SYSTEM_PACKAGES, systemCheck } from '../support/system-check.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ciRun = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');

/** The quick start's shell block that runs the tests, as lines. */
function quickStartTestLines(): string[] {
  const quickStart = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('\n## ', readme.indexOf('## Quick start') + 1));
  const blocks = [...quickStart.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] ?? '').trim().split('\n'));
  const tests = blocks.find((lines) => lines.some((l) => / npm test$/.test(l)));
  if (!tests) throw new Error('README quick start has no shell block ending in npm test');
  return tests;
}

describe('the quick start on a fresh machine', () => {
  it('installs the system packages, then installs and runs the tests', () => {
    expect(quickStartTestLines()).toEqual([
      'sudo apt-get update && sudo apt-get install -y chromium xvfb gnome-keyring dbus-x11 libsecret-tools poppler-utils',
      'ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci && npm test',
    ]);
    expect(INSTALL_SYSTEM_PACKAGES).toBe(quickStartTestLines()[0]);
  });

  it('is what .ci/run runs, line for line', () => {
    const ciLines = ciRun.split('\n');
    for (const line of quickStartTestLines()) expect(ciLines).toContain(line);
  });

  it('npm test stops at once with the install line when Chromium is missing', () => {
    const r = spawnSync('npm', ['run', '-s', 'pretest'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' }, timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: SYSTEM_PACKAGES_MISSING: .*CHROMIUM_PATH names \/nonexistent\/chromium, which does not exist/);
    expect(r.stderr).toContain(`\n    ${INSTALL_SYSTEM_PACKAGES}\n`);
  });

  it('names Debian\'s Chromium when nothing else is set, and lets a present browser through', () => {
    expect(systemCheck({}, () => false)).toContain('there is none at /usr/bin/chromium');
    expect(systemCheck({}, (p) => p === '/usr/bin/chromium')).toBeNull();
    expect(systemCheck({ CHROMIUM_PATH: '/opt/chrome/chrome' }, (p) => p === '/opt/chrome/chrome')).toBeNull();
  });
});
