// `npx finops-workbench <command>`: every command lives in commands/<name>.ts and is listed here.
import { Command, CommanderError } from 'commander';
import { PACKAGE_VERSION } from '../app/package-info.ts';
import { printError } from './output.ts';
import { WorkbenchError } from '../errors.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerSql } from './commands/sql.ts';
import { registerInfo } from './commands/info.ts';
import { registerServe } from './commands/serve.ts';
import { registerPivot } from './commands/pivot.ts';
import { registerTags } from './commands/tags.ts';
import { registerGenerate } from './commands/generate.ts';
import { registerDemo } from './commands/demo.ts';
import { registerValidate } from './commands/validate.ts';
import { registerAthena } from './commands/athena.ts';
import { registerS3 } from './commands/s3.ts';
import { registerCostExplorer } from './commands/costexplorer.ts';
import { registerCredentials } from './commands/credentials.ts';
import { registerForecast } from './commands/forecast.ts';
import { registerRightsize } from './commands/rightsize.ts';
import { registerUnitCosts } from './commands/unit-costs.ts';
import { registerMetrics } from './commands/metrics.ts';
import { registerReview } from './commands/review.ts';
import { registerAnomalies } from './commands/anomalies.ts';
import { registerCommitments } from './commands/commitments.ts';
import { registerConnections } from './commands/connections.ts';
import { registerTagKeys } from './commands/tagkeys.ts';
import { registerBudgets } from './commands/budgets.ts';
import { registerChargeback } from './commands/chargeback.ts';
import { registerChargebackK8s } from './commands/chargeback-k8s.ts';
import { ExitStatus } from './exit-status.ts';

// registerChargeback makes the `chargeback` group; registerChargebackK8s adds `k8s` under it
const REGISTRARS: ((program: Command) => void)[] = [registerIngest, registerSql, registerInfo, registerServe, registerPivot, registerTags, registerGenerate, registerDemo, registerValidate, registerAthena, registerS3, registerCostExplorer, registerCredentials, registerForecast, registerAnomalies, registerTagKeys, registerConnections, registerBudgets, registerChargeback, registerChargebackK8s, registerCommitments, registerRightsize, registerUnitCosts, registerMetrics, registerReview];

export function buildProgram(): Command {
  const program = new Command('finops-workbench')
    .description('FinOps Workbench: cloud cost analysis on a local DuckDB workspace.')
    .version(PACKAGE_VERSION, '-V, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stderr.write(s), writeErr: (s) => process.stderr.write(s) });
  for (const register of REGISTRARS) register(program);
  return program;
}

const VERSION_FLAGS = ['--version', '-V'];

export async function main(argv: string[]): Promise<number> {
  // the version is an answer a script reads (`v=$(finops-workbench --version)`): stdout, alone
  if (argv.length === 1 && VERSION_FLAGS.includes(argv[0]!)) {
    process.stdout.write(`${PACKAGE_VERSION}\n`);
    return 0;
  }
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof ExitStatus) return err.exitCode;
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    printError(err);
    // a command may ask for its own exit code (anomalies --fail-on-new: 3, for cron)
    const code = err instanceof WorkbenchError ? err.details?.exitCode : undefined;
    return typeof code === 'number' ? code : 1;
  }
}
