// The tag key map: which workspace key an AWS snake_case tag key (CUR 2.0 `resource_tags` keys,
// Athena `resource_tags_*` columns) stands for. Legacy CUR headers keep AWS's own key
// (`resourceTags/user:Team`), so every legacy load teaches the map; the user can set a key too.
// The rule, with a worked example, is in core/ingest/SPEC.md ("Tag keys").
import type { Db } from '../../store/db.ts';
import { sql, type SqlQuery } from '../../sql/index.ts';
import { Family } from '../formats.ts';
import { awsSnakeName, LEGACY_TAG_PREFIX, tagKeyFromLegacy, tagKeyFromSnake } from './cur-names.ts';

export const TagKeyOrigin = { Learned: 'learned', Set: 'set' } as const;

/** How a snake_case key loads: as the user set it, as legacy headers taught it, or as its own form. */
export const TagKeyHow = { Set: 'set', Learned: 'learned', Ambiguous: 'ambiguous', Unknown: 'unknown' } as const;
export type TagKeyHowName = (typeof TagKeyHow)[keyof typeof TagKeyHow];

/** Imports whose tag keys were snake_case: format ids `<family>-<container>` (formats.ts) of these families. */
export const SNAKE_FORMAT_WHERE = sql`(starts_with(format, ${`${Family.Cur2}-`}) OR starts_with(format, ${`${Family.CurLegacyAthena}-`}))`;

export interface TagKeyResolution {
  /** The workspace key rows get. */
  key: string;
  how: TagKeyHowName;
  /** Keys learned from legacy headers for this snake form, sorted; two or more is ambiguous. */
  learned: string[];
  /** The key the user set, if any. */
  set: string | null;
}

export class TagKeyMap {
  constructor(
    readonly learned: ReadonlyMap<string, string[]>,
    readonly chosen: ReadonlyMap<string, string>,
  ) {}

  static async read(db: Db): Promise<TagKeyMap> {
    const rows = await db.all(sql`SELECT aws_key, tag_key, origin FROM tag_key_map ORDER BY aws_key, tag_key`);
    const learned = new Map<string, string[]>();
    const chosen = new Map<string, string>();
    for (const r of rows) {
      const aws = String(r.aws_key);
      if (r.origin === TagKeyOrigin.Set) chosen.set(aws, String(r.tag_key));
      else learned.set(aws, [...(learned.get(aws) ?? []), String(r.tag_key)]);
    }
    return new TagKeyMap(learned, chosen);
  }

  /** The user's choice wins; else the one key legacy headers taught; else the snake form's own key. */
  resolve(awsKey: string): TagKeyResolution {
    const learned = this.learned.get(awsKey) ?? [];
    const set = this.chosen.get(awsKey) ?? null;
    if (set !== null) return { key: set, how: TagKeyHow.Set, learned, set };
    if (learned.length === 1) return { key: learned[0]!, how: TagKeyHow.Learned, learned, set };
    return { key: tagKeyFromSnake(awsKey), how: learned.length > 1 ? TagKeyHow.Ambiguous : TagKeyHow.Unknown, learned, set };
  }

  /** Every snake form the map knows. */
  awsKeys(): string[] {
    return [...new Set([...this.learned.keys(), ...this.chosen.keys()])].sort();
  }

  /** snake form -> key, for the forms that load as something other than their own key. */
  restored(): Map<string, string> {
    const out = new Map<string, string>();
    for (const aws of this.awsKeys()) {
      const r = this.resolve(aws);
      if (r.key !== tagKeyFromSnake(aws)) out.set(aws, r.key);
    }
    return out;
  }

  /** A note for a file whose rows hold ambiguous snake forms, saying how to choose. */
  ambiguityNote(awsKeys: Iterable<string>): string | undefined {
    const parts = [...new Set(awsKeys)].sort().flatMap((aws) => {
      const r = this.resolve(aws);
      if (r.how !== TagKeyHow.Ambiguous) return [];
      return [`${aws} could be ${r.learned.join(' or ')} (legacy CUR headers have each): loaded as ${r.key}; choose with \`finops-workbench tagkeys set --db W ${aws} ${r.learned[0]}\``];
    });
    return parts.length > 0 ? `Tag key ${parts.join('; ')}` : undefined;
  }
}

/** A CUR 2.0 `resource_tags` key as the workspace key: the map's key, else its own form. */
export function snakeTagKeySql(map: TagKeyMap, awsKey: SqlQuery): SqlQuery {
  const fallback = sql`CASE WHEN starts_with(${awsKey}, 'user_') THEN ${awsKey}[6:]
                            WHEN starts_with(${awsKey}, 'aws_') THEN 'aws:' || ${awsKey}[5:]
                            ELSE ${awsKey} END`;
  const restored = map.restored();
  if (restored.size === 0) return fallback;
  const pairs = sql`MAP(CAST(${JSON.stringify([...restored.keys()])} AS VARCHAR[]), CAST(${JSON.stringify([...restored.values()])} AS VARCHAR[]))`;
  return sql`COALESCE(map_extract_value(${pairs}, ${awsKey}), ${fallback})`;
}

/**
 * Records the tag keys a legacy CUR file's header names (`resourceTags/user:Team` teaches
 * user_team -> Team). Returns true when the map gained a key it did not have.
 */
export async function learnTagKeys(db: Db, importId: number, columns: readonly { name: string }[]): Promise<boolean> {
  const pairs = columns
    .filter((c) => c.name.startsWith(LEGACY_TAG_PREFIX))
    .map((c) => [awsSnakeName(c.name.slice(LEGACY_TAG_PREFIX.length)), tagKeyFromLegacy(c.name)] as const);
  if (pairs.length === 0) return false;
  const before = Number(await db.value(sql`SELECT count(*) FROM tag_key_map WHERE origin = ${TagKeyOrigin.Learned}`));
  for (const [aws, key] of pairs) {
    await db.run(sql`INSERT INTO tag_key_map (aws_key, tag_key, origin, import_id) VALUES (${aws}, ${key}, ${TagKeyOrigin.Learned}, ${importId}) ON CONFLICT DO NOTHING`);
  }
  return Number(await db.value(sql`SELECT count(*) FROM tag_key_map WHERE origin = ${TagKeyOrigin.Learned}`)) > before;
}

/** Whether any snake form is ambiguous (two or more learned keys and no choice). */
export function hasAmbiguity(map: TagKeyMap): boolean {
  return map.awsKeys().some((aws) => map.resolve(aws).how === TagKeyHow.Ambiguous);
}
