import type { Command } from 'commander';
import { say } from '../output.ts';
import { connectionOf, describeIngest, runPull, withAwsOptions, type AwsOptions } from './aws-options.ts';

interface CeOptions extends AwsOptions {
  from: string;
  to: string;
  groupBy?: string;
  billingAccount: string;
  yes?: boolean;
}

export function registerCostExplorer(program: Command): void {
  const ce = program.command('costexplorer').description('Pull daily costs from AWS Cost Explorer.');
  withAwsOptions(ce.command('pull'))
    .description('Load daily costs for whole months (net unblended as billed, net amortized as effective; $0.01 per request; asks above 20).')
    .requiredOption('--from <YYYY-MM-01>', 'first day (first of a month)')
    .requiredOption('--to <YYYY-MM-01>', 'day after the last (first of a month)')
    .option('--group-by <keys>', 'up to two of SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, OPERATION, INSTANCE_TYPE, AZ, RECORD_TYPE (sets ChargeCategory), TAG:<key>')
    .requiredOption('--billing-account <id>', 'the payer account this Cost Explorer belongs to (rows are filed under it)')
    .option('--yes', 'go ahead when the pull needs more than 20 requests')
    .action(async (o: CeOptions) => {
      const payload = {
        ...connectionOf(o),
        from: o.from,
        to: o.to,
        ...(o.groupBy ? { groupBy: o.groupBy.split(',').map((g) => g.trim()).filter(Boolean) } : {}),
        billingAccountId: o.billingAccount,
        ...(o.yes ? { confirm: true } : {}),
      };
      await runPull('costExplorerPull', payload, o, (r) => {
        say(`Cost Explorer ${r.billingPeriods.join(', ')}${r.groupBy.length ? ` by ${r.groupBy.join(', ')}` : ''}: ${r.requests} requests ($${r.costUsd.toFixed(2)})`);
        describeIngest(r.ingest);
      });
    });
}
