// What an Athena table holds, from its columns (GetTableMetadata): legacy CUR (flat columns,
// one per tag), CUR 2.0 (`product` and `resource_tags` maps) or an AWS FOCUS export.
import { GetTableMetadataCommand, type AthenaClient } from '@aws-sdk/client-athena';
import { curSlashToSnake, tagKeyFromSnake } from '../../ingest/aws/cur-names.ts';
import { sourceError } from '../errors.ts';
import { explainAwsError } from './aws-errors.ts';
import { ATHENA_TAG_PREFIX } from './cur-columns.ts';

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
}

export function detectVersion(columns: ReadonlyMap<string, string>): CurVersionName | null {
  const has = (n: string) => columns.has(n);
  if (has('billedcost') && has('chargeperiodstart')) return CurVersion.Focus;
  if (!has('line_item_line_item_type')) return null;
  if ((columns.get('product') ?? '').startsWith('map') || (columns.get('resource_tags') ?? '').startsWith('map')) return CurVersion.Cur2;
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
  return { ...where, version, columns, partitionKeys: (meta.TableMetadata?.PartitionKeys ?? []).map((p) => String(p.Name).toLowerCase()) };
}

/** Tag columns of a legacy CUR table, by workspace tag key (`Team` for resource_tags_user_team). */
export function tagColumns(table: AthenaTable): string[] {
  return [...table.columns.keys()].filter((c) => c.startsWith(ATHENA_TAG_PREFIX));
}

/** The table column of each requested tag key: `Team`, `user:Team`, `aws:createdBy` or the column name. */
export function resolveTags(table: AthenaTable, keys: readonly string[]): string[] {
  const available = tagColumns(table);
  return keys.map((key) => {
    const candidates = [key.toLowerCase(), curSlashToSnake(`resourceTags/${key.includes(':') ? key : `user:${key}`}`), `${ATHENA_TAG_PREFIX}${key.toLowerCase()}`];
    const hit = candidates.find((c) => available.includes(c));
    if (!hit) {
      const known = available.map((c) => tagKeyFromSnake(c.slice(ATHENA_TAG_PREFIX.length)));
      throw sourceError('ATHENA_UNKNOWN_TAG', `The tag ${key} is not a column of ${table.database}.${table.table}. Tags there: ${known.join(', ') || 'none (activate cost allocation tags in Billing)'}.`, { tag: key });
    }
    return hit;
  });
}

