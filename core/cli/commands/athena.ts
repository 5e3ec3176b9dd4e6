import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import type { RequestOf } from '../../api/contract.ts';
import { validateRequest } from '../../api/validate.ts';
import { estimateAthenaPull, formatBytes, formatUsd, type AthenaPullResult, type ScanEstimate } from '../../sources/index.ts';
import { cancelOnSigint, printJson, progressPrinter, say } from '../output.ts';
import { checkConnectionFlags, connectionOf, describeIngest, runPull, withAwsOptions, type AwsOptions } from './aws-options.ts';

const list = (s: string) => s.split(',').map((t) => t.trim()).filter(Boolean);

interface AthenaOptions extends AwsOptions {
  workgroup?: string;
  catalog?: string;
  database?: string;
  table?: string;
  period: string;
  aggregate?: boolean;
  tags?: string;
  costCategories?: string;
  outputLocation?: string;
  dryRun?: boolean;
}

function describeEstimate(estimate: ScanEstimate | null, note: string | undefined): string {
  return estimate
    ? `${formatBytes(estimate.bytes)} in ${estimate.objects} objects of ${estimate.partitions.join(', ') || 'the whole table'}, ${formatUsd(estimate.costUsd)} at $5/TB`
    : `none (${note})`;
}

/** --dry-run: the query and its estimate; nothing runs in Athena, the workspace is not opened. */
async function dryRun(payload: unknown, o: AthenaOptions): Promise<void> {
  const request = validateRequest('athenaPull', payload) as RequestOf<'athenaPull'>;
  const bar = progressPrinter(!o.json);
  const cancel = cancelOnSigint();
  try {
    const r = await estimateAthenaPull(request, { signal: cancel.signal, onProgress: bar.onProgress });
    bar.done();
    if (o.json) return printJson(r);
    say(`Athena ${request.extract} of ${o.database}.${o.table} (${r.curVersion}) for ${r.billingPeriod}, not run (--dry-run)`);
    say(`estimated scan: ${describeEstimate(r.estimate, r.estimateNote)}`);
    say(`query (ExecutionParameters ${r.query.parameters.join(', ')}):\n${r.query.sql}`);
  } finally {
    bar.done();
    cancel.dispose();
  }
}

export function registerAthena(program: Command): void {
  const athena = program.command('athena').description('Pull billing data from a CUR, CUR 2.0 or AWS FOCUS export table in Amazon Athena.');
  withAwsOptions(athena.command('pull'))
    .description('Run one billing period of a CUR, CUR 2.0 or FOCUS export table in Athena (line items, or --aggregate summed in Athena) and load the result; the scan is estimated before it runs.')
    .option('--workgroup <name>', 'Athena workgroup (default: primary)')
    .option('--catalog <name>', 'data catalog (default: AwsDataCatalog)')
    .option('--database <name>', 'Athena database of the CUR table (required without --connection)')
    .option('--table <name>', 'the CUR table (required without --connection)')
    .requiredOption('--period <YYYY-MM>', 'billing period')
    .option('--aggregate', 'sum in Athena by day, account, service, region, usage type, line item type, --tags and --cost-categories')
    .option('--tags <keys>', 'tag keys kept in an aggregate, comma-separated (Team,CostCenter)')
    .option('--cost-categories <names>', 'cost categories kept in an aggregate, comma-separated (Environment,BusinessUnit)')
    .option('--output-location <s3uri>', 'where Athena writes the result (default: the workgroup setting)')
    .option('--dry-run', 'print the query and the estimated scan and cost; run nothing, load nothing')
    .action(async (o: AthenaOptions) => {
      const defining = { workgroup: '--workgroup', catalog: '--catalog', database: '--database', table: '--table', outputLocation: '--output-location' };
      checkConnectionFlags(o as AthenaOptions & Record<string, unknown>, defining, { database: '--database', table: '--table' });
      const what = {
        period: o.period,
        extract: o.aggregate ? 'aggregate' : 'line-items',
        ...(o.tags ? { tags: list(o.tags) } : {}),
        ...(o.costCategories ? { costCategories: list(o.costCategories) } : {}),
      };
      if (o.connection) {
        if (o.dryRun) throw new WorkbenchError(ErrorCode.BAD_REQUEST, '--dry-run takes the table from its flags; with --connection, the app shows the query before a pull (Data, Pull from AWS, Show the query).');
        return runPull('connectionPull', { name: o.connection, kind: 'athena', ...what }, o, (r) => describeAthena(r.result as AthenaPullResult, `connection ${o.connection}`));
      }
      const payload = {
        ...connectionOf(o),
        ...(o.workgroup ? { workgroup: o.workgroup } : {}),
        ...(o.catalog ? { catalog: o.catalog } : {}),
        database: o.database,
        table: o.table,
        ...what,
        ...(o.outputLocation ? { outputLocation: o.outputLocation } : {}),
      };
      if (o.dryRun) return dryRun(payload, o);
      await runPull('athenaPull', payload, o, (r) => describeAthena(r, `${o.database}.${o.table}`));
    });
}

function describeAthena(r: AthenaPullResult, table: string): void {
  say(`Athena ${r.extract} of ${table} (${r.curVersion}) for ${r.billingPeriod}: query ${r.query.executionId}`);
  say(`estimated before the run: ${describeEstimate(r.estimate, r.estimateNote)}`);
  say(`data scanned ${formatBytes(r.query.bytesScanned)}, cost ${formatUsd(r.query.costUsd)} at $5/TB`);
  describeIngest(r.ingest);
}
