// `npm start`: builds the desktop app and starts Electron on the default workspace (the last one
// opened, else the demo workspace, built on first run). Where no Electron binary is installed
// (npm ci with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or a failed download) it says so and points to
// browser mode instead of trying to download one.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Electron binary: ELECTRON_PATH, else the one npm installed; null when there is none. */
export function findElectron(env: NodeJS.ProcessEnv = process.env, moduleDir = join(root, 'node_modules', 'electron')): string | null {
  if (env.ELECTRON_PATH) return existsSync(env.ELECTRON_PATH) ? env.ELECTRON_PATH : null;
  // read path.txt ourselves: require('electron') would start a download when the binary is missing
  const pathFile = join(moduleDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(moduleDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const NO_ELECTRON_MESSAGE = `The Electron binary is not installed here, so the desktop window cannot start.
(npm skipped its download: ELECTRON_SKIP_BINARY_DOWNLOAD was set, or the download failed.)

Use browser mode instead, same app in your browser, reachable only from this machine:

    npm run web

It prints an address with an access token; open it in a browser.

For the desktop app, reinstall with the binary (npm ci without ELECTRON_SKIP_BINARY_DOWNLOAD),
or point ELECTRON_PATH at an Electron 45 executable and run npm start again.
`;

async function main(): Promise<number> {
  const electron = findElectron();
  if (!electron) {
    process.stderr.write(NO_ELECTRON_MESSAGE);
    return 1;
  }
  const { buildDesktop } = await import('./build.ts');
  process.stderr.write('Building the desktop app...\n');
  await buildDesktop();
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [root, ...process.argv.slice(2)], { stdio: 'inherit', env });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
