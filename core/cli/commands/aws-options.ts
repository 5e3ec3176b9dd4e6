// Options every AWS pull takes, and running a pull the same way for each command: validated
// request, progress on stderr, Ctrl-C cancels (the workspace stays as it was).
import type { Command } from 'commander';
import type { MethodName, RequestOf, ResponseOf } from '../../api/contract.ts';
import { validateRequest } from '../../api/validate.ts';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import type { IngestResult } from '../../api/contract.ts';
import { cancelOnSigint, printJson, progressPrinter, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';

export interface AwsOptions {
  db: string;
  json?: boolean;
  profile?: string;
  region?: string;
  endpointUrl?: string;
  keychainKeys?: string;
  connection?: string;
}

export function withAwsOptions(cmd: Command): Command {
  return cmd
    .requiredOption('--db <path>', 'workspace file (created if missing)')
    .option('--json', 'print what was loaded as JSON on stdout')
    .option('--profile <name>', 'AWS profile (default: the SDK chain: environment, AWS_PROFILE, default profile, SSO...)')
    .option('--region <region>', 'AWS region')
    .option('--endpoint-url <url>', 'send requests to this endpoint (also AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>)')
    .option('--keychain-keys <name>', 'use access keys saved in the OS keychain under this name (credentials set)')
    .option('--connection <name>', 'a connection saved in the workspace (connections add): where to pull from and how to connect');
}

const CONNECTION_FLAGS = { profile: '--profile', region: '--region', endpointUrl: '--endpoint-url', keychainKeys: '--keychain-keys' };

/**
 * With --connection, where and how come from the saved connection: a flag that would say it
 * again is refused rather than silently ignored. Without it, the command's own required flags.
 */
export function checkConnectionFlags(o: AwsOptions & Record<string, unknown>, defining: Record<string, string>, required: Record<string, string>): void {
  if (o.connection) {
    const clash = Object.entries({ ...CONNECTION_FLAGS, ...defining }).filter(([k]) => o[k] !== undefined).map(([, flag]) => flag);
    if (clash.length) {
      throw new WorkbenchError(ErrorCode.BAD_REQUEST, `${clash.join(', ')} ${clash.length === 1 ? 'comes' : 'come'} from the connection ${o.connection}: leave ${clash.length === 1 ? 'it' : 'them'} out, or change the connection with \`connections add --replace\`.`);
    }
    return;
  }
  const missing = Object.entries(required).filter(([k]) => o[k] === undefined).map(([, flag]) => flag);
  if (missing.length) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `required option ${missing.join(', ')} not specified (or name a saved connection with --connection NAME)`);
}

export function connectionOf(o: AwsOptions) {
  return {
    ...(o.profile ? { profile: o.profile } : {}),
    ...(o.region ? { region: o.region } : {}),
    ...(o.endpointUrl ? { endpointUrl: o.endpointUrl } : {}),
    ...(o.keychainKeys ? { keychainKeys: o.keychainKeys } : {}),
  };
}

export function describeIngest(r: IngestResult): void {
  for (const f of r.files) {
    const what = f.status === 'loaded' ? `${f.rows.toLocaleString('en-US')} rows, ${f.billingPeriods.join(', ')}, billed ${f.billedCost.toFixed(2)}` : f.note;
    say(`${f.status.padEnd(9)} ${f.path}: ${what}`);
  }
  if (r.replacedImports.length) say(`replaced earlier deliveries: imports ${r.replacedImports.join(', ')}`);
  say(`${r.rowsLoaded.toLocaleString('en-US')} rows loaded`);
}

export async function runPull<M extends MethodName>(method: M, payload: unknown, o: AwsOptions, human: (r: ResponseOf<M>) => void): Promise<void> {
  const request = validateRequest(method, payload) as RequestOf<M>;
  const bar = progressPrinter(!o.json);
  const cancel = cancelOnSigint();
  try {
    const call = (api: Record<string, (req: unknown, ctx: unknown) => Promise<unknown>>) => api[method]!(request, { signal: cancel.signal, onProgress: bar.onProgress });
    const result = (await withWorkspace(o.db, (api) => call(api as unknown as Record<string, (req: unknown, ctx: unknown) => Promise<unknown>>))) as ResponseOf<M>;
    bar.done();
    if (o.json) return printJson(result);
    human(result);
  } finally {
    bar.done();
    cancel.dispose();
  }
}
