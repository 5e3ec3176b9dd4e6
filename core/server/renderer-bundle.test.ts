import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    // the copy's own sources are built, not those of the current directory
    const html = join(root, 'renderer', 'index.html');
    writeFileSync(html, readFileSync(html, 'utf8').replace('<title>FinOps Workbench</title>', '<title>Copy of the workbench</title>'));
    const cacheDir = join(root, 'cache');
    const first = await ensureRendererBundle({ root, cacheDir });
    expect(readFileSync(join(first, 'index.html'), 'utf8')).toContain('<title>Copy of the workbench</title>');
    expect(readdirSync(join(first, 'assets')).some((f) => f.endsWith('.js'))).toBe(true);
    expect(await ensureRendererBundle({ root, cacheDir })).toBe(first);

    const before = rendererSourceHash(root);
    writeFileSync(join(root, 'renderer', 'src', 'extra.css'), '.x { color: red; }');
    expect(rendererSourceHash(root)).not.toBe(before);
    const second = await ensureRendererBundle({ root, cacheDir });
    expect(second).not.toBe(first);
    rmSync(root, { recursive: true, force: true });
  }, 60_000);

  it('serves the built bundle of an installed package, which has no renderer sources', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fw-installed-'));
    mkdirSync(join(root, 'dist', 'renderer'), { recursive: true });
    writeFileSync(join(root, 'dist', 'renderer', 'index.html'), '<!doctype html><title>built</title>');
    expect(await ensureRendererBundle({ root, cacheDir: join(root, 'cache') })).toBe(join(root, 'dist', 'renderer'));
    expect(existsSync(join(root, 'cache'))).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });

  it('says the installation is incomplete when there is neither a built bundle nor sources', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fw-broken-'));
    await expect(ensureRendererBundle({ root })).rejects.toMatchObject({ code: 'PACKAGE_INCOMPLETE', message: expect.stringMatching(/dist\/renderer\/index\.html.*Reinstall finops-workbench/) });
    rmSync(root, { recursive: true, force: true });
  });
});
