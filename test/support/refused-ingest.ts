// For tests of input an ingest must refuse: each test starts on a workspace holding one loaded CUR
// file, and must leave it exactly as it was (rows, billed total, imports with their status) and
// conformant, whatever the refused file did on the way.
import { join } from 'node:path';
import { expect } from 'vitest';
import type { WorkbenchApi } from '../../core/api/contract.ts';
import { expectConformant } from './expect-conformant.ts';
import { curCsv, write } from './files.ts';
import { openTestWorkspace, query, type TestWorkspace } from './workspace.ts';

export interface RefusedIngestError {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

/** What the afterEach compares: rows, billed total, and the imports with their status and rows. */
export async function workspaceContents(api: WorkbenchApi): Promise<unknown> {
  return {
    focus: await query(api, `SELECT count(*) AS n, sum(BilledCost)::VARCHAR AS billed FROM focus`),
    imports: (await api.listImports({})).imports.map((i) => [i.id, i.status, i.rows]),
  };
}

/** A fresh workspace with one CUR file loaded ($42.00 in 2025-09), and what it holds. */
export async function openWithOneImport(): Promise<{ t: TestWorkspace; before: unknown }> {
  const t = await openTestWorkspace();
  await t.api.ingest({ paths: [write(join(t.dir, 'existing.csv'), curCsv([{ id: 'e', month: '2025-09', cost: '42.00' }]))] });
  return { t, before: await workspaceContents(t.api) };
}

/** The workspace still answers, holds exactly what it held, and obeys FOCUS; then it is closed. */
export async function expectUnchangedAndClose(t: TestWorkspace, before: unknown): Promise<void> {
  expect(await workspaceContents(t.api)).toEqual(before);
  await expectConformant(t.api);
  t.close();
}

/** The error an ingest of `path` fails with; the test fails if the ingest succeeds. */
export async function refusal(api: WorkbenchApi, path: string): Promise<RefusedIngestError> {
  const err = await api.ingest({ paths: [path] }).then(
    () => null,
    (e: RefusedIngestError) => e,
  );
  expect(err, 'the ingest should fail').not.toBeNull();
  return err!;
}
