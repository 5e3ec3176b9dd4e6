// Athena JSON 1.1 over an in-memory DuckDB: tables are registered by tests (a database is a
// schema), queries really run (Athena's SQL and DuckDB's agree on what the client sends:
// SELECT, sum, CAST, date_trunc, GROUP BY), and results land as Athena's CSV (every value
// quoted, NULL empty, a header) in the fake S3 at the query's output location. A query goes
// QUEUED -> RUNNING -> SUCCEEDED over polls, or FAILED / held RUNNING until stopped as scripted.
// Athena's own rules that DuckDB lacks are enforced (athena-rules.ts: parameters only in WHERE).
// A table can live in the fake S3 as Athena's do (addTableFromS3: Parquet files under a location,
// Hive `key=value/` partition folders): its metadata then names the location, and a query's
// DataScannedInBytes is the size of the files in the partitions its WHERE keeps (athena-scan.ts).
import { randomUUID } from 'node:crypto';
import { readFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { writeFile } from 'node:fs/promises';
import { athenaRefusal } from './athena-rules.ts';
import { scannedBytes, type PartitionFile } from './athena-scan.ts';
import type { FakeS3 } from './s3.ts';
import { jsonFailure, jsonReply, type Reply } from './wire.ts';

export interface QueryScript {
  /** The query fails with this reason (Athena's StateChangeReason). */
  fail?: string;
  /** The query stays RUNNING until StopQueryExecution. */
  hold?: boolean;
  /** GetQueryExecution calls answered QUEUED/RUNNING before it finishes (default 2). */
  pollsBeforeDone?: number;
}

interface Execution {
  id: string;
  query: string;
  params: string[];
  database: string;
  outputLocation: string;
  workgroup: string;
  state: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  reason?: string;
  polls: number;
  script: QueryScript;
  scanned: number;
  submitted: number;
}

interface TableInfo {
  partitionKeys: string[];
  scanBytes: number;
  /** Tables read from the fake S3: their location and files. */
  location?: string;
  files?: PartitionFile[];
}

const ATHENA_TYPES: Record<string, string> = { VARCHAR: 'string', DOUBLE: 'double', TIMESTAMP: 'timestamp', BIGINT: 'bigint', INTEGER: 'int', DATE: 'date', BOOLEAN: 'boolean' };

/** A DuckDB type as Glue writes it in a table's metadata: `map<string,string>`, `decimal(38,12)`. */
export function glueType(duckdb: string): string {
  const map = /^MAP\((.+), (.+)\)$/.exec(duckdb);
  if (map) return `map<${glueType(map[1]!)},${glueType(map[2]!)}>`;
  const dec = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(duckdb);
  if (dec) return `decimal(${dec[1]},${dec[2]})`;
  return ATHENA_TYPES[duckdb] ?? duckdb.toLowerCase();
}

/** Replaces each `?` outside quotes by the next parameter: Athena's ExecutionParameters are SQL literals. */
export function bindParameters(query: string, params: readonly string[]): string {
  let out = '';
  let i = 0;
  let quote: string | null = null;
  for (const ch of query) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      if (i >= params.length) throw new Error('more ? placeholders than ExecutionParameters');
      out += params[i++];
    } else out += ch;
  }
  if (i !== params.length) throw new Error('more ExecutionParameters than ? placeholders');
  return out;
}

export class FakeAthena {
  private db: DuckDBInstance | null = null;
  private conn: DuckDBConnection | null = null;
  private readonly tables = new Map<string, TableInfo>();
  private readonly executions = new Map<string, Execution>();
  /** Scripts for the next queries, in order; a query without one succeeds after two polls. */
  readonly nextQueries: QueryScript[] = [];
  /** Workgroups and their configured result location ('' for none). */
  readonly workgroups = new Map<string, string>([['primary', 's3://athena-results/primary/']]);

  constructor(private readonly s3: FakeS3) {}

  private async connection(): Promise<DuckDBConnection> {
    if (!this.conn) {
      this.db = await DuckDBInstance.create(':memory:');
      this.conn = await this.db.connect();
      await this.conn.run(`SET TimeZone = 'UTC'`);
    }
    return this.conn;
  }

  /** Registers `database.table` from a SELECT over files (e.g. read_parquet). */
  async addTable(database: string, table: string, select: string, opts: { partitionKeys?: string[]; scanBytes?: number } = {}): Promise<void> {
    const c = await this.connection();
    await c.run(`CREATE SCHEMA IF NOT EXISTS "${database}"`);
    await c.run(`CREATE OR REPLACE TABLE "${database}"."${table}" AS ${select}`);
    this.tables.set(`${database}.${table}`, { partitionKeys: opts.partitionKeys ?? [], scanBytes: opts.scanBytes ?? 1_000_000 });
  }

  /**
   * Registers `database.table` over the Parquet objects under `location` in the fake S3, as a Glue
   * table: partition keys (lower case, string values) from the `key=value/` folders of each key.
   */
  async addTableFromS3(database: string, table: string, location: string, partitionKeys: string[] = []): Promise<void> {
    const m = /^s3:\/\/([^/]+)\/(.*)$/.exec(location);
    if (!m) throw new Error(`not an s3:// location: ${location}`);
    const [, bucket, prefix] = m as unknown as [string, string, string];
    const dir = await mkdtemp(join(tmpdir(), 'fake-athena-table-'));
    const files: PartitionFile[] = [];
    const selects: string[] = [];
    try {
      for (const [i, key] of this.s3.keys(bucket, prefix).entries()) {
        const body = this.s3.get(bucket, key)!.body;
        // Athena reads every file of a partition folder except hidden ones (`_SUCCESS`, `.tmp`).
        const name = key.split('/').at(-1) ?? '';
        if (name.startsWith('_') || name.startsWith('.') || body.length === 0) continue;
        const values: Record<string, string> = {};
        for (const seg of key.slice(prefix.length).split('/').slice(0, -1)) {
          const eq = seg.indexOf('=');
          if (eq > 0) values[seg.slice(0, eq).toLowerCase()] = seg.slice(eq + 1);
        }
        files.push({ values, bytes: body.length });
        const file = join(dir, `part-${i}.parquet`);
        await writeFile(file, body);
        selects.push(`SELECT *, ${partitionKeys.map((k) => `'${values[k]}' AS "${k}"`).join(', ') || 'NULL AS "no_partition"'} FROM read_parquet('${file}')`);
      }
      const body = selects.join(' UNION ALL BY NAME ');
      await this.addTable(database, table, partitionKeys.length ? body : `SELECT * EXCLUDE ("no_partition") FROM (${body})`, { partitionKeys });
      this.tables.set(`${database}.${table}`, { partitionKeys, scanBytes: 0, location, files });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  executionsStarted(): { query: string; params: string[]; state: string }[] {
    return [...this.executions.values()].map((e) => ({ query: e.query, params: e.params, state: e.state }));
  }

  async close(): Promise<void> {
    this.conn?.closeSync();
    this.db?.closeSync();
  }

  async handle(operation: string, input: Record<string, unknown>): Promise<Reply> {
    switch (operation) {
      case 'GetTableMetadata':
        return this.tableMetadata(String(input.DatabaseName), String(input.TableName));
      case 'StartQueryExecution':
        return this.start(input);
      case 'GetQueryExecution':
        return this.poll(String(input.QueryExecutionId));
      case 'GetWorkGroup': {
        const name = String(input.WorkGroup);
        if (!this.workgroups.has(name)) return jsonFailure(400, 'InvalidRequestException', `WorkGroup ${name} is not found.`);
        const location = this.workgroups.get(name);
        return jsonReply({ WorkGroup: { Name: name, State: 'ENABLED', Configuration: location ? { ResultConfiguration: { OutputLocation: location } } : {} } });
      }
      case 'StopQueryExecution': {
        const e = this.executions.get(String(input.QueryExecutionId));
        if (e && (e.state === 'QUEUED' || e.state === 'RUNNING')) e.state = 'CANCELLED';
        return jsonReply({});
      }
      default:
        return jsonFailure(400, 'InvalidRequestException', `${operation} is not served by the test server`);
    }
  }

  private async tableMetadata(database: string, table: string): Promise<Reply> {
    const info = this.tables.get(`${database}.${table}`);
    if (!info) return jsonFailure(400, 'MetadataException', `Table ${table} not found in database ${database}`);
    const c = await this.connection();
    const rows = (await c.runAndReadAll(`DESCRIBE "${database}"."${table}"`)).getRowObjects();
    const cols = rows.map((r) => ({ Name: String(r.column_name), Type: glueType(String(r.column_type)) }));
    return jsonReply({
      TableMetadata: {
        Name: table,
        TableType: 'EXTERNAL_TABLE',
        Columns: cols.filter((c) => !info.partitionKeys.includes(c.Name)),
        PartitionKeys: cols.filter((c) => info.partitionKeys.includes(c.Name)),
        ...(info.location ? { Parameters: { location: info.location, classification: 'parquet', EXTERNAL: 'TRUE' } } : {}),
      },
    });
  }

  private start(input: Record<string, unknown>): Reply {
    const ctx = (input.QueryExecutionContext ?? {}) as Record<string, string>;
    const wg = String(input.WorkGroup ?? 'primary');
    const location = ((input.ResultConfiguration ?? {}) as Record<string, string>).OutputLocation ?? this.workgroups.get(wg);
    if (!location) return jsonFailure(400, 'InvalidRequestException', 'No output location provided. An output location is required either through the Workgroup result configuration setting or as an API input.');
    const id = randomUUID();
    const referenced = [...this.tables.entries()].filter(([name]) => String(input.QueryString).includes(`"${name.split('.')[1]}"`));
    this.executions.set(id, {
      id,
      query: String(input.QueryString),
      params: (input.ExecutionParameters as string[] | undefined) ?? [],
      database: ctx.Database ?? 'default',
      outputLocation: `${location.replace(/\/?$/, '/')}${id}.csv`,
      workgroup: wg,
      state: 'QUEUED',
      polls: 0,
      script: this.nextQueries.shift() ?? {},
      scanned: referenced.reduce((s, [, t]) => s + t.scanBytes, 0),
      submitted: Date.now() / 1000,
    });
    return jsonReply({ QueryExecutionId: id });
  }

  private async poll(id: string): Promise<Reply> {
    const e = this.executions.get(id);
    if (!e) return jsonFailure(400, 'InvalidRequestException', `QueryExecution ${id} was not found`);
    if (e.state === 'QUEUED' || e.state === 'RUNNING') {
      e.polls += 1;
      if (e.script.hold) e.state = 'RUNNING';
      else if (e.polls <= (e.script.pollsBeforeDone ?? 2)) e.state = e.polls === 1 ? 'QUEUED' : 'RUNNING';
      else if (e.script.fail) {
        e.state = 'FAILED';
        e.reason = e.script.fail;
      } else await this.run(e);
    }
    const done = e.state === 'SUCCEEDED' || e.state === 'FAILED' || e.state === 'CANCELLED';
    return jsonReply({
      QueryExecution: {
        QueryExecutionId: e.id,
        Query: e.query,
        StatementType: 'DML',
        WorkGroup: e.workgroup,
        ResultConfiguration: { OutputLocation: e.outputLocation },
        QueryExecutionContext: { Database: e.database },
        ExecutionParameters: e.params,
        Status: { State: e.state, SubmissionDateTime: e.submitted, ...(done ? { CompletionDateTime: Date.now() / 1000 } : {}), ...(e.reason ? { StateChangeReason: e.reason } : {}) },
        Statistics: { DataScannedInBytes: e.state === 'SUCCEEDED' ? e.scanned : 0, EngineExecutionTimeInMillis: 10 },
      },
    });
  }

  private async run(e: Execution): Promise<void> {
    const c = await this.connection();
    const dir = await mkdtemp(join(tmpdir(), 'fake-athena-'));
    try {
      await c.run(`SET search_path = '${e.database}'`);
      const file = join(dir, 'result.csv');
      const refusal = await athenaRefusal(c, e.query);
      if (refusal) {
        e.state = 'FAILED';
        e.reason = refusal;
        return;
      }
      const query = bindParameters(e.query, e.params);
      for (const [name, info] of this.tables) {
        const [database, table] = name.split('.') as [string, string];
        if (info.files) e.scanned += await scannedBytes(c, query, { database, table, partitionKeys: info.partitionKeys, files: info.files });
      }
      await c.run(`COPY (${query}) TO '${file}' (FORMAT csv, HEADER true, FORCE_QUOTE *, TIMESTAMPFORMAT '%Y-%m-%d %H:%M:%S.%g')`);
      const m = /^s3:\/\/([^/]+)\/(.*)$/.exec(e.outputLocation)!;
      this.s3.put(m[1]!, m[2]!, await readFile(file));
      e.state = 'SUCCEEDED';
    } catch (err) {
      e.state = 'FAILED';
      e.reason = `SYNTAX_ERROR: ${(err as Error).message.split('\n')[0]}`;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
