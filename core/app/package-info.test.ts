import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPackageRoot } from './package-info.ts';

const dir = mkdtempSync(join(tmpdir(), 'fw-package-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the package root', () => {
  it('is the nearest folder up with this package\'s package.json, past other packages', () => {
    // as installed: <app>/node_modules/finops-workbench/dist/cli, inside a user's own package
    const root = join(dir, 'app', 'node_modules', 'finops-workbench');
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    writeFileSync(join(dir, 'app', 'package.json'), JSON.stringify({ name: 'my-scripts' }));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'finops-workbench', version: '9.9.9' }));
    mkdirSync(join(root, 'dist', 'cli', 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(root, 'dist', 'cli', 'node_modules', 'x', 'package.json'), JSON.stringify({ name: 'x' }));
    expect(findPackageRoot(join(root, 'dist', 'cli'))).toBe(root);
    expect(findPackageRoot(join(root, 'dist', 'cli', 'node_modules', 'x'))).toBe(root);
  });

  it('is an error naming the folder when there is none', () => {
    const lost = join(dir, 'lost');
    mkdirSync(lost);
    expect(() => findPackageRoot(lost)).toThrow(expect.objectContaining({ code: 'PACKAGE_INCOMPLETE', message: expect.stringContaining(`in ${lost} or any folder above it`) }));
  });
});
