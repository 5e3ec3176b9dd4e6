// `finops-workbench budgets set|list|remove|import|status|check`: budgets saved in the workspace,
// their status against the forecast, and a check for cron or CI that exits 3 on a breach.
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import type { BudgetsStatusResult } from '../../api/budgets-contract.ts';
import { CHECK_BREACH_EXIT_CODE } from '../../engines/budgets/constants.ts';
import { ExitStatus } from '../exit-status.ts';
import { breachLine, budgetLines, statusLines } from '../format/budgets.ts';
import { plural } from '../format/text.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { existingDb, withWorkspace } from '../workspace-arg.ts';

interface DbOptions {
  db: string;
  json?: boolean;
}

interface SetOptions extends DbOptions {
  name: string;
  amount: string;
  start: string;
  period?: string;
  recurring?: boolean;
  scope?: string;
  currency?: string;
  basis?: string;
}

/** Reading budgets never creates a workspace: an empty new file would only say there is nothing. */
export function setRequest(o: SetOptions): unknown {
  if (!/^\d+(\.\d+)?$/.test(o.amount)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--amount is digits with a "." for decimals (12000 or 2500.50), not "${o.amount}".`);
  let scope = null;
  if (o.scope !== undefined) {
    const eq = o.scope.indexOf('=');
    if (eq <= 0 || eq === o.scope.length - 1) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--scope is DIM=VALUE (ServiceName=Amazon EC2, SubAccountId=123456789012, tag:Team=payments), not "${o.scope}".`);
    scope = { dimension: o.scope.slice(0, eq), value: o.scope.slice(eq + 1) };
  }
  return {
    budget: {
      name: o.name,
      scope,
      period: o.period ?? 'month',
      start: o.start,
      recurring: o.recurring ?? false,
      amount: Number(o.amount),
      ...(o.currency ? { currency: o.currency.toUpperCase() } : {}),
      ...(o.basis ? { basis: o.basis } : {}),
    },
  };
}

/** --format, else the file's extension, else its first character ({ or [: JSON). */
export function importFormat(file: string, text: string, format?: string): 'csv' | 'aws' {
  if (format !== undefined) {
    if (format === 'csv' || format === 'aws') return format;
    throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--format is csv or aws, not "${format}".`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'aws';
  if (ext === '.csv') return 'csv';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'aws' : 'csv';
}

function printStatus(r: BudgetsStatusResult): void {
  say(`Budgets as of ${r.asOf}${r.lastDay ? `; data through ${r.lastDay}` : ''}.`);
  for (const line of statusLines(r.statuses)) say(line);
  for (const s of r.statuses) if (s.message) say(`note on ${s.budget.name}: ${s.message}`);
}

export function registerBudgets(program: Command): void {
  const budgets = program.command('budgets').description('Budgets per scope and month or quarter: actual and forecast against them, the expected breach date and its probability.');
  budgets
    .command('set')
    .description('Create a budget, or replace the one with this name.')
    .requiredOption('--db <path>', 'workspace file')
    .requiredOption('--name <name>', 'the budget name (replaces a budget of the same name)')
    .requiredOption('--amount <amount>', 'the amount for one period, e.g. 12000 or 2500.50')
    .requiredOption('--start <YYYY-MM>', 'the first month of the (first) period')
    .option('--period <period>', 'month (default) or quarter (the three months from --start)')
    .option('--recurring', 'every month (or quarter) from --start, not only the first')
    .option('--scope <dim=value>', "what it covers: DIM=VALUE, e.g. 'ServiceName=Amazon EC2', 'SubAccountId=123456789012', 'tag:Team=payments' (default: the whole workspace)")
    .option('--currency <code>', 'ISO 4217 currency (default USD)')
    .option('--basis <basis>', 'cost basis: Effective (default), Billed, List, Contracted')
    .option('--json', 'print {budgets} as JSON on stdout')
    .action(async (o: SetOptions) => {
      const request = validateRequest('budgetsSet', setRequest(o));
      const r = await withWorkspace(expandHome(o.db), (api) => api.budgetsSet(request));
      if (o.json) printJson(r);
      else {
        say(`Budget "${request.budget.name.trim()}" saved.`);
        for (const line of budgetLines(r.budgets)) say(line);
      }
    });
  budgets
    .command('list')
    .description('The saved budgets.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print {budgets} as JSON on stdout')
    .action(async (o: DbOptions) => {
      const r = await withWorkspace(existingDb(o.db), (api) => api.budgetsList({}), { readOnly: true });
      if (o.json) printJson(r);
      else for (const line of budgetLines(r.budgets)) say(line);
    });
  budgets
    .command('remove')
    .description('Remove a budget by name.')
    .requiredOption('--db <path>', 'workspace file')
    .requiredOption('--name <name>', 'the budget to remove')
    .option('--json', 'print {budgets} (those left) as JSON on stdout')
    .action(async (o: DbOptions & { name: string }) => {
      const r = await withWorkspace(existingDb(o.db), (api) => api.budgetsRemove(validateRequest('budgetsRemove', { name: o.name })));
      if (o.json) printJson(r);
      else say(`Budget "${o.name.trim()}" removed; ${plural(r.budgets.length, 'budget')} left.`);
    });
  budgets
    .command('import')
    .description('Import budgets from a CSV (columns in the README) or the JSON of "aws budgets describe-budgets"; all or nothing.')
    .requiredOption('--db <path>', 'workspace file')
    .argument('<file>', 'the CSV or JSON file')
    .option('--format <format>', 'csv or aws (default: from the extension, .json is aws)')
    .option('--skip-unmappable', 'import the AWS budgets that map and list the others, instead of importing nothing')
    .option('--json', 'print {budgets, imported, refused} as JSON on stdout')
    .action(async (file: string, o: DbOptions & { format?: string; skipUnmappable?: boolean }) => {
      const path = expandHome(file);
      if (!existsSync(path)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `No file at ${file}: give the path of a budgets CSV or an AWS Budgets export (JSON).`);
      const text = readFileSync(path, 'utf8');
      const request = validateRequest('budgetsImport', { format: importFormat(file, text, o.format), text, ...(o.skipUnmappable ? { skipUnmappable: true } : {}) });
      const r = await withWorkspace(expandHome(o.db), (api) => api.budgetsImport(request));
      if (o.json) printJson(r);
      else {
        say(`Imported ${plural(r.imported, 'budget')} from ${file}.`);
        for (const x of r.refused) say(`not imported: "${x.name}": ${x.reason}`);
        for (const line of budgetLines(r.budgets)) say(line);
      }
    });
  budgets
    .command('status')
    .description("Each budget's period: actual, forecast at period end with its 80% band, status, expected breach date and its probability.")
    .requiredOption('--db <path>', 'workspace file')
    .option('--as-of <day>', 'as if the data ended the day before YYYY-MM-DD (default: the day after the last day with data)')
    .option('--json', 'print {asOf, lastDay, statuses} as JSON on stdout')
    .action(async (o: DbOptions & { asOf?: string }) => {
      const r = await withWorkspace(existingDb(o.db), (api) => api.budgetsStatus(validateRequest('budgetsStatus', o.asOf ? { asOf: o.asOf } : {})), { readOnly: true });
      if (o.json) printJson(r);
      else printStatus(r);
    });
  budgets
    .command('check')
    .description(`For cron or CI: one line per budget breached or forecast to breach; exits ${CHECK_BREACH_EXIT_CODE} when there is one, 0 when all are within their amounts.`)
    .requiredOption('--db <path>', 'workspace file')
    .option('--as-of <day>', 'as if the data ended the day before YYYY-MM-DD')
    .option('--json', 'print {asOf, lastDay, breaches} (the statuses that are not ok) as JSON on stdout')
    .action(async (o: DbOptions & { asOf?: string }) => {
      const r = await withWorkspace(existingDb(o.db), (api) => api.budgetsStatus(validateRequest('budgetsStatus', o.asOf ? { asOf: o.asOf } : {})), { readOnly: true });
      const breaches = r.statuses.filter((s) => s.status !== 'ok');
      if (o.json) printJson({ asOf: r.asOf, lastDay: r.lastDay, breaches });
      for (const s of breaches) say(breachLine(s)!);
      if (r.statuses.length === 0) say('No budgets to check: add one with "finops-workbench budgets set", or import a CSV or an AWS Budgets export.');
      else if (breaches.length === 0) say(`All ${plural(r.statuses.length, 'budget')} within their amounts as of ${r.asOf}.`);
      if (breaches.length > 0) throw new ExitStatus(CHECK_BREACH_EXIT_CODE);
    });
}
