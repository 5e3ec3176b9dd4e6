import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { existingDb } from './workspace-arg.ts';

const dir = mkdtempSync(join(tmpdir(), 'fw-workspace-arg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('existingDb: a --db that must already be a workspace', () => {
  it('answers the path of a file that is there', () => {
    const path = join(dir, 'there.duckdb');
    writeFileSync(path, '');
    expect(existingDb(path)).toBe(path);
  });

  it('refuses a missing file with WORKSPACE_NOT_FOUND, naming it and the commands that make one', () => {
    const path = join(dir, 'nope.duckdb');
    expect(() => existingDb(path)).toThrow(expect.objectContaining({
      code: 'WORKSPACE_NOT_FOUND',
      message: `No workspace at ${path}. Create one with "finops-workbench ingest --db ${path} FILE" or "finops-workbench demo --db ${path}".`,
    }));
  });
});
