// `finops-workbench commitments rates list|set|remove`: the workspace's commitment rate table
// (the price under a commitment as a fraction of on demand, per type, term, payment, region and
// scope), which a what-if uses before rates observed on the commitments held and the shipped defaults.
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import { ratesLines } from '../format/commitments.ts';
import { printJson, say } from '../output.ts';
import { expandHome } from '../paths.ts';
import { withWorkspace } from '../workspace-arg.ts';

interface KeyOptions {
  db?: string;
  type?: string;
  term?: string;
  payment?: string;
  region?: string;
  scope?: string;
  json?: boolean;
}

function keyOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'workspace file')
    .option('--type <type>', 'ComputeSavingsPlan, EC2InstanceSavingsPlan or ReservedInstance')
    .option('--term <term>', '1y or 3y')
    .option('--payment <option>', 'NoUpfront, PartialUpfront or AllUpfront')
    .option('--region <region>', 'only in this region (default: any)')
    .option('--scope <scope>', 'only for this family (EC2 Instance SP: m5) or instance type (RI: m5.large) (default: any)')
    .option('--json', 'print {rates: [...], defaults: [...]} on stdout');
}

function need(opts: KeyOptions): { db: string; key: Record<string, string> } {
  if (opts.db === undefined) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
  const missing = (['type', 'term', 'payment'] as const).filter((k) => opts[k] === undefined);
  if (missing.length > 0) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `A rate is named by its type, term and payment: pass ${missing.map((k) => `--${k}`).join(', ')}.`);
  return {
    db: expandHome(opts.db),
    key: { type: opts.type!, term: opts.term!, payment: opts.payment!, ...(opts.region !== undefined ? { region: opts.region } : {}), ...(opts.scope !== undefined ? { scope: opts.scope } : {}) },
  };
}

export function registerRates(parent: Command): void {
  const rates = parent.command('rates').description('The commitment rate table a what-if uses (before observed rates and the shipped defaults).');
  rates.command('list')
    .description('The rates set in the workspace and the shipped defaults with their sources.')
    .option('--db <path>', 'workspace file')
    .option('--json', 'print {rates: [...], defaults: [...]} on stdout')
    .action(async (opts: KeyOptions) => {
      if (opts.db === undefined) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
      const r = await withWorkspace(expandHome(opts.db), (api) => api.commitmentsRatesList(validateRequest('commitmentsRatesList', {})));
      if (opts.json) printJson(r);
      else for (const line of ratesLines(r)) say(line);
    });
  keyOptions(rates.command('set'))
    .description('Set a rate: the price under the commitment as a fraction of on demand (0.72 = 28% off).')
    .option('--rate <fraction>', 'above 0, at most 1')
    .option('--note <text>', 'where the rate comes from (a quote, a contract)')
    .action(async (opts: KeyOptions & { rate?: string; note?: string }) => {
      const { db, key } = need(opts);
      const rate = Number(opts.rate);
      if (opts.rate === undefined || !Number.isFinite(rate)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--rate is a fraction of on demand above 0 and at most 1 (0.72 = 28% off), not "${opts.rate ?? ''}".`);
      const request = validateRequest('commitmentsRatesSet', { rate: { ...key, rate, ...(opts.note !== undefined ? { note: opts.note } : {}) } });
      const r = await withWorkspace(db, (api) => api.commitmentsRatesSet(request));
      if (opts.json) printJson(r);
      else for (const line of ratesLines(r)) say(line);
    });
  keyOptions(rates.command('remove'))
    .description('Remove a rate set in the workspace (the what-if then falls back on observed rates and the defaults).')
    .action(async (opts: KeyOptions) => {
      const { db, key } = need(opts);
      const request = validateRequest('commitmentsRatesRemove', { key });
      const r = await withWorkspace(db, (api) => api.commitmentsRatesRemove(request));
      if (opts.json) printJson(r);
      else for (const line of ratesLines(r)) say(line);
    });
}
