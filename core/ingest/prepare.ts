// Before anything is written: each file is opened, proven complete, fingerprinted, and its
// format and required columns checked. Every refusal names the file and what was expected.
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ErrorCode, WorkbenchError } from '../api/errors.ts';
import { throwIfCancelled } from './cancelled.ts';
import type { Db } from '../store/db.ts';
import { sql } from '../sql/index.ts';
import type { InputFile } from './discover.ts';
import { fingerprint } from './fingerprint.ts';
import { describeExpected, detectFormat, missingRequired, type DetectedFormat } from './formats.ts';
import { readFirstLine, readMagic, splitCsvLine } from './sniff.ts';
import type { SourceColumn, SourceFile } from './source.ts';
import { stageFile } from './stage.ts';
import { extractZip } from './unzip.ts';

export interface PreparedFile {
  src: SourceFile;
  format: DetectedFormat;
  sha256: string;
  /** Bytes of content DuckDB will read (uncompressed for gzip), for progress. */
  contentBytes: number;
}

function preview(columns: readonly SourceColumn[]): string {
  const names = columns.slice(0, 8).map((c) => c.name);
  return names.join(', ') + (columns.length > 8 ? `, … (${columns.length} columns)` : '');
}

async function parquetColumns(db: Db, path: string, display: string): Promise<SourceColumn[]> {
  try {
    const rows = await db.all(sql`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(${path}))`);
    return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new WorkbenchError(ErrorCode.INGEST_UNKNOWN_FORMAT, `${display}: the Parquet file cannot be read (${reason}). It may be damaged or cut short.`, { file: display });
  }
}

async function prepareOne(db: Db, readPath: string, display: string, bytes: number, signal?: AbortSignal): Promise<PreparedFile> {
  const magic = await readMagic(readPath);
  if (magic === 'empty') {
    throw new WorkbenchError(ErrorCode.INGEST_EMPTY_FILE, `${display} is empty. Expected ${describeExpected()}.`, { file: display });
  }
  if (magic === 'binary' || magic === 'zip') {
    throw new WorkbenchError(
      ErrorCode.INGEST_UNKNOWN_FORMAT,
      `${display} is not billing data: it is neither CSV (plain or gzip), Parquet nor zip. Expected ${describeExpected()}.`,
      { file: display },
    );
  }
  const gzip = magic === 'gzip';
  const fp = await fingerprint(readPath, display, gzip, signal);
  let columns: SourceColumn[];
  const container = magic === 'parquet' ? 'parquet' : 'csv';
  if (container === 'parquet') columns = await parquetColumns(db, readPath, display);
  else {
    const header = await readFirstLine(readPath, gzip);
    if (header.trim() === '') throw new WorkbenchError(ErrorCode.INGEST_EMPTY_FILE, `${display} is empty. Expected ${describeExpected()}.`, { file: display });
    columns = splitCsvLine(header).map((name, i) => ({ name, type: 'VARCHAR', alias: `c${i}` }));
  }
  const format = detectFormat(columns, container);
  if (!format) {
    throw new WorkbenchError(
      ErrorCode.INGEST_UNKNOWN_FORMAT,
      `${display} is not billing data this workbench knows: its columns are ${preview(columns)}. Expected ${describeExpected()}.`,
      { file: display, columns: columns.slice(0, 50).map((c) => c.name) },
    );
  }
  const missing = missingRequired(format, columns);
  if (missing.length > 0) {
    throw new WorkbenchError(
      ErrorCode.INGEST_MISSING_COLUMNS,
      `${display} looks like ${format.id} but lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. Export the report with these columns and load it again.`,
      { file: display, format: format.id, missing },
    );
  }
  const src: SourceFile = { readPath, displayPath: display, container, gzip, columns, bytes };
  return { src, format, sha256: fp.sha256, contentBytes: fp.contentBytes };
}

/**
 * Prepares every input; zip archives are unpacked into `tmpDir` and each member prepared, other
 * files are staged there (DuckDB reads nothing outside the workspace's staging folder).
 */
export async function prepareFiles(db: Db, files: readonly InputFile[], tmpDir: string, signal?: AbortSignal): Promise<PreparedFile[]> {
  const out: PreparedFile[] = [];
  for (const [i, f] of files.entries()) {
    throwIfCancelled(signal);
    if ((await readMagic(f.path)) === 'zip') {
      const members = await extractZip(f.path, f.path, `${tmpDir}/${out.length}-${basename(f.path)}`);
      for (const m of members) {
        const { size } = await stat(m.path);
        out.push(await prepareOne(db, m.path, `${f.path} › ${m.name}`, size, signal));
      }
    } else out.push(await prepareOne(db, await stageFile(f.path, tmpDir, i), f.path, f.bytes, signal));
  }
  return out;
}
