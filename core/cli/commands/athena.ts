import type { Command } from 'commander';
import { formatBytes, formatUsd } from '../../sources/index.ts';
import { say } from '../output.ts';
import { connectionOf, describeIngest, runPull, withAwsOptions, type AwsOptions } from './aws-options.ts';

const list = (s: string) => s.split(',').map((t) => t.trim()).filter(Boolean);

interface AthenaOptions extends AwsOptions {
  workgroup?: string;
  catalog?: string;
  database: string;
  table: string;
  period: string;
  aggregate?: boolean;
  tags?: string;
  costCategories?: string;
  outputLocation?: string;
}

export function registerAthena(program: Command): void {
  const athena = program.command('athena').description('Pull billing data from a CUR, CUR 2.0 or AWS FOCUS export table in Amazon Athena.');
  withAwsOptions(athena.command('pull'))
    .description('Run one billing period of a CUR, CUR 2.0 or FOCUS export table in Athena (line items, or --aggregate summed in Athena) and load the result; the scan is estimated before it runs.')
    .option('--workgroup <name>', 'Athena workgroup (default: primary)')
    .option('--catalog <name>', 'data catalog', 'AwsDataCatalog')
    .requiredOption('--database <name>', 'Athena database of the CUR table')
    .requiredOption('--table <name>', 'the CUR table')
    .requiredOption('--period <YYYY-MM>', 'billing period')
    .option('--aggregate', 'sum in Athena by day, account, service, region, usage type, line item type, --tags and --cost-categories')
    .option('--tags <keys>', 'tag keys kept in an aggregate, comma-separated (Team,CostCenter)')
    .option('--cost-categories <names>', 'cost categories kept in an aggregate, comma-separated (Environment,BusinessUnit)')
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
        ...(o.tags ? { tags: list(o.tags) } : {}),
        ...(o.costCategories ? { costCategories: list(o.costCategories) } : {}),
        ...(o.outputLocation ? { outputLocation: o.outputLocation } : {}),
      };
      await runPull('athenaPull', payload, o, (r) => {
        say(`Athena ${r.extract} of ${o.database}.${o.table} (${r.curVersion}) for ${r.billingPeriod}: query ${r.query.executionId}`);
        say(r.estimate ? `estimated before the run: ${formatBytes(r.estimate.bytes)} in ${r.estimate.objects} objects of ${r.estimate.partitions.join(', ') || 'the whole table'}, ${formatUsd(r.estimate.costUsd)} at $5/TB` : `no estimate before the run: ${r.estimateNote}`);
        say(`data scanned ${formatBytes(r.query.bytesScanned)}, cost ${formatUsd(r.query.costUsd)} at $5/TB`);
        describeIngest(r.ingest);
      });
    });
}
