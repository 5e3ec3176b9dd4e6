// `npm run build` (and `prepack`, before `npm pack` / `npm publish`): everything the package runs,
// compiled, so an installed copy needs neither TypeScript nor Vite. dist/renderer and dist/electron
// come from the desktop build; dist/cli/main.js is the command line as one ES module. Packages from
// node_modules stay external: they are the package's dependencies.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildDesktop } from '../electron/build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the command line into distDir/cli (main.js exporting `main`, and the migrations it reads). */
export async function buildCli(distDir: string = join(root, 'dist')): Promise<void> {
  const out = join(distDir, 'cli');
  rmSync(out, { recursive: true, force: true });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'core', 'cli', 'main.ts'),
      outDir: out,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'main.js' } },
    },
  });
  // core/store reads its migrations from a folder beside the module: keep that true in the bundle
  cpSync(join(root, 'core', 'store', 'migrations'), join(out, 'migrations'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildDesktop();
  await buildCli();
  process.stderr.write('Built dist/renderer, dist/electron (main.js, preload.cjs) and dist/cli (main.js).\n');
}
