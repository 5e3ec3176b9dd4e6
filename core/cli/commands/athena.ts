import type { Command } from 'commander';
import { say } from '../output.ts';
import { connectionOf, describeIngest, runPull, withAwsOptions, type AwsOptions } from './aws-options.ts';

interface AthenaOptions extends AwsOptions {
  workgroup?: string;
  catalog?: string;
  database: string;
  table: string;
  period: string;
  aggregate?: boolean;
  tags?: string;
  outputLocation?: string;
}

export function registerAthena(program: Command): void {
  const athena = program.command('athena').description('Pull billing data from a CUR table in Amazon Athena.');
  withAwsOptions(athena.command('pull'))
    .description('Run one billing period of a CUR table in Athena (line items, or --aggregate summed in Athena) and load the result.')
    .option('--workgroup <name>', 'Athena workgroup (default: primary)')
    .option('--catalog <name>', 'data catalog', 'AwsDataCatalog')
    .requiredOption('--database <name>', 'Athena database of the CUR table')
    .requiredOption('--table <name>', 'the CUR table')
    .requiredOption('--period <YYYY-MM>', 'billing period')
    .option('--aggregate', 'sum in Athena by day, account, service, region, usage type, line item type and --tags')
    .option('--tags <keys>', 'tag keys kept in an aggregate, comma-separated (Team,CostCenter)')
    .option('--output-location <s3uri>', 'where Athena writes the result (default: the workgroup setting)')
    .action(async (o: AthenaOptions) => {
      const payload = {
        ...connectionOf(o),
        ...(o.workgroup ? { workgroup: o.workgroup } : {}),
        catalog: o.catalog,
        database: o.database,
        table: o.table,
        period: o.period,
        extract: o.aggregate ? 'aggregate' : 'line-items',
        ...(o.tags ? { tags: o.tags.split(',').map((t) => t.trim()).filter(Boolean) } : {}),
        ...(o.outputLocation ? { outputLocation: o.outputLocation } : {}),
      };
      await runPull('athenaPull', payload, o, (r) => {
        say(`Athena ${r.extract} of ${o.database}.${o.table} (${r.curVersion}) for ${r.billingPeriod}: query ${r.query.executionId}`);
        say(`data scanned ${(r.query.bytesScanned / 1e9).toFixed(3)} GB, cost $${r.query.costUsd.toFixed(4)} at $5/TB`);
        describeIngest(r.ingest);
      });
    });
}
