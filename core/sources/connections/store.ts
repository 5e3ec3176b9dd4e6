// Saved connections in the workspace's `connections` table (migration 006), one row per name.
// What comes in is validated by the strict spec schema (so no secret field can be stored), and
// what goes out is parsed again, so a hand-edited row cannot reach a pull unchecked.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import type { JsonRow } from '../../store/values.ts';
import { sourceError } from '../errors.ts';
import { connectionSpecSchema, type ConnectionSpec, type SavedConnection } from './spec.ts';

function notFound(name: string) {
  return sourceError('CONNECTION_NOT_FOUND', `No connection named "${name}" in this workspace. List the connections to see their names, or add it first.`, { name });
}

function textList(values: readonly string[] | undefined) {
  return values && values.length ? sql`CAST(${JSON.stringify(values)} AS VARCHAR[])` : sql`CAST(NULL AS VARCHAR[])`;
}

/** One row's values, every kind's columns (null where the kind has none). */
function columns(c: ConnectionSpec) {
  const a = c.kind === 'athena' ? c : null;
  const s = c.kind === 's3' ? c : null;
  const e = c.kind === 'costexplorer' ? c : null;
  return {
    name: c.name,
    kind: c.kind,
    profile: c.profile ?? null,
    keychainKeys: c.keychainKeys ?? null,
    region: c.region ?? null,
    endpointUrl: c.endpointUrl ?? null,
    workgroup: a?.workgroup ?? null,
    catalog: a?.catalog ?? null,
    database: a?.database ?? null,
    table: a?.table ?? null,
    outputLocation: a?.outputLocation ?? null,
    bucket: s?.bucket ?? null,
    prefix: s ? s.prefix : null,
    groupBy: e?.groupBy,
    billingAccountId: e?.billingAccountId ?? null,
  };
}

function fromRow(r: JsonRow): SavedConnection {
  const field = (key: string, v: unknown) => (v === null || v === undefined ? {} : { [key]: String(v) });
  const doc = {
    kind: r.kind,
    name: r.name,
    ...field('profile', r.profile),
    ...field('keychainKeys', r.keychain_keys),
    ...field('region', r.region),
    ...field('endpointUrl', r.endpoint_url),
    ...(r.kind === 'athena'
      ? { ...field('workgroup', r.workgroup), ...field('catalog', r.catalog), database: r.database_name, table: r.table_name, ...field('outputLocation', r.output_location) }
      : {}),
    ...(r.kind === 's3' ? { bucket: r.bucket, prefix: r.prefix ?? '' } : {}),
    ...(r.kind === 'costexplorer' ? { billingAccountId: r.billing_account_id, ...(Array.isArray(r.group_by) && r.group_by.length ? { groupBy: r.group_by } : {}) } : {}),
  };
  const parsed = connectionSpecSchema.safeParse(doc);
  if (!parsed.success) {
    throw sourceError('CONNECTION_INVALID', `The saved connection "${String(r.name)}" is not valid any more (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}). Edit it, or remove it and add it again.`, { name: r.name });
  }
  return { connection: parsed.data, createdAt: String(r.created_at), updatedAt: String(r.updated_at) };
}

export async function listConnections(db: Db): Promise<SavedConnection[]> {
  const rows = await db.all(sql`SELECT * FROM connections ORDER BY lower(name), name`);
  return rows.map(fromRow);
}

export async function getConnection(db: Db, name: string): Promise<SavedConnection> {
  const r = await db.one(sql`SELECT * FROM connections WHERE name = ${name}`);
  if (!r) throw notFound(name);
  return fromRow(r);
}

async function exists(db: Db, name: string): Promise<boolean> {
  return (await db.value(sql`SELECT count(*) FROM connections WHERE name = ${name}`)) !== 0;
}

/**
 * Adds a connection, or with `previousName` replaces that one (renaming it when the name
 * changed). A name already taken by another connection is refused.
 */
export async function saveConnection(db: Db, input: ConnectionSpec, previousName?: string): Promise<SavedConnection> {
  const c = connectionSpecSchema.parse(input);
  const v = columns(c);
  if (previousName !== undefined && !(await exists(db, previousName))) throw notFound(previousName);
  if (previousName !== c.name && (await exists(db, c.name))) {
    throw sourceError('CONNECTION_EXISTS', `A connection named "${c.name}" already exists. Choose another name, or edit that connection.`, { name: c.name });
  }
  await db.transaction(async () => {
    let created = sql`now()::TIMESTAMP`;
    if (previousName !== undefined) {
      // kept as DuckDB's own text, so the timestamp comes back exactly
      const old = await db.value(sql`SELECT CAST(created_at AS VARCHAR) FROM connections WHERE name = ${previousName}`);
      created = sql`CAST(${String(old)} AS TIMESTAMP)`;
      await db.run(sql`DELETE FROM connections WHERE name = ${previousName}`);
    }
    await db.run(sql`
      INSERT INTO connections (name, kind, profile, keychain_keys, region, endpoint_url, workgroup, catalog, database_name, table_name,
        output_location, bucket, prefix, group_by, billing_account_id, created_at, updated_at)
      VALUES (${v.name}, ${v.kind}, ${v.profile}, ${v.keychainKeys}, ${v.region}, ${v.endpointUrl}, ${v.workgroup}, ${v.catalog}, ${v.database}, ${v.table},
        ${v.outputLocation}, ${v.bucket}, ${v.prefix}, ${textList(v.groupBy)}, ${v.billingAccountId}, ${created}, now()::TIMESTAMP)`);
  });
  return getConnection(db, c.name);
}

export async function deleteConnection(db: Db, name: string): Promise<void> {
  if (!(await exists(db, name))) throw notFound(name);
  await db.run(sql`DELETE FROM connections WHERE name = ${name}`);
}
