// A file to read, as DuckDB sees it, and typed references to its columns. The FOCUS mapping is
// written against canonical column names; a column the file lacks resolves to a typed NULL,
// never a made-up zero, so schemas that drift between months load.
import { MONEY_TYPE } from '../store/focus-columns.ts';
import { ident, raw, sql, structParam, type SqlQuery } from '../sql/index.ts';

export type Container = 'csv' | 'parquet';

export interface SourceColumn {
  name: string;
  type: string;
}

export interface SourceFile {
  /** The file DuckDB reads (an extracted temporary file for zip members). */
  readPath: string;
  /** What the user knows it as: the path given, or `archive.zip › member.csv`. */
  displayPath: string;
  container: Container;
  gzip: boolean;
  columns: SourceColumn[];
  bytes: number;
}

const CSV_NULLS = ['', 'NULL'];

/** The table function reading the file. CSV is read as text with the header we parsed, no guessing. */
export function readRelation(src: SourceFile): SqlQuery {
  if (src.container === 'parquet') return sql`read_parquet(${src.readPath})`;
  const columns = Object.fromEntries(src.columns.map((c) => [c.name, 'VARCHAR']));
  return sql`read_csv(${src.readPath}, auto_detect = false, header = true, columns = ${structParam(columns)},
    delim = ',', quote = '"', escape = '"', strict_mode = true, null_padding = false,
    nullstr = ${raw(`[${CSV_NULLS.map((s) => `'${s}'`).join(', ')}]`)}, compression = ${src.gzip ? 'gzip' : 'none'})`;
}

const NULL_MONEY = raw(`CAST(NULL AS ${MONEY_TYPE})`);
const NULL_TEXT = raw('CAST(NULL AS VARCHAR)');
const NULL_TS = raw('CAST(NULL AS TIMESTAMP)');

export type ValueKind = 'number' | 'timestamp';

export class SourceColumns {
  private readonly byKey = new Map<string, SourceColumn>();
  /** Text columns the mapping converts, so a failed conversion can be traced to a line. */
  readonly converted = new Map<string, ValueKind>();

  constructor(
    readonly columns: readonly SourceColumn[],
    canonical: (name: string) => string = (n) => n,
  ) {
    for (const c of columns) {
      const key = canonical(c.name);
      if (!this.byKey.has(key)) this.byKey.set(key, c);
    }
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  get(key: string): SourceColumn | undefined {
    return this.byKey.get(key);
  }

  private isText(c: SourceColumn): boolean {
    return c.type === 'VARCHAR' || c.type === 'JSON';
  }

  /** Text, with '' as null. */
  str(key: string): SqlQuery {
    const c = this.byKey.get(key);
    if (!c) return sql`${NULL_TEXT}`;
    return this.isText(c) ? sql`NULLIF(${ident(c.name)}, '')` : sql`CAST(${ident(c.name)} AS VARCHAR)`;
  }

  /** Money or quantity as exact DECIMAL. */
  num(key: string): SqlQuery {
    const c = this.byKey.get(key);
    if (!c) return sql`${NULL_MONEY}`;
    if (this.isText(c)) this.converted.set(c.name, 'number');
    return this.isText(c) ? sql`CAST(NULLIF(trim(${ident(c.name)}), '') AS ${raw(MONEY_TYPE)})` : sql`CAST(${ident(c.name)} AS ${raw(MONEY_TYPE)})`;
  }

  /** A UTC timestamp; text with an offset is converted to UTC (the session time zone is UTC). */
  ts(key: string): SqlQuery {
    const c = this.byKey.get(key);
    if (!c) return sql`${NULL_TS}`;
    if (this.isText(c)) this.converted.set(c.name, 'timestamp');
    if (this.isText(c)) return sql`CAST(CAST(NULLIF(${ident(c.name)}, '') AS TIMESTAMPTZ) AS TIMESTAMP)`;
    return sql`CAST(${ident(c.name)} AS TIMESTAMP)`;
  }
}
