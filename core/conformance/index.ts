// FOCUS 1.2 conformance of a workspace's `focus` table: every MUST rule that can be checked on
// data, counted in one scan (row rules) plus one query per group rule, with sample rows of each
// violation. Rules and their reading of the spec: SPEC.md beside this file.
import type { Db } from '../store/db.ts';
import type { JsonRow } from '../store/values.ts';
import { trusted } from '../sql/index.ts';
import { FOCUS_FILLED_COLUMN } from '../store/focus-columns.ts';
import { GROUP_RULES, type GroupRule } from './group-rules.ts';
import { asDelivered, columnsRead, DELIVERED_JOIN } from './provenance.ts';
import { ROW_RULES, type RowRule } from './row-rules.ts';

export const FOCUS_VERSION = '1.2';
export const DEFAULT_SAMPLES = 3;

export interface ConformanceViolation {
  rule: string;
  /** The spec file under focus-spec-1.2/spec/ that states the requirement. */
  spec: string;
  requirement: string;
  /** The FOCUS columns the rule reads: whose figures decide whether it holds. */
  reads: string[];
  /** Rows (row rules) or groups (group rules) that break it. */
  count: number;
  /** What one counted item is: "row", or the group, e.g. "commitment and billing period". */
  unit: string;
  samples: JsonRow[];
}

/**
 * A rule broken by a provider's FOCUS file itself: on these rows (groups) every column the rule
 * reads is the file's figure as delivered. The workbench never rewrites such figures.
 */
export interface SourceFinding extends ConformanceViolation {
  /** The imports these rows (groups) came from, with the file each one loaded. */
  imports: { importId: number; path: string | null; format: string | null; count: number }[];
}

export interface ConformanceReport {
  focusVersion: string;
  rows: number;
  rulesChecked: number;
  /** No violation: every rule holds on what the workbench produced (source findings aside). */
  conformant: boolean;
  /** Rules broken where the workbench mapped, filled or derived a column the rule reads. */
  violations: ConformanceViolation[];
  /** Rules broken by a FOCUS file's own figures, as delivered. */
  sourceFindings: SourceFinding[];
  /**
   * Conditional FOCUS columns a dataset (one provider's rows of one import) does not fill at all:
   * their rules skip its rows.
   */
  absentColumns: { providerName: string | null; importId: number | null; columns: string[] }[];
}

const SAMPLE_KEYS = ['x_ImportId', 'x_LineItemId', 'ProviderName', 'BillingPeriodStart', 'ChargePeriodStart', 'ChargeCategory', 'ChargeClass', 'ServiceName', FOCUS_FILLED_COLUMN];

const CONDITIONAL_COLUMNS = [...new Set(ROW_RULES.filter((r) => r.conditional).map((r) => r.column))];

/** What each row rule reads, from its own SQL: the column it constrains and those its predicate names. */
export const ROW_RULE_READS: readonly string[][] = ROW_RULES.map((r) => columnsRead(`${r.column} ${r.violation}`));

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

/** The same rows, each with what its import delivered as it is (provenance.ts). */
const FROM_FOCUS_WITH_PROVENANCE = `${FROM_FOCUS_WITH_PRESENCE} ${DELIVERED_JOIN}`;

interface Split {
  violation?: ConformanceViolation;
  finding?: SourceFinding;
}

export async function validateFocus(db: Db, options: { samples?: number } = {}): Promise<ConformanceReport> {
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const counts = await db.one(
    trusted(`WITH ${PRESENCE_CTE}
      SELECT count(*) AS "rows", ${ROW_RULES.map((r, i) => `count(*) FILTER (WHERE ${applies(r)}) AS r${i}`).join(', ')}
      FROM ${FROM_FOCUS_WITH_PRESENCE}`),
  );
  const broken = ROW_RULES.map((_, i) => i).filter((i) => Number(counts?.[`r${i}`] ?? 0) > 0);
  const fromFiles = await countFromFiles(db, broken);
  const files = await importFiles(db);
  const splits: Split[] = [];
  for (const i of broken) {
    splits.push(await splitRowRule(db, ROW_RULES[i]!, ROW_RULE_READS[i]!, Number(counts?.[`r${i}`]), fromFiles.get(i) ?? 0, samples, files));
  }
  for (const rule of GROUP_RULES) splits.push(await splitGroupRule(db, rule, samples, files));
  const violations = splits.flatMap((s) => (s.violation ? [s.violation] : []));
  return {
    focusVersion: FOCUS_VERSION,
    rows: Number(counts?.rows ?? 0),
    rulesChecked: ROW_RULES.length + GROUP_RULES.length,
    conformant: violations.length === 0,
    violations,
    sourceFindings: splits.flatMap((s) => (s.finding ? [s.finding] : [])),
    absentColumns: await absentColumns(db),
  };
}

/**
 * Of the broken row rules, how many rows are a FOCUS file's own figures: a second scan, for broken
 * rules only, and none at all when no import recorded delivered columns (CUR-only workspaces).
 */
async function countFromFiles(db: Db, broken: readonly number[]): Promise<Map<number, number>> {
  if (broken.length === 0) return new Map();
  const recorded = Number(await db.value(trusted('SELECT count(*) FROM imports WHERE delivered_columns IS NOT NULL')));
  if (recorded === 0) return new Map();
  const row = await db.one(
    trusted(`WITH ${PRESENCE_CTE}
      SELECT ${broken.map((i) => `count(*) FILTER (WHERE ${applies(ROW_RULES[i]!)} AND ${asDelivered(ROW_RULE_READS[i]!)}) AS s${i}`).join(', ')}
      FROM ${FROM_FOCUS_WITH_PROVENANCE}`),
  );
  return new Map(broken.map((i) => [i, Number(row?.[`s${i}`] ?? 0)]));
}

type ImportFiles = Map<number, { path: string | null; format: string | null }>;

async function importFiles(db: Db): Promise<ImportFiles> {
  const rows = await db.all(trusted('SELECT id, path, format FROM imports'));
  return new Map(rows.map((r) => [Number(r.id), { path: r.path as string | null, format: r.format as string | null }]));
}

function importsOf(counts: Map<number, number>, files: ImportFiles): SourceFinding['imports'] {
  return [...counts].sort(([a], [b]) => a - b).map(([importId, count]) => ({ importId, path: files.get(importId)?.path ?? null, format: files.get(importId)?.format ?? null, count }));
}

async function splitRowRule(db: Db, rule: RowRule, reads: string[], all: number, fromFiles: number, samples: number, files: ImportFiles): Promise<Split> {
  const columns = [...new Set([...SAMPLE_KEYS, rule.column, ...(rule.show ?? [])])].map((c) => `focus.${c}`).join(', ');
  const delivered = asDelivered(reads);
  const sampleRows = (which: string) =>
    samples === 0 ? Promise.resolve([]) : db.all(trusted(`WITH ${PRESENCE_CTE} SELECT ${columns} FROM ${FROM_FOCUS_WITH_PROVENANCE} WHERE ${applies(rule)} AND ${which} ORDER BY x_ImportId, x_LineItemId, ChargePeriodStart LIMIT ${samples}`));
  const base = { rule: rule.id, spec: rule.spec, requirement: rule.requirement, reads, unit: 'row' };
  const split: Split = {};
  if (all > fromFiles) split.violation = { ...base, count: all - fromFiles, samples: await sampleRows(`NOT ${delivered}`) };
  if (fromFiles > 0) {
    const perImport = await db.all(trusted(`WITH ${PRESENCE_CTE} SELECT focus.x_ImportId AS id, count(*) AS n FROM ${FROM_FOCUS_WITH_PROVENANCE} WHERE ${applies(rule)} AND ${delivered} GROUP BY 1`));
    const counts = new Map(perImport.map((r) => [Number(r.id), Number(r.n)]));
    split.finding = { ...base, count: fromFiles, samples: await sampleRows(delivered), imports: importsOf(counts, files) };
  }
  return split;
}

async function splitGroupRule(db: Db, rule: GroupRule, samples: number, files: ImportFiles): Promise<Split> {
  const rows = `(SELECT focus.*, ${asDelivered(rule.reads)} AS as_delivered FROM focus ${DELIVERED_JOIN}) AS focus_rows`;
  const groups = await db.all(trusted(rule.query(rows)));
  const base = { rule: rule.id, spec: rule.spec, requirement: rule.requirement, reads: [...rule.reads], unit: rule.group };
  const strip = (g: JsonRow): JsonRow => Object.fromEntries(Object.entries(g).filter(([k]) => !k.startsWith('__')));
  const ours = groups.filter((g) => g.__asDelivered !== true);
  const theirs = groups.filter((g) => g.__asDelivered === true);
  const split: Split = {};
  if (ours.length > 0) split.violation = { ...base, count: ours.length, samples: ours.slice(0, samples).map(strip) };
  if (theirs.length > 0) {
    const counts = new Map<number, number>();
    for (const g of theirs) for (const id of (g.__imports as number[]) ?? []) counts.set(Number(id), (counts.get(Number(id)) ?? 0) + 1);
    split.finding = { ...base, count: theirs.length, samples: theirs.slice(0, samples).map(strip), imports: importsOf(counts, files) };
  }
  return split;
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
