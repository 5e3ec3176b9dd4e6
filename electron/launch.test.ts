import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectron, NO_ELECTRON_MESSAGE } from './launch.ts';

describe('findElectron', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-electron-'));
  it('finds nothing where npm skipped the binary, and the message points to browser mode', () => {
    mkdirSync(join(dir, 'skipped'));
    expect(findElectron({}, join(dir, 'skipped'))).toBeNull();
    expect(NO_ELECTRON_MESSAGE).toMatch(/npm run web/);
  });
  it('finds the installed binary through path.txt', () => {
    const mod = join(dir, 'installed');
    mkdirSync(join(mod, 'dist'), { recursive: true });
    writeFileSync(join(mod, 'path.txt'), 'electron');
    expect(findElectron({}, mod)).toBeNull();
    writeFileSync(join(mod, 'dist', 'electron'), '');
    expect(findElectron({}, mod)).toBe(join(mod, 'dist', 'electron'));
  });
  it('prefers ELECTRON_PATH when it exists', () => {
    const bin = join(dir, 'my-electron');
    writeFileSync(bin, '');
    expect(findElectron({ ELECTRON_PATH: bin }, join(dir, 'skipped'))).toBe(bin);
    expect(findElectron({ ELECTRON_PATH: join(dir, 'missing') }, join(dir, 'skipped'))).toBeNull();
  });
});
