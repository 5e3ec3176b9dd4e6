#!/usr/bin/env node
// The command line. In a checkout it runs the TypeScript sources through tsx (no build step, and
// an edit applies at once: a dist/ left by an earlier `npm pack` is never run stale). An installed
// package ships no sources, only the compiled dist/cli/main.js that `prepack` built.
import { existsSync } from 'node:fs';

const sources = new URL('../core/cli/main.ts', import.meta.url);
const compiled = new URL('../dist/cli/main.js', import.meta.url);

async function tsxRegistered() {
  try {
    const { register } = await import('tsx/esm/api');
    register();
    return true;
  } catch (err) {
    if (err?.code === 'ERR_MODULE_NOT_FOUND') return false; // tsx is a devDependency: absent after `npm ci --omit=dev`
    throw err;
  }
}

let entry;
if (existsSync(sources) && (await tsxRegistered())) entry = sources;
else if (existsSync(compiled)) entry = compiled;
else {
  process.stderr.write(
    existsSync(sources)
      ? 'error: PACKAGE_INCOMPLETE: this checkout has neither its dev tools (tsx) nor a build (dist/cli). Run `npm ci`, then try again.\n'
      : 'error: PACKAGE_INCOMPLETE: the installed package has no dist/cli/main.js. Reinstall finops-workbench.\n',
  );
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
