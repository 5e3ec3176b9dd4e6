// Aliases stored in the workspace (table tag_aliases, migration 030). Every change is checked
// before anything is written and runs in the caller's transaction with the refresh of the tables
// that read tags through aliases (store/derived-registry.ts), so the pivot's tag aggregate changes
// with it or not at all.
// Chains are resolved on the way in, so the store never holds one and applying an alias is one
// step: adding b → c re-points every a → b to a → c; adding a → b when b → c exists stores a → c.
// A loop (a → b when b already reads as a, or a → a) is refused.
import { WorkbenchError } from '../../../errors.ts';
import { sql } from '../../../sql/index.ts';
import type { Db } from '../../../store/db.ts';
import { refreshAliasDependentTables } from '../../../store/derived-registry.ts';
import { TagsErrorCode } from '../errors.ts';
import { aliasAddSchema, aliasRemoveSchema, type AliasAdd, type AliasKind, type AliasRemove, type TagAlias } from './alias.ts';

const KEY_ALIAS_KEY = '';

export async function listTagAliases(db: Db): Promise<TagAlias[]> {
  const rows = await db.all(
    sql`SELECT kind, "key", from_value, to_value, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ') AS created_at FROM tag_aliases ORDER BY kind, "key", to_value, from_value`,
  );
  return rows.map((r) => ({ kind: r.kind as AliasKind, key: r.kind === 'key' ? null : String(r.key), from: String(r.from_value), to: String(r.to_value), createdAt: String(r.created_at) }));
}

function bad(message: string, details: Record<string, unknown> = {}): WorkbenchError {
  return new WorkbenchError(TagsErrorCode.TAGS_BAD_ALIAS, message, details);
}

function parse<T>(schema: { safeParse(x: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`);
  throw bad(`Invalid alias: ${issues.join('; ')}. Nothing was changed.`, { issues });
}

/** The key a request's aliases live under ('' for key aliases), checked against its kind. */
function scopeKey(kind: AliasKind, key: string | undefined, keyAliases: ReadonlyMap<string, string>): string {
  if (kind === 'key') {
    if (key !== undefined) throw bad('A key alias renames a key wherever it is: leave out "key" (it is for value aliases). Nothing was changed.');
    return KEY_ALIAS_KEY;
  }
  if (key === undefined || key.trim() === '') throw bad('A value alias needs the key its values belong to ("key", e.g. Environment). Nothing was changed.');
  const canonical = keyAliases.get(key);
  if (canonical !== undefined) {
    throw bad(`The key "${key}" is itself an alias of "${canonical}": add the value alias on "${canonical}", the key every engine reads. Nothing was changed.`, { key, canonical });
  }
  return key;
}

async function stored(db: Db, kind: AliasKind, key: string): Promise<Map<string, string>> {
  const rows = await db.all(sql`SELECT from_value, to_value FROM tag_aliases WHERE kind = ${kind} AND "key" = ${key}`);
  return new Map(rows.map((r) => [String(r.from_value), String(r.to_value)]));
}

async function ensureLines(db: Db): Promise<void> {
  if (Number(await db.value(sql`SELECT count(*) FROM focus`)) > 0) return;
  throw new WorkbenchError(TagsErrorCode.TAGS_NO_LINES, 'The workspace has no cost lines, so there are no tags to alias. Load a bill first (finops-workbench ingest --db W FILE); nothing was changed.');
}

function what(kind: AliasKind, key: string): string {
  return kind === 'key' ? 'key' : `value of ${key}`;
}

/** An add request checked against the store: what would be written, nothing written yet. */
export interface PreparedAdd {
  kind: AliasKind;
  /** '' for key aliases. */
  key: string;
  from: string[];
  /** `to`, or what `to` already reads as (chains are resolved). */
  target: string;
}

/** Checks an add request (shape, scope, loops, an empty workspace) and resolves its target. */
export async function prepareAdd(db: Db, input: unknown): Promise<PreparedAdd> {
  const req: AliasAdd = parse(aliasAddSchema, input);
  const keyAliases = await stored(db, 'key', KEY_ALIAS_KEY);
  const key = scopeKey(req.kind, req.key, keyAliases);
  if (req.kind === 'key' && req.to.trim() === '') throw bad('A key alias needs a key to read as ("to" is blank). Nothing was changed.');
  if (req.from.some((f) => f === '' && req.kind === 'key')) throw bad('A tag key is never empty: remove "" from "from". Nothing was changed.');
  await ensureLines(db);
  const existing = req.kind === 'key' ? keyAliases : await stored(db, 'value', key);
  const from = [...new Set(req.from)];
  // one step of resolution is enough: the store never holds a chain
  const target = existing.get(req.to) ?? req.to;
  const looping = from.filter((f) => f === target);
  if (looping.length > 0) {
    const via = target === req.to ? '' : ` ("${req.to}" already reads as "${target}")`;
    throw new WorkbenchError(
      TagsErrorCode.TAGS_ALIAS_LOOP,
      `The ${what(req.kind, key)} "${looping[0]}" cannot be an alias of "${req.to}"${via}: it would read as itself, a loop. Remove the alias that points the other way first, or pick another canonical form. Nothing was changed.`,
      { kind: req.kind, key: req.kind === 'key' ? null : key, from: looping[0], to: req.to, resolvedTo: target },
    );
  }
  if (req.kind === 'key') {
    for (const f of from) {
      const values = await stored(db, 'value', f);
      if (values.size > 0) {
        throw bad(`The key "${f}" has ${values.size} value alias(es) of its own; once "${f}" reads as "${target}" they would apply to nothing. Remove them (or add them on "${target}") first. Nothing was changed.`, { key: f, values: values.size });
      }
    }
  }
  return { kind: req.kind, key, from, target };
}

/** The aliases as they would be after `add`: each from reads as the target, and so does whatever read as a from. */
export function withAdded(aliases: readonly TagAlias[], add: PreparedAdd): TagAlias[] {
  const scoped = (a: TagAlias) => a.kind === add.kind && (a.key ?? KEY_ALIAS_KEY) === add.key;
  const out = aliases.filter((a) => !(scoped(a) && add.from.includes(a.from))).map((a) => (scoped(a) && add.from.includes(a.to) ? { ...a, to: add.target } : a));
  for (const f of add.from) out.push({ kind: add.kind, key: add.kind === 'key' ? null : add.key, from: f, to: add.target, createdAt: '' });
  return out;
}

/** Adds (or re-points) aliases from each of `from` to `to`. Run it inside a transaction. */
export async function addTagAliases(db: Db, input: unknown): Promise<TagAlias[]> {
  const add = await prepareAdd(db, input);
  for (const f of add.from) {
    await db.run(sql`INSERT OR REPLACE INTO tag_aliases VALUES (${add.kind}, ${add.key}, ${f}, ${add.target}, now()::TIMESTAMP)`);
    // whatever read as f now reads as the target (chains are resolved, never stored)
    await db.run(sql`UPDATE tag_aliases SET to_value = ${add.target} WHERE kind = ${add.kind} AND "key" = ${add.key} AND to_value = ${f}`);
  }
  await refreshAliasDependentTables(db);
  return listTagAliases(db);
}

export async function removeTagAlias(db: Db, input: unknown): Promise<TagAlias[]> {
  const req: AliasRemove = parse(aliasRemoveSchema, input);
  if (req.kind === 'key' && req.key !== undefined) throw bad('A key alias has no "key": leave it out to remove a key alias. Nothing was changed.');
  const key = req.kind === 'key' ? KEY_ALIAS_KEY : (req.key ?? '');
  const found = await db.value(sql`SELECT count(*) FROM tag_aliases WHERE kind = ${req.kind} AND "key" = ${key} AND from_value = ${req.from}`);
  if (Number(found) === 0) {
    const list = (await listTagAliases(db)).filter((a) => a.kind === req.kind).map((a) => (a.key === null ? `${a.from} → ${a.to}` : `${a.key}: ${a.from} → ${a.to}`));
    throw new WorkbenchError(
      TagsErrorCode.TAGS_ALIAS_NOT_FOUND,
      `There is no ${req.kind} alias from "${req.from}"${req.kind === 'value' ? ` under key "${req.key ?? ''}"` : ''}. ${list.length ? `The ${req.kind} aliases are: ${list.join(', ')}.` : `There are no ${req.kind} aliases.`} Nothing was changed.`,
      { kind: req.kind, key: req.key ?? null, from: req.from },
    );
  }
  await db.run(sql`DELETE FROM tag_aliases WHERE kind = ${req.kind} AND "key" = ${key} AND from_value = ${req.from}`);
  await refreshAliasDependentTables(db);
  return listTagAliases(db);
}
