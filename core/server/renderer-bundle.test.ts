import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureRendererBundle, REPO_ROOT, rendererSourceHash } from './renderer-bundle.ts';

describe('renderer bundle for browser mode', () => {
  it('builds once into the cache, reuses it, and rebuilds after a source change', async () => {
    // a copy of the renderer sources (inside the checkout, so vite resolves from node_modules),
    // so the edit below touches nothing real
    mkdirSync(join(REPO_ROOT, '.cache'), { recursive: true });
    const root = mkdtempSync(join(REPO_ROOT, '.cache', 'test-bundle-'));
    cpSync(join(REPO_ROOT, 'renderer'), join(root, 'renderer'), { recursive: true });
    cpSync(join(REPO_ROOT, 'vite.config.ts'), join(root, 'vite.config.ts'));
    cpSync(join(REPO_ROOT, 'core', 'api'), join(root, 'core', 'api'), { recursive: true });
    const cacheDir = join(root, 'cache');
    const first = await ensureRendererBundle({ root, cacheDir });
    expect(existsSync(join(first, 'index.html'))).toBe(true);
    expect(readdirSync(join(first, 'assets')).some((f) => f.endsWith('.js'))).toBe(true);
    expect(await ensureRendererBundle({ root, cacheDir })).toBe(first);

    const before = rendererSourceHash(root);
    writeFileSync(join(root, 'renderer', 'src', 'extra.css'), '.x { color: red; }');
    expect(rendererSourceHash(root)).not.toBe(before);
    const second = await ensureRendererBundle({ root, cacheDir });
    expect(second).not.toBe(first);
    rmSync(root, { recursive: true, force: true });
  }, 60_000);
});
