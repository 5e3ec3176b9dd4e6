// What a chargeback statement says about itself (core/export/context.ts): the mode, the period,
// the cost basis, which saved rules version produced it, how the cents were placed, and the
// command line that makes it again.
import { COST_BASIS_MEANING } from '../../engines/pivot/constants.ts';
import type { ChargebackResult } from '../../engines/chargeback/result.ts';
import type { ChargebackSpec } from '../../engines/chargeback/spec.ts';
import type { Db } from '../../store/db.ts';
import { shellQuote, type ExportContext } from '../context.ts';
import { dataThrough } from '../data-through.ts';
import { moneyText, sumCents } from './money.ts';
import { MODE_WORDING, type StatementMode } from './words.ts';

export const CHARGEBACK_ROUNDING_NOTE =
  "Money is rounded to cents; the owners' totals plus the unallocated amount equal the source total of the period to the cent (the remainder rule is in core/engines/chargeback/SPEC.md).";

/** Inline rules go to a file of this name in the command that makes a statement again. */
export const INLINE_RULES_FILE = 'chargeback-rules.json';

export function rulesVersionText(version: number): string {
  return version === 0 ? 'inline rules (not saved in the workspace)' : `saved rules, version ${version}`;
}

export interface StatementContextOptions {
  workspace: string;
  /** The file the statement is written to (its name is enough), for the command that makes it again. */
  out: string;
  now?: Date;
}

export async function chargebackExportContext(db: Db, spec: ChargebackSpec, result: ChargebackResult, mode: StatementMode, o: StatementContextOptions): Promise<ExportContext> {
  const allocated = sumCents(result.allocations.map((a) => a.total));
  return {
    title: `${MODE_WORDING[mode].title}, ${result.period}`,
    basis: COST_BASIS_MEANING[result.basis],
    period: `${result.period} (billing period, UTC)`,
    filters: [],
    workspace: o.workspace,
    dataThrough: await dataThrough(db),
    generatedAt: (o.now ?? new Date()).toISOString(),
    command: chargebackCommandLine(spec, mode, o.workspace, o.out),
    notes: [
      MODE_WORDING[mode].note,
      `Rules: ${rulesVersionText(result.rulesVersion)}.`,
      `Source total ${moneyText(result.sourceTotal, result.currency)}: ${moneyText(allocated, result.currency)} allocated to ${result.allocations.length} owners, ${moneyText(result.unallocated, result.currency)} unallocated.`,
      CHARGEBACK_ROUNDING_NOTE,
    ],
  };
}

/** The `chargeback` command that makes this statement again; inline rules are written to a file first. */
/** What a command line carries of a spec (its `kind` goes without saying). */
export type SpecFlags = Pick<ChargebackSpec, 'period' | 'by' | 'basis' | 'rules'> & { previous?: boolean };

export function chargebackCommandLine(spec: SpecFlags, mode: StatementMode, db: string, out: string): string {
  const args = ['npx', 'finops-workbench', 'chargeback', '--db', db, '--period', spec.period];
  if (spec.by) args.push('--by', spec.by);
  if (spec.basis) args.push('--basis', spec.basis);
  if (spec.rules !== undefined) args.push('--rules', INLINE_RULES_FILE);
  if (spec.previous === false) args.push('--no-previous');
  args.push('--mode', mode, '--out', out);
  const command = args.map(shellQuote).join(' ');
  return spec.rules === undefined ? command : `echo ${shellQuote(JSON.stringify(spec.rules))} > ${INLINE_RULES_FILE} && ${command}`;
}
