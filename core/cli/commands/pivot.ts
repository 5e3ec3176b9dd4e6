// `finops-workbench pivot`: one pivot of the workspace as JSON, CSV, XLSX or a table on stderr.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import type { PivotResult } from '../../engines/pivot/result.ts';
import { pivotToCsv } from '../../export/pivot-csv.ts';
import { pivotToXlsx } from '../../export/pivot-xlsx.ts';
import { plural } from '../format/text.ts';
import { formatPivotTable } from '../format/pivot-table.ts';
import { terminalWidth } from '../format/terminal.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { withWorkspace } from '../workspace-arg.ts';
import { pivotExportContext } from '../../export/pivot-context.ts';
import { pivotCommandLine } from '../../export/pivot-command.ts';
import { flagsToSpec, type PivotFlags } from './pivot-args.ts';
import { inFlagWords } from './pivot-errors.ts';

interface Options extends PivotFlags {
  db: string;
  json?: boolean;
  csv?: boolean;
  out?: string;
  spec?: string;
  view?: string;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function registerPivot(program: Command): void {
  program
    .command('pivot')
    .description('Pivot spend: rows and columns of dimensions (FOCUS/x_ columns, tag:KEY, costCategory:NAME, day|week|month|quarter|year), summed exactly.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--rows <dims>', 'row dimensions, comma-separated, e.g. ServiceName,SubAccountName')
    .option('--cols <dims>', 'column dimensions, comma-separated, e.g. month')
    .option('--measure <name>', 'EffectiveCost, BilledCost, ListCost, ContractedCost, cost, usage, lines, share, change, changePct (repeatable)', collect)
    .option('--basis <basis>', 'cost basis for cost/share/change/sort: Billed, Effective, List, Contracted')
    .option('--grain <grain>', 'grain of the `period` dimension: day, week, month, quarter, year')
    .option('--from <date>', 'first day (YYYY-MM-DD) or month (YYYY-MM), UTC')
    .option('--to <date>', 'last month, included (YYYY-MM), or the day after the last (YYYY-MM-DD, not included)')
    .option('--filter <dim=value>', "keep lines where DIM=VALUE (or DIM!=VALUE), e.g. 'tag:Team=payments' (repeatable)", collect)
    .option('--top <dim=n>', 'keep the N largest keys of DIM, the rest as Other (repeatable)', collect)
    .option('--sort <by>', 'value (default) or key')
    .option('--asc', 'ascending sort')
    .option('--depth <n>', 'row levels to return')
    .option('--no-subtotals', 'leave out subtotal rows')
    .option('--no-totals', 'leave out the grand total row and total column')
    .option('--spec <file>', 'read the whole PivotSpec from a JSON file (other spec flags are ignored)')
    .option('--view <name>', 'use a saved view')
    .option('--json', 'print {spec, columns, rows, totals} as JSON on stdout')
    .option('--csv', 'print CSV on stdout')
    .option('--out <file>', 'write the pivot to FILE.xlsx or FILE.csv')
    .action(async (opts: Options) => {
      const db = expandHome(opts.db);
      if (!existsSync(db)) throw new WorkbenchError(ErrorCode.WORKSPACE_OPEN_FAILED, `No workspace at ${db}. Create one with "finops-workbench ingest --db ${opts.db} FILE" or "finops-workbench demo --db ${opts.db}".`);
      const fromFlags = !opts.view && !opts.spec;
      const { result, context } = await withWorkspace(db, async (api, ws) => {
        const input = opts.view ? (await api.getView({ name: opts.view })).spec : opts.spec ? JSON.parse(readFileSync(expandHome(opts.spec), 'utf8')) : flagsToSpec(opts);
        const r = await api.pivot(validateRequest('pivot', { spec: input }));
        // what the export says about itself: the command is the one that makes it again
        const command = pivotCommandLine(r.spec, resolve(db), opts.out ? expandHome(opts.out) : null);
        return { result: r, context: opts.out || opts.csv ? await pivotExportContext(ws.db, r.spec, { workspace: resolve(db), title: opts.view, command }) : undefined };
      }).catch((err: unknown) => {
        throw fromFlags ? inFlagWords(err) : err;
      });
      for (const w of result.warnings) say(`warning: ${w}`);
      if (opts.out) {
        const out = expandHome(opts.out);
        const ext = extname(out).toLowerCase();
        if (ext !== '.xlsx' && ext !== '.csv') throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--out must end in .xlsx or .csv, not "${ext || opts.out}".`);
        writeFileSync(out, ext === '.xlsx' ? await pivotToXlsx(result, context) : pivotToCsv(result, context));
        say(`wrote ${plural(result.rows.length, 'row')} to ${opts.out}`);
      }
      if (opts.json) printJson(jsonOutput(result));
      else if (opts.csv) process.stdout.write(pivotToCsv(result, context));
      else if (!opts.out) for (const line of formatPivotTable(result, terminalWidth())) say(line);
      // last, so they are what a person sees; under --json they are in the document too
      for (const n of result.notices) say(`note: ${n.message}`);
    });
}

export function jsonOutput(r: PivotResult) {
  return {
    spec: r.spec,
    columns: r.columns,
    rows: r.rows.map((row) => ({ keys: row.keys, depth: row.depth, subtotal: row.subtotal, values: row.values })),
    totals: r.totals,
    currencies: r.currencies,
    warnings: r.warnings,
    notices: r.notices,
    source: r.source,
  };
}
