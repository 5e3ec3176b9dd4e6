import type { Command } from 'commander';
import { say } from '../output.ts';
import type { S3PullResult } from '../../sources/index.ts';
import { checkConnectionFlags, connectionOf, describeIngest, runPull, withAwsOptions, type AwsOptions } from './aws-options.ts';

interface S3Options extends AwsOptions {
  bucket?: string;
  prefix?: string;
  period?: string;
}

export function registerS3(program: Command): void {
  const s3 = program.command('s3').description('Pull CUR / Data Exports deliveries from S3.');
  withAwsOptions(s3.command('pull'))
    .description('Load the newest delivery of each billing period under a bucket prefix (only objects whose ETag changed are downloaded).')
    .option('--bucket <name>', 'the bucket AWS delivers the report to (required without --connection)')
    .option('--prefix <prefix>', "the report's prefix (default: none)")
    .option('--period <YYYY-MM>', 'only this billing period')
    .action(async (o: S3Options) => {
      checkConnectionFlags(o as S3Options & Record<string, unknown>, { bucket: '--bucket', prefix: '--prefix' }, { bucket: '--bucket' });
      const period = o.period ? { period: o.period } : {};
      if (o.connection) {
        return runPull('connectionPull', { name: o.connection, kind: 's3', ...period }, o, (r) => describeS3(r.result as S3PullResult));
      }
      await runPull('s3Pull', { ...connectionOf(o), bucket: o.bucket, prefix: o.prefix ?? '', ...period }, o, describeS3);
    });
}

function describeS3(r: S3PullResult): void {
  for (const d of r.deliveries) say(`${d.billingPeriod}: ${d.manifest}, ${d.parts} parts (${d.downloaded} downloaded, ${d.unchanged} unchanged)`);
  say(`${r.objectsListed} objects listed, ${(r.bytesDownloaded / 1e6).toFixed(1)} MB downloaded`);
  describeIngest(r.ingest);
}
