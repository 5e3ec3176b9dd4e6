import type { Command } from 'commander';
import { say } from '../output.ts';
import type { CostExplorerPullResult } from '../../sources/index.ts';
import { checkConnectionFlags, connectionOf, describeIngest, runPull, withAwsOptions, type AwsOptions } from './aws-options.ts';

interface CeOptions extends AwsOptions {
  from: string;
  to: string;
  groupBy?: string;
  billingAccount?: string;
  yes?: boolean;
}

export function registerCostExplorer(program: Command): void {
  const ce = program.command('costexplorer').description('Pull daily costs from AWS Cost Explorer.');
  withAwsOptions(ce.command('pull'))
    .description('Load daily costs for whole months (net unblended as billed, net amortized as effective; $0.01 per request; asks above 20).')
    .requiredOption('--from <YYYY-MM-01>', 'first day (first of a month)')
    .requiredOption('--to <YYYY-MM-01>', 'day after the last (first of a month)')
    .option('--group-by <keys>', 'up to two of SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, OPERATION, INSTANCE_TYPE, AZ, RECORD_TYPE (sets ChargeCategory), TAG:<key>')
    .option('--billing-account <id>', 'the payer account this Cost Explorer belongs to (rows are filed under it; required without --connection)')
    .option('--yes', 'go ahead when the pull needs more than 20 requests')
    .action(async (o: CeOptions) => {
      checkConnectionFlags(o as CeOptions & Record<string, unknown>, { groupBy: '--group-by', billingAccount: '--billing-account' }, { billingAccount: '--billing-account' });
      const what = { from: o.from, to: o.to, ...(o.yes ? { confirm: true } : {}) };
      if (o.connection) {
        return runPull('connectionPull', { name: o.connection, kind: 'costexplorer', ...what }, o, (r) => describeCostExplorer(r.result as CostExplorerPullResult));
      }
      const payload = {
        ...connectionOf(o),
        ...what,
        ...(o.groupBy ? { groupBy: o.groupBy.split(',').map((g) => g.trim()).filter(Boolean) } : {}),
        billingAccountId: o.billingAccount,
      };
      await runPull('costExplorerPull', payload, o, describeCostExplorer);
    });
}

function describeCostExplorer(r: CostExplorerPullResult): void {
  say(`Cost Explorer ${r.billingPeriods.join(', ')}${r.groupBy.length ? ` by ${r.groupBy.join(', ')}` : ''}: ${r.requests} requests ($${r.costUsd.toFixed(2)})`);
  describeIngest(r.ingest);
}
