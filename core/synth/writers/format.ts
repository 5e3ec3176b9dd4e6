// What every output format provides: where a part goes, how it is written, and the delivery
// manifest AWS puts beside a month's files (if the format has one).
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PartContext } from './sql.ts';

export const OUTPUT_FORMATS = ['cur-legacy-csv', 'cur2-parquet', 'focus-csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface Manifest {
  /** Path relative to the billing folder. */
  path: string;
  json: unknown;
}

export interface FormatWriter {
  format: OutputFormat;
  /** The part's path relative to the billing folder (1-based part number). */
  partPath(ctx: PartContext, part: number): string;
  /** Writes the current fact table as one part. */
  writePart(conn: DuckDBConnection, ctx: PartContext, absolutePath: string): Promise<void>;
  /**
   * Set when the part file is gzip but writePart writes plain text (to a temporary path): the
   * part writer then gzips it in Node, while DuckDB goes on to the next part (gzip-part.ts).
   */
  gzipAfterWrite?: boolean;
  manifest(ctx: PartContext, parts: readonly string[]): Manifest | null;
}

/** Names the organisation's exports use. */
export const REPORT = {
  bucket: 'northwind-billing',
  legacyPrefix: 'cur',
  legacyName: 'northwind-cur',
  cur2Prefix: 'cur2',
  cur2Name: 'northwind-cur2',
  focusPrefix: 'focus',
  focusName: 'northwind-focus',
} as const;

/** A deterministic UUID-shaped id from a string (assembly ids, execution ids). */
export function stableUuid(key: string): string {
  let h = 0x811c9dc5;
  let out = '';
  for (let round = 0; out.length < 32; round++) {
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) ^ round;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return `${out.slice(0, 8)}-${out.slice(8, 12)}-${out.slice(12, 16)}-${out.slice(16, 20)}-${out.slice(20, 32)}`;
}

export function compactDate(t: number): string {
  return new Date(t * 1000).toISOString().slice(0, 10).replaceAll('-', '');
}
