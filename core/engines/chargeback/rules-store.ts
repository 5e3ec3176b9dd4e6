// The saved rules (migration 050): each save is a new version, never rewritten, with who saved it
// (the OS user name), when and what changed. A save that fails validation writes nothing.
import { userInfo } from 'node:os';
import { sql } from '../../sql/index.ts';
import type { Db } from '../../store/db.ts';
import { WorkbenchError } from '../../errors.ts';
import { ChargebackErrorCode } from './errors.ts';
import { parseChargebackRules, type ChargebackRules, type RulesVersion, type SavedChargebackRules } from './rules.ts';
import { describeChange } from './rules-diff.ts';
import { checkRulesAgainstWorkspace } from './check-rules.ts';

/** Who saves: the OS user name (the workspace is a file on one person's machine). */
export function currentUserName(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    // no passwd entry (a container run under an arbitrary uid)
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

const NOTHING_SAVED: SavedChargebackRules = { rules: null, version: 0, savedAt: null, savedBy: null };

export async function getChargebackRules(db: Db): Promise<SavedChargebackRules> {
  const latest = (await rulesHistory(db, 1))[0];
  return latest ? { rules: latest.rules, version: latest.version, savedAt: latest.savedAt, savedBy: latest.savedBy } : NOTHING_SAVED;
}

export async function rulesHistory(db: Db, limit = 10_000): Promise<RulesVersion[]> {
  const rows = await db.all(sql`SELECT version, strftime(saved_at, '%Y-%m-%d %H:%M:%S') AS saved_at, saved_by, change, source, rules
    FROM chargeback_rules_versions ORDER BY version DESC LIMIT ${limit}`);
  return rows.map((r) => ({
    version: Number(r.version),
    savedAt: String(r.saved_at),
    savedBy: String(r.saved_by),
    change: String(r.change),
    source: r.source === null ? null : String(r.source),
    // validated on the way in; parsing again fills what a newer schema adds
    rules: parseChargebackRules(JSON.parse(String(r.rules)), `saved chargeback rules version ${String(r.version)}`),
  }));
}

export async function rulesVersion(db: Db, version: number): Promise<RulesVersion> {
  const found = (await rulesHistory(db)).find((v) => v.version === version);
  if (!found) throw new WorkbenchError(ChargebackErrorCode.CHARGEBACK_VERSION_NOT_FOUND, `There is no saved version ${version} of the chargeback rules. See the versions with \`chargeback rules history\`.`, { version });
  return found;
}

/**
 * Saves the rules as the next version. Checked first (shape, then names against the workspace);
 * rules equal to the latest version are not saved again (the latest is returned).
 */
export async function saveChargebackRules(db: Db, input: unknown, source: string | null, where?: string): Promise<SavedChargebackRules> {
  const rules = parseChargebackRules(input, where);
  await checkRulesAgainstWorkspace(db, rules);
  const latest = await getChargebackRules(db);
  if (latest.rules && sameRules(latest.rules, rules)) return latest;
  const change = describeChange(latest.rules, rules);
  await db.run(sql`INSERT INTO chargeback_rules_versions
    SELECT coalesce(max(version), 0) + 1, now()::TIMESTAMP, ${currentUserName()}, ${change}, ${source}, ${JSON.stringify(rules)} FROM chargeback_rules_versions`);
  return getChargebackRules(db);
}

function sameRules(a: ChargebackRules, b: ChargebackRules): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
