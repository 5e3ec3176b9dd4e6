// The saved tag policy: one row of table tag_policy (migration 010), the policy as JSON.
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { DEFAULT_POLICY, parseTagPolicy, type TagPolicy } from './policy.ts';
import { TagsErrorCode } from './errors.ts';

export interface SavedTagPolicy {
  policy: TagPolicy;
  /** `default` when nothing is saved: the default required keys, no value rules. */
  origin: 'saved' | 'default';
  /** Where it came from (a file name for an import), as the person gave it. */
  source: string | null;
  updatedAt: string | null;
}

export async function getTagPolicy(db: Db): Promise<SavedTagPolicy> {
  const r = await db.one(sql`SELECT policy, source, CAST(updated_at AS VARCHAR) AS updated_at FROM tag_policy WHERE id = 1`);
  if (!r) return { policy: DEFAULT_POLICY, origin: 'default', source: null, updatedAt: null };
  // validated on the way in; parsing again fills what a newer schema adds
  return { policy: parseTagPolicy(JSON.parse(String(r.policy)), 'saved tag policy'), origin: 'saved', source: r.source === null ? null : String(r.source), updatedAt: String(r.updated_at) };
}

/** Replaces the saved policy in one statement: a policy that fails validation never reaches it. */
export async function saveTagPolicy(db: Db, input: unknown, source: string | null = null): Promise<SavedTagPolicy> {
  const policy = parseTagPolicy(input);
  await checkPatternsInDuckDb(db, policy);
  const text = JSON.stringify(policy);
  await db.run(sql`INSERT OR REPLACE INTO tag_policy VALUES (1, ${text}, ${source}, now()::TIMESTAMP)`);
  return getTagPolicy(db);
}

/**
 * The audit matches patterns with DuckDB's regular expressions (RE2), which refuse some that
 * JavaScript accepts (lookarounds, backreferences): such a pattern is refused here, when saved,
 * not later as a raw DuckDB error in every audit.
 */
async function checkPatternsInDuckDb(db: Db, policy: TagPolicy): Promise<void> {
  for (const k of policy.keys) {
    if (!k.pattern) continue;
    try {
      await db.one(sql`SELECT regexp_full_match('', ${k.pattern}) AS ok`);
    } catch (err) {
      const why = err instanceof Error ? err.message.replace(/^[A-Za-z ]+Error: /, '') : String(err);
      throw new WorkbenchError(
        TagsErrorCode.TAGS_BAD_POLICY,
        `Invalid tag policy: the pattern of ${k.key} (${k.pattern}) is not a regular expression the audit can run (RE2 syntax: no lookarounds or backreferences): ${why}. Rewrite it, or list the allowed values instead; nothing was changed.`,
        { key: k.key, pattern: k.pattern },
      );
    }
  }
}
