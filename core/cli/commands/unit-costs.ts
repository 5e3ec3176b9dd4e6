// `finops-workbench unit-costs`: business metrics imported into the workspace (import, list,
// remove) and a metric's unit cost per day or month, by owner or service (the default command).
import type { Command } from 'commander';
import { validateRequest } from '../../api/validate.ts';
import { metricLines, unitCostLines } from '../format/unit-costs.ts';
import { plural } from '../format/text.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { existingDb, withWorkspace } from '../workspace-arg.ts';

interface DbOptions {
  db: string;
  json?: boolean;
}

interface ImportOptions extends DbOptions {
  grain?: string;
}

interface ShowOptions extends DbOptions {
  metric: string;
  by?: string;
  grain?: string;
  from?: string;
  to?: string;
  basis?: string;
  ownerTag?: string;
}

/** Reading never creates a workspace. */
export function showRequest(o: ShowOptions): unknown {
  return {
    metric: o.metric,
    grain: o.grain ?? 'month',
    ...(o.by !== undefined ? { by: o.by } : {}),
    ...(o.from !== undefined ? { from: o.from } : {}),
    ...(o.to !== undefined ? { to: o.to } : {}),
    ...(o.basis !== undefined ? { basis: o.basis } : {}),
    ...(o.ownerTag !== undefined ? { ownerTag: o.ownerTag } : {}),
  };
}

export function registerUnitCosts(program: Command): void {
  const unit = program.command('unit-costs').description('Unit economics: cost per transaction, active user or any business metric you import, per day or month, by owner or service.');
  unit
    .command('show', { isDefault: true })
    .description("A metric's unit cost (cost ÷ volume) per period, with the change vs the period before (the default: `unit-costs --metric M`).")
    .requiredOption('--db <path>', 'workspace file')
    .requiredOption('--metric <name>', 'the metric, as imported (e.g. orders)')
    .option('--by <owner|service>', 'one row per owner (the owner tag) or per service')
    .option('--grain <day|month>', 'day or month (default month)')
    .option('--from <YYYY-MM-DD>', 'first day (default: the first day both the bill and the metric have)')
    .option('--to <YYYY-MM-DD>', 'the day after the last (not included)')
    .option('--basis <basis>', 'cost basis: Effective (default), Billed, List, Contracted')
    .option('--owner-tag <key>', 'the tag naming owners (default: the first tag of the saved chargeback rules, else Team)')
    .option('--json', 'print {metric, grain, basis, by, ownerTag, rows: [{period, key, cost, volume, unitCost, changePct}], warnings} on stdout')
    .action(async (o: ShowOptions) => {
      const request = validateRequest('unitCosts', showRequest(o));
      const r = await withWorkspace(existingDb(o.db), (api) => api.unitCosts(request), { readOnly: true });
      if (o.json) printJson(r);
      else for (const line of unitCostLines(r)) say(line);
    });
  unit
    .command('import')
    .description('Import business metrics from a CSV or JSON file (date, metric, value, optional owner, service; told from content), all or nothing. Each metric in the file replaces its earlier import.')
    .requiredOption('--db <path>', 'workspace file')
    .argument('<file>', 'the CSV or JSON file')
    .option('--grain <day|month>', 'every metric of the file is a volume per day, or one value per month (monthly active users); default: the file\'s grain column, else detected from the dates')
    .option('--json', 'print {importedRows, metrics, grains, warnings} as JSON on stdout')
    .action(async (file: string, o: ImportOptions) => {
      const request = validateRequest('businessMetricsImport', { path: expandHome(file), ...(o.grain !== undefined ? { grain: o.grain } : {}) });
      const r = await withWorkspace(expandHome(o.db), (api) => api.businessMetricsImport(request));
      if (o.json) printJson(r);
      else {
        say(`Imported ${plural(r.importedRows, 'row')} of ${r.metrics.map((m) => `${m} (${r.grains[m] === 'month' ? 'monthly' : 'daily'})`).join(', ')} from ${file} (replacing any earlier rows of ${r.metrics.length === 1 ? 'that metric' : 'those metrics'}).`);
        for (const w of r.warnings) say(`note: ${w}`);
      }
    });
  unit
    .command('list')
    .description('The imported business metrics.')
    .requiredOption('--db <path>', 'workspace file')
    .option('--json', 'print {metrics} as JSON on stdout')
    .action(async (o: DbOptions) => {
      const r = await withWorkspace(existingDb(o.db), (api) => api.businessMetrics({}), { readOnly: true });
      if (o.json) printJson(r);
      else for (const line of metricLines(r.metrics)) say(line);
    });
  unit
    .command('remove')
    .description('Remove every row of one metric.')
    .requiredOption('--db <path>', 'workspace file')
    .argument('<metric>', 'the metric')
    .option('--json', 'print {removed} as JSON on stdout')
    .action(async (metric: string, o: DbOptions) => {
      const r = await withWorkspace(existingDb(o.db), (api) => api.businessMetricsRemove(validateRequest('businessMetricsRemove', { metric })));
      if (o.json) printJson(r);
      else say(`Removed ${plural(r.removed, 'row')} of ${metric}.`);
    });
}
