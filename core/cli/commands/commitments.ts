// `finops-workbench commitments status|eligible`: Savings Plans and reservations with their
// utilization and net savings, coverage and expiries; eligible on-demand spend per type and scope.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { ErrorCode, WorkbenchError } from '../../api/errors.ts';
import { validateRequest } from '../../api/validate.ts';
import type { CommitmentsStatusResult, WhatIfResult } from '../../api/commitments-contract.ts';
import { eligibleLines, statusLines, whatIfLines } from '../format/commitments.ts';
import { registerOptimize } from './commitments-optimize.ts';
import { printJson, say } from '../output.ts';
import { registerRates } from './commitments-rates.ts';
import { expandHome } from '../paths.ts';
import { withWorkspace } from '../workspace-arg.ts';

export interface WindowOptions {
  db: string;
  from?: string;
  to?: string;
  basis?: string;
  json?: boolean;
}

export function needWorkspace(db: string): string {
  const path = expandHome(db);
  if (!existsSync(path)) throw new WorkbenchError(ErrorCode.WORKSPACE_OPEN_FAILED, `No workspace at ${path}. Create one with "finops-workbench ingest --db ${db} FILE" or "finops-workbench demo --db ${db}".`);
  return path;
}

export function windowFields(opts: WindowOptions): Record<string, unknown> {
  return {
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...(opts.to !== undefined ? { to: opts.to } : {}),
    ...(opts.basis !== undefined ? { basis: opts.basis } : {}),
  };
}

/** The documented JSON of `commitments status` (issue 16): fractions 0-1, money in the billing currency. */
export function statusJson(r: CommitmentsStatusResult) {
  return {
    commitments: r.commitments.map((c) => ({
      id: c.id, type: c.type, term: c.term, paymentOption: c.paymentOption, commitmentPerHour: c.commitmentPerHour, units: c.units,
      start: c.start, end: c.end, daysToExpiry: c.daysToExpiry, scope: c.scope, utilization: c.utilization, committed: c.committed, used: c.used,
      onDemandEquivalent: c.onDemandEquivalent, netSavings: c.netSavings, periods: c.periods,
    })),
    coverage: r.coverage,
    utilization: r.utilization,
    basis: r.basis,
    currency: r.currency,
    asOf: r.asOf,
    totals: r.totals,
    coverageByType: r.coverageByType,
    coverageByPeriod: r.coverageByPeriod,
    expiring: r.expiring,
    notices: r.notices,
  };
}

function windowOptions(cmd: Command): Command {
  return cmd
    .option('--db <path>', 'workspace file')
    .option('--from <day>', 'first day read, YYYY-MM-DD (default: the first with data)')
    .option('--to <day>', 'day after the last day read, YYYY-MM-DD (default: after the last with data)')
    .option('--basis <basis>', 'on-demand equivalent at List (public on-demand, default) or Contracted (after negotiated discounts) prices');
}

/** The documented JSON of `commitments whatif` (issue 16): fractions 0-1. */
export function whatIfJson(r: WhatIfResult) {
  return {
    coverage: r.coverageAfter, coverageBefore: r.coverageBefore, utilization: r.utilization,
    monthlySavings: r.monthly.map((m) => ({ month: m.month, netSavings: m.netSavings, utilization: m.utilization, coverage: m.coverageAfter })),
    netSavings: r.netSavings, roi: r.roi, breakEvenMonths: r.breakEvenMonths, underusedHours: r.underused.length, underused: r.underused,
    committed: r.committed, used: r.used, onDemandCovered: r.onDemandCovered, upfront: r.upfront, recurringPerHour: r.recurringPerHour,
    rate: r.rate, rateSource: r.rateSource, rateDetail: r.rateDetail, from: r.from, to: r.to, hours: r.hours, approximate: r.approximate,
    added: r.added, removed: r.removed, absorbed: r.absorbed, notices: r.notices,
  };
}

export function positive(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `${flag} is a number above 0, not "${text}".`);
  return n;
}

export function registerCommitments(program: Command): void {
  const cmd = program.command('commitments').description('Savings Plans and Reserved Instances: status (utilization, net savings, coverage, expiries), eligible spend, what-if, the rate table.');
  windowOptions(cmd.command('status'))
    .description('Every Savings Plan and reservation with its type, term, payment, hourly commitment, end, utilization and net savings; coverage of eligible spend; what expires in the next 30/60/90 days.')
    .option('--as-of <day>', 'count expiries from this day (default: the end of the data)')
    .option('--json', 'print {commitments: [{id, type, commitmentPerHour, start, end, utilization, netSavings, ...}], coverage, utilization, ...} on stdout')
    .action(async (opts: WindowOptions & { asOf?: string }) => {
      if (opts.db === undefined) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
      const db = needWorkspace(opts.db);
      const request = validateRequest('commitmentsStatus', { spec: { kind: 'commitments-status', ...windowFields(opts), ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}) } });
      const r = await withWorkspace(db, (api) => api.commitmentsStatus(request));
      if (opts.json) printJson(statusJson(r));
      else for (const line of statusLines(r)) say(line);
    });
  windowOptions(cmd.command('eligible'))
    .description('Eligible on-demand spend per commitment type and scope (Compute SP; EC2 Instance SP by family and region; RIs by family or type and region), with its coverage; hourly with --hours.')
    .option('--hours', 'include each pool\'s hour-by-hour series (JSON only)')
    .option('--json', 'print {basis, approximate, approximateShare, pools: [{type, region, instance, service, eligible, covered, coverage, hours, series?}]} on stdout')
    .action(async (opts: WindowOptions & { hours?: boolean }) => {
      if (opts.db === undefined) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
      const db = needWorkspace(opts.db);
      const request = validateRequest('commitmentsEligible', { spec: { kind: 'commitments-eligible', ...windowFields(opts), ...(opts.hours ? { includeHours: true } : {}) } });
      const r = await withWorkspace(db, (api) => api.commitmentsEligible(request));
      if (opts.json) printJson({ basis: r.basis, approximate: r.approximate, approximateShare: r.approximateShare, pools: r.pools });
      else for (const line of eligibleLines(r)) say(line);
    });
  cmd.command('whatif')
    .description('Simulate commitments added (Compute SP, EC2 Instance SP, RI) and held ones removed or let expire, hour by hour over a window, after the commitments held: coverage, utilization, net savings per month, ROI, break-even, upfront and the under-used hours.')
    .option('--db <path>', 'workspace file')
    .option('--type <type>', 'ComputeSavingsPlan (default), EC2InstanceSavingsPlan or ReservedInstance')
    .option('--term <term>', '1y (default) or 3y')
    .option('--payment <option>', 'NoUpfront (default), PartialUpfront or AllUpfront')
    .option('--hourly <dollars>', 'the hourly commitment: a Savings Plan\'s dollars per hour, an RI\'s amortized hourly cost')
    .option('--units <n>', 'ReservedInstance: instances of --instance-type reserved, instead of --hourly')
    .option('--instance-type <type>', 'ReservedInstance: the type reserved (m5.large); EC2InstanceSavingsPlan: its family is taken')
    .option('--family <family>', 'EC2InstanceSavingsPlan: the family (m5)')
    .option('--region <region>', 'EC2InstanceSavingsPlan and ReservedInstance: the region (default: the one with the most on-demand spend left)')
    .option('--start <when>', 'when the added commitment starts, YYYY-MM-DD or YYYY-MM-DDTHH:00:00Z (default: the start of the window)')
    .option('--rate <fraction>', 'its price as a fraction of on demand (0.72 = 28% off); default: the rate table, else observed on the commitments held, else the shipped default')
    .option('--remove <id>', 'take away a commitment held (its id, as "commitments status" lists it); repeat for more', (v: string, prev: string[] = []) => [...prev, v])
    .option('--expiring-within <days>', 'also take away every commitment held that ends within this many days after the window')
    .option('--lookback <days>', 'days before the end of the data (default 30)')
    .option('--from <when>', 'first day (YYYY-MM-DD) or hour (YYYY-MM-DDTHH:00:00Z) simulated, instead of --lookback')
    .option('--to <when>', 'day or hour after the last one simulated (default: the end of the data)')
    .option('--basis <basis>', 'on-demand equivalent at List (default) or Contracted prices')
    .option('--json', 'print {coverage, utilization, monthlySavings, roi, breakEvenMonths, underusedHours, ...} on stdout')
    .action(async (opts: WindowOptions & { type?: string; term?: string; payment?: string; hourly?: string; units?: string; instanceType?: string; family?: string; region?: string; start?: string; rate?: string; remove?: string[]; expiringWithin?: string; lookback?: string }) => {
      if (opts.db === undefined) throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No workspace given: pass --db PATH.');
      const hourly = positive('--hourly', opts.hourly);
      const units = positive('--units', opts.units);
      const expiring = opts.expiringWithin === undefined ? undefined : Number(opts.expiringWithin);
      if (expiring !== undefined && !(Number.isInteger(expiring) && expiring >= 0)) throw new WorkbenchError(ErrorCode.BAD_REQUEST, `--expiring-within is a whole number of days, not "${opts.expiringWithin}".`);
      if (hourly === undefined && units === undefined && opts.remove === undefined && expiring === undefined) {
        throw new WorkbenchError(ErrorCode.BAD_REQUEST, 'No commitment given: pass --hourly DOLLARS (or --units N for a reservation), or --remove ID / --expiring-within DAYS.');
      }
      const rate = positive('--rate', opts.rate);
      const lookback = positive('--lookback', opts.lookback);
      const db = needWorkspace(opts.db);
      const optional = { type: opts.type, term: opts.term, payment: opts.payment, hourlyCommitment: hourly, units, instanceType: opts.instanceType, family: opts.family, region: opts.region, start: opts.start, rate, remove: opts.remove, expiringWithinDays: expiring, lookbackDays: lookback };
      const spec = { kind: 'commitments-whatif', ...windowFields(opts), ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)) };
      const request = validateRequest('commitmentsWhatIf', { spec });
      const r = await withWorkspace(db, (api) => api.commitmentsWhatIf(request));
      if (opts.json) printJson(whatIfJson(r));
      else for (const line of whatIfLines(r)) say(line);
    });
  registerRates(cmd);
  registerOptimize(cmd);
}
