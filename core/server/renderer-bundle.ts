// Browser mode serves the same renderer bundle as the desktop app. An installed package ships it
// built (dist/renderer, made by `prepack`) and no renderer sources. In a checkout, so that `serve`
// works right after `npm ci` with no build step, the bundle is built on first use into a cache
// folder keyed by a hash of the renderer sources; later runs reuse it, and an edit makes a fresh one.
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import { PACKAGE_ROOT } from '../app/package-info.ts';

/** The checkout or installed package this code runs from (not the current directory). */
export const REPO_ROOT = PACKAGE_ROOT;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (!/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** A hash of everything that shapes the bundle: renderer sources, the Vite config, the lock file. */
export function rendererSourceHash(root: string): string {
  const h = createHash('sha256');
  const inputs = [...listFiles(join(root, 'renderer')), join(root, 'vite.config.ts'), join(root, 'package-lock.json')];
  for (const file of inputs) {
    if (!existsSync(file)) continue;
    h.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

export interface BundleOptions {
  root?: string;
  cacheDir?: string;
  log?: (line: string) => void;
}

/** The folder holding index.html and assets/, building it first when needed. */
export async function ensureRendererBundle(options: BundleOptions = {}): Promise<string> {
  const root = options.root ?? REPO_ROOT;
  const log = options.log ?? (() => {});
  if (!existsSync(join(root, 'renderer', 'index.html'))) {
    const built = join(root, 'dist', 'renderer');
    if (existsSync(join(built, 'index.html'))) return built;
    throw new WorkbenchError(
      ErrorCode.PACKAGE_INCOMPLETE,
      `The app's pages are missing: ${root} has neither the built app (dist/renderer/index.html) nor its sources (renderer/). Reinstall finops-workbench, or in a checkout restore renderer/ with git.`,
    );
  }
  const cacheDir = options.cacheDir ?? process.env.FINOPS_WORKBENCH_CACHE ?? writableCache(root);
  const target = join(cacheDir, `renderer-${rendererSourceHash(root)}`);
  if (existsSync(join(target, 'index.html'))) return target;
  mkdirSync(cacheDir, { recursive: true });
  const building = `${target}.tmp-${process.pid}-${Date.now()}`;
  log('Building the app bundle (first run only, takes a few seconds)...');
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: building, emptyOutDir: true } });
  try {
    renameSync(building, target);
  } catch (err) {
    // another process finished the same build first: theirs is identical
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(target, 'index.html'))) throw err;
  }
  log(`Built the app bundle in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  pruneOldBundles(cacheDir, target);
  return target;
}

/** The checkout's .cache, or a temp folder when the checkout is read-only (an installed package). */
function writableCache(root: string): string {
  const preferred = join(root, '.cache');
  try {
    mkdirSync(preferred, { recursive: true });
    accessSync(preferred, constants.W_OK);
    return preferred;
  } catch {
    return join(tmpdir(), 'finops-workbench-cache');
  }
}

/** Keeps the cache from growing with every edit: older bundles go. */
function pruneOldBundles(cacheDir: string, keep: string): void {
  const old = readdirSync(cacheDir)
    .filter((n) => n.startsWith('renderer-') && join(cacheDir, n) !== keep && !n.includes('.tmp-'))
    .map((n) => ({ n, t: statSync(join(cacheDir, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t)
    .slice(2);
  for (const { n } of old) rmSync(join(cacheDir, n), { recursive: true, force: true });
}
