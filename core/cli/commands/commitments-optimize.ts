// `finops-workbench commitments optimize`: the savings-vs-commitment curve of a type and term, the
// commitment with the most savings, the one reaching a target coverage and a conservative one, each
// with its risk; `--type mix` recommends RIs, EC2 Instance SPs and a Compute SP together.
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import type { OptimizeResult } from '../../api/commitments-contract.ts';
import { optimizeLines } from '../format/commitments.ts';
import { printJson, say } from '../output.ts';
import { withWorkspace } from '../workspace-arg.ts';
import { needWorkspace, positive, windowFields, type WindowOptions } from './commitments.ts';

interface OptimizeOptions extends WindowOptions {
  type?: string; term?: string; payment?: string; targetCoverage?: string; conservativePercentile?: string;
  rate?: string; riRate?: string; ec2SpRate?: string; lookback?: string; region?: string; instance?: string;
}

/** The JSON of `commitments optimize --json`: the result without its echoed spec. Fractions 0-1. */
export function optimizeJson(r: OptimizeResult) {
  const { spec, ...rest } = r;
  return { type: spec.type, term: spec.term, payment: spec.payment, targetCoverage: spec.targetCoverage, ...rest };
}

function fraction(flag: string, text: string | undefined): number | undefined {
  const n = positive(flag, text);
  if (n !== undefined && n > 1) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `${flag} is a fraction from 0 to 1 (0.8 = 80%), not "${text}".`);
  return n;
}

export function registerOptimize(cmd: Command): void {
  cmd.command('optimize')
    .description('The savings-vs-commitment curve of a commitment type and term over a lookback, after the commitments held: the commitment with the most savings, the one reaching a target coverage and a conservative one, each with ROI, break-even, upfront and its savings if usage fell 10/20/30%.')
    .option('--db <path>', 'workspace file')
    .option('--type <type>', 'ComputeSavingsPlan (default), EC2InstanceSavingsPlan, ReservedInstance, or mix (RIs, EC2 Instance SPs and a Compute SP together)')
    .option('--term <term>', '1y (default) or 3y')
    .option('--payment <option>', 'NoUpfront (default), PartialUpfront or AllUpfront')
    .option('--target-coverage <fraction>', 'the coverage the target-coverage choice reaches, commitments held included (default 0.8)')
    .option('--conservative-percentile <p>', 'the conservative choice commits this percentile (0-100) of the hourly open eligible spend (default 10)')
    .option('--rate <fraction>', 'the type\'s price as a fraction of on demand (0.72 = 28% off); default: observed on the commitments held. With mix: the Compute SP\'s')
    .option('--ri-rate <fraction>', 'mix: the RIs\' rate, where none held shows it')
    .option('--ec2-sp-rate <fraction>', 'mix: the EC2 Instance SPs\' rate, where none held shows it')
    .option('--region <region>', 'EC2 Instance SP / RI: the pool\'s region (default: the pool with the most open spend)')
    .option('--instance <family-or-type>', 'EC2 Instance SP: the family (m5); RI: the family or instance type')
    .option('--lookback <days>', 'days before the end of the data (default 30)')
    .option('--from <when>', 'first day (YYYY-MM-DD) or hour (YYYY-MM-DDTHH:00:00Z) simulated, instead of --lookback')
    .option('--to <when>', 'day or hour after the last one simulated (default: the end of the data)')
    .option('--basis <basis>', 'on-demand equivalent at List (default) or Contracted prices')
    .option('--json', 'print {type, term, payment, rate, rateSource, from, to, hours, pool, curve: [{hourlyCommitment, monthlySavings, coverage, utilization}], choices: [{kind, hourlyCommitment, monthlySavings, coverage, utilization, roi, breakEvenMonths, upfront, risk}], mix?, existingApplied, notices} on stdout')
    .action(async (opts: OptimizeOptions) => {
      if (opts.db === undefined) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
      const rate = fraction('--rate', opts.rate);
      const riRate = fraction('--ri-rate', opts.riRate);
      const ec2SpRate = fraction('--ec2-sp-rate', opts.ec2SpRate);
      const target = fraction('--target-coverage', opts.targetCoverage);
      const percentile = opts.conservativePercentile === undefined ? undefined : Number(opts.conservativePercentile);
      const lookback = positive('--lookback', opts.lookback);
      const db = needWorkspace(opts.db);
      const scope = { ...(opts.region !== undefined ? { region: opts.region } : {}), ...(opts.instance !== undefined ? { instance: opts.instance } : {}) };
      const rates = { ...(riRate !== undefined ? { ReservedInstance: riRate } : {}), ...(ec2SpRate !== undefined ? { EC2InstanceSavingsPlan: ec2SpRate } : {}) };
      const spec = {
        kind: 'commitments-optimize', ...windowFields(opts),
        ...(opts.type !== undefined ? { type: opts.type } : {}), ...(opts.term !== undefined ? { term: opts.term } : {}),
        ...(opts.payment !== undefined ? { payment: opts.payment } : {}), ...(target !== undefined ? { targetCoverage: target } : {}),
        ...(percentile !== undefined ? { conservativePercentile: percentile } : {}), ...(rate !== undefined ? { rate } : {}),
        ...(lookback !== undefined ? { lookbackDays: lookback } : {}), ...(Object.keys(scope).length > 0 ? { scope } : {}),
        ...(Object.keys(rates).length > 0 ? { rates } : {}),
      };
      const request = validateRequest('commitmentsOptimize', { spec });
      const r = await withWorkspace(db, (api) => api.commitmentsOptimize(request));
      if (opts.json) printJson(optimizeJson(r));
      else for (const line of optimizeLines(r)) say(line);
    });
}
