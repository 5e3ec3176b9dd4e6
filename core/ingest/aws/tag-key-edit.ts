// Listing and setting the tag key map (the `tagKeys` / `setTagKey` methods, `finops-workbench
// tagkeys list|set|unset`). A change applies at once to rows already loaded (tag-key-rekey.ts).
import { WorkbenchError } from '../../errors.ts';
import type { Db } from '../../store/db.ts';
import type { Workspace } from '../../store/workspace.ts';
import { refreshDerivedTables } from '../../store/derived-registry.ts';
import { sql } from '../../sql/index.ts';
import { awsSnakeName, awsTagKey, USER_TAG_PREFIX } from './cur-names.ts';
import { TagKeyMap, TagKeyOrigin, type TagKeyHowName } from './tag-key-map.ts';
import { loadedTagKeys, rekeySnakeRows, snakeImportIds } from './tag-key-rekey.ts';

export const TagKeyError = {
  NOT_AWS_FORM: 'TAGKEY_NOT_AWS_FORM',
  MISMATCH: 'TAGKEY_MISMATCH',
} as const;

export interface TagKeyEntry {
  /** As CUR 2.0 and Athena write it: `user_team`, `aws_created_by`. */
  awsKey: string;
  /** The workspace key rows from those files get. */
  loadsAs: string;
  /** set by the user; learned from legacy CUR headers; ambiguous (headers taught two or more); unknown. */
  how: TagKeyHowName;
  learned: string[];
  set: string | null;
  /** Rows loaded from CUR 2.0 or Athena-form files carry this key. */
  inSnakeRows: boolean;
}

function entryOf(map: TagKeyMap, awsKey: string, inRows: ReadonlySet<string>): TagKeyEntry {
  const r = map.resolve(awsKey);
  return { awsKey, loadsAs: r.key, how: r.how, learned: r.learned, set: r.set, inSnakeRows: inRows.has(awsKey) };
}

async function snakeKeysInRows(db: Db): Promise<Set<string>> {
  return new Set((await loadedTagKeys(db, await snakeImportIds(db))).map(awsTagKey));
}

export async function listTagKeys(db: Db): Promise<{ entries: TagKeyEntry[] }> {
  const map = await TagKeyMap.read(db);
  const inRows = await snakeKeysInRows(db);
  const all = [...new Set([...map.awsKeys(), ...inRows])].sort();
  return { entries: all.map((aws) => entryOf(map, aws, inRows)) };
}

/** The workspace key a person typed: `user:Team` is the same as `Team` (user: is dropped). */
function workspaceKey(typed: string): string {
  return typed.startsWith(USER_TAG_PREFIX) ? typed.slice(USER_TAG_PREFIX.length) : typed;
}

function checkAwsKey(awsKey: string): void {
  if (/^(user|aws)_[a-z0-9_]+$/.test(awsKey) && awsSnakeName(awsKey) === awsKey) return;
  throw new WorkbenchError(
    TagKeyError.NOT_AWS_FORM,
    `${JSON.stringify(awsKey)} is not a tag key as CUR 2.0 writes it: those start with user_ (your tags) or aws_ (AWS's) and are lowercase snake_case, e.g. user_team for Team. "tagkeys list" shows the ones this workspace has.`,
    { awsKey },
  );
}

/** Sets (or, with tagKey null, forgets) the user's key for a snake form; re-keys loaded rows. */
export async function setTagKey(ws: Workspace, req: { awsKey: string; tagKey: string | null }): Promise<{ entry: TagKeyEntry; rowsRekeyed: number }> {
  checkAwsKey(req.awsKey);
  const key = req.tagKey === null ? null : workspaceKey(req.tagKey);
  if (key !== null && awsTagKey(key) !== req.awsKey) {
    throw new WorkbenchError(
      TagKeyError.MISMATCH,
      `AWS writes the tag key ${JSON.stringify(key)} as ${awsTagKey(key)} in CUR 2.0, not ${req.awsKey}: the map only restores the spelling AWS changed (case, punctuation). To merge different keys, use a tag alias.`,
      { awsKey: req.awsKey, tagKey: key, writtenAs: awsTagKey(key) },
    );
  }
  const conn = await ws.connect();
  try {
    return await conn.transaction(async () => {
      await conn.run(sql`DELETE FROM tag_key_map WHERE aws_key = ${req.awsKey} AND origin = ${TagKeyOrigin.Set}`);
      if (key !== null) await conn.run(sql`INSERT INTO tag_key_map (aws_key, tag_key, origin) VALUES (${req.awsKey}, ${key}, ${TagKeyOrigin.Set})`);
      const rekeyed = await rekeySnakeRows(conn);
      // the rows' tag sets changed: the derived tables (the pivot's tag aggregate) follow in this transaction
      if (rekeyed.billingPeriods.length) await refreshDerivedTables(conn, rekeyed.billingPeriods);
      return { entry: entryOf(await TagKeyMap.read(conn), req.awsKey, await snakeKeysInRows(conn)), rowsRekeyed: rekeyed.rows };
    });
  } finally {
    conn.close();
  }
}
