// FOCUS 1.2 conformance of a workspace's `focus` table: every MUST rule that can be checked on
// data, counted in one scan (row rules) plus one query per group rule, with sample rows of each
// violation. Rules and their reading of the spec: SPEC.md beside this file.
import type { Db } from '../store/db.ts';
import type { JsonRow } from '../store/values.ts';
import { trusted } from '../sql/index.ts';
import { GROUP_RULES } from './group-rules.ts';
import { ROW_RULES, type RowRule } from './row-rules.ts';

export const FOCUS_VERSION = '1.2';
export const DEFAULT_SAMPLES = 3;

export interface ConformanceViolation {
  rule: string;
  /** The spec file under focus-spec-1.2/spec/ that states the requirement. */
  spec: string;
  requirement: string;
  /** Rows (row rules) or groups (group rules) that break it. */
  count: number;
  /** What one counted item is: "row", or the group, e.g. "commitment and billing period". */
  unit: string;
  samples: JsonRow[];
}

export interface ConformanceReport {
  focusVersion: string;
  rows: number;
  rulesChecked: number;
  conformant: boolean;
  violations: ConformanceViolation[];
  /**
   * Conditional FOCUS columns a dataset (one provider's rows of one import) does not fill at all:
   * their rules skip its rows.
   */
  absentColumns: { providerName: string | null; importId: number | null; columns: string[] }[];
}

const SAMPLE_KEYS = ['x_ImportId', 'x_LineItemId', 'ProviderName', 'BillingPeriodStart', 'ChargePeriodStart', 'ChargeCategory', 'ChargeClass', 'ServiceName'];

const CONDITIONAL_COLUMNS = [...new Set(ROW_RULES.filter((r) => r.conditional).map((r) => r.column))];

function presenceFlag(column: string): string {
  return `"has_${column}"`;
}

/** The predicate counted for a rule: its violation, on rows of providers that fill the column. */
function applies(rule: RowRule): string {
  return rule.conditional ? `(${presenceFlag(rule.column)} AND (${rule.violation}))` : `(${rule.violation})`;
}

// A conditional column "MUST be present in a FOCUS dataset when the provider supports …": the
// dataset is what one import delivered of one provider, so presence is read per provider and import
// (a legacy CUR without account names and an AWS FOCUS export with them can share a workspace).
const PRESENCE_CTE = `presence AS (
  SELECT ProviderName AS presence_provider, x_ImportId AS presence_import, ${CONDITIONAL_COLUMNS.map((c) => `count(${c}) > 0 AS ${presenceFlag(c)}`).join(', ')}
  FROM focus GROUP BY ProviderName, x_ImportId)`;

const FROM_FOCUS_WITH_PRESENCE = `focus LEFT JOIN presence ON presence.presence_provider IS NOT DISTINCT FROM focus.ProviderName
  AND presence.presence_import IS NOT DISTINCT FROM focus.x_ImportId`;

export async function validateFocus(db: Db, options: { samples?: number } = {}): Promise<ConformanceReport> {
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const counts = await db.one(
    trusted(`WITH ${PRESENCE_CTE}
      SELECT count(*) AS "rows", ${ROW_RULES.map((r, i) => `count(*) FILTER (WHERE ${applies(r)}) AS r${i}`).join(', ')}
      FROM ${FROM_FOCUS_WITH_PRESENCE}`),
  );
  const violations: ConformanceViolation[] = [];
  for (const [i, rule] of ROW_RULES.entries()) {
    const count = Number(counts?.[`r${i}`] ?? 0);
    if (count === 0) continue;
    const columns = [...new Set([...SAMPLE_KEYS, rule.column, ...(rule.show ?? [])])].map((c) => `focus.${c}`).join(', ');
    const rows = samples === 0 ? [] : await db.all(trusted(`WITH ${PRESENCE_CTE} SELECT ${columns} FROM ${FROM_FOCUS_WITH_PRESENCE} WHERE ${applies(rule)} ORDER BY x_ImportId, x_LineItemId, ChargePeriodStart LIMIT ${samples}`));
    violations.push({ rule: rule.id, spec: rule.spec, requirement: rule.requirement, count, unit: 'row', samples: rows });
  }
  for (const rule of GROUP_RULES) {
    const groups = await db.all(trusted(rule.query));
    if (groups.length === 0) continue;
    violations.push({ rule: rule.id, spec: rule.spec, requirement: rule.requirement, count: groups.length, unit: rule.group, samples: groups.slice(0, samples) });
  }
  return {
    focusVersion: FOCUS_VERSION,
    rows: Number(counts?.rows ?? 0),
    rulesChecked: ROW_RULES.length + GROUP_RULES.length,
    conformant: violations.length === 0,
    violations,
    absentColumns: await absentColumns(db),
  };
}

async function absentColumns(db: Db): Promise<ConformanceReport['absentColumns']> {
  const rows = await db.all(trusted(`WITH ${PRESENCE_CTE} SELECT * FROM presence ORDER BY presence_provider, presence_import`));
  return rows.map((row) => ({
    providerName: row.presence_provider as string | null,
    importId: row.presence_import === null ? null : Number(row.presence_import),
    columns: CONDITIONAL_COLUMNS.filter((c) => row[`has_${c}`] !== true),
  }));
}

export { ROW_RULES, GROUP_RULES };
