// What the AWS pull tests share: the local server with credentials in the environment (the SDK
// default chain reads them), the hand-checked CUR fixture, and a snapshot of a workspace to show
// that a failed pull left it as it was.
import { join } from 'node:path';
import type { WorkbenchApi } from '../../../core/api/contract.ts';
import { FIXTURES, query } from '../workspace.ts';
import { startAwsServer, type AwsServer } from './server.ts';

export const LEGACY_CUR = join(FIXTURES, 'cur', 'legacy-all-line-types.csv');
export const TEST_KEY_ID = 'AKIDPULLTEST';

/**
 * Billed and effective cost per usage account and service of legacy-all-line-types.csv, worked
 * out by hand from the per-line figures in test/integration/ingest-line-item-types.test.ts:
 * 222…/EC2 billed 0.96+0.50-2.00+876.00+36.50+0.00+1.92-1.92-0.05, effective
 * 0.96+0.50-2.00+0+2.00+0.665+1.20+0-0.05; 111…/Savings Plans billed 1.50+1000, effective 0.30+0.
 */
export const TOTALS_BY_ACCOUNT_AND_SERVICE = [
  { account: '111111111111', service: 'AWS Support (Business)', billed: '100.000000000000', effective: '100.000000000000' },
  { account: '111111111111', service: 'Savings Plans for AWS Compute usage', billed: '1001.500000000000', effective: '0.300000000000' },
  { account: '222222222222', service: 'Amazon Elastic Compute Cloud', billed: '911.910000000000', effective: '3.275000000000' },
  { account: '222222222222', service: 'Amazon Simple Storage Service', billed: '-0.300000000000', effective: '-0.300000000000' },
];

export async function totalsByAccountAndService(api: WorkbenchApi, where = 'TRUE'): Promise<Record<string, unknown>[]> {
  return query(
    api,
    `SELECT SubAccountId AS account, ServiceName AS service, sum(BilledCost)::VARCHAR AS billed, sum(EffectiveCost)::VARCHAR AS effective
     FROM focus WHERE ${where} GROUP BY 1, 2 ORDER BY 1, 2`,
  );
}

/** Everything a pull could change: rows and their sums, and the imports with their status. */
export async function workspaceState(api: WorkbenchApi): Promise<unknown> {
  const [focus] = await query(api, `SELECT count(*) AS n, sum(BilledCost)::VARCHAR AS billed, sum(EffectiveCost)::VARCHAR AS effective FROM focus`);
  const imports = await query(api, `SELECT id, source, path, status, rows FROM imports ORDER BY id`);
  return { focus, imports };
}

const ENV_KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_EC2_METADATA_DISABLED', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'FINOPS_WORKBENCH_HOME'];

/** Starts the server and points the SDK's default chain at test credentials; `restore` undoes it. */
export async function startPullServer(home: string): Promise<{ server: AwsServer; restore: () => Promise<void> }> {
  const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  const server = await startAwsServer();
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: TEST_KEY_ID,
    AWS_SECRET_ACCESS_KEY: 'pull-test-secret',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: join(home, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'aws-credentials'),
    FINOPS_WORKBENCH_HOME: home,
  });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  return {
    server,
    restore: async () => {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await server.close();
    },
  };
}
