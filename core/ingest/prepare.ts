// Before anything is written: each file is opened, proven complete, fingerprinted, and its
// format and required columns checked. Every refusal names the file and what was expected.
import { stat } from 'node:fs/promises';
import { ErrorCode, snippet, WorkbenchError } from '../errors.ts';
import { throwIfCancelled } from './cancelled.ts';
import type { Db } from '../store/db.ts';
import { sql } from '../sql/index.ts';
import type { Delivery } from './delivery.ts';
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
  /** The AWS delivery it belongs to (a zip's members share the zip's), or null. */
  delivery: Delivery | null;
  /** Its place in the order the files were given (a later file counts as newer where nothing else tells). */
  order: number;
}

/** Two columns of one name: the mapping would read only the first, so the file is refused. */
function assertUniqueColumns(display: string, columns: readonly SourceColumn[]): void {
  const seen = new Map<string, number>();
  for (const [i, c] of columns.entries()) {
    const first = seen.get(c.name);
    if (first === undefined) {
      seen.set(c.name, i);
      continue;
    }
    throw new WorkbenchError(
      ErrorCode.INGEST_DUPLICATE_COLUMN,
      `${display}: the header names two columns ${snippet(c.name, 80)} (columns ${first + 1} and ${i + 1}), so one of them would be lost. Give each column its own name, or export the file again; nothing was loaded.`,
      { file: display, column: c.name.slice(0, 200), positions: [first + 1, i + 1] },
    );
  }
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

async function prepareOne(db: Db, readPath: string, display: string, bytes: number, signal?: AbortSignal): Promise<Omit<PreparedFile, 'delivery' | 'order'>> {
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
  const container = magic === 'parquet' ? 'parquet' : 'csv';
  const fp = await fingerprint(readPath, display, { gzip, text: container === 'csv', signal });
  let columns: SourceColumn[];
  if (container === 'parquet') columns = await parquetColumns(db, readPath, display);
  else {
    const header = await readFirstLine(readPath, gzip);
    if (header.trim() === '') throw new WorkbenchError(ErrorCode.INGEST_EMPTY_FILE, `${display} is empty. Expected ${describeExpected()}.`, { file: display });
    columns = splitCsvLine(header).map((name, i) => ({ name, type: 'VARCHAR', alias: `c${i}` }));
  }
  const format = detectFormat(columns, container);
  if (!format) {
    // What is not billing data may be anything (a password file, a private sheet): it is
    // described by its shape only, never quoted.
    const count = `${columns.length} column${columns.length === 1 ? '' : 's'}`;
    const what = container === 'parquet' ? `it has ${count}` : `its first line has ${count}`;
    throw new WorkbenchError(
      ErrorCode.INGEST_UNKNOWN_FORMAT,
      `${display} is not billing data this workbench knows: ${what} and none is a billing column. Expected ${describeExpected()}.`,
      { file: display, columns: columns.length },
    );
  }
  assertUniqueColumns(display, columns);
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
      const members = await extractZip(f.path, f.path, `${tmpDir}/zip-${out.length}`);
      for (const m of members) {
        const { size } = await stat(m.path);
        out.push({ ...(await prepareOne(db, m.path, `${f.path} › ${m.name}`, size, signal)), delivery: f.delivery, order: out.length });
      }
    } else out.push({ ...(await prepareOne(db, await stageFile(f.path, tmpDir, i), f.path, f.bytes, signal)), delivery: f.delivery, order: out.length });
  }
  return out;
}
