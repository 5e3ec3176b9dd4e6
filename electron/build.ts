// Builds what the desktop app runs: the renderer bundle (dist/renderer), the main process as one
// ES module (dist/electron/main.js) and the sandboxed preload as one CommonJS file
// (dist/electron/preload.cjs, everything inlined: a sandboxed preload can require only electron).
// Packages from node_modules stay external to main and ship in the asar (native ones unpacked).
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds into distDir (default dist/): distDir/renderer and distDir/electron. */
export async function buildDesktop(distDir: string = join(root, 'dist')): Promise<void> {
  const out = join(distDir, 'electron');
  rmSync(out, { recursive: true, force: true });
  // the renderer's chunks are listed with their sizes (one per view, lazy-views.ts): a view that
  // grows, or a chunk over Vite's 500 kB warning, is seen at build time
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'info', build: { outDir: join(distDir, 'renderer'), emptyOutDir: true } });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'electron', 'main.ts'),
      outDir: out,
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'main.js' } },
    },
  });
  // core/store reads its migrations from a folder beside the module: keep that true in the bundle
  cpSync(join(root, 'core', 'store', 'migrations'), join(out, 'migrations'), { recursive: true, filter: (src) => !src.endsWith('.ts') });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    ssr: { noExternal: true, external: ['electron'] },
    build: {
      ssr: join(root, 'electron', 'preload.ts'),
      outDir: out,
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      rollupOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: 'preload.cjs' } },
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildDesktop();
  process.stderr.write(`Built dist/renderer and dist/electron (main.js, preload.cjs).\n`);
}
