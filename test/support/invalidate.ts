// Puts a workspace's DuckDB instance into the "database has been invalidated" state, the way a
// DuckDB INTERNAL error does, without going through the API: the INSERT of the real legacy CUR
// sample with byte 202,766 turned into 0xE2 raises "INTERNAL Error: Attempted to access index 52
// within vector of size 51" in DuckDB 1.5 (the same SELECT alone does not). Ingest now refuses such
// a file before DuckDB sees it, so tests of the general guard reach DuckDB directly.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat } from '../../core/ingest/formats.ts';
import { buildFocusSelect } from '../../core/ingest/select.ts';
import { splitCsvLine } from '../../core/ingest/sniff.ts';
import { sql } from '../../core/sql/index.ts';
import type { Workspace } from '../../core/store/workspace.ts';
import { SHARED_DATA } from './workspace.ts';

export async function invalidateWorkspace(ws: Workspace): Promise<string> {
  // the workspace's DuckDB reads files only from its staging folder
  const dir = ws.stagingDir!;
  const bytes = Buffer.from(readFileSync(join(SHARED_DATA, 'aws-cur-legacy-sample', 'sample-anonymous-aws-export-dataset.csv')));
  bytes[202_766] = 0xe2;
  const path = writeTo(join(dir, 'internal-error.csv'), bytes);
  const columns = splitCsvLine(bytes.subarray(0, bytes.indexOf(10)).toString('utf8')).map((name, i) => ({ name, type: 'VARCHAR', alias: `c${i}` }));
  const src = { readPath: path, displayPath: path, container: 'csv' as const, gzip: false, columns, bytes: bytes.length };
  const conn = await ws.connect();
  try {
    await conn.transaction(() => conn.run(sql`INSERT INTO focus BY NAME ${buildFocusSelect(src, detectFormat(columns, 'csv')!, -1)}`));
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    try {
      conn.close();
    } catch {
      // the instance may be gone already
    }
  }
  throw new Error('the INSERT did not fail: DuckDB may have fixed the bug this helper relies on');
}

function writeTo(path: string, bytes: Buffer): string {
  writeFileSync(path, bytes);
  return path;
}
