// A file to read, as DuckDB sees it, and typed references to its columns. The FOCUS mapping is
// written against canonical column names; a column the file lacks resolves to a typed NULL,
// never a made-up zero, so schemas that drift between months load.
import { MONEY_TYPE } from '../store/focus-columns.ts';
import { ident, raw, sql, structParam, type Identifier, type SqlQuery } from '../sql/index.ts';

export type Container = 'csv' | 'parquet';

export interface SourceColumn {
  /** The name in the file. */
  name: string;
  type: string;
  /** For CSV, the positional name DuckDB reads it as (c0, c1...): headers can repeat or differ only in case. */
  alias?: string;
}

/** The column as SQL refers to it. */
export function colRef(c: SourceColumn): Identifier {
  return ident(c.alias ?? c.name);
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
  const columns = Object.fromEntries(src.columns.map((c) => [c.alias ?? c.name, 'VARCHAR']));
  return sql`read_csv(${src.readPath}, auto_detect = false, header = true, columns = ${structParam(columns)},
    delim = ',', quote = '"', escape = '"', strict_mode = true, null_padding = false,
    nullstr = ${raw(`[${CSV_NULLS.map((s) => `'${s}'`).join(', ')}]`)}, compression = ${src.gzip ? 'gzip' : 'none'})`;
}

const NULL_MONEY = raw(`CAST(NULL AS ${MONEY_TYPE})`);
const NULL_TEXT = raw('CAST(NULL AS VARCHAR)');
const NULL_TS = raw('CAST(NULL AS TIMESTAMP)');

/**
 * Exact text -> DECIMAL(38, 12). DuckDB parses text into a 38-digit decimal some 50x slower than
 * into an 18-digit one, so the common cases take 18-digit paths that lose nothing: values under
 * a million at 12 decimals, then larger values with at most 4 decimals; the rest take the slow,
 * exact path. Each path rounds exactly as the direct cast would.
 */
function textToMoney(v: SqlQuery): SqlQuery {
  const money = raw(MONEY_TYPE);
  return sql`CAST(COALESCE(TRY_CAST(${v} AS DECIMAL(18, 12)),
    CASE WHEN strpos(${v}, '.') = 0 OR length(${v}) - strpos(${v}, '.') <= 4 THEN TRY_CAST(${v} AS DECIMAL(18, 4)) END,
    CAST(${v} AS ${money})) AS ${money})`;
}

/**
 * Text -> UTC TIMESTAMP. A plain TIMESTAMP cast would silently drop a UTC offset such as -05:00,
 * so text that ends in an offset goes through TIMESTAMPTZ (the session zone is UTC); text ending
 * in Z or with no offset (CUR's own form) takes the cast that is five times faster.
 */
function textToUtc(v: SqlQuery): SqlQuery {
  return sql`CASE WHEN ends_with(${v}, 'Z') OR NOT (${v}[-6:-6] IN ('+', '-') OR ${v}[-5:-5] IN ('+', '-') OR ${v}[-3:-3] IN ('+', '-'))
    THEN CAST(rtrim(${v}, 'Z') AS TIMESTAMP) ELSE CAST(CAST(${v} AS TIMESTAMPTZ) AS TIMESTAMP) END`;
}

const FLOAT_TYPES = new Set(['DOUBLE', 'FLOAT', 'REAL']);

export type ValueKind = 'number' | 'timestamp';

export class SourceColumns {
  private readonly byKey = new Map<string, SourceColumn>();
  /** Text columns the mapping converts, so a failed conversion can be traced to a line. */
  readonly converted = new Map<SourceColumn, ValueKind>();

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
    return this.isText(c) ? sql`NULLIF(${colRef(c)}, '')` : sql`CAST(${colRef(c)} AS VARCHAR)`;
  }

  /** Money or quantity as exact DECIMAL. */
  num(key: string): SqlQuery {
    const c = this.byKey.get(key);
    if (!c) return sql`${NULL_MONEY}`;
    if (this.isText(c)) this.converted.set(c, 'number');
    if (this.isText(c)) return textToMoney(sql`NULLIF(trim(${colRef(c)}), '')`);
    // DuckDB casts a binary float to DECIMAL(38, 12) by scaling it in floating point, which is off
    // by up to 1e-12 past $9,007; through its shortest decimal text the value is the one written.
    if (FLOAT_TYPES.has(c.type)) return textToMoney(sql`CAST(${colRef(c)} AS VARCHAR)`);
    return sql`CAST(${colRef(c)} AS ${raw(MONEY_TYPE)})`;
  }

  /** A UTC timestamp; text with an offset is converted to UTC (the session time zone is UTC). */
  ts(key: string): SqlQuery {
    const c = this.byKey.get(key);
    if (!c) return sql`${NULL_TS}`;
    if (this.isText(c)) this.converted.set(c, 'timestamp');
    if (this.isText(c)) return textToUtc(sql`NULLIF(${colRef(c)}, '')`);
    return sql`CAST(${colRef(c)} AS TIMESTAMP)`;
  }
}
