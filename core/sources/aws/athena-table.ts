// What an Athena table holds, from its columns (GetTableMetadata): legacy CUR (flat columns,
// one per tag and cost category), CUR 2.0 (`product`, `resource_tags` and `cost_category` maps,
// `billing_period` partition) or an AWS FOCUS export (FOCUS names in lower case, `x_` columns).
import { GetTableMetadataCommand, type AthenaClient } from '@aws-sdk/client-athena';
import { sourceError } from '../errors.ts';
import { explainAwsError } from './aws-errors.ts';
import { Cur2Map } from './cur-columns.ts';

export const CurVersion = {
  Legacy: 'cur-legacy',
  Cur2: 'cur2',
  Focus: 'focus',
} as const;
export type CurVersionName = (typeof CurVersion)[keyof typeof CurVersion];

export interface AthenaTable {
  catalog: string;
  database: string;
  table: string;
  version: CurVersionName;
  /** Column name -> Athena type, partition keys included. */
  columns: Map<string, string>;
  partitionKeys: string[];
  /** The table's S3 location (Glue's `location` parameter), for the scan estimate. */
  location?: string;
}

export function detectVersion(columns: ReadonlyMap<string, string>): CurVersionName | null {
  const has = (n: string) => columns.has(n);
  if (has('billedcost') && has('chargeperiodstart')) return CurVersion.Focus;
  if (!has('line_item_line_item_type')) return null;
  const isMap = (n: string) => (columns.get(n) ?? '').startsWith('map');
  if (isMap(Cur2Map.Product) || isMap(Cur2Map.Tags) || isMap(Cur2Map.CostCategory)) return CurVersion.Cur2;
  return CurVersion.Legacy;
}

export async function describeTable(athena: AthenaClient, where: { catalog: string; database: string; table: string }, signal?: AbortSignal, profile?: string): Promise<AthenaTable> {
  const what = `Athena GetTableMetadata on ${where.database}.${where.table}`;
  let meta;
  try {
    meta = await athena.send(new GetTableMetadataCommand({ CatalogName: where.catalog, DatabaseName: where.database, TableName: where.table }), { abortSignal: signal });
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'MetadataException' || name === 'EntityNotFoundException') {
      throw sourceError('ATHENA_TABLE_NOT_FOUND', `${what}: ${(err as Error).message}. Check --database and --table (and the region: Athena tables are per region).`, where);
    }
    throw explainAwsError(err, { what, profile });
  }
  const cols = [...(meta.TableMetadata?.Columns ?? []), ...(meta.TableMetadata?.PartitionKeys ?? [])];
  const columns = new Map(cols.map((c) => [String(c.Name).toLowerCase(), String(c.Type ?? '').toLowerCase()]));
  const version = detectVersion(columns);
  if (!version) {
    throw sourceError('ATHENA_TABLE_UNSUPPORTED', `${where.database}.${where.table} is not a Cost and Usage Report table (it has no line_item_line_item_type column, nor FOCUS columns). Name the table AWS created for the report.`, where);
  }
  const location = meta.TableMetadata?.Parameters?.location;
  return { ...where, version, columns, partitionKeys: (meta.TableMetadata?.PartitionKeys ?? []).map((p) => String(p.Name).toLowerCase()), ...(location ? { location } : {}) };
}

// Kept here for callers that import it with the table description (athena-keys.ts holds it).
export { resolveTags } from './athena-keys.ts';
