// `finops-workbench anomalies`: detect, explain and record cost anomalies (largest impact first),
// `anomalies feedback ID yes|no|planned [--note]`, and `--fail-on-new` (exit 3) for cron.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import { NEW_ANOMALY_EXIT_CODE } from '../../engines/anomaly/constants.ts';
import type { Anomaly, AnomalyResult } from '../../engines/anomaly/result.ts';
import { alignColumns, money, truncate } from '../format/text.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { withWorkspace } from '../workspace-arg.ts';

interface Options {
  db: string;
  since?: string;
  minImpact?: string;
  minImpactPct?: string;
  minDailyCost?: string;
  minScore?: string;
  basis?: string;
  charges?: string;
  ownerTag?: string;
  all?: boolean;
  failOnNew?: boolean;
  /** false with --no-record. */
  record?: boolean;
  json?: boolean;
}

function number(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `${flag} is a number ≥ 0, not "${text}".`);
  return n;
}

export function flagsToAnomalySpec(opts: Options): Record<string, unknown> {
  const thresholds: Record<string, number> = {};
  const set = (k: string, flag: string, v: string | undefined) => {
    const n = number(flag, v);
    if (n !== undefined) thresholds[k] = n;
  };
  set('minImpact', '--min-impact', opts.minImpact);
  set('minImpactPct', '--min-impact-pct', opts.minImpactPct);
  set('minDailyCost', '--min-daily-cost', opts.minDailyCost);
  set('minScore', '--min-score', opts.minScore);
  return {
    kind: 'anomalies',
    ...(opts.since !== undefined ? { since: opts.since } : {}),
    ...(opts.basis !== undefined ? { basis: opts.basis } : {}),
    ...(opts.charges !== undefined ? { charges: opts.charges } : {}),
    ...(opts.ownerTag !== undefined ? { ownerTag: opts.ownerTag } : {}),
    ...(Object.keys(thresholds).length ? { thresholds } : {}),
    ...(opts.all ? { includeSuppressed: true } : {}),
  };
}

function needWorkspace(db: string): string {
  const path = expandHome(db);
  if (!existsSync(path)) throw new WorkbenchError(ErrorCode.WORKSPACE_OPEN_FAILED, `No workspace at ${path}. Create one with "finops-workbench ingest --db ${db} FILE" or "finops-workbench demo --db ${db}".`);
  return path;
}

/** The documented JSON of one anomaly. */
export function anomalyJson(a: Anomaly) {
  return { id: a.id, start: a.start, end: a.end, scope: a.scope, actual: a.actual, expected: a.expected, impact: a.impact, impactPct: a.impactPct, score: a.score, rootCauses: a.rootCauses, feedback: a.feedback, signature: a.signature, seenIn: a.seenIn, suppressed: a.suppressed, isNew: a.isNew };
}

export function registerAnomalies(program: Command): void {
  const cmd = program
    .command('anomalies')
    .description('Find cost anomalies (daily cost above its weekly pattern by more than the band and the thresholds), each with its root causes, largest impact first; records them in the workspace.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--since <day>', 'anomalies that end on or after YYYY-MM-DD')
    .option('--min-impact <dollars>', 'minimum impact in dollars over the anomaly (default 50)')
    .option('--min-impact-pct <percent>', 'minimum impact as a percent of expected (default 20)')
    .option('--min-daily-cost <dollars>', 'a day must cost at least this to count (default 10)')
    .option('--min-score <sigmas>', 'noise deviations above expected (default 4)')
    .option('--basis <basis>', 'cost basis: Effective (default), Billed, List, Contracted')
    .option('--charges <which>', 'usage (default: usage charges, no fees, tax, credits or unused commitment) or all')
    .option('--owner-tag <key>', 'tag key watched as the owner (default Team)')
    .option('--all', 'also list anomalies that match a pattern marked no or planned')
    .option('--no-record', 'list without recording them in the workspace (read only; isNew: no record yet)')
    .option('--fail-on-new', `exit ${NEW_ANOMALY_EXIT_CODE} when an anomaly without feedback was found for the first time (for cron)`)
    .option('--json', 'print {lastDay, anomalies: [{id, start, end, scope, actual, expected, impact, impactPct, score, rootCauses, feedback}]} on stdout')
    .action(async (opts: Options) => {
      const db = needWorkspace(opts.db);
      const request = validateRequest('anomalies', { spec: flagsToAnomalySpec(opts) });
      const result = opts.record === false ? await withWorkspace(db, (api) => api.anomaliesRead(request), { readOnly: true }) : await withWorkspace(db, (api) => api.anomalies(request));
      if (opts.json) printJson({ lastDay: result.lastDay, suppressed: result.suppressedCount, mixShifts: result.mixShiftCount, anomalies: result.anomalies.map(anomalyJson) });
      else printReport(result);
      const fresh = result.anomalies.filter((a) => a.isNew && a.feedback === null && !a.suppressed);
      if (opts.failOnNew && fresh.length > 0) {
        throw new WorkbenchError('ANOMALY_NEW', `${fresh.length} new anomal${fresh.length === 1 ? 'y' : 'ies'} found (${fresh.map((a) => a.id).join(', ')}); give feedback with "finops-workbench anomalies feedback ID yes|no|planned".`, { exitCode: NEW_ANOMALY_EXIT_CODE });
      }
    });
  cmd
    .command('feedback <id> <verdict>')
    .description('Mark an anomaly yes (a real problem), no (not an anomaly) or planned (expected); no and planned stop the same pattern being raised again.')
    .option('--db <path>', 'workspace file')
    .option('--note <text>', 'why')
    .option('--json', 'print {id, feedback} on stdout')
    .action(async (id: string, verdict: string, opts: { db?: string; note?: string; json?: boolean }) => {
      // commander gives --db and --json to `anomalies` (it has them too) wherever they stand on the line
      const parent = cmd.opts() as { db?: string; json?: boolean };
      const given = opts.db ?? parent.db;
      const json = opts.json ?? parent.json ?? false;
      if (given === undefined) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
      const db = needWorkspace(given);
      const request = validateRequest('anomalyFeedback', { id, verdict, note: opts.note ?? null });
      const r = await withWorkspace(db, (api) => api.anomalyFeedback(request));
      if (json) printJson(r);
      else say(`${r.id}: ${r.feedback.verdict}${r.feedback.note ? ` (${r.feedback.note})` : ''}`);
    });
}

function scopeText(scope: Record<string, string>): string {
  const e = Object.entries(scope);
  return e.length ? e.map(([k, v]) => `${k} = ${v}`).join(', ') : 'total';
}

function printReport(r: AnomalyResult): void {
  say(`${r.anomalies.length} anomal${r.anomalies.length === 1 ? 'y' : 'ies'}; data through ${r.lastDay ?? '(no data)'}${r.suppressedCount ? `; ${r.suppressedCount} not shown (patterns marked no or planned; --all shows them)` : ''}.`);
  if (r.anomalies.length === 0) return;
  const rows = [['id', 'days', 'scope', 'impact', '%', 'top cause', 'feedback'], ...r.anomalies.map((a) => {
    const c = a.rootCauses[0];
    return [a.id, a.start === a.end ? a.start : `${a.start}…${a.end}`, truncate(scopeText(a.scope), 40), money(a.impact), a.impactPct === null ? 'new' : `${a.impactPct}`, c ? truncate(`${c.dimension} = ${c.value}`, 48) : '', a.feedback?.verdict ?? (a.isNew ? 'new' : '')];
  })];
  for (const line of alignColumns(rows, ['left', 'left', 'left', 'right', 'right', 'left', 'left'])) say(line);
}
