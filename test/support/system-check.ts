// `pretest`: what `npm test` needs from the operating system, checked before anything runs. The
// end-to-end tests drive Debian's Chromium; on a fresh machine they would fail after minutes with
// "executable doesn't exist". Instead npm test stops at once and prints the command to run, the
// same line as the README's quick start and .ci/run (test/lint/quick-start.test.ts keeps them equal).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Debian packages the tests need: Chromium, Xvfb for a display, GNOME Keyring + D-Bus for the OS keychain, poppler-utils to read back the PDFs we write. */
export const SYSTEM_PACKAGES = ['chromium', 'xvfb', 'gnome-keyring', 'dbus-x11', 'libsecret-tools', 'poppler-utils'] as const;

export const INSTALL_SYSTEM_PACKAGES = `sudo apt-get update && sudo apt-get install -y ${SYSTEM_PACKAGES.join(' ')}`;

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The browser the end-to-end tests drive: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** Null when the tests can run; otherwise the message that says what is missing and what to run. */
export function systemCheck(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string | null {
  const browser = chromiumPath(env);
  if (exists(browser)) return null;
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH names ${browser}, which does not exist` : `there is none at ${browser}`;
  return [
    `error: SYSTEM_PACKAGES_MISSING: npm test stops before running anything: its end-to-end tests drive Chromium, and ${where}.`,
    'Install the system packages the tests need (once, on Debian), then run npm test again:',
    '',
    `    ${INSTALL_SYSTEM_PACKAGES}`,
    '',
    'Or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = systemCheck();
  if (problem) {
    process.stderr.write(problem);
    process.exitCode = 1;
  }
}
