// DataScannedInBytes as Athena counts it for a partitioned table: every file of each partition the
// query's WHERE keeps. As Athena prunes, only the conjuncts that name partition columns alone are
// applied to the partition list; the query is read with DuckDB's own parser (json_serialize_sql),
// those conjuncts are put into `SELECT sum(bytes) FROM <partitions> WHERE ...` and that is run.
import type { DuckDBConnection } from '@duckdb/node-api';

export interface PartitionFile {
  /** Partition key (lower case) -> value, as the file's path gives it. */
  values: Record<string, string>;
  bytes: number;
}

export interface ScannedTable {
  database: string;
  table: string;
  partitionKeys: string[];
  files: PartitionFile[];
}

export type Node = Record<string, unknown>;

export function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Node);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

function columnsOf(node: unknown): string[] {
  const out: string[] = [];
  walk(node, (n) => {
    if (n.class === 'COLUMN_REF') out.push(String((n.column_names as string[]).at(-1)).toLowerCase());
  });
  return out;
}

export async function serialize(c: DuckDBConnection, query: string): Promise<Node> {
  const reader = await c.runAndReadAll('SELECT json_serialize_sql($1::VARCHAR)', [query]);
  const parsed = JSON.parse(String(reader.getRows()[0]![0])) as Node;
  if (parsed.error) throw new Error(`cannot parse the query: ${String(parsed.error_message)}`);
  return parsed;
}

/** The bytes a query scans in `table`: 0 when it does not read the table. */
export async function scannedBytes(c: DuckDBConnection, query: string, table: ScannedTable): Promise<number> {
  const wheres: unknown[] = [];
  let reads = false;
  walk(await serialize(c, query), (n) => {
    const from = n.from_table as Node | undefined;
    if (n.type !== 'SELECT_NODE' || from?.type !== 'BASE_TABLE') return;
    if (String(from.table_name).toLowerCase() !== table.table.toLowerCase()) return;
    reads = true;
    if (n.where_clause) wheres.push(n.where_clause);
  });
  if (!reads) return 0;
  const all = table.files.reduce((s, f) => s + f.bytes, 0);
  if (table.partitionKeys.length === 0 || wheres.length === 0) return all;
  const where = wheres[0] as Node;
  const conjuncts = where.type === 'CONJUNCTION_AND' ? (where.children as Node[]) : [where];
  const pruning = conjuncts.filter((x) => {
    const cols = columnsOf(x);
    return cols.length > 0 && cols.every((col) => table.partitionKeys.includes(col));
  });
  if (pruning.length === 0) return all;
  const cols = table.partitionKeys.map((k) => `"${k}" VARCHAR`).join(', ');
  await c.run(`CREATE OR REPLACE TEMP TABLE scan_partitions (${cols}, scan_bytes BIGINT)`);
  for (const f of table.files) {
    await c.run(`INSERT INTO scan_partitions VALUES (${table.partitionKeys.map((_, i) => `$${i + 1}`).join(', ')}, $${table.partitionKeys.length + 1})`, [
      ...table.partitionKeys.map((k) => f.values[k] ?? null),
      f.bytes,
    ]);
  }
  const template = await serialize(c, 'SELECT sum(scan_bytes) FROM scan_partitions WHERE TRUE');
  const statement = (template.statements as { node: Node }[])[0]!.node;
  statement.where_clause = pruning.length === 1 ? pruning[0] : { ...where, children: pruning };
  const text = (await c.runAndReadAll('SELECT json_deserialize_sql($1::JSON)', [JSON.stringify(template)])).getRows()[0]![0];
  const sum = (await c.runAndReadAll(String(text))).getRows()[0]![0];
  return Number(sum ?? 0);
}
