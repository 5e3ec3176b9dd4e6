import type { Command } from 'commander';
import { say } from '../output.ts';
import { connectionOf, describeIngest, runPull, withAwsOptions, type AwsOptions } from './aws-options.ts';

interface S3Options extends AwsOptions {
  bucket: string;
  prefix?: string;
  period?: string;
}

export function registerS3(program: Command): void {
  const s3 = program.command('s3').description('Pull CUR / Data Exports deliveries from S3.');
  withAwsOptions(s3.command('pull'))
    .description('Load the newest delivery of each billing period under a bucket prefix (only objects whose ETag changed are downloaded).')
    .requiredOption('--bucket <name>', 'the bucket AWS delivers the report to')
    .option('--prefix <prefix>', "the report's prefix", '')
    .option('--period <YYYY-MM>', 'only this billing period')
    .action(async (o: S3Options) => {
      const payload = { ...connectionOf(o), bucket: o.bucket, prefix: o.prefix ?? '', ...(o.period ? { period: o.period } : {}) };
      await runPull('s3Pull', payload, o, (r) => {
        for (const d of r.deliveries) say(`${d.billingPeriod}: ${d.manifest}, ${d.parts} parts (${d.downloaded} downloaded, ${d.unchanged} unchanged)`);
        say(`${r.objectsListed} objects listed, ${(r.bytesDownloaded / 1e6).toFixed(1)} MB downloaded`);
        describeIngest(r.ingest);
      });
    });
}
