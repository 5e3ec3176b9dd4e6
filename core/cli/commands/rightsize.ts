// `finops-workbench rightsize`: downsize, terminate and modernize recommendations from the
// workspace's utilization metrics, priced at the bill's own rates, as JSON or a table.
import { existsSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import { ticketsFile } from '../../api/rightsizing-service.ts';
import type { RightsizeResult } from '../../engines/rightsizing/result.ts';
import { alignColumns, money } from '../format/text.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { withWorkspace } from '../workspace-arg.ts';

interface Options {
  db: string;
  lookback?: string;
  percentile?: string;
  headroom?: string;
  account?: string[];
  tag?: string;
  memory?: boolean;
  json?: boolean;
  out?: string;
}

function exportFormat(file: string): 'csv' | 'xlsx' {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.xlsx') return ext === '.csv' ? 'csv' : 'xlsx';
  throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--out must end in .csv or .xlsx, not "${ext || file}".`);
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function number(flag: string, value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `${flag} is ${what}, not "${value}".`);
  return n;
}

export function flagsToRightsizeSpec(opts: Options): Record<string, unknown> {
  const lookbackDays = number('--lookback', opts.lookback, 'a number of days (1 to 93)');
  const headroomPct = number('--headroom', opts.headroom, 'a percentage (0 to 30)');
  let tag: { key: string; value: string } | undefined;
  if (opts.tag !== undefined) {
    const eq = opts.tag.indexOf('=');
    if (eq <= 0) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--tag is KEY=VALUE (e.g. Team=search), not "${opts.tag}".`);
    tag = { key: opts.tag.slice(0, eq), value: opts.tag.slice(eq + 1) };
  }
  return {
    kind: 'rightsize',
    ...(lookbackDays !== undefined ? { lookbackDays } : {}),
    ...(opts.percentile !== undefined ? { percentile: opts.percentile } : {}),
    ...(headroomPct !== undefined ? { headroomPct } : {}),
    ...(opts.account?.length ? { accounts: opts.account } : {}),
    ...(tag ? { tag } : {}),
    ...(opts.memory === false ? { includeMemory: false } : {}),
  };
}

export function registerRightsize(program: Command): void {
  program
    .command('rightsize')
    .description('Recommend smaller sizes, terminations of idle instances and newer generations from the utilization metrics, priced at your own rates in the bill.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--lookback <days>', 'days of metrics, ending at the last one (default 14; 32 and 93 as Compute Optimizer)')
    .option('--percentile <p>', 'p90, p95 (default), p99, p99.5 or max of the per-period maxima')
    .option('--headroom <pct>', 'share of the target kept free, 0 to 30 (default 20)')
    .option('--account <id>', 'only this account (12 digits; repeatable)', collect)
    .option('--tag <key=value>', 'only resources with this tag value')
    .option('--no-memory', 'fit CPU only, even where memory is measured')
    .option('--out <file>', 'also write the recommendations as a ticket list: FILE.csv, or FILE.xlsx with a Summary sheet')
    .option('--json', 'print the recommendations as a JSON array on stdout (warnings on stderr)')
    .action(async (opts: Options) => {
      const db = expandHome(opts.db);
      if (!existsSync(db)) throw new WorkbenchError(ErrorCode.WORKSPACE_OPEN_FAILED, `No workspace at ${db}. Create one with "finops-workbench ingest --db ${opts.db} FILE" or "finops-workbench demo --db ${opts.db}".`);
      const request = validateRequest('rightsize', { spec: flagsToRightsizeSpec(opts) });
      const format = opts.out ? exportFormat(opts.out) : null;
      // one engine run: the file is written from the result printed
      const { result, file } = await withWorkspace(db, async (api, ws) => {
        const result = await api.rightsize(request);
        return { result, file: format ? await ticketsFile(ws, request.spec, result, format) : null };
      }, { readOnly: true });
      for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
      if (opts.json) printJson(result.recommendations);
      else printTable(result);
      if (opts.out && file) {
        writeFileSync(expandHome(opts.out), Buffer.from(file.content, file.encoding));
        say(`wrote ${result.summary.count} recommendations (${money(result.summary.monthlySavings)} a month) to ${opts.out}`);
      }
    });
}

const pct = (x: number | null): string => (x === null ? '–' : `${x.toFixed(1)}%`);

function printTable(r: RightsizeResult): void {
  say(`Lookback ${r.lookback.from.slice(0, 10)} to ${r.lookback.to.slice(0, 10)}${r.metrics ? '' : ' (the bill\'s last days: no utilization metrics)'}: ${r.summary.count} recommendations, ${money(r.summary.monthlySavings)} a month.`);
  if (!r.recommendations.length) return;
  const rows = [
    ['resource', 'account', 'type', 'action', 'to', 'saves/month', 'cpu', 'cpu max', 'memory', 'days', 'risk', 'priced at'],
    ...r.recommendations.map((x) => [
      x.resourceId, x.accountName ?? x.accountId, x.currentType, x.action + (x.needsTesting ? ' (test)' : ''), x.recommendedType ?? '–', money(x.monthlySavings),
      pct(x.evidence.cpu), pct(x.evidence.cpuMax), pct(x.evidence.memory), String(x.evidence.days), x.risk,
      x.price.coveredBy ? `${x.price.source}, ${x.price.coveredBy}${x.price.freedCommitmentPerHour ? ` (frees ${x.price.freedCommitmentPerHour}/h)` : ''}` : x.price.source,
    ]),
  ];
  for (const line of alignColumns(rows, ['left', 'left', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'left', 'left'])) say(line);
}
